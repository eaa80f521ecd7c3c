/** Runs `npm run build`'s script as a child process, as a user would, and captures what it prints. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `closedStdout`: the reader of the build's output goes away at once, as `npm run build | head -0` does.
 * `args` follow `--output=DIR` (as in `npm run build -- --output=DIR --base=/x/`); without `output`, there is none.
 */
export function runBuild(options: {
  output?: string;
  args?: string[];
  dataDir?: string;
  closedStdout?: boolean;
  env?: Record<string, string>;
  /** Told the build's process id as soon as it starts, to watch it while it runs. */
  onStart?: (pid: number) => void;
}): Promise<BuildResult> {
  // The base path comes from the data unless a test sets it.
  const env: NodeJS.ProcessEnv = { ...process.env, FACTSHEET_BASE: undefined, ...options.env };
  if (options.dataDir) env.DATA_DIR = options.dataDir;
  else delete env.DATA_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/build.ts", ...(options.output === undefined ? [] : [`--output=${options.output}`]), ...(options.args ?? [])], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (child.pid !== undefined) options.onStart?.(child.pid);
    let stdout = "";
    let stderr = "";
    if (options.closedStdout) child.stdout.destroy();
    else child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
