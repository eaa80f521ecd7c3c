/**
 * Builds the Pagefind search index from within the build, with the Pagefind
 * Node API: one record per entity, its own text in the matching forms that
 * the search page also uses for queries, filtered by type.
 */
import type { UserConfig } from "@11ty/eleventy";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { loadFactSheet } from "../scripts/factsheet/load-factsheet.ts";
import { searchRecords } from "../scripts/factsheet/search-records.ts";
import { markdown } from "./markdown.ts";

export interface SearchIndexSummary {
  records: number;
  /** Milliseconds spent making the records, and in Pagefind (indexing and writing its files). */
  timings: { records: number; pagefind: number };
}

/** The last index built in this process, for the build summary. */
export const lastSearchIndex: { summary?: SearchIndexSummary } = {};

/**
 * Indexes the model into `siteDir/pagefind`. The Pagefind service is a child
 * process; `keepAlive` leaves it running for the next rebuild of `npm start`.
 */
export async function buildSearchIndex(siteDir: string, options: { keepAlive?: boolean } = {}): Promise<SearchIndexSummary> {
  const started = performance.now();
  const records = searchRecords(loadFactSheet().model, markdown);
  const indexing = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    // Sent all at once rather than one round trip per record: the service answers each message by its
    // id and indexes them in the order sent, so the index is byte for byte the same, sooner.
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    added.forEach(({ errors: recordErrors }, i) => {
      if (recordErrors.length > 0) throw new Error(`Pagefind could not index ${records[i]!.url}: ${recordErrors.join("; ")}`);
    });
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { records: records.length, timings: { records: indexing - started, pagefind: performance.now() - indexing } };
  } finally {
    if (options.keepAlive) await index.deleteIndex();
    else await pagefind.close();
  }
}

export function searchIndexPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    lastSearchIndex.summary = await buildSearchIndex(directories.output, { keepAlive: runMode !== "build" });
  });
}
