/**
 * Pagefind's part of the search index: the entities' records added to Pagefind
 * and the index written into the site, in parts of at most RECORDS_PER_PART
 * records (more beyond 16 parts), one after the other, so that Pagefind's memory
 * stays that of one part (scripts/search/search-index-parts.ts). Run by the worker thread while
 * pages render, or, to keep memory lower still, on the main thread before they do.
 */
import type { MarkdownIt } from "markdown-it";
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { dealIntoParts, PART_FOLDER, searchIndexPartCount, searchIndexPartPath } from "../scripts/search/search-index-parts.ts";
import { searchRecord, type SearchRecord, type SearchSource } from "../scripts/search/search-records.ts";
import { VOCABULARY_FILE, VocabularyBuilder } from "../scripts/search/search-vocabulary.ts";

/**
 * Records sent to Pagefind before waiting for its answers. Many at once rather than one round trip
 * each: the service answers each message by its id and indexes them in the order sent, so the index
 * is byte for byte the same, sooner. Not all at once: every record waiting in the pipe is held in memory.
 */
const RECORDS_IN_FLIGHT = 500;

/**
 * What the search page reads of a part after the first: the part's own index. Pagefind writes its script,
 * its WebAssembly and its UI into every folder, but a merged index is searched with the first one's.
 */
const PART_FILES = [/^pagefind-entry\.json$/, /\.pf_meta$/, /^index$/, /^fragment$/, /^filter$/];

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

export interface SearchIndexOptions {
  /** When aborted, no more records are sent, so the service can then be closed with none on the way. */
  stop?: AbortSignal;
  /**
   * The job of an index for the same folder that was cancelled while it wrote its files: this index's
   * files are written once it has ended, so that they are the last.
   */
  writeAfter?: Promise<unknown>;
  /** The records in each part of the index; by default, as searchIndexPartCount sets them. */
  recordsPerPart?: number;
}

/**
 * Indexes the entities' text with Pagefind and writes the index into `siteDir`'s pagefind folder, with the
 * vocabulary that the search page corrects typos by (search-vocabulary.ts) beside it; Pagefind's service
 * stays up. It empties `sources` as it goes. `md` is the site's Markdown, to read Markdown as the pages show it.
 */
export async function writeSearchIndex(sources: SearchSource[], siteDir: string, md: MarkdownIt, options: SearchIndexOptions = {}): Promise<void> {
  const { stop, writeAfter, recordsPerPart } = options;
  const parts = dealIntoParts(sources, searchIndexPartCount(sources.length, recordsPerPart));
  // The parts hold the sources now, and free each entity's text once its record is sent.
  sources.length = 0;
  const vocabulary = new VocabularyBuilder();
  for (const [part, partSources] of parts.entries()) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    try {
      // The records of part p are those at p, p + parts, p + 2 × parts, … of all of them.
      await addRecords(index, partSources, md, (record, i) => vocabulary.add(record, part + i * parts.length), stop);
      await writeAfter?.catch(() => undefined);
      stop?.throwIfAborted();
      const outputPath = join(siteDir, searchIndexPartPath(part));
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      if (part > 0) keepOnlyIndex(outputPath);
    } finally {
      // Pagefind's service keeps the memory the part took, and reuses it for the next.
      await index.deleteIndex();
    }
  }
  const mainFolder = join(siteDir, searchIndexPartPath(0));
  removePartsBeyond(mainFolder, parts.length);
  writeFileSync(join(mainFolder, VOCABULARY_FILE), vocabulary.json());
}

/**
 * Sends the records as messages, a batch at a time, each entity's text freed once its record is sent. The
 * next batch is made while Pagefind indexes the one sent, so that Pagefind, the longest task of a build,
 * never waits for this thread to make records; the batches are sent in order, so the index is the same.
 */
async function addRecords(
  index: PagefindIndex,
  sources: SearchSource[],
  md: MarkdownIt,
  onRecord: (record: SearchRecord, i: number) => void,
  stop?: AbortSignal,
): Promise<void> {
  let made = 0;
  let indexing: Promise<void> = Promise.resolve();
  try {
    while (sources.length > 0) {
      stop?.throwIfAborted();
      const batch = sources.splice(0, RECORDS_IN_FLIGHT).map((source) => {
        const record = searchRecord(source, md);
        onRecord(record, made++);
        return record;
      });
      await indexing;
      stop?.throwIfAborted();
      indexing = sendBatch(index, batch);
      // Its failure is met at the next await; until then, while the next batch is made, it is not unhandled.
      indexing.catch(() => undefined);
    }
    await indexing;
  } finally {
    // Whatever happens, no message is left on its way when this ends: the service may be closed next.
    await indexing.catch(() => undefined);
  }
}

/** Sends a batch of records and waits for Pagefind's answers to them all. */
async function sendBatch(index: PagefindIndex, batch: SearchRecord[]): Promise<void> {
  const results = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
  results.forEach(({ errors }, i) => {
    if (errors.length > 0) throw new Error(`Pagefind could not index ${batch[i]!.url}: ${errors.join("; ")}`);
  });
}

/** Removes what Pagefind wrote into a part's folder that the search page does not read of it. */
function keepOnlyIndex(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (!PART_FILES.some((kept) => kept.test(name))) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

/** Removes the parts of an earlier, larger index from the folder (a rebuild of `npm start` writes over the last). */
function removePartsBeyond(mainFolder: string, parts: number): void {
  if (!existsSync(mainFolder)) return;
  for (const name of readdirSync(mainFolder)) {
    if (PART_FOLDER.test(name) && Number(name.slice("part-".length)) > parts) rmSync(join(mainFolder, name), { recursive: true, force: true });
  }
}
