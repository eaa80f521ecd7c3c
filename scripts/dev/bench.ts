/**
 * `npm run bench`: how the build's cost grows with the data, against the floor
 * that Eleventy and Pagefind set on their own.
 *
 * For each size N (100, 1,000 and 10,000 entities by default) it generates a
 * synthetic data folder (scripts/dev/generate-data.ts), then, run after run:
 *
 * - builds it as a user does (`DATA_DIR=… scripts/build.ts --output=…` in a
 *   child process) with FACTSHEET_BENCH=1, which makes the build print where
 *   its time went (loading and validation, rendering, indexing) and its peak
 *   memory; the bench also samples the memory of the whole process tree
 *   (Node and the Pagefind binary) from /proc;
 * - builds the floor: the same number of pages with bare Eleventy (a throwaway
 *   project: one trivial .njk template paginating over the same records as
 *   JSON, no layouts, no plugins, run with this project's Eleventy CLI), then a
 *   bare Pagefind run over that output (Node API, addDirectory).
 *
 * Runs of ours and of the floor alternate, so that whatever else the machine
 * is doing weighs on both alike. Medians are reported. After the largest size,
 * it measures in Chromium what a reader downloads to get the first results of
 * a one-word Arabic search. It prints a Markdown table and the targets, met
 * or missed.
 *
 *   npm run bench
 *   npm run bench -- --sizes 100,1000 --runs 3,3 --no-browser --keep
 *
 * The pieces are in bench/: processes (running and watching a build),
 * our-build, floor-build, search-payload, bench-size (one size's runs), and
 * tables, report and format for what it prints.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exitWithUsageError as stop, readCommandLine, type OptionTable } from "../command-line.ts";
import type { SyntheticFactSheet } from "./generate-data.ts";
import { benchSize } from "./bench/bench-size.ts";
import { kilobytes, seconds } from "./bench/format.ts";
import { report } from "./bench/report.ts";
import { measureSearch, searchQueries, type Payload } from "./bench/search-payload.ts";
import { machine, type SizeResult } from "./bench/tables.ts";

interface BenchOptions {
  sizes: number[];
  runs: number[];
  seed: number;
  /** Seconds the whole bench should take at most: later runs of a size are dropped to stay within it. */
  budgetMs: number;
  keep: boolean;
  browser: boolean;
}

const COMMAND = "npm run bench";

const OPTIONS = {
  sizes: { type: "string", value: "N,N,…", help: "the numbers of entities to build (default: 100,1000,10000)" },
  runs: { type: "string", value: "R,R,…", help: "runs of ours and of the floor at each size (default: 3,3,3)" },
  seed: { type: "string", value: "S", help: "the generator's seed (default: 1)" },
  budget: { type: "string", value: "SECONDS", help: "drop later runs of a size to stay within this (default: 540)" },
  keep: { type: "boolean", help: "keep the generated data and built sites" },
  "no-browser": { type: "boolean", help: "skip measuring the first search in Chromium" },
  help: { type: "boolean", short: "h", help: "print this help and exit" },
} as const satisfies OptionTable;

function parseOptions(): BenchOptions {
  const values = readCommandLine(COMMAND, OPTIONS, {
    usage: `${COMMAND} -- [options]`,
    description: [
      "Builds generated data of each size with this project and with bare Eleventy + Pagefind (the floor), in",
      "alternating runs, and prints time, memory, sizes and the targets, met or missed.",
    ],
  });
  const sizes = (values.sizes ?? "100,1000,10000").split(",").map(Number);
  const runs = (values.runs ?? "3,3,3").split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || runs.some((n) => !Number.isInteger(n) || n < 1)) {
    stop(`${COMMAND}: --sizes and --runs take comma-separated whole numbers`);
  }
  const seed = Number(values.seed ?? "1");
  const budget = Number(values.budget ?? "540");
  if (!Number.isInteger(seed) || !(budget > 0)) stop(`${COMMAND}: --seed takes a whole number and --budget a number of seconds`);
  return { sizes, runs, seed, budgetMs: budget * 1000, keep: values.keep ?? false, browser: !values["no-browser"] };
}

/** The first search's downloads for each query, in Chromium; none, and why, when it cannot run. */
async function measureSearches(siteDir: string, sheet: SyntheticFactSheet, log: (message: string) => void): Promise<{ payloads: Payload[]; browserError?: string }> {
  const payloads: Payload[] = [];
  try {
    for (const { query, why } of searchQueries(sheet)) {
      const payload = await measureSearch(siteDir, query, why);
      payloads.push(payload);
      log(`  search «${query}»: ${kilobytes(payload.bytes)} in ${payload.requests} requests, ${payload.results} results`);
    }
    return { payloads };
  } catch (error) {
    // No Chromium, or it failed: the build figures still stand.
    const browserError = error instanceof Error ? error.message : String(error);
    log(`  search payload not measured: ${browserError}`);
    return { payloads, browserError };
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  const began = performance.now();
  const root = mkdtempSync(join(tmpdir(), "factsheet-bench-"));
  const log = (message: string) => process.stderr.write(`[${seconds(performance.now() - began).padStart(6)} s] ${message}\n`);
  const machineBefore = machine();
  log(`machine: ${machineBefore}`);
  log(`working in ${root}`);
  const results: SizeResult[] = [];
  let search: { payloads: Payload[]; browserError?: string } = { payloads: [] };
  try {
    for (const [i, entities] of options.sizes.entries()) {
      const runs = options.runs[i] ?? options.runs.at(-1)!;
      const size = await benchSize({ entities, runs, seed: options.seed, root, deadline: began + options.budgetMs, log });
      results.push(size.result);
      if (i === options.sizes.length - 1 && options.browser) search = await measureSearches(size.ourOutput, size.sheet, log);
      if (!options.keep) {
        rmSync(size.ourOutput, { recursive: true, force: true });
        rmSync(size.floorProject, { recursive: true, force: true });
      }
    }
  } finally {
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }
  process.stdout.write(report({ results, ...search, machineBefore, began }));
}

await main();
