/**
 * Runs a child process and watches it: wall time, and from /proc (Linux) the
 * peak resident memory of the process tree and each program in it (Node, the
 * Pagefind binary), and its CPU time.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Highest sum of the resident memory of the process and its descendants, sampled; 0 without /proc. */
  treePeakBytes: number;
  /** Highest resident memory of each program of the tree (node, pagefind_extend…), sampled. */
  programPeakBytes: Record<string, number>;
  /**
   * CPU time (user + system) of the process and all its descendants (Pagefind's binary too), summed
   * from /proc as last sampled; undefined without /proc. Other load on the machine distorts it less than wall time.
   */
  cpuMs?: number;
  /** The CPU time of each program of the tree (node, pagefind_extend…), summed over its processes; empty without /proc. */
  programCpuMs: Record<string, number>;
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

/**
 * The fields of a process's or thread's stat file in /proc (`/proc/<pid>/stat`, `/proc/<pid>/task/<tid>/stat`)
 * from the third on: those after the command name, which is in brackets and may hold spaces. Undefined once it has ended.
 */
export function statFields(statFile: string): string[] | undefined {
  try {
    const stat = readFileSync(statFile, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/** A process's CPU time so far (user + system), in ms, from /proc/<pid>/stat: its 14th and 15th fields. */
function cpuTime(pid: number): number | undefined {
  const fields = statFields(`/proc/${pid}/stat`);
  return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS : undefined;
}

/** The pids of a process and all its descendants, from /proc (Linux). */
export function processTree(pid: number): number[] {
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

/**
 * A program's name as /proc gives it: its main thread's name, which Node sets to "MainThread"; that is Node's
 * process, named so here.
 */
export function programName(threadName: string): string {
  return threadName === "MainThread" ? "node" : threadName;
}

/** A process's program name and resident memory, from /proc (Linux). */
function resident(pid: number): { pid: number; program: string; bytes: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return { pid, program: programName(/^Name:\s+(.*)$/m.exec(status)?.[1] ?? "?"), bytes: rss ? Number(rss[1]) * 1024 : 0 };
  } catch {
    return { pid, program: "?", bytes: 0 };
  }
}

/** Samples of a process tree are taken this often, in ms. */
const SAMPLE_MS = 50;

export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let treePeakBytes = 0;
    const programPeakBytes: Record<string, number> = {};
    const cpuByPid = new Map<number, { program: string; ms: number }>();
    const sample = () => {
      if (child.pid === undefined) return;
      const processes = processTree(child.pid).map(resident);
      treePeakBytes = Math.max(treePeakBytes, processes.reduce((sum, p) => sum + p.bytes, 0));
      for (const { program, bytes } of processes) programPeakBytes[program] = Math.max(programPeakBytes[program] ?? 0, bytes);
      for (const { pid, program } of processes) {
        const ms = cpuTime(pid);
        const known = cpuByPid.get(pid);
        // The latest name: a child sampled between its fork and its exec still bears its parent thread's
        // name (Pagefind's binary, forked from Node's worker thread, as "WorkerThread").
        if (ms !== undefined) cpuByPid.set(pid, { program: program === "?" ? (known?.program ?? program) : program, ms: Math.max(known?.ms ?? 0, ms) });
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
      const cpuMs = HAS_PROC ? [...cpuByPid.values()].reduce((sum, { ms }) => sum + ms, 0) : undefined;
      const programCpuMs: Record<string, number> = {};
      for (const { program, ms } of cpuByPid.values()) programCpuMs[program] = (programCpuMs[program] ?? 0) + ms;
      resolve({ code: code ?? 1, stdout, stderr, wallMs, treePeakBytes, programPeakBytes, cpuMs, programCpuMs });
    });
  });
}

export function check(result: RunResult, what: string): RunResult {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stderr || result.stdout}`);
  return result;
}

/** Bytes of every file under a folder. */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
