/**
 * Builds the Pagefind search index from within the build, over each page's
 * main content (marked data-pagefind-body), once Eleventy has written the pages.
 */
import type { UserConfig } from "@11ty/eleventy";
import { join } from "node:path";
import * as pagefind from "pagefind";

export interface SearchIndexSummary {
  pages: number;
}

/** The last index built in this process, for the build summary. */
export const lastSearchIndex: { summary?: SearchIndexSummary } = {};

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexSummary> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export function searchIndexPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    lastSearchIndex.summary = await buildSearchIndex(directories.output);
  });
}
