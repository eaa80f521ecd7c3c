/**
 * `npm run bench:search-index`: the search index on its own, as the build
 * writes it (plugins/pagefind-index.ts), from a data folder's records, with
 * nothing rendering beside it: the CPU time of Pagefind's binary and of Node
 * (which makes the records), Pagefind's peak memory, and the bytes written by
 * kind. Each run is a child process watched from /proc (scripts/dev/bench/processes.ts),
 * writing into a fresh folder, by default in memory (/dev/shm) so that the
 * disk's noise stays out. What changes to the records or the parts cost is
 * measured here; `npm run bench` measures the whole build.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { exitWithUsageError as stop, readCommandLine, type OptionTable } from "../command-line.ts";
import { PART_FOLDER } from "../search/search-index-parts.ts";
import { median, megabytes, seconds } from "./bench/format.ts";
import { check, folderBytes, run } from "./bench/processes.ts";

const COMMAND = "npm run bench:search-index";

const OPTIONS = {
  data: { type: "string", value: "FOLDER", help: "the data folder whose records are indexed (default: data)" },
  runs: { type: "string", value: "N", help: "how many times to write the index; medians are printed (default: 3)" },
  "part-size": { type: "string", value: "N", help: "the records in each part of the index, as npm run build's --search-part-size (default: the build's)" },
  "on-disk": { type: "boolean", help: "write into the system's temporary folder rather than /dev/shm" },
  help: { type: "boolean", short: "h", help: "print this help and exit" },
} as const satisfies OptionTable;

/** Run by each child: loads the data, makes its records and writes the index into the folder given. */
const WRITE_INDEX = `
const [dataDir, siteDir, partSize] = process.argv.slice(1);
const { loadFactSheet } = await import(${JSON.stringify(import.meta.resolve("../data/load-factsheet.ts"))});
const { searchSources } = await import(${JSON.stringify(import.meta.resolve("../search/search-records.ts"))});
const { createMarkdown } = await import(${JSON.stringify(import.meta.resolve("../../plugins/markdown-setup.ts"))});
const { writeSearchIndex } = await import(${JSON.stringify(import.meta.resolve("../../plugins/pagefind-index.ts"))});
const pagefind = await import("pagefind");
const sources = searchSources(loadFactSheet(dataDir).model);
await writeSearchIndex(sources, siteDir, createMarkdown(), partSize ? { recordsPerPart: Number(partSize) } : {});
await pagefind.close();
`;

/** The kinds of file an index is written in, by their folder in pagefind/ and its part-N/ folders; the files of none are "scripts and vocabulary" (Pagefind's script, WebAssembly and UI, and ours). */
function bytesByKind(indexDir: string): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const entry of readdirSync(indexDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    // A part's files count with the first part's of their kind.
    const folder = entry.parentPath.slice(indexDir.length).split("/").filter((part) => part !== "" && !PART_FOLDER.test(part))[0];
    const kind = folder ?? (entry.name.endsWith(".pf_meta") ? "meta" : "scripts and vocabulary");
    kinds[kind] = (kinds[kind] ?? 0) + statSync(path).size;
  }
  return kinds;
}

const values = readCommandLine(COMMAND, OPTIONS, {
  usage: `${COMMAND} -- [options]`,
  description: [
    "Writes the search index of a data folder's records as the build does, with nothing else running,",
    "and prints the median CPU time of Pagefind and of Node, Pagefind's peak memory and the bytes by kind.",
  ],
});
const dataDir = resolve(values.data ?? "data");
const runs = Number(values.runs ?? "3");
if (!Number.isInteger(runs) || runs < 1) stop(`${COMMAND}: --runs takes a whole number of runs, not ${JSON.stringify(values.runs)}`);
const partSize = values["part-size"];
if (partSize !== undefined && !(Number.isInteger(Number(partSize)) && Number(partSize) >= 1)) {
  stop(`${COMMAND}: --part-size takes a whole number of records, 1 or more, not ${JSON.stringify(partSize)}`);
}
if (!existsSync(dataDir)) stop(`${COMMAND}: no data folder at ${dataDir}`);
const parent = !values["on-disk"] && existsSync("/dev/shm") ? "/dev/shm" : tmpdir();

const results: { wallMs: number; pagefindMs: number; nodeMs: number; pagefindPeak: number; bytes: Record<string, number>; total: number }[] = [];
for (let i = 0; i < runs; i += 1) {
  const siteDir = mkdtempSync(join(parent, "factsheet-search-index-"));
  try {
    const result = check(
      await run(process.execPath, ["--input-type=module", "-e", WRITE_INDEX, dataDir, siteDir, partSize ?? ""], { cwd: fileURLToPath(new URL("../..", import.meta.url)) }),
      "Writing the search index",
    );
    const indexDir = join(siteDir, "pagefind");
    results.push({
      wallMs: result.wallMs,
      pagefindMs: result.programCpuMs.pagefind_extend ?? 0,
      nodeMs: result.programCpuMs.node ?? 0,
      pagefindPeak: result.programPeakBytes.pagefind_extend ?? 0,
      bytes: bytesByKind(indexDir),
      total: folderBytes(indexDir),
    });
    const last = results.at(-1)!;
    console.log(`run ${i + 1}: ${seconds(last.wallMs)} s; CPU Pagefind ${seconds(last.pagefindMs)} s, Node ${seconds(last.nodeMs)} s; Pagefind's peak ${megabytes(last.pagefindPeak)} MB`);
  } finally {
    rmSync(siteDir, { recursive: true, force: true });
  }
}
const mid = (pick: (r: (typeof results)[number]) => number) => median(results.map(pick));
console.log(
  [
    "",
    `${dataDir}, written in ${parent === "/dev/shm" ? "memory (/dev/shm)" : parent}, ${runs} run${runs === 1 ? "" : "s"}, medians:`,
    `- wall ${seconds(mid((r) => r.wallMs))} s; CPU: Pagefind ${seconds(mid((r) => r.pagefindMs))} s, Node ${seconds(mid((r) => r.nodeMs))} s`,
    `- Pagefind's peak memory: ${megabytes(Math.max(...results.map((r) => r.pagefindPeak)))} MB (the highest of the runs)`,
    `- written: ${megabytes(results[0]!.total)} MB; ${Object.entries(results[0]!.bytes)
      .sort(([, a], [, b]) => b - a)
      .map(([kind, bytes]) => `${kind} ${megabytes(bytes)}`)
      .join(", ")} MB`,
  ].join("\n"),
);
