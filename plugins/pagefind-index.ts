/**
 * Pagefind's part of the search index: the entities' records added to a new
 * index and the index written into the site. Run by the worker thread while
 * pages render, or, to keep memory low, on the main thread before they do.
 *
 * Records reach Pagefind one of two ways, for the same index. Up to
 * RECORDS_AS_PAGES_FROM records, as messages (addCustomRecord): Pagefind
 * indexes them one at a time, which costs least beside the pages rendering.
 * From there, as small pages written into a temporary folder, a folder at a
 * time (search-record-page.ts), which Pagefind reads on every core and writes
 * its index from in half the CPU.
 */
import type { MarkdownIt } from "markdown-it";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { recordPage } from "../scripts/search/search-record-page.ts";
import { searchRecord, type SearchRecord, type SearchSource } from "../scripts/search/search-records.ts";
import { VOCABULARY_FILE, VocabularyBuilder } from "../scripts/search/search-vocabulary.ts";

/**
 * Records sent to Pagefind before waiting for its answers. Many at once rather than one round trip
 * each: the service answers each message by its id and indexes them in the order sent, so the index
 * is byte for byte the same, sooner. Not all at once: every record waiting in the pipe is held in memory.
 */
const RECORDS_IN_FLIGHT = 500;

/**
 * From how many records Pagefind reads them as pages. Pagefind alone on 100,000 generated entities: its
 * index in 205 s and 215 s of CPU as pages (59 s more to write them), against 447 s and 415 s as messages.
 * At 10,000 the pages cost more than they save while the site renders beside them (CPU 38.9–40.7 s
 * against 34.0–38.1 s for the whole build, Pagefind's peak about 100 MB higher). Sizes between were not
 * measured: the switch is put halfway.
 */
export const RECORDS_AS_PAGES_FROM = 50_000;

/** Pages in each folder handed to Pagefind: enough to keep its cores busy while the next is written. */
const PAGES_PER_FOLDER = 1000;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

export interface SearchIndexOptions {
  /** When aborted, no more records are sent, so the service can then be closed with none on the way. */
  stop?: AbortSignal;
  /**
   * The job of an index for the same folder that was cancelled while it wrote its files: this index's
   * files are written once it has ended, so that they are the last.
   */
  writeAfter?: Promise<unknown>;
  /** From how many records they are read as pages (RECORDS_AS_PAGES_FROM). */
  asPagesFrom?: number;
}

/**
 * Indexes the entities' text with Pagefind and writes the index into `outputPath`, with the vocabulary that
 * the search page corrects typos by (search-vocabulary.ts) beside it; Pagefind's service stays
 * up. It empties `sources` as it goes. `md` is the site's Markdown, to read Markdown as the pages show it.
 */
export async function writeSearchIndex(sources: SearchSource[], outputPath: string, md: MarkdownIt, options: SearchIndexOptions = {}): Promise<void> {
  const { stop, writeAfter, asPagesFrom = RECORDS_AS_PAGES_FROM } = options;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const vocabulary = new VocabularyBuilder();
  const records = (batch: SearchSource[]): SearchRecord[] =>
    batch.map((source) => {
      const record = searchRecord(source, md);
      vocabulary.add(record);
      return record;
    });
  try {
    if (sources.length >= asPagesFrom) await addAsPages(index, sources, records, stop);
    else await addAsMessages(index, sources, records, stop);
    await writeAfter?.catch(() => undefined);
    stop?.throwIfAborted();
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    writeFileSync(join(outputPath, VOCABULARY_FILE), vocabulary.json());
  } finally {
    await index.deleteIndex();
  }
}

type RecordsOf = (batch: SearchSource[]) => SearchRecord[];

/** Sends the records as messages, a batch at a time, each entity's text freed once its record is sent. */
async function addAsMessages(index: PagefindIndex, sources: SearchSource[], records: RecordsOf, stop?: AbortSignal): Promise<void> {
  while (sources.length > 0) {
    stop?.throwIfAborted();
    const batch = records(sources.splice(0, RECORDS_IN_FLIGHT));
    const results = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    results.forEach(({ errors: recordErrors }, i) => {
      if (recordErrors.length > 0) throw new Error(`Pagefind could not index ${batch[i]!.url}: ${recordErrors.join("; ")}`);
    });
  }
}

/** Writes the records as pages, a folder at a time, for Pagefind to read each folder while the next is written. */
async function addAsPages(index: PagefindIndex, sources: SearchSource[], records: RecordsOf, stop?: AbortSignal): Promise<void> {
  const pagesFolder = mkdtempSync(join(tmpdir(), "factsheet-search-"));
  let reading: Promise<void> | undefined;
  try {
    for (let folderNumber = 0, pageNumber = 0; sources.length > 0; folderNumber += 1) {
      stop?.throwIfAborted();
      const folder = join(pagesFolder, String(folderNumber));
      mkdirSync(folder);
      const batch = records(sources.splice(0, PAGES_PER_FOLDER));
      for (const record of batch) writeFileSync(join(folder, `${pageNumber++}.html`), recordPage(record));
      // One folder after the other, so that the pages are indexed in the same order every time.
      await reading;
      reading = readFolder(index, folder, batch.length);
      // A failure is reported when it is awaited; until then it must not count as unhandled.
      reading.catch(() => undefined);
    }
    await reading;
  } finally {
    // Pagefind may still be reading a folder when the build stops: it finishes before the folder goes.
    await reading?.catch(() => undefined);
    rmSync(pagesFolder, { recursive: true, force: true });
  }
}

/** Has Pagefind index the pages of `folder`, and makes sure it took every one. */
async function readFolder(index: PagefindIndex, folder: string, pages: number): Promise<void> {
  const { errors, page_count } = await index.addDirectory({ path: folder });
  if (errors.length > 0) throw new Error(`Pagefind could not index the search records in ${folder}: ${errors.join("; ")}`);
  if (page_count !== pages) throw new Error(`Pagefind indexed ${page_count} of the ${pages} search records in ${folder}`);
}
