/**
 * `npm run build`'s command, read from package.json: the Node options it runs
 * scripts/build.ts with (V8's young generation kept small, see README), so
 * that the bench and the tests start the build exactly as a user's
 * `npm run build` does, from the one place that says how.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const PACKAGE_JSON = fileURLToPath(new URL("../../package.json", import.meta.url));

/** The arguments after `node` of a package script that runs Node on a script: `node --flag a.ts` → ["--flag", "a.ts"]. */
export function nodeArguments(script: string): string[] {
  const [program, ...args] = script.trim().split(/\s+/);
  if (program !== "node" || args.length === 0) throw new Error(`Expected a script of the form "node [options] file", got "${script}"`);
  return args;
}

/** What to give Node (process.execPath) to run the build as `npm run build` does, before the build's own arguments. */
export function buildNodeArguments(): string[] {
  const scripts = (JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { scripts: Record<string, string> }).scripts;
  return nodeArguments(scripts.build ?? "");
}
