/**
 * The worker thread that feeds Pagefind while the main thread renders pages.
 *
 * Rendering keeps the main thread's event loop busy, so the messages of the
 * Pagefind service (a child process talking over a pipe) would wait for it to
 * finish; in a worker they flow at once and Pagefind indexes on the other core.
 * A job is the entities' text and the folder to write the index into; a newer job
 * (a rebuild of `npm start`) cancels the one still under way. The
 * service stays up between jobs until told to close, or,
 * for a one-off build, ends as soon as the index is written, and this thread with
 * it: what they hold is then freed while the main thread still renders.
 */
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { SearchSource } from "../scripts/search/search-records.ts";
import { createMarkdown } from "./markdown-setup.ts";
import { writeSearchIndex } from "./pagefind-index.ts";

export type WorkerRequest =
  | { kind: "index"; job: number; sources: SearchSource[]; siteDir: string; recordsPerPart?: number; closeWhenWritten: boolean }
  | { kind: "close" };
/** A job's end: its index written, or not, because it failed or was cancelled. */
export type WorkerReply = { job: number } & ({ ok: true; ms: number } | { ok: false; cancelled: boolean; message: string });

const port = parentPort;
if (!port) throw new Error("plugins/search-index-worker.ts runs as a worker thread of plugins/search-index.ts");

/** The site's Markdown in this thread, to read the plain text of Markdown the way the pages show it. */
const markdown = createMarkdown();

/** The latest job, which a newer one cancels; and every job not yet ended, to let each finish its batch of records before the service closes. */
let current: { stop: AbortController; finished: Promise<unknown> } | undefined;
const unfinished = new Set<Promise<unknown>>();

port.on("message", (request: WorkerRequest) => {
  if (request.kind === "close") {
    current?.stop.abort();
    void Promise.allSettled([...unfinished])
      .finally(() => pagefind.close())
      .finally(() => port.close());
    return;
  }
  const started = performance.now();
  const stop = new AbortController();
  // The job before, if still under way, is of data that changed since: it stops before its next batch of
  // records, or, if it is writing its index already, writes it before this one does.
  const previous = current;
  previous?.stop.abort();
  const finished = writeSearchIndex(request.sources, request.siteDir, markdown, {
    stop: stop.signal,
    writeAfter: previous?.finished,
    recordsPerPart: request.recordsPerPart,
  })
    .finally(() => (request.closeWhenWritten ? pagefind.close() : undefined))
    .then(
      () => port.postMessage({ job: request.job, ok: true, ms: performance.now() - started } satisfies WorkerReply),
      (error: unknown) =>
        port.postMessage({
          job: request.job,
          ok: false,
          cancelled: stop.signal.aborted,
          message: error instanceof Error ? error.message : String(error),
        } satisfies WorkerReply),
    )
    // Nor has a one-off build any further use for this thread: it ends, and what it holds is freed.
    .finally(() => (request.closeWhenWritten ? port.close() : undefined));
  current = { stop, finished };
  unfinished.add(finished);
  void finished.finally(() => unfinished.delete(finished));
});
