/**
 * The search index plugin outside a whole build: it starts indexing when a
 * build starts, writes the index when the build ends, and when a build fails
 * in between, its worker and Pagefind's service are stopped rather than left
 * to keep the process alive; the next build indexes afresh.
 */
import type { UserConfig } from "@11ty/eleventy";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FactSheetStore } from "../../plugins/fact-sheet-data.ts";
import { SearchIndexer, searchIndexPlugin, type SearchIndexSummary } from "../../plugins/search-index.ts";
import { temporaryFolder } from "../support/temporary.ts";

type Handler = (event: { directories: { output: string }; runMode: string }) => Promise<void>;

const factsheet = new FactSheetStore();

/** The plugin's event handlers, its indexer, and the summaries it reported. */
function pluginEvents(lowMemory = false): { handlers: Map<string, Handler>; indexer: SearchIndexer; summaries: SearchIndexSummary[] } {
  const handlers = new Map<string, Handler>();
  const indexer = new SearchIndexer({ lowMemory });
  const summaries: SearchIndexSummary[] = [];
  const config = { on: (name: string, handler: Handler) => handlers.set(name, handler), addGlobalData: () => undefined } as unknown as UserConfig;
  searchIndexPlugin(config, { factsheet, indexer, onSummary: (summary) => summaries.push(summary) });
  return { handlers, indexer, summaries };
}

/** Pagefind service processes started by this process and still running (Linux /proc). */
function pagefindProcesses(): number {
  let count = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const [state, parent] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // A process that has ended but not been waited for ("Z") no longer runs.
      if (name.startsWith("pagefind") && Number(parent) === process.pid && state !== "Z") count += 1;
    } catch {
      // The process ended while being read.
    }
  }
  return count;
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, 50))) {
    if (condition()) return true;
  }
  return condition();
}


/** One record per entity, and one per note on an error of the source. */
function recordCount(): number {
  const { model } = factsheet.current;
  return model.entities.length + model.notes.filter((note) => note.sourceError).length;
}

describe("search index plugin", () => {
  it("stops indexing when a build fails, then indexes the next build in full", { timeout: 60_000 }, async () => {
    const { handlers, indexer, summaries } = pluginEvents();
    const failed = temporaryFolder("index");
    await handlers.get("eleventy.before")!({ directories: { output: failed }, runMode: "build" });
    expect(await waitFor(() => pagefindProcesses() === 1, 20_000)).toBe(true);
    // The build failed here: eleventy.after never comes, and the build stops the index.
    await indexer.stop();
    expect(await waitFor(() => pagefindProcesses() === 0, 5_000)).toBe(true);

    const output = temporaryFolder("index");
    await handlers.get("eleventy.before")!({ directories: { output }, runMode: "build" });
    await handlers.get("eleventy.after")!({ directories: { output }, runMode: "build" });

    expect(summaries.map((summary) => summary.records)).toEqual([recordCount()]);
    expect(existsSync(join(output, "pagefind/pagefind-entry.json"))).toBe(true);
    expect(readdirSync(join(output, "pagefind/fragment")).length).toBeGreaterThan(0);
    expect(await waitFor(() => pagefindProcesses() === 0, 5_000)).toBe(true);
  });

  it("takes over the index the build started before Eleventy, for the same model and folder", { timeout: 60_000 }, async () => {
    const { handlers, indexer, summaries } = pluginEvents();
    const output = temporaryFolder("index");
    indexer.startEarly(factsheet.current.model, output);
    // Pagefind is at work before Eleventy's build has begun.
    expect(await waitFor(() => pagefindProcesses() === 1, 20_000)).toBe(true);
    await handlers.get("eleventy.before")!({ directories: { output: `${output}/` }, runMode: "build" });
    expect(pagefindProcesses()).toBeLessThanOrEqual(1);
    await handlers.get("eleventy.after")!({ directories: { output }, runMode: "build" });
    expect(summaries.map((summary) => summary.records)).toEqual([recordCount()]);
    expect(existsSync(join(output, "pagefind/pagefind-entry.json"))).toBe(true);
    expect(await waitFor(() => pagefindProcesses() === 0, 5_000)).toBe(true);
  });

  it("in the low-memory mode writes the index before pages render, and leaves no Pagefind running", { timeout: 60_000 }, async () => {
    {
      const { handlers, summaries } = pluginEvents(true);
      const output = temporaryFolder("index");
      await handlers.get("eleventy.before")!({ directories: { output }, runMode: "build" });
      // Rendering would start here: the index is written already and Pagefind is ending.
      expect(existsSync(join(output, "pagefind/pagefind-entry.json"))).toBe(true);
      expect(await waitFor(() => pagefindProcesses() === 0, 5_000)).toBe(true);
      await handlers.get("eleventy.after")!({ directories: { output }, runMode: "build" });
      expect(summaries.map((summary) => summary.records)).toEqual([recordCount()]);
    }
  });

  it("without it, lets pages render while the index is made", { timeout: 60_000 }, async () => {
    // eleventy.before returning while Pagefind is held at the gate proves it did not wait for the index.
    const gate = pagefindGate();
    try {
      const { handlers, summaries } = pluginEvents();
      const output = temporaryFolder("index");
      await handlers.get("eleventy.before")!({ directories: { output }, runMode: "build" });
      expect(existsSync(join(output, "pagefind"))).toBe(false);
      gate.open();
      await handlers.get("eleventy.after")!({ directories: { output }, runMode: "build" });
      expect(existsSync(join(output, "pagefind/pagefind-entry.json"))).toBe(true);
      expect(summaries.map((summary) => summary.records)).toEqual([recordCount()]);
    } finally {
      gate.close();
    }
  });

  it("under npm start, ends a rebuild without waiting for the index, which is written after", { timeout: 60_000 }, async () => {
    const gate = pagefindGate();
    const { handlers, indexer, summaries } = pluginEvents();
    try {
      const output = temporaryFolder("index");
      await handlers.get("eleventy.before")!({ directories: { output }, runMode: "serve" });
      await handlers.get("eleventy.after")!({ directories: { output }, runMode: "serve" });
      // The rebuild is over, and Pagefind has not even started.
      expect(existsSync(join(output, "pagefind"))).toBe(false);
      gate.open();
      expect(await waitFor(() => summaries.length === 1, 30_000)).toBe(true);
      expect(summaries.map((summary) => summary.records)).toEqual([recordCount()]);
      expect(existsSync(join(output, "pagefind/pagefind-entry.json"))).toBe(true);
      // Its service stays up for the next rebuild.
      expect(pagefindProcesses()).toBe(1);
    } finally {
      gate.close();
      await indexer.stop();
    }
    expect(await waitFor(() => pagefindProcesses() === 0, 5_000)).toBe(true);
  });

  it("under npm start, cancels the index of the rebuild before when the next one starts", { timeout: 60_000 }, async () => {
    const gate = pagefindGate();
    const { handlers, indexer, summaries } = pluginEvents();
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const first = temporaryFolder("index");
      await handlers.get("eleventy.before")!({ directories: { output: first }, runMode: "serve" });
      await handlers.get("eleventy.after")!({ directories: { output: first }, runMode: "serve" });
      // The data changed: the next rebuild starts, and ends, while the first index is still held at the gate.
      const second = temporaryFolder("index");
      await handlers.get("eleventy.before")!({ directories: { output: second }, runMode: "serve" });
      await handlers.get("eleventy.after")!({ directories: { output: second }, runMode: "serve" });
      gate.open();
      // Only the second index is written, and reported.
      expect(await waitFor(() => summaries.length > 0, 30_000)).toBe(true);
      expect(summaries.map((summary) => summary.records)).toEqual([recordCount()]);
      expect(existsSync(join(second, "pagefind/pagefind-entry.json"))).toBe(true);
      expect(existsSync(join(first, "pagefind"))).toBe(false);
      // A cancelled index is no error to report.
      expect(errors).toEqual([]);
    } finally {
      console.error = consoleError;
      gate.close();
      await indexer.stop();
    }
  });
});

/**
 * Pagefind's service started through a gate that holds it until the test opens it: no index can be
 * written before then. `close` opens it too (so that nothing stays held) and restores the real binary.
 */
function pagefindGate(): { open(): void; close(): void } {
  const dir = temporaryFolder("index-gate");
  const gate = join(dir, "open");
  const wrapper = join(dir, "pagefind_extended");
  writeFileSync(wrapper, `#!/bin/sh\nwhile [ ! -e '${gate}' ]; do sleep 0.05; done\nexec '${realPagefind()}' "$@"\n`, { mode: 0o755 });
  process.env.PAGEFIND_EXTENDED_BINARY_PATH = wrapper;
  return {
    open: () => writeFileSync(gate, ""),
    close: () => {
      writeFileSync(gate, "");
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    },
  };
}

/** The Pagefind binary the pagefind package runs on this platform. */
function realPagefind(): string {
  return createRequire(import.meta.resolve("pagefind")).resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);
}
