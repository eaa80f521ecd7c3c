/** Our build, as a user runs it, with FACTSHEET_BENCH=1 so that it says where its time went. */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { check, folderBytes, run } from "./processes.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** What scripts/build.ts prints with FACTSHEET_BENCH=1. */
export interface Phases {
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

export interface OurRun {
  wallMs: number;
  cpuMs?: number;
  /** CPU time of each program: the build's Node and Pagefind's binary. */
  programCpuMs: Record<string, number>;
  peakBytes: number;
  /** Peak of each program: the build's Node (its own exact peak) and Pagefind's binary (sampled). */
  programPeakBytes: Record<string, number>;
  phases: Phases;
  outputBytes: number;
  indexBytes: number;
}

export async function buildOurs(dataDir: string, output: string): Promise<OurRun> {
  rmSync(output, { recursive: true, force: true });
  const result = check(
    await run(process.execPath, ["scripts/build.ts", `--output=${output}`], {
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
    programCpuMs: result.programCpuMs,
    peakBytes: Math.max(result.treePeakBytes, phases.maxRssBytes),
    programPeakBytes: { ...result.programPeakBytes, node: Math.max(result.programPeakBytes.node ?? 0, phases.maxRssBytes) },
    phases,
    outputBytes: folderBytes(output),
    indexBytes: folderBytes(join(output, "pagefind")),
  };
}
