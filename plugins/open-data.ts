/** Writes the open data downloads (scripts/render/open-data.ts) into the site, and tells the templates where they are (`downloads`). */
import type { UserConfig } from "@11ty/eleventy";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DOWNLOADS, openDataFiles } from "../scripts/render/open-data.ts";
import type { FactSheetStore } from "./fact-sheet-data.ts";
import { siteBasePath } from "./site-url.ts";

export function openDataPlugin(eleventyConfig: UserConfig, { factsheet }: { factsheet: FactSheetStore }): void {
  const base = siteBasePath(eleventyConfig);
  eleventyConfig.addGlobalData("downloads", DOWNLOADS);
  eleventyConfig.on("eleventy.after", ({ directories }) => {
    const { data, model } = factsheet.current;
    for (const file of openDataFiles(data, model, base)) {
      const path = join(directories.output, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
  });
}
