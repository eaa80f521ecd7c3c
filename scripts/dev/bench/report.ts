/**
 * The bench's report, in Markdown: the tables, how to read them, the targets
 * met or missed, and what a first search downloads.
 */
import { floorTable, machine, medianCpu, peakCell, table, type SizeResult } from "./tables.ts";
import { kilobytes, MB, median, megabytes, seconds, thousands, verdict } from "./format.ts";
import type { Payload } from "./search-payload.ts";

const TARGETS = {
  /** Ours divided by the floor at 10,000 entities, in wall time and in CPU time alike. */
  floorRatio: 1.3,
  /** Peak memory of the whole process tree at 10,000 entities. */
  peakBytes: 1024 * MB,
  /** The 100,000 build divided by the 10,000 build. */
  growth: 11,
  /** Peak memory of the whole process tree at 100,000 entities. */
  largePeakBytes: 4096 * MB,
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
      "sampled from /proc, which other load on the machine distorts less than wall time, and in brackets each program's share (node: the build's Node, main thread and worker; pagefind_extend: Pagefind's binary, its name cut to 15 letters by Linux); runs are ours + floor runs, medians reported; " +
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

/** The targets, each met or missed, for the sizes this run measured. */
function targets({ results, payloads, browserError }: BenchOutcome): string[] {
  const out: string[] = [];
  const at = (n: number) => results.find((r) => r.entities === n);
  const wallOf = (r: SizeResult) => median(r.ours.map((o) => o.wallMs));
  const peakOf = (r: SizeResult) => Math.max(...r.ours.map((o) => o.peakBytes));
  const largest = results.at(-1)!;
  out.push(`### Targets`, "");
  const tenThousand = at(10000);
  if (tenThousand) {
    const wallRatio = wallOf(tenThousand) / median(tenThousand.floor.map((f) => f.wallMs));
    out.push(`- 10,000 entities within ${TARGETS.floorRatio}× the floor's wall time: ${wallRatio.toFixed(2)}×, ${verdict(wallRatio <= TARGETS.floorRatio)}`);
    const ours = medianCpu(tenThousand.ours);
    const floor = medianCpu(tenThousand.floor);
    if (ours !== undefined && floor !== undefined) {
      const cpuRatio = ours / floor;
      out.push(`- 10,000 entities within ${TARGETS.floorRatio}× the floor's CPU time: ${cpuRatio.toFixed(2)}×, ${verdict(cpuRatio <= TARGETS.floorRatio)}`);
    }
    const peak = peakOf(tenThousand);
    out.push(`- peak memory for 10,000 under ${(TARGETS.peakBytes / MB).toFixed(0)} MB: ${(peak / MB).toFixed(0)} MB (${peakCell(tenThousand.ours).replace(/^\d+ \((.*)\)$/, "$1")}), ${verdict(peak < TARGETS.peakBytes)}`);
  }
  const hundredThousand = at(100000);
  if (hundredThousand) {
    if (tenThousand) {
      const growth = wallOf(hundredThousand) / wallOf(tenThousand);
      out.push(`- 100,000 build at most ${TARGETS.growth}× the 10,000 build: ${growth.toFixed(1)}×, ${verdict(growth <= TARGETS.growth)}`);
    }
    const peak = peakOf(hundredThousand);
    out.push(`- peak memory for 100,000 under ${(TARGETS.largePeakBytes / MB).toFixed(0)} MB: ${(peak / MB).toFixed(0)} MB, ${verdict(peak < TARGETS.largePeakBytes)}`);
  }
  if (!tenThousand && !hundredThousand) out.push(`- none at ${results.map((r) => thousands(r.entities)).join(", ")} entities: the targets are for 10,000 and 100,000`);
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
  const parts = payloads[0]!.indexParts;
  out.push("", `### Search payload, ${thousands(largest.entities)} entities, the index in ${parts} ${parts === 1 ? "part" : "parts"}`, "");
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
