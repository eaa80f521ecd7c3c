/**
 * Bundles the browser scripts (site/assets/js/*.ts) with esbuild, so that they
 * can share modules with the build, such as the Arabic normalisation.
 */
import type { UserConfig } from "@11ty/eleventy";
import { build } from "esbuild";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const SCRIPTS_DIR = "site/assets/js";

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
  });
}

export function clientScriptsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addWatchTarget(`${SCRIPTS_DIR}/`);
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await bundleClientScripts(directories.output);
  });
}
