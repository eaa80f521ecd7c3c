/** Writes the open data downloads (scripts/render/open-data.ts) into the site, and tells the templates where they are. */
import type { UserConfig } from "@11ty/eleventy";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadFactSheet } from "../scripts/data/load-factsheet.ts";
import { csvPath, OPEN_DATA_FOLDER, openDataFiles } from "../scripts/render/open-data.ts";

export function openDataPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("downloads", {
    json: `/${OPEN_DATA_FOLDER}/factsheet.json`,
    schema: `/${OPEN_DATA_FOLDER}/factsheet.schema.json`,
    term: csvPath("term"),
    actor: csvPath("actor"),
    agreement: csvPath("agreement"),
    event: csvPath("event"),
  });
  eleventyConfig.on("eleventy.after", ({ directories }) => {
    const { data, model } = loadFactSheet();
    for (const file of openDataFiles(data, model, model.site.url)) {
      const path = join(directories.output, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
  });
}
