/**
 * The bench tells where a build's CPU time went: each program's share (the build's Node, Pagefind's binary),
 * the median of each over the runs, from the process tree it watched in /proc.
 */
import { describe, expect, it } from "vitest";
import { programName, run } from "../../../../scripts/dev/bench/processes.ts";
import { cpuByProgramCell } from "../../../../scripts/dev/bench/tables.ts";

describe("cpuByProgramCell", () => {
  it("gives the median of all, then each program's median, largest first, in seconds", () => {
    const runs = [
      { cpuMs: 22_000, programCpuMs: { node: 10_000, pagefind_extend: 12_000 } },
      { cpuMs: 26_000, programCpuMs: { node: 13_000, pagefind_extend: 13_000 } },
      { cpuMs: 24_000, programCpuMs: { node: 12_000, pagefind_extend: 12_500 } },
    ];
    expect(cpuByProgramCell(runs)).toBe("24.0 (pagefind_extend 12.5, node 12.0)");
  });

  it("counts a program missing from a run as no time there, and leaves out programs under 0.1 s", () => {
    const runs: { cpuMs: number; programCpuMs: Record<string, number> }[] = [
      { cpuMs: 3_000, programCpuMs: { node: 2_000, pagefind_extend: 980, esbuild: 20 } },
      { cpuMs: 2_000, programCpuMs: { node: 2_000 } },
    ];
    expect(cpuByProgramCell(runs)).toBe("2.50 (node 2.00, pagefind_extend 0.49)");
  });

  it("says n/a when a run's CPU time was not measured (no /proc)", () => {
    expect(cpuByProgramCell([{ cpuMs: undefined, programCpuMs: {} }])).toBe("n/a");
  });
});

describe("programName", () => {
  it("names Node's process node, where /proc gives its main thread's name", () => {
    expect(programName("MainThread")).toBe("node");
    expect(programName("pagefind_extend")).toBe("pagefind_extend");
  });
});

describe.runIf(process.platform === "linux")("run", () => {
  it("counts the CPU time of a child process under its program's name, and the whole tree's", async () => {
    // Node busy for 400 ms of its own CPU time, however loaded the machine, then a child shell that sleeps while the bench samples.
    const script = "const {execSync}=require('node:child_process'); while(process.cpuUsage().user<400000); execSync('sleep 0.3');";
    const result = await run(process.execPath, ["-e", script], { cwd: process.cwd() });
    expect(result.code).toBe(0);
    expect(result.programCpuMs.node).toBeGreaterThanOrEqual(200);
    const summed = Object.values(result.programCpuMs).reduce((a, b) => a + b, 0);
    expect(result.cpuMs).toBeCloseTo(summed, 5);
  });

  it("counts a child's CPU time under the program it runs, not the one it was forked from", async () => {
    // A shell busy for about half a second of CPU, started by Node.
    const script = "require('node:child_process').spawnSync('sh', ['-c', 'i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done'])";
    const result = await run(process.execPath, ["-e", script], { cwd: process.cwd() });
    expect(result.code).toBe(0);
    expect(result.programCpuMs.sh ?? 0).toBeGreaterThan(200);
    expect(result.programCpuMs.sh ?? 0).toBeGreaterThan(result.programCpuMs.node ?? 0);
  });
});
