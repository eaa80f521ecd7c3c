/**
 * Eleventy run directly, as `npm start` runs it (its own CLI, not scripts/build.ts),
 * reports bad data the way the build does: every problem with its place, and
 * no stack trace after it.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureWith } from "../support/data-fixture.ts";
import { PROJECT_ROOT } from "../support/run-build.ts";
import { temporaryFolder } from "../support/temporary.ts";

function runEleventy(dataDir: string, output: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", `--output=${output}`], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output: text }));
  });
}

describe("Eleventy's own CLI, as npm start runs it", () => {
  it("reports bad data with its place and without a stack trace", { timeout: 60_000 }, async () => {
    const dataDir = fixtureWith({ "terms.yaml": (t) => t.replace("related: [minister, framework-agreement]", "related: [minster, framework-agreement]") });
    const result = await runEleventy(dataDir, join(temporaryFolder("cli"), "site"));

    expect(result.code).toBe(1);
    expect(result.output).toContain("The fact sheet data has 1 problem:");
    expect(result.output).toMatch(/terms\.yaml:13:13: \[0\]\.related\[0\]: unknown .* id "minster": did you mean "minister"\?/);
    expect(result.output).not.toContain("Original error stack trace");
    expect(result.output).not.toMatch(/^\S*\s+at /m);
  });
});
