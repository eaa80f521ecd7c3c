/**
 * Tells `npm run build`'s progress line (scripts/progress-line.ts) how many
 * pages the build will write, each page as it is written, and when the pages
 * are done: Eleventy's pages, and the entity pages that site/entity.11ty.ts
 * writes itself, which call the global data `pageWritten`. The line shows only
 * when the build has one to show; `npm start` and a bare Eleventy run have none.
 */
import type { UserConfig } from "@11ty/eleventy";
import type { ProgressLine } from "../scripts/progress-line.ts";
import type { FactSheetStore } from "./fact-sheet-data.ts";

export interface BuildProgressOptions {
  factsheet: FactSheetStore;
  progress?: ProgressLine;
}

export function buildProgressPlugin(eleventyConfig: UserConfig, { factsheet, progress }: BuildProgressOptions): void {
  const line = progress?.output ? progress : undefined;
  eleventyConfig.addGlobalData("pageWritten", () => () => line?.pageWritten());
  if (!line) return;
  eleventyConfig.on("eleventy.contentMap", ({ inputPathToUrl }) => {
    line.step("Writing pages");
    const eleventyPages = Object.values(inputPathToUrl).reduce((sum, urls) => sum + urls.filter(isPage).length, 0);
    line.expect(eleventyPages + factsheet.current.model.entities.length);
  });
  // A transform runs once for every file Eleventy writes, after it is rendered; the pages are the HTML ones.
  eleventyConfig.addTransform("build-progress", function (content: string) {
    if (typeof this.page.outputPath === "string" && this.page.outputPath.endsWith(".html")) line.pageWritten();
    return content;
  });
  eleventyConfig.on("eleventy.after", () => line.step("Finishing the search index"));
}

/** Whether a URL is an HTML page (a folder's index.html, or a named .html file such as /404.html). */
function isPage(url: string): boolean {
  return url.endsWith("/") || url.endsWith(".html");
}
