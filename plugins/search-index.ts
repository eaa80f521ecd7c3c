/**
 * Builds the Pagefind search index from within the build, with the Pagefind
 * Node API: one record per entity, its own text in the matching forms that
 * the search page also uses for queries, filtered by type.
 *
 * The records come from the model, not from the rendered pages, so the index
 * is made while Eleventy renders: a worker thread (search-index-worker.ts)
 * hands them to Pagefind, a separate process that works on another core, and
 * writes the index into the output folder. The build waits for it at the end.
 *
 * With FACTSHEET_LOW_MEMORY=1 the index is written first, on the main thread,
 * and only then do pages render: Pagefind and the rendered pages are never in
 * memory together, for a longer build.
 */
import type { UserConfig } from "@11ty/eleventy";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import * as pagefind from "pagefind";
import { loadFactSheet } from "../scripts/data/load-factsheet.ts";
import { searchSources } from "../scripts/search/search-records.ts";
import { markdown } from "./markdown.ts";
import { writeSearchIndex } from "./pagefind-index.ts";
import type { WorkerReply, WorkerRequest } from "./search-index-worker.ts";

/** Whether the index is written before pages render (FACTSHEET_LOW_MEMORY=1) rather than while they do. */
function indexesFirst(): boolean {
  return process.env.FACTSHEET_LOW_MEMORY === "1";
}

export interface SearchIndexSummary {
  records: number;
  /**
   * Milliseconds: gathering the entities' text (on the main thread); Pagefind's whole work, from the records
   * handed over to the index written; and of that, how long the build waited for it: after rendering, or
   * before it with FACTSHEET_LOW_MEMORY=1.
   */
  timings: { records: number; pagefind: number; wait: number };
}

/** The last index built in this process, for the build summary. */
export const lastSearchIndex: { summary?: SearchIndexSummary } = {};

interface Indexing {
  done: Promise<WorkerReply>;
  records: number;
  recordsMs: number;
  /** How long the build already waited for the index before rendering (FACTSHEET_LOW_MEMORY=1). */
  waitedMs: number;
}

interface IndexWorker {
  thread: Worker;
  exited: Promise<void>;
}

let worker: IndexWorker | undefined;
let pending: Indexing | undefined;

function indexWorker(): IndexWorker {
  if (!worker) {
    const thread = new Worker(new URL("./typescript-worker.mjs", import.meta.url), {
      workerData: { module: new URL("./search-index-worker.ts", import.meta.url).href },
    });
    const exited = new Promise<void>((resolve) => thread.once("exit", () => resolve()));
    worker = { thread, exited };
    void exited.then(() => {
      if (worker?.thread === thread) worker = undefined;
    });
  }
  return worker;
}

/** Gathers the entities' text and sends it to the worker, which indexes it and writes the index into `siteDir`. */
function startIndexing(siteDir: string, closeWhenWritten: boolean): Indexing {
  const started = performance.now();
  const sources = searchSources(loadFactSheet().model);
  const recordsMs = performance.now() - started;
  const { thread, exited } = indexWorker();
  const done = new Promise<WorkerReply>((resolve, reject) => {
    const onError = (error: Error) => reject(new Error(`The search index worker failed: ${error.message}`));
    thread.once("error", onError);
    void exited.then(() => reject(new Error("The search index worker stopped before the index was written")));
    thread.once("message", (reply: WorkerReply) => {
      thread.off("error", onError);
      resolve(reply);
    });
  });
  // A failure is reported when the build waits for the index; until then it must not count as unhandled.
  done.catch(() => undefined);
  thread.postMessage({ kind: "index", sources, outputPath: join(siteDir, "pagefind"), closeWhenWritten } satisfies WorkerRequest);
  return { done, records: sources.length, recordsMs, waitedMs: 0 };
}

/** Gathers the entities' text, indexes it on this thread and writes the index into `siteDir`, then ends Pagefind's service. */
async function indexNow(siteDir: string): Promise<Indexing> {
  const started = performance.now();
  const sources = searchSources(loadFactSheet().model);
  const recordsMs = performance.now() - started;
  try {
    await writeSearchIndex(sources, join(siteDir, "pagefind"), markdown);
  } finally {
    await pagefind.close();
  }
  const ms = performance.now() - started - recordsMs;
  return { done: Promise.resolve({ ok: true, ms }), records: sources.length, recordsMs, waitedMs: ms };
}

async function finishIndexing(indexing: Indexing): Promise<SearchIndexSummary> {
  const waitFrom = performance.now();
  const reply = await indexing.done;
  if (!reply.ok) throw new Error(reply.message);
  const wait = indexing.waitedMs + performance.now() - waitFrom;
  return { records: indexing.records, timings: { records: indexing.recordsMs, pagefind: reply.ms, wait } };
}

/** Ends the worker and the Pagefind service, whether or not an index is being made. */
export async function stopSearchIndex(): Promise<void> {
  const current = worker;
  worker = undefined;
  pending = undefined;
  if (!current) return;
  current.thread.postMessage({ kind: "close" } satisfies WorkerRequest);
  await current.exited;
}

export function searchIndexPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.before", async ({ directories, runMode }) => {
    // A rebuild of `npm start` that failed never waited for the index it started.
    if (pending) await pending.done.catch(() => undefined);
    // A one-off build has no next rebuild to keep Pagefind's service for.
    pending = indexesFirst() ? await indexNow(directories.output) : startIndexing(directories.output, runMode === "build");
  });
  eleventyConfig.on("eleventy.after", async ({ runMode }) => {
    const indexing = pending;
    pending = undefined;
    if (!indexing) throw new Error("The search index was not started: the eleventy.before handler of the search index plugin did not run");
    try {
      lastSearchIndex.summary = await finishIndexing(indexing);
    } finally {
      // `npm start` keeps the worker and Pagefind's service for the next rebuild.
      if (runMode === "build") await stopSearchIndex();
    }
  });
}
