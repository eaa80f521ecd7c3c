/**
 * Builds the real fact sheet once per test run, with the same command a user
 * runs, into a temporary folder that every test file reads (inject("siteDir")).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { runBuild } from "./run-build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    buildOutput: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), "factsheet-test-"));
  const siteDir = join(root, "site");
  const result = await runBuild({ output: siteDir });
  if (result.code !== 0) throw new Error(`The site did not build:\n${result.stderr}`);
  project.provide("siteDir", siteDir);
  project.provide("buildOutput", result.stdout);
  return () => rmSync(root, { recursive: true, force: true });
}
