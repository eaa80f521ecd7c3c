/**
 * The search index plugin outside a whole build: it starts indexing when a
 * build starts, writes the index when the build ends, and when a build fails
 * in between, its worker and Pagefind's service are stopped rather than left
 * to keep the process alive; the next build indexes afresh.
 */
import type { UserConfig } from "@11ty/eleventy";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lastSearchIndex, searchIndexPlugin, stopSearchIndex } from "../../plugins/search-index.ts";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";

type Handler = (event: { directories: { output: string }; runMode: string }) => Promise<void>;

function pluginEvents(): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  searchIndexPlugin({ on: (name: string, handler: Handler) => handlers.set(name, handler) } as unknown as UserConfig);
  return handlers;
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
  const { model } = loadFactSheet();
  return model.entities.length + model.notes.filter((note) => note.sourceError).length;
}

describe("search index plugin", () => {
  it("stops indexing when a build fails, then indexes the next build in full", { timeout: 60_000 }, async () => {
    const handlers = pluginEvents();
    const failed = mkdtempSync(join(tmpdir(), "factsheet-index-"));
    await handlers.get("eleventy.before")!({ directories: { output: failed }, runMode: "build" });
    expect(await waitFor(() => pagefindProcesses() === 1, 20_000)).toBe(true);
    // The build failed here: eleventy.after never comes, and the build stops the index.
    await stopSearchIndex();
    expect(await waitFor(() => pagefindProcesses() === 0, 5_000)).toBe(true);

    const output = mkdtempSync(join(tmpdir(), "factsheet-index-"));
    await handlers.get("eleventy.before")!({ directories: { output }, runMode: "build" });
    await handlers.get("eleventy.after")!({ directories: { output }, runMode: "build" });

    expect(lastSearchIndex.summary?.records).toBe(recordCount());
    expect(existsSync(join(output, "pagefind/pagefind-entry.json"))).toBe(true);
    expect(readdirSync(join(output, "pagefind/fragment")).length).toBeGreaterThan(0);
    expect(await waitFor(() => pagefindProcesses() === 0, 5_000)).toBe(true);
  });

  it("with FACTSHEET_LOW_MEMORY=1 writes the index before pages render, and leaves no Pagefind running", { timeout: 60_000 }, async () => {
    process.env.FACTSHEET_LOW_MEMORY = "1";
    try {
      const handlers = pluginEvents();
      const output = mkdtempSync(join(tmpdir(), "factsheet-index-"));
      await handlers.get("eleventy.before")!({ directories: { output }, runMode: "build" });
      // Rendering would start here: the index is written already and Pagefind is ending.
      expect(existsSync(join(output, "pagefind/pagefind-entry.json"))).toBe(true);
      expect(await waitFor(() => pagefindProcesses() === 0, 5_000)).toBe(true);
      await handlers.get("eleventy.after")!({ directories: { output }, runMode: "build" });
      expect(lastSearchIndex.summary?.records).toBe(recordCount());
    } finally {
      delete process.env.FACTSHEET_LOW_MEMORY;
    }
  });

  it("without it, lets pages render while the index is made", { timeout: 60_000 }, async () => {
    const handlers = pluginEvents();
    const output = mkdtempSync(join(tmpdir(), "factsheet-index-"));
    await handlers.get("eleventy.before")!({ directories: { output }, runMode: "build" });
    expect(existsSync(join(output, "pagefind/pagefind-entry.json"))).toBe(false);
    await handlers.get("eleventy.after")!({ directories: { output }, runMode: "build" });
    expect(existsSync(join(output, "pagefind/pagefind-entry.json"))).toBe(true);
  });
});
