/** The bench's tables: ours against the floor per size, and the floor alone. */
import { cpus, loadavg, release, totalmem } from "node:os";
import type { FloorRun } from "./floor-build.ts";
import { MB, median, megabytes, percent, seconds, thousands } from "./format.ts";
import type { OurRun, Phases } from "./our-build.ts";

export interface SizeResult {
  entities: number;
  pages: number;
  generateMs: number;
  dataBytes: number;
  ours: OurRun[];
  floor: FloorRun[];
}

export function machine(): string {
  const cpu = cpus();
  const [one, five] = loadavg();
  return (
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? "unknown CPU"}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ` +
    `Node ${process.version}, Linux ${release()}; load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min)`
  );
}

/** The highest peak of the runs, and what each program held in that run. */
export function peakCell(runs: OurRun[]): string {
  const top = runs.reduce((a, b) => (b.peakBytes > a.peakBytes ? b : a));
  const programs = Object.entries(top.programPeakBytes)
    .filter(([, bytes]) => bytes >= MB)
    .sort(([, a], [, b]) => b - a)
    .map(([program, bytes]) => `${program} ${(bytes / MB).toFixed(0)}`);
  return `${(top.peakBytes / MB).toFixed(0)} (${programs.join(", ")})`;
}

/** The median CPU time of runs, when it was measured. */
export function medianCpu(runs: { cpuMs?: number }[]): number | undefined {
  const values = runs.map((r) => r.cpuMs).filter((ms): ms is number => ms !== undefined);
  return values.length === runs.length && values.length > 0 ? median(values) : undefined;
}
/** The median CPU time of runs, and in brackets each program's median: where the time went (node, Pagefind's binary). */
export function cpuByProgramCell(runs: { cpuMs?: number; programCpuMs: Record<string, number> }[]): string {
  const total = medianCpu(runs);
  if (total === undefined) return "n/a";
  const programs = [...new Set(runs.flatMap((r) => Object.keys(r.programCpuMs)))]
    .map((program) => [program, median(runs.map((r) => r.programCpuMs[program] ?? 0))] as const)
    .filter(([, ms]) => ms >= 100)
    .sort(([, a], [, b]) => b - a);
  return `${seconds(total)} (${programs.map(([program, ms]) => `${program} ${seconds(ms)}`).join(", ")})`;
}

export function floorTable(results: SizeResult[]): string {
  const rows = results.map((r) => [
    thousands(r.entities),
    thousands(r.floor[0]?.pages ?? 0),
    seconds(median(r.floor.map((f) => f.eleventyMs))),
    seconds(median(r.floor.map((f) => f.pagefindMs))),
    seconds(median(r.floor.map((f) => f.wallMs))),
    cpuByProgramCell(r.floor),
    (Math.max(...r.floor.map((f) => f.peakBytes)) / MB).toFixed(0),
    megabytes(median(r.floor.map((f) => f.outputBytes))),
    megabytes(median(r.floor.map((f) => f.indexBytes))),
  ]);
  const header = ["entities", "pages", "Eleventy (s)", "Pagefind (s)", "floor wall (s)", "floor CPU (s): all (by program)", "peak RSS (MB)", "output (MB)", "search index (MB)"];
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((h, i) => (i < 2 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

export function table(results: SizeResult[]): string {
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
      cpuByProgramCell(r.ours),
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
    "CPU (s): all (by program)",
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
