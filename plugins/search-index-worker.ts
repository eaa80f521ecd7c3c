/**
 * The worker thread that feeds Pagefind while the main thread renders pages.
 *
 * Rendering keeps the main thread's event loop busy, so the messages of the
 * Pagefind service (a child process talking over a pipe) would wait for it to
 * finish; in a worker they flow at once and Pagefind indexes on the other core.
 * One job at a time: the entities' text and the folder to write the index into. A
 * rebuild of `npm start` cancels the job still under way before it sends its own. The
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
  | { kind: "index"; sources: SearchSource[]; outputPath: string; closeWhenWritten: boolean }
  | { kind: "cancel" }
  | { kind: "close" };
/** A job's end: its index written, or not, because it failed or was cancelled. */
export type WorkerReply = { ok: true; ms: number } | { ok: false; cancelled: boolean; message: string };

const port = parentPort;
if (!port) throw new Error("plugins/search-index-worker.ts runs as a worker thread of plugins/search-index.ts");

/** The site's Markdown in this thread, to read the plain text of Markdown the way the pages show it. */
const markdown = createMarkdown();

/** The job under way, to be let finish its batch of records before the service closes. */
let current: { stop: AbortController; finished: Promise<unknown> } | undefined;

port.on("message", (request: WorkerRequest) => {
  // The job stops before its next batch of records, and before it writes any file: it answers as cancelled.
  if (request.kind === "cancel") {
    current?.stop.abort();
    return;
  }
  if (request.kind === "close") {
    current?.stop.abort();
    void Promise.resolve(current?.finished)
      .finally(() => pagefind.close())
      .finally(() => port.close());
    return;
  }
  const started = performance.now();
  const stop = new AbortController();
  const finished = writeSearchIndex(request.sources, request.outputPath, markdown, stop.signal)
    .finally(() => (request.closeWhenWritten ? pagefind.close() : undefined))
    .then(
      () => port.postMessage({ ok: true, ms: performance.now() - started } satisfies WorkerReply),
      (error: unknown) =>
        port.postMessage({
          ok: false,
          cancelled: stop.signal.aborted,
          message: error instanceof Error ? error.message : String(error),
        } satisfies WorkerReply),
    )
    // Nor has a one-off build any further use for this thread: it ends, and what it holds is freed.
    .finally(() => (request.closeWhenWritten ? port.close() : undefined));
  current = { stop, finished };
});
