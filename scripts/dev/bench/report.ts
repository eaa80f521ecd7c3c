/**
 * The bench's report, in Markdown: the tables, how to read them, the targets
 * of issue 6 met or missed, and what a first search downloads.
 */
import { floorTable, machine, peakCell, table, type SizeResult } from "./tables.ts";
import { kilobytes, MB, median, megabytes, seconds, thousands, verdict } from "./format.ts";
import type { Payload } from "./search-payload.ts";

const TARGETS = {
  /** Ours at the largest size, divided by the floor. */
  floorRatio: 1.5,
  /** The 10,000 build divided by the 1,000 build. */
  growth: 12,
  peakBytes: 1024 * MB,
  searchBytes: 300 * 1000,
};

export interface BenchOutcome {
  results: SizeResult[];
  payloads: Payload[];
  /** Why the search payload was not measured, when it was not. */
  browserError?: string;
  /** The machine as it was when the bench began. */
  machineBefore: string;
  /** performance.now() when the bench began. */
  began: number;
}

export function report(outcome: BenchOutcome): string {
  return [...summary(outcome), ...targets(outcome), ...searchPayloads(outcome), "", `Bench took ${seconds(performance.now() - outcome.began)} s.`].join("\n") + "\n";
}

/** The machine, the tables and how to read them. */
function summary({ results, machineBefore }: BenchOutcome): string[] {
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
      "including the client script bundle), index (gathering the search text, and waiting for Pagefind once the pages are written), other (starting Node and Eleventy, moving the output into place). " +
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
  return out;
}

/** The targets of issue 6, each met or missed. */
function targets({ results, payloads, browserError }: BenchOutcome): string[] {
  const out: string[] = [];
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
  return out;
}

/** What each first search downloaded, by kind. */
function searchPayloads({ results, payloads }: BenchOutcome): string[] {
  const out: string[] = [];
  if (payloads.length === 0) return out;
  const largest = results.at(-1)!;
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
  return out;
}
