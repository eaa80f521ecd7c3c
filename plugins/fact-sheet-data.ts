/**
 * Makes the linked fact sheet the site's global data (`factsheet`), from
 * DATA_DIR or ./data, and watches that folder so `npm start` rebuilds on edits.
 */
import type { UserConfig } from "@11ty/eleventy";
import { relative } from "node:path";
import { TYPE_LABELS } from "../scripts/data/labels.ts";
import { dataDirectory, loadFactSheet } from "../scripts/data/load-factsheet.ts";

export function factSheetDataPlugin(eleventyConfig: UserConfig): void {
  const dir = dataDirectory();
  eleventyConfig.addGlobalData("factsheet", () => loadFactSheet(dir).model);
  eleventyConfig.addGlobalData("typeLabels", TYPE_LABELS);
  eleventyConfig.addWatchTarget(`${relative(process.cwd(), dir) || "."}/**/*.yaml`);
  // Eleventy waits for a file to be still for 150 ms before rebuilding; a saved YAML file is
  // written at once, so 50 ms is enough and the edit shows sooner.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
}
