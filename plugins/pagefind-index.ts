/**
 * Pagefind's part of the search index: the entities' records added to a new
 * index and the index written into the site. Run by the worker thread while
 * pages render, or, to keep memory low, on the main thread before they do.
 */
import type { MarkdownIt } from "markdown-it";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { searchRecord, type SearchSource } from "../scripts/search/search-records.ts";
import { VOCABULARY_FILE, VocabularyBuilder } from "../scripts/search/search-vocabulary.ts";

/**
 * Records sent to Pagefind before waiting for its answers. Many at once rather than one round trip
 * each: the service answers each message by its id and indexes them in the order sent, so the index
 * is byte for byte the same, sooner. Not all at once: every record waiting in the pipe is held in memory.
 */
const RECORDS_IN_FLIGHT = 500;

/**
 * Indexes the entities' text with Pagefind and writes the index into `outputPath`, with the vocabulary that
 * the search page corrects typos by (search-vocabulary.ts) beside it; Pagefind's service stays
 * up. It empties `sources` as it goes. `md` is the site's Markdown, to read Markdown as the pages show
 * it. When `stop` is aborted, no more records are sent, so the service can then be closed with none on the way.
 * `writeAfter` is the job of an index for the same folder that was cancelled while it wrote its files:
 * this index's files are written once it has ended, so that they are the last.
 */
export async function writeSearchIndex(
  sources: SearchSource[],
  outputPath: string,
  md: MarkdownIt,
  stop?: AbortSignal,
  writeAfter?: Promise<unknown>,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const vocabulary = new VocabularyBuilder();
  try {
    // Taken from the front of the list as they are sent, so that each entity's text is freed once Pagefind has its record.
    while (sources.length > 0) {
      stop?.throwIfAborted();
      const records = sources.splice(0, RECORDS_IN_FLIGHT).map((source) => searchRecord(source, md));
      for (const record of records) vocabulary.add(record);
      const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
      results.forEach(({ errors: recordErrors }, i) => {
        if (recordErrors.length > 0) throw new Error(`Pagefind could not index ${records[i]!.url}: ${recordErrors.join("; ")}`);
      });
    }
    await writeAfter?.catch(() => undefined);
    stop?.throwIfAborted();
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    writeFileSync(join(outputPath, VOCABULARY_FILE), vocabulary.json());
  } finally {
    await index.deleteIndex();
  }
}
