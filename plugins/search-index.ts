/**
 * Builds the Pagefind search index from within the build, with the Pagefind
 * Node API: one record per entity, its own text in the matching forms that
 * the search page also uses for queries, filtered by type.
 *
 * The records come from the model, not from the rendered pages, so the index
 * is made while Eleventy renders: a worker thread (search-index-worker.ts)
 * hands them to Pagefind, a separate process that works on another core, and
 * writes the index into the output folder. A build waits for it at the end;
 * a rebuild of `npm start` shows its pages without waiting, and the index
 * follows. `npm run build` starts it before Eleventy, once the data is loaded (startEarly).
 *
 * In the low-memory mode (`npm run build -- --low-memory`, or
 * FACTSHEET_LOW_MEMORY=1) the index is written first, on the main thread, and
 * only then do pages render: Pagefind and the rendered pages are never in
 * memory together, for a longer build.
 *
 * A SearchIndexer owns the worker; each build is one SearchIndexJob, started
 * when the build starts and finished, with its summary, when it ends.
 */
import type { UserConfig } from "@11ty/eleventy";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { FactSheet } from "../scripts/data/link.ts";
import { searchIndexPartCount } from "../scripts/search/search-index-parts.ts";
import { searchRecordCount, searchSources } from "../scripts/search/search-records.ts";
import type { FactSheetStore } from "./fact-sheet-data.ts";
import { markdown } from "./markdown.ts";
import { writeSearchIndex } from "./pagefind-index.ts";
import type { WorkerReply, WorkerRequest } from "./search-index-worker.ts";

/**
 * The worker's young generation, in MB. The worker makes records a batch at a time and hands them on, so a
 * small one is enough; V8's default, sized for the machine's memory, kept about 110 MB more resident at
 * 10,000 entities, for the same build time.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

export interface SearchIndexSummary {
  records: number;
  /**
   * Milliseconds: gathering the entities' text (on the main thread); Pagefind's whole work, from the records
   * handed over to the index written; and of that, how long the build waited for it: after rendering, or
   * before it in the low-memory mode.
   */
  timings: { records: number; pagefind: number; wait: number };
}

/** What a build's index ends with when the next build (a rebuild of `npm start`) started before it was written. */
export class SearchIndexCancelled extends Error {
  constructor() {
    super("The search index was not written: a newer build of the data replaced it");
    this.name = "SearchIndexCancelled";
  }
}

/** One build's index: under way, or (low-memory mode) written already. */
export interface SearchIndexJob {
  /** Waits for the index to be written and tells what it took. */
  finish(): Promise<SearchIndexSummary>;
}

interface IndexWorker {
  thread: Worker;
  exited: Promise<void>;
  /** The jobs sent and not yet answered, by number. */
  replies: Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>;
}

export interface SearchIndexerOptions {
  /** Write the index before pages render rather than alongside. */
  lowMemory: boolean;
  /** The records in each part of the index (--search-part-size); by default as scripts/search/search-index-parts.ts sets them. */
  recordsPerPart?: number;
}

export class SearchIndexer {
  #worker: IndexWorker | undefined;
  #jobs = 0;
  #early: { model: FactSheet; siteDir: string; job: Promise<SearchIndexJob> } | undefined;

  readonly options: SearchIndexerOptions;

  constructor(options: SearchIndexerOptions) {
    this.options = options;
  }

  /**
   * Starts a one-off build's index as soon as its data is loaded, before Eleventy has started
   * (scripts/build.ts): Pagefind then works while Eleventy sets up. The build's start() for the same
   * model and folder takes this job over rather than start another.
   */
  startEarly(model: FactSheet, siteDir: string): void {
    const job = this.start(model, siteDir, true);
    // A failure is reported when the build waits for the index; until then it must not count as unhandled.
    job.catch(() => undefined);
    this.#early = { model, siteDir: resolve(siteDir), job };
  }

  /** How many parts the index of `model` is in: the search page searches every one. */
  parts(model: FactSheet): number {
    return searchIndexPartCount(searchRecordCount(model), this.options.recordsPerPart);
  }

  /**
   * Starts indexing `model` into `siteDir`/pagefind. A one-off build has no next rebuild to keep Pagefind's
   * service for: it ends as soon as the index is written.
   */
  async start(model: FactSheet, siteDir: string, oneOff: boolean): Promise<SearchIndexJob> {
    const early = this.#early;
    this.#early = undefined;
    if (early && early.model === model && early.siteDir === resolve(siteDir)) return early.job;
    // The index of the build before may still be under way (`npm start` does not wait for it, nor does a
    // rebuild that failed): the worker cancels it when it gets this one.
    const started = performance.now();
    // Only their number is kept: the worker has its own copy, and the text need not stay here while pages render.
    const sources = searchSources(model);
    const records = sources.length;
    const recordsMs = performance.now() - started;
    let done: Promise<WorkerReply>;
    let waitedMs = 0;
    if (this.options.lowMemory) {
      try {
        await writeSearchIndex(sources, siteDir, markdown, { recordsPerPart: this.options.recordsPerPart });
      } finally {
        await pagefind.close();
      }
      waitedMs = performance.now() - started - recordsMs;
      done = Promise.resolve({ job: 0, ok: true, ms: waitedMs });
    } else {
      done = this.#inWorker({ sources, siteDir, recordsPerPart: this.options.recordsPerPart, closeWhenWritten: oneOff });
    }
    return {
      finish: async () => {
        const waitFrom = performance.now();
        const reply = await done;
        if (!reply.ok) throw reply.cancelled ? new SearchIndexCancelled() : new Error(reply.message);
        const wait = waitedMs + performance.now() - waitFrom;
        return { records, timings: { records: recordsMs, pagefind: reply.ms, wait } };
      },
    };
  }

  /** Ends the worker and the Pagefind service, whether or not an index is being made. */
  async stop(): Promise<void> {
    const current = this.#worker;
    this.#worker = undefined;
    this.#early = undefined;
    if (!current) return;
    current.thread.postMessage({ kind: "close" } satisfies WorkerRequest);
    await current.exited;
  }

  /** Sends the job to the worker, which indexes it and writes the index. */
  #inWorker(request: Omit<WorkerRequest & { kind: "index" }, "kind" | "job">): Promise<WorkerReply> {
    const { thread, replies } = this.#indexWorker();
    const job = ++this.#jobs;
    const done = new Promise<WorkerReply>((resolve, reject) => replies.set(job, { resolve, reject }));
    // A failure is reported when the build waits for the index; until then it must not count as unhandled.
    done.catch(() => undefined);
    thread.postMessage({ kind: "index", job, ...request } satisfies WorkerRequest);
    return done;
  }

  #indexWorker(): IndexWorker {
    if (!this.#worker) {
      // Node runs the worker's TypeScript itself, as it runs the build's (type stripping).
      const thread = new Worker(new URL("./search-index-worker.ts", import.meta.url), {
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      const replies: IndexWorker["replies"] = new Map();
      const failAll = (error: Error) => {
        for (const { reject } of replies.values()) reject(error);
        replies.clear();
      };
      thread.on("message", (reply: WorkerReply) => {
        replies.get(reply.job)?.resolve(reply);
        replies.delete(reply.job);
      });
      thread.on("error", (error) => failAll(new Error(`The search index worker failed: ${error.message}`)));
      const exited = new Promise<void>((resolve) => thread.once("exit", () => resolve()));
      const worker = { thread, exited, replies };
      this.#worker = worker;
      void exited.then(() => {
        failAll(new Error("The search index worker stopped before the index was written"));
        if (this.#worker === worker) this.#worker = undefined;
      });
    }
    return this.#worker;
  }
}

export interface SearchIndexOptions {
  factsheet: FactSheetStore;
  indexer: SearchIndexer;
  /** Told each build's summary once its index is written. */
  onSummary?: (summary: SearchIndexSummary) => void;
}

export function searchIndexPlugin(eleventyConfig: UserConfig, { factsheet, indexer, onSummary }: SearchIndexOptions): void {
  let job: SearchIndexJob | undefined;
  // The search page searches every part of the index.
  eleventyConfig.addGlobalData("searchIndexParts", () => indexer.parts(factsheet.current.model));
  eleventyConfig.on("eleventy.before", async ({ directories, runMode }) => {
    job = undefined;
    job = await indexer.start(factsheet.current.model, directories.output, runMode === "build");
  });
  eleventyConfig.on("eleventy.after", async ({ runMode }) => {
    const current = job;
    job = undefined;
    if (!current) throw new Error("The search index was not started: the eleventy.before handler of the search index plugin did not run");
    if (runMode !== "build") {
      // `npm start` shows the rebuilt pages without waiting for the index, which it writes a few seconds
      // later (the search page reads it when a search starts); it keeps the worker and Pagefind's service
      // for the next rebuild, which cancels an index not yet written.
      current.finish().then(onSummary, (error: unknown) => {
        if (!(error instanceof SearchIndexCancelled)) console.error(`[search index] ${error instanceof Error ? error.message : String(error)}`);
      });
      return;
    }
    try {
      onSummary?.(await current.finish());
    } finally {
      await indexer.stop();
    }
  });
}
