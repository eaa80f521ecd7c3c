/**
 * The worker thread that feeds Pagefind while the main thread renders pages.
 *
 * Rendering keeps the main thread's event loop busy, so the messages of the
 * Pagefind service (a child process talking over a pipe) would wait for it to
 * finish; in a worker they flow at once and Pagefind indexes on the other core.
 * One job at a time: the entities' text and the folder to write the index into. The
 * service stays up between jobs (rebuilds of `npm start`) until told to close, or,
 * for a one-off build, ends as soon as the index is written, and this thread with
 * it: what they hold is then freed while the main thread still renders.
 */
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import { searchRecord, type SearchSource } from "../scripts/factsheet/search-records.ts";
import { createMarkdown } from "./markdown-setup.ts";

export type WorkerRequest =
  | { kind: "index"; sources: SearchSource[]; outputPath: string; closeWhenWritten: boolean }
  | { kind: "close" };
export type WorkerReply = { ok: true; ms: number } | { ok: false; message: string };

/**
 * Records sent to Pagefind before waiting for its answers. Many at once rather than one round trip
 * each: the service answers each message by its id and indexes them in the order sent, so the index
 * is byte for byte the same, sooner. Not all at once: every record waiting in the pipe is held in memory.
 */
const RECORDS_IN_FLIGHT = 500;

/** The site's Markdown, to read the plain text of Markdown the way the pages show it. */
const markdown = createMarkdown();

async function writeIndex(sources: SearchSource[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    for (let start = 0; start < sources.length; start += RECORDS_IN_FLIGHT) {
      const records = sources.slice(start, start + RECORDS_IN_FLIGHT).map((source) => searchRecord(source, markdown));
      const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
      results.forEach(({ errors: recordErrors }, i) => {
        if (recordErrors.length > 0) throw new Error(`Pagefind could not index ${records[i]!.url}: ${recordErrors.join("; ")}`);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }
}

const port = parentPort;
if (!port) throw new Error("plugins/search-index-worker.ts runs as a worker thread of plugins/search-index.ts");

port.on("message", (request: WorkerRequest) => {
  if (request.kind === "close") {
    void pagefind.close().finally(() => port.close());
    return;
  }
  const started = performance.now();
  writeIndex(request.sources, request.outputPath)
    .finally(() => (request.closeWhenWritten ? pagefind.close() : undefined))
    .then(
      () => port.postMessage({ ok: true, ms: performance.now() - started } satisfies WorkerReply),
      (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
    )
    // Nor has a one-off build any further use for this thread: it ends, and what it holds is freed.
    .finally(() => (request.closeWhenWritten ? port.close() : undefined));
});
