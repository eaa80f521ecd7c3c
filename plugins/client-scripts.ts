/**
 * Bundles the browser scripts (site/assets/js/*.ts) with esbuild, so that they
 * can share modules with the build, such as the Arabic normalisation.
 */
import type { UserConfig } from "@11ty/eleventy";
import { build, type Plugin } from "esbuild";
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

const SCRIPTS_DIR = "site/assets/js";

/**
 * Lets a browser script import a YAML file (the interface text) as it would a
 * JSON one: `import { search } from "…/ui.yaml"` bundles only the parts named.
 */
const yamlAsJson: Plugin = {
  name: "yaml-as-json",
  setup(build) {
    build.onLoad({ filter: /\.yaml$/ }, async ({ path }) => ({
      contents: JSON.stringify(parse(await readFile(path, "utf8"))),
      loader: "json",
    }));
  },
};

export async function bundleClientScripts(outputDir: string): Promise<void> {
  const entryPoints = readdirSync(SCRIPTS_DIR)
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(SCRIPTS_DIR, file));
  await build({
    entryPoints,
    outdir: join(outputDir, "assets/js"),
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "error",
    plugins: [yamlAsJson],
  });
}

export function clientScriptsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addWatchTarget(`${SCRIPTS_DIR}/`);
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await bundleClientScripts(directories.output);
  });
}
