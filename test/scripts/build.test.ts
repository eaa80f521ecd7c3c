/** `npm run build` as a user runs it: a summary on success; on bad data a clear error, exit 1, the old site kept. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { fixtureWith, VALID_FIXTURE } from "../support/data-fixture.ts";
import { runBuild } from "../support/run-build.ts";
import { listFiles } from "../support/site-files.ts";

describe("npm run build", () => {
  it("prints a summary of what it built", () => {
    const summary = inject("buildOutput");
    expect(summary).toMatch(/^Built \d+ pages from .*data into .* in \d+\.\d+ s$/m);
    expect(summary).toMatch(/entities: \d+ terms, \d+ actors, \d+ agreements, \d+ events/);
    expect(summary).toMatch(/search index: \d+ entities indexed/);
  });

  it("builds another data folder given as DATA_DIR into the folder given as --output", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "factsheet-out-")), "public");
    const result = await runBuild({ output, dataDir: VALID_FIXTURE });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code).toBe(0);
    expect(readFileSync(join(output, "terms/commission/index.html"), "utf8")).toContain("اللجنة العسكرية العليا");
  });

  it("with FACTSHEET_LOW_MEMORY=1 builds the same site, search index included", async () => {
    const root = mkdtempSync(join(tmpdir(), "factsheet-out-"));
    const [usual, lowMemory] = await Promise.all([
      runBuild({ output: join(root, "usual"), dataDir: VALID_FIXTURE }),
      runBuild({ output: join(root, "low"), dataDir: VALID_FIXTURE, env: { FACTSHEET_LOW_MEMORY: "1" } }),
    ]);
    expect([usual.code, lowMemory.code]).toEqual([0, 0]);
    const files = (dir: string) => listFiles(dir).map((file) => [relative(dir, file), createHash("sha256").update(readFileSync(file)).digest("hex")]);
    expect(files(join(root, "low"))).toEqual(files(join(root, "usual")));
    expect(files(join(root, "low")).some(([file]) => file!.startsWith("pagefind/fragment/"))).toBe(true);
  });

  it("builds in full when whatever reads its summary has gone (npm run build | head)", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "factsheet-out-")), "site");
    const result = await runBuild({ output, dataDir: VALID_FIXTURE, closedStdout: true });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(join(output, "index.html"), "utf8")).toContain("<!doctype html>");
  });

  it("on bad data prints every problem without a stack trace, exits 1 and leaves the last site as it was", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "factsheet-out-")), "site");
    mkdirSync(output);
    writeFileSync(join(output, "index.html"), "the last good site");
    const dataDir = fixtureWith({
      "notes.yaml": (t) => t.replace("cite: [1, 2]", "cite: [1, 12]"),
      "terms.yaml": (t) => t.replace("related: [minister, framework-agreement]", "related: [minster, framework-agreement]"),
    });

    const result = await runBuild({ output, dataDir });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The fact sheet data has 2 problems:");
    expect(result.stderr).toMatch(/notes\.yaml:5:13: \[0\]\.cite\[1\]: paragraph 12 does not exist/);
    expect(result.stderr).toMatch(/terms\.yaml:12:13: \[0\]\.related\[0\]: unknown .* id "minster": did you mean "minister"\?/);
    expect(result.stderr).toContain("Build failed; the previous site was left as it was.");
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(listFiles(output)).toEqual([join(output, "index.html")]);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("the last good site");
  });

  it("given an --output it cannot write to, says so without a stack trace and exits 1", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "factsheet-out-")), "a-file");
    writeFileSync(file, "not a folder");

    const result = await runBuild({ output: join(file, "site") });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot build into ${join(file, "site")}: EEXIST`);
    expect(result.stderr).toContain("Give --output a folder whose parent is a folder you can write to.");
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(file, "utf8")).toBe("not a folder");
  });
});

describe("reproducible output", () => {
  it("gives byte-identical files when the same data is built twice", async () => {
    const first = inject("siteDir");
    const second = join(mkdtempSync(join(tmpdir(), "factsheet-again-")), "site");
    expect((await runBuild({ output: second })).code).toBe(0);
    const digest = (root: string) =>
      Object.fromEntries(
        listFiles(root).map((file) => [relative(root, file), createHash("sha256").update(readFileSync(file)).digest("hex")]),
      );
    const before = digest(first);
    expect(Object.keys(before).length).toBeGreaterThan(50);
    expect(digest(second)).toEqual(before);
  });
});
