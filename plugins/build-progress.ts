/**
 * Tells `npm run build`'s progress line (scripts/progress-line.ts) how many
 * pages the build will write, each page as it is written, and when the pages
 * are done. Added only when the build has a line to show; `npm start` and a
 * bare Eleventy run have none.
 */
import type { UserConfig } from "@11ty/eleventy";
import type { ProgressLine } from "../scripts/progress-line.ts";

export interface BuildProgressOptions {
  progress?: ProgressLine;
}

export function buildProgressPlugin(eleventyConfig: UserConfig, { progress }: BuildProgressOptions): void {
  if (!progress?.output) return;
  eleventyConfig.on("eleventy.contentMap", ({ inputPathToUrl }) => {
    progress.step("Writing pages");
    progress.expect(Object.values(inputPathToUrl).reduce((sum, urls) => sum + urls.filter(isPage).length, 0));
  });
  // A transform runs once for every file Eleventy writes, after it is rendered; the pages are the HTML ones.
  eleventyConfig.addTransform("build-progress", function (content: string) {
    if (typeof this.page.outputPath === "string" && this.page.outputPath.endsWith(".html")) progress.pageWritten();
    return content;
  });
  eleventyConfig.on("eleventy.after", () => progress.step("Finishing the search index"));
}

/** Whether a URL is an HTML page (a folder's index.html, or a named .html file such as /404.html). */
function isPage(url: string): boolean {
  return url.endsWith("/") || url.endsWith(".html");
}
