/**
 * Builds the real fact sheet once per test run, with the same command a user
 * runs, into a temporary folder that the site and browser tests read
 * (inject("siteDir")). Both projects list this file; Vitest runs it once per
 * project, in one process, so the build is kept on globalThis: the second
 * project gets the first one's site, and the last teardown deletes it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { runBuild, type BuildResult } from "./run-build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    buildOutput: string;
  }
}

interface SharedBuild {
  root: string;
  siteDir: string;
  result: Promise<BuildResult>;
  users: number;
}

const KEY = Symbol.for("factsheet.test.sharedBuild");
const store = globalThis as typeof globalThis & { [KEY]?: SharedBuild };

function sharedBuild(): SharedBuild {
  let build = store[KEY];
  if (!build) {
    const root = mkdtempSync(join(tmpdir(), "factsheet-test-"));
    const siteDir = join(root, "site");
    build = { root, siteDir, result: runBuild({ output: siteDir }), users: 0 };
    store[KEY] = build;
  }
  return build;
}

export default async function setup(project: TestProject): Promise<() => void> {
  const build = sharedBuild();
  build.users += 1;
  const release = () => {
    build.users -= 1;
    if (build.users === 0) rmSync(build.root, { recursive: true, force: true });
  };
  const result = await build.result;
  if (result.code !== 0) {
    // The failed build stays on globalThis, so that the other project reports it rather than building again.
    release();
    throw new Error(`The site did not build:\n${result.stderr}`);
  }
  project.provide("siteDir", build.siteDir);
  project.provide("buildOutput", result.stdout);
  return release;
}
