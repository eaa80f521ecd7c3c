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
 * a one-word Arabic search. It prints a Markdown table and the targets of
 * issue 6.
 *
 *   npm run bench
 *   npm run bench -- --sizes 100,1000 --runs 3,3 --no-browser --keep
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../../test/support/browser.ts";
import { serveSite } from "../../test/support/static-server.ts";
import { TYPE_LABELS, type EntityType } from "../data/labels.ts";
import { words } from "../text/arabic.ts";
import { generateFactSheet, writeFactSheet, type SyntheticFactSheet } from "./generate-data.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ELEVENTY_CLI = join(PROJECT_ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
const MB = 1024 * 1024;

const TARGETS = {
  /** Ours at the largest size, divided by the floor. */
  floorRatio: 1.5,
  /** The 10,000 build divided by the 1,000 build. */
  growth: 12,
  peakBytes: 1024 * MB,
  searchBytes: 300 * 1000,
};

// ---------------------------------------------------------------------------
// Running a child process and watching its memory

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Highest sum of the resident memory of the process and its descendants, sampled; 0 without /proc. */
  treePeakBytes: number;
  /** Highest resident memory of each program of the tree (node, pagefind_extended…), sampled. */
  programPeakBytes: Record<string, number>;
  /**
   * CPU time (user + system) of the process and all its descendants (Pagefind's binary too), summed
   * from /proc as last sampled; undefined without /proc. Other load on the machine distorts it less than wall time.
   */
  cpuMs?: number;
}

const HAS_PROC = existsSync("/proc/self/stat");
/** Clock ticks per second, the unit of CPU times in /proc/<pid>/stat. */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** A process's CPU time so far (user + system), in ms, from /proc/<pid>/stat. */
function cpuTime(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name, which is in brackets and may hold spaces: utime and stime are the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** The pids of a process and all its descendants, from /proc (Linux). */
function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i += 1) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pids[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, "utf8").trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      } catch {
        // The task ended while we looked.
      }
    }
  }
  return pids;
}

/** A process's program name and resident memory, from /proc (Linux). */
function resident(pid: number): { program: string; bytes: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return { program: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "?", bytes: rss ? Number(rss[1]) * 1024 : 0 };
  } catch {
    return { program: "?", bytes: 0 };
  }
}

/** Samples of a process tree are taken this often, in ms. */
const SAMPLE_MS = 50;

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let treePeakBytes = 0;
    const programPeakBytes: Record<string, number> = {};
    const cpuByPid = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      const pids = processTree(child.pid);
      const processes = pids.map(resident);
      treePeakBytes = Math.max(treePeakBytes, processes.reduce((sum, p) => sum + p.bytes, 0));
      for (const { program, bytes } of processes) programPeakBytes[program] = Math.max(programPeakBytes[program] ?? 0, bytes);
      for (const pid of pids) {
        const ms = cpuTime(pid);
        if (ms !== undefined) cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, ms));
      }
    };
    const sampler = HAS_PROC ? setInterval(sample, SAMPLE_MS) : undefined;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on("close", (code) => {
      const wallMs = performance.now() - started;
      clearInterval(sampler);
      const cpuMs = HAS_PROC ? [...cpuByPid.values()].reduce((a, b) => a + b, 0) : undefined;
      resolve({ code: code ?? 1, stdout, stderr, wallMs, treePeakBytes, programPeakBytes, cpuMs });
    });
  });
}

function check(result: RunResult, what: string): RunResult {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stderr || result.stdout}`);
  return result;
}

/** Bytes of every file under a folder. */
function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

// ---------------------------------------------------------------------------
// Our build

/** What scripts/build.ts prints with FACTSHEET_BENCH=1. */
interface Phases {
  pages: number;
  startup: number;
  load: number;
  render: number;
  searchRecords: number;
  /** Waiting for Pagefind once the pages were written. */
  pagefind: number;
  /** Pagefind's work done on another core while Eleventy rendered. */
  pagefindAlongside: number;
  finish: number;
  total: number;
  maxRssBytes: number;
}

interface OurRun {
  wallMs: number;
  cpuMs?: number;
  peakBytes: number;
  /** Peak of each program: the build's Node (its own exact peak) and Pagefind's binary (sampled). */
  programPeakBytes: Record<string, number>;
  phases: Phases;
  outputBytes: number;
  indexBytes: number;
}

async function buildOurs(dataDir: string, output: string): Promise<OurRun> {
  rmSync(output, { recursive: true, force: true });
  const result = check(
    await run(process.execPath, ["--import", "tsx", "scripts/build.ts", `--output=${output}`], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATA_DIR: dataDir, FACTSHEET_BENCH: "1" },
    }),
    `Building ${dataDir}`,
  );
  const line = result.stdout.split("\n").find((l) => l.startsWith("FACTSHEET_BENCH "));
  if (!line) throw new Error(`scripts/build.ts printed no FACTSHEET_BENCH line:\n${result.stdout}`);
  const phases = JSON.parse(line.slice("FACTSHEET_BENCH ".length)) as Phases;
  return {
    wallMs: result.wallMs,
    cpuMs: result.cpuMs,
    peakBytes: Math.max(result.treePeakBytes, phases.maxRssBytes),
    programPeakBytes: { ...result.programPeakBytes, node: Math.max(result.programPeakBytes.node ?? 0, phases.maxRssBytes) },
    phases,
    outputBytes: folderBytes(output),
    indexBytes: folderBytes(join(output, "pagefind")),
  };
}

// ---------------------------------------------------------------------------
// The floor: bare Eleventy and bare Pagefind

const FLOOR_TEMPLATE = `---
pagination:
  data: records
  size: 1
  alias: record
permalink: "{{ record.url }}index.html"
---
<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{{ record.name }}</title></head>
<body><main><h1>{{ record.name }}</h1>{% for text in record.text %}<p>{{ text }}</p>{% endfor %}</main></body></html>
`;

/** Pagefind on its own: index a folder of HTML, as its CLI would. Run as a child with the URL of this project's pagefind. */
const FLOOR_PAGEFIND = `
const pagefind = await import(process.argv[1]);
const { index, errors } = await pagefind.createIndex();
if (!index) throw new Error(errors.join("; "));
const added = await index.addDirectory({ path: process.argv[2] });
if (added.errors.length) throw new Error(added.errors.join("; "));
const written = await index.writeFiles({ outputPath: process.argv[2] + "/pagefind" });
if (written.errors.length) throw new Error(written.errors.join("; "));
await pagefind.close();
process.stdout.write(JSON.stringify({ pages: added.page_count }));
`;

/** Fields that hold ids, not text. */
const REFERENCE_FIELDS = new Set(["id", "related", "parties", "actors", "agreements", "speaker", "cite", "paragraph"]);

function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => (REFERENCE_FIELDS.has(key) ? [] : texts(child)));
  }
  return [];
}

/** One record per page ours writes: the entities, then notes for the few pages that are not an entity's. */
function floorRecords(sheet: SyntheticFactSheet, pages: number): { url: string; name: string; text: string[] }[] {
  const folders = Object.fromEntries(Object.entries(TYPE_LABELS).map(([type, labels]) => [type, labels.folder])) as Record<EntityType, string>;
  const entities = [
    ...sheet.files["terms.yaml"].map((e) => ({ folder: folders.term, entity: e as { id: string; name: string } })),
    ...sheet.files["actors.yaml"].map((e) => ({ folder: folders.actor, entity: e })),
    ...sheet.files["agreements.yaml"].map((e) => ({ folder: folders.agreement, entity: e })),
    ...sheet.files["events.yaml"].map((e) => ({ folder: folders.event, entity: e })),
  ].map(({ folder, entity }) => ({ url: `/${folder}/${entity.id}/`, name: entity.name, text: texts(entity).slice(1) }));
  const extra = sheet.files["notes.yaml"].map((note) => ({ url: `/notes/${note.id}/`, name: note.title, text: texts(note).slice(1) }));
  return [...entities, ...extra].slice(0, pages);
}

interface FloorRun {
  eleventyMs: number;
  pagefindMs: number;
  wallMs: number;
  cpuMs?: number;
  /** The higher of the two steps' peaks (they run one after the other). */
  peakBytes: number;
  pages: number;
  outputBytes: number;
  indexBytes: number;
}

async function buildFloor(project: string, output: string): Promise<FloorRun> {
  rmSync(output, { recursive: true, force: true });
  const eleventy = check(await run(process.execPath, [ELEVENTY_CLI, "--input=src", `--output=${output}`, "--quiet"], { cwd: project }), "Bare Eleventy");
  const pagefind = check(
    await run(process.execPath, ["--input-type=module", "-e", FLOOR_PAGEFIND, import.meta.resolve("pagefind"), output], { cwd: project }),
    "Bare Pagefind",
  );
  const { pages } = JSON.parse(pagefind.stdout) as { pages: number };
  return {
    eleventyMs: eleventy.wallMs,
    pagefindMs: pagefind.wallMs,
    wallMs: eleventy.wallMs + pagefind.wallMs,
    cpuMs: eleventy.cpuMs !== undefined && pagefind.cpuMs !== undefined ? eleventy.cpuMs + pagefind.cpuMs : undefined,
    peakBytes: Math.max(eleventy.treePeakBytes, pagefind.treePeakBytes),
    pages,
    outputBytes: folderBytes(output),
    indexBytes: folderBytes(join(output, "pagefind")),
  };
}

// ---------------------------------------------------------------------------
// What a first search downloads

interface Payload {
  query: string;
  why: string;
  results: number;
  bytes: number;
  gzipBytes: number;
  requests: number;
  byKind: Record<string, number>;
  ms: number;
}

/** The kind of a search download, for the breakdown: Pagefind's library, its index chunks, fragments… */
function downloadKind(path: string): string {
  if (path.startsWith("/assets/js/")) return "page script";
  const file = path.slice("/pagefind/".length);
  if (/^pagefind[\w.-]*\.js$/.test(file)) return "pagefind js";
  if (file.startsWith("wasm.")) return "pagefind wasm";
  if (file.startsWith("pagefind-entry")) return "entry";
  if (file === "vocabulary.json") return "vocabulary";
  if (file.startsWith("index/")) return "index chunks";
  if (file.startsWith("fragment/")) return "fragments";
  if (file.startsWith("filter/")) return "filters";
  if (file.endsWith(".pf_meta")) return "meta";
  return "other";
}

/** Opens /search/?q=… in a fresh Chromium (cold cache) and adds up what the search downloads. */
async function measureSearch(siteDir: string, query: string, why: string): Promise<Payload> {
  const server = await serveSite(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const bodies: Promise<{ kind: string; bytes: number; gzipBytes: number }>[] = [];
    page.on("response", (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith("/pagefind/") && !path.startsWith("/assets/js/")) return;
      bodies.push(
        response.body().then((body) => {
          const compressed = body[0] === 0x1f && body[1] === 0x8b;
          return { kind: downloadKind(path), bytes: body.length, gzipBytes: compressed ? body.length : gzipSync(body).length };
        }),
      );
    });
    const started = performance.now();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector("[data-search-results] li", { timeout: 60_000 });
    const ms = performance.now() - started;
    await page.waitForLoadState("networkidle");
    const results = await page.locator("[data-search-results] li").count();
    const downloads = await Promise.all(bodies);
    const byKind: Record<string, number> = {};
    for (const d of downloads) byKind[d.kind] = (byKind[d.kind] ?? 0) + d.bytes;
    return {
      query,
      why,
      results,
      bytes: downloads.reduce((sum, d) => sum + d.bytes, 0),
      gzipBytes: downloads.reduce((sum, d) => sum + d.gzipBytes, 0),
      requests: downloads.length,
      byKind,
      ms,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Two one-word queries from the entities' names: the word (of four letters or
 * more) that names the most entities, as a reader searching the dossier's
 * main subject types it, so the results fill the page; and a word naming a
 * handful of entities of several types, as the project's browser tests pick.
 */
function searchQueries(sheet: SyntheticFactSheet): { query: string; why: string }[] {
  const named = new Map<string, { count: number; types: Set<string> }>();
  const lists: [string, { name: string }[]][] = [
    ["term", sheet.files["terms.yaml"]],
    ["actor", sheet.files["actors.yaml"]],
    ["agreement", sheet.files["agreements.yaml"]],
    ["event", sheet.files["events.yaml"]],
  ];
  for (const [type, list] of lists) {
    for (const entity of list) {
      for (const word of new Set(entity.name.split(/\s+/))) {
        if ([...word].length < 4 || /[A-Za-z0-9]/.test(word) || words(word).length !== 1) continue;
        const entry = named.get(word) ?? { count: 0, types: new Set<string>() };
        entry.count += 1;
        entry.types.add(type);
        named.set(word, entry);
      }
    }
  }
  const all = [...named].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  const common = all[0]!;
  const few = all
    .filter(([, e]) => e.count <= 8)
    .sort(([a, x], [b, y]) => y.types.size * 100 - y.count - (x.types.size * 100 - x.count) || a.localeCompare(b))[0]!;
  return [
    { query: common[0], why: `the commonest word of the names (${common[1].count} entities)` },
    { query: few[0], why: `a word naming ${few[1].count} entities of ${few[1].types.size} types` },
  ];
}

// ---------------------------------------------------------------------------
// Report

const median = (values: number[]): number => {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const megabytes = (bytes: number) => (bytes / MB).toFixed(bytes < 10 * MB ? 2 : 1);
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
const thousands = (n: number) => n.toLocaleString("en-US");
const verdict = (ok: boolean) => (ok ? "met" : "**missed**");

interface SizeResult {
  entities: number;
  pages: number;
  generateMs: number;
  dataBytes: number;
  ours: OurRun[];
  floor: FloorRun[];
}

function machine(): string {
  const cpu = cpus();
  const [one, five] = loadavg();
  return (
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? "unknown CPU"}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ` +
    `Node ${process.version}, Linux ${release()}; load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min)`
  );
}

/** The highest peak of the runs, and what each program held in that run. */
function peakCell(runs: OurRun[]): string {
  const top = runs.reduce((a, b) => (b.peakBytes > a.peakBytes ? b : a));
  const programs = Object.entries(top.programPeakBytes)
    .filter(([, bytes]) => bytes >= MB)
    .sort(([, a], [, b]) => b - a)
    .map(([program, bytes]) => `${program} ${(bytes / MB).toFixed(0)}`);
  return `${(top.peakBytes / MB).toFixed(0)} (${programs.join(", ")})`;
}

/** The median CPU time of runs, when it was measured. */
function medianCpu(runs: { cpuMs?: number }[]): number | undefined {
  const values = runs.map((r) => r.cpuMs).filter((ms): ms is number => ms !== undefined);
  return values.length === runs.length && values.length > 0 ? median(values) : undefined;
}
const cpuCell = (ms: number | undefined) => (ms === undefined ? "n/a" : seconds(ms));

function floorTable(results: SizeResult[]): string {
  const rows = results.map((r) => [
    thousands(r.entities),
    thousands(r.floor[0]?.pages ?? 0),
    seconds(median(r.floor.map((f) => f.eleventyMs))),
    seconds(median(r.floor.map((f) => f.pagefindMs))),
    seconds(median(r.floor.map((f) => f.wallMs))),
    cpuCell(medianCpu(r.floor)),
    (Math.max(...r.floor.map((f) => f.peakBytes)) / MB).toFixed(0),
    megabytes(median(r.floor.map((f) => f.outputBytes))),
    megabytes(median(r.floor.map((f) => f.indexBytes))),
  ]);
  const header = ["entities", "pages", "Eleventy (s)", "Pagefind (s)", "floor wall (s)", "floor CPU (s)", "peak RSS (MB)", "output (MB)", "search index (MB)"];
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((h, i) => (i < 2 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

function table(results: SizeResult[]): string {
  const rows = results.map((r) => {
    const wall = median(r.ours.map((o) => o.wallMs));
    const phase = (pick: (p: Phases) => number) => median(r.ours.map((o) => pick(o.phases)));
    const load = phase((p) => p.load);
    const render = phase((p) => p.render);
    const index = phase((p) => p.searchRecords + p.pagefind);
    const floorWall = median(r.floor.map((f) => f.wallMs));
    const cpu = medianCpu(r.ours);
    const floorCpu = medianCpu(r.floor);
    return [
      thousands(r.entities),
      thousands(r.pages),
      `${r.ours.length} + ${r.floor.length}`,
      seconds(wall),
      cpuCell(cpu),
      (r.pages / (wall / 1000)).toFixed(0),
      peakCell(r.ours),
      megabytes(median(r.ours.map((o) => o.outputBytes))),
      megabytes(median(r.ours.map((o) => o.indexBytes))),
      percent(load, wall),
      percent(render, wall),
      percent(index, wall),
      percent(wall - load - render - index, wall),
      seconds(phase((p) => p.pagefindAlongside)),
      `${seconds(floorWall)} (${seconds(median(r.floor.map((f) => f.eleventyMs)))} + ${seconds(median(r.floor.map((f) => f.pagefindMs)))})`,
      (wall / floorWall).toFixed(2),
      cpu !== undefined && floorCpu !== undefined ? (cpu / floorCpu).toFixed(2) : "n/a",
    ];
  });
  const header = [
    "entities",
    "pages",
    "runs",
    "wall (s)",
    "CPU (s)",
    "pages/s",
    "peak RSS (MB): all (by program)",
    "output (MB)",
    "search index (MB)",
    "load + validate",
    "render",
    "index",
    "other",
    "Pagefind alongside rendering (s)",
    "floor: Eleventy + Pagefind (s)",
    "ours ÷ floor",
    "ours ÷ floor, CPU",
  ];
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((h, i) => (i < 3 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "100,1000,10000" },
      runs: { type: "string", default: "3,3,3" },
      seed: { type: "string", default: "1" },
      /** Seconds the whole bench should take at most: later runs of a size are dropped to stay within it. */
      budget: { type: "string", default: "540" },
      keep: { type: "boolean", default: false },
      "no-browser": { type: "boolean", default: false },
    },
    strict: true,
  });
  const sizes = values.sizes.split(",").map(Number);
  const runs = values.runs.split(",").map(Number);
  const seed = Number(values.seed);
  const budgetMs = Number(values.budget) * 1000;
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || runs.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error("--sizes and --runs take comma-separated whole numbers");
  }
  const began = performance.now();
  const root = mkdtempSync(join(tmpdir(), "factsheet-bench-"));
  const log = (message: string) => process.stderr.write(`[${seconds(performance.now() - began).padStart(6)} s] ${message}\n`);
  const machineBefore = machine();
  log(`machine: ${machineBefore}`);
  log(`working in ${root}`);

  const results: SizeResult[] = [];
  let payloads: Payload[] = [];
  let browserError: string | undefined;
  try {
    for (const [i, entities] of sizes.entries()) {
      const wanted = runs[i] ?? runs.at(-1)!;
      const dataDir = join(root, `data-${entities}`);
      const generated = performance.now();
      const sheet = generateFactSheet({ entities, seed });
      const dataBytes = Object.values(writeFactSheet(dataDir, sheet)).reduce((a, b) => a + b, 0);
      const generateMs = performance.now() - generated;
      const c = sheet.counts;
      log(
        `N=${thousands(entities)}: generated ${c.term} terms, ${c.actor} actors, ${c.agreement} agreements, ${c.event} events, ` +
          `${c.notes} notes, ${c.paragraphs} paragraphs (${megabytes(dataBytes)} MB of YAML) in ${seconds(generateMs)} s`,
      );
      for (const [file, { factor, fullBytes }] of Object.entries(sheet.shortened)) {
        log(`  ${file} would be ${megabytes(fullBytes)} MB, over the loader's size limit: its prose was shortened to ${(factor * 100).toFixed(0)}%`);
      }

      const result: SizeResult = { entities, pages: 0, generateMs, dataBytes, ours: [], floor: [] };
      const ourOutput = join(root, `ours-${entities}`);
      const floorProject = join(root, `floor-${entities}`);
      const floorOutput = join(floorProject, "_site");
      for (let r = 0; r < wanted; r += 1) {
        const runStarted = performance.now();
        const ours = await buildOurs(dataDir, ourOutput);
        result.ours.push(ours);
        log(
          `  ours  #${r + 1}: ${seconds(ours.wallMs)} s, ${ours.phases.pages} pages, peak ${peakCell([ours])} MB ` +
            `(load ${seconds(ours.phases.load)}, render ${seconds(ours.phases.render)}, index ${seconds(ours.phases.searchRecords + ours.phases.pagefind)} s; ` +
            `Pagefind ${seconds(ours.phases.pagefindAlongside)} s alongside rendering)`,
        );
        if (r === 0) {
          result.pages = ours.phases.pages;
          mkdirSync(join(floorProject, "src/_data"), { recursive: true });
          writeFileSync(join(floorProject, "src/page.njk"), FLOOR_TEMPLATE);
          writeFileSync(join(floorProject, "src/_data/records.json"), JSON.stringify(floorRecords(sheet, result.pages)));
        }
        const floor = await buildFloor(floorProject, floorOutput);
        result.floor.push(floor);
        log(`  floor #${r + 1}: ${seconds(floor.wallMs)} s (Eleventy ${seconds(floor.eleventyMs)} + Pagefind ${seconds(floor.pagefindMs)}), ${floor.pages} pages`);
        const runMs = performance.now() - runStarted;
        const left = budgetMs - (performance.now() - began);
        if (r + 1 < wanted && runMs > left) {
          log(`  another run of N=${thousands(entities)} would take ~${seconds(runMs)} s, more than the ${seconds(left)} s left of the budget: stopping at ${r + 1}`);
          break;
        }
      }
      results.push(result);

      if (i === sizes.length - 1 && !values["no-browser"]) {
        payloads = [];
        try {
          for (const { query, why } of searchQueries(sheet)) {
            const payload = await measureSearch(ourOutput, query, why);
            payloads.push(payload);
            log(`  search «${query}»: ${kilobytes(payload.bytes)} in ${payload.requests} requests, ${payload.results} results`);
          }
        } catch (error) {
          // No Chromium, or it failed: the build figures still stand.
          browserError = error instanceof Error ? error.message : String(error);
          log(`  search payload not measured: ${browserError}`);
        }
      }
      if (!values.keep) {
        rmSync(ourOutput, { recursive: true, force: true });
        rmSync(floorProject, { recursive: true, force: true });
      }
    }
  } finally {
    if (!values.keep) rmSync(root, { recursive: true, force: true });
  }

  // ---- Report
  const out: string[] = [];
  out.push(`## Build benchmark`, "");
  out.push(`Machine: ${machineBefore}.`, `At the end: ${machine()}.`, "");
  // Our builds inherit the environment: FACTSHEET_LOW_MEMORY=1 npm run bench measures that mode.
  const lowMemory = process.env.FACTSHEET_LOW_MEMORY === "1";
  if (lowMemory) out.push("Mode: FACTSHEET_LOW_MEMORY=1, so our builds write the search index before rendering rather than alongside.", "");
  out.push(table(results), "");
  out.push("The floor, per size (medians; peak RSS is the higher of its two steps):", "", floorTable(results), "");
  out.push(
    "Wall time is from starting the build's process to its exit; CPU is the user + system time of the process and all its descendants (Pagefind's binary too), " +
      "sampled from /proc, which other load on the machine distorts less than wall time; runs are ours + floor runs, medians reported; " +
      "peak RSS is the highest of the runs: the resident memory of the build process and its children (Pagefind's binary) summed, sampled every 50 ms, " +
      "or the Node process's own peak if higher; in brackets, each program's own peak in that run (node: the build's exact peak). Shares: load + validate (YAML, schema, cross-references, linking), render (Eleventy, " +
      "including the client script bundle), index (gathering the search text, and waiting for Pagefind once the pages are written), other (starting Node, tsx and Eleventy, moving the output into place). " +
      (lowMemory
        ? "Pagefind indexes before Eleventy renders (FACTSHEET_LOW_MEMORY=1), and the index share is that wait. "
        : "Pagefind indexes in a worker thread and its own process while Eleventy renders; the column after the shares is the time it worked alongside. ") +
      "The floor is bare Eleventy writing the same number of pages from the same records, then bare Pagefind indexing them.",
    "",
  );
  for (const r of results) {
    out.push(`- N=${thousands(r.entities)}: data ${megabytes(r.dataBytes)} MB of YAML, generated in ${seconds(r.generateMs)} s (not counted).`);
  }
  out.push("");

  const at = (n: number) => results.find((r) => r.entities === n);
  const wallOf = (r: SizeResult) => median(r.ours.map((o) => o.wallMs));
  const largest = results.at(-1)!;
  const floorRatio = wallOf(largest) / median(largest.floor.map((f) => f.wallMs));
  const peak = Math.max(...largest.ours.map((o) => o.peakBytes));
  out.push(`### Targets (issue 6)`, "");
  out.push(`- ${thousands(largest.entities)} entities within ${TARGETS.floorRatio}× the floor: ${floorRatio.toFixed(2)}×, ${verdict(floorRatio <= TARGETS.floorRatio)}`);
  const small = at(1000);
  const big = at(10000);
  if (small && big) {
    const growth = wallOf(big) / wallOf(small);
    out.push(`- 10,000 build at most ${TARGETS.growth}× the 1,000 build: ${growth.toFixed(1)}×, ${verdict(growth <= TARGETS.growth)}`);
  }
  out.push(`- peak memory for ${thousands(largest.entities)} under ${(TARGETS.peakBytes / MB).toFixed(0)} MB: ${(peak / MB).toFixed(0)} MB (${peakCell(largest.ours).replace(/^\d+ \((.*)\)$/, "$1")}), ${verdict(peak < TARGETS.peakBytes)}`);
  for (const p of payloads) {
    out.push(
      `- first search results for ${thousands(largest.entities)} under ${kilobytes(TARGETS.searchBytes)}, query «${p.query}» (${p.why}): ` +
        `${kilobytes(p.bytes)} as served (${kilobytes(p.gzipBytes)} gzipped), ${verdict(p.bytes < TARGETS.searchBytes)}`,
    );
  }
  if (browserError) out.push(`- first search results: not measured (${browserError})`);
  if (payloads.length > 0) {
    const kinds = [...new Set(payloads.flatMap((p) => Object.keys(p.byKind)))];
    out.push("", `### Search payload, ${thousands(largest.entities)} entities`, "");
    out.push(`| query | results shown | requests | as served | gzipped | ${kinds.join(" | ")} | time to results |`);
    out.push(`|---|---:|---:|---:|---:|${kinds.map(() => "---:").join("|")}|---:|`);
    for (const p of payloads) {
      out.push(
        `| «${p.query}» | ${p.results} | ${p.requests} | ${kilobytes(p.bytes)} | ${kilobytes(p.gzipBytes)} | ` +
          kinds.map((k) => kilobytes(p.byKind[k] ?? 0)).join(" | ") +
          ` | ${(p.ms / 1000).toFixed(2)} s |`,
      );
    }
    out.push(
      "",
      "Bytes of the response bodies of /pagefind/ and the page's own script (/assets/js/), in a fresh Chromium profile, " +
        "until the first results are shown and the network is idle; the local server does not compress, so the gzipped " +
        "column is what a host compressing text would send (Pagefind's index files are gzipped already).",
    );
  }
  out.push("", `Bench took ${seconds(performance.now() - began)} s.`);
  process.stdout.write(`${out.join("\n")}\n`);
}

await main();
