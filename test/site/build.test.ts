/** `npm run build` as a user runs it: a summary on success; on bad data a clear error, exit 1, the old site kept. */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fixtureWith, VALID_FIXTURE } from "../support/data-fixture.ts";
import { runBuild, type BuildResult } from "../support/run-build.ts";
import { listFiles } from "../support/site-files.ts";
import { temporaryFolder } from "../support/temporary.ts";

const digests = (dir: string) => listFiles(dir).map((file) => [relative(dir, file), createHash("sha256").update(readFileSync(file)).digest("hex")]);

/** The fixture built three ways at once: as usual, with FACTSHEET_LOW_MEMORY=1, and with no reader of its summary. */
const root = temporaryFolder("out");
const fixtureBuilds: Record<"usual" | "lowMemory" | "closedStdout", { output: string; result?: BuildResult }> = {
  usual: { output: join(root, "public") },
  lowMemory: { output: join(root, "low") },
  closedStdout: { output: join(root, "closed") },
};
beforeAll(async () => {
  const [usual, lowMemory, closedStdout] = await Promise.all([
    runBuild({ output: fixtureBuilds.usual.output, dataDir: VALID_FIXTURE }),
    runBuild({ output: fixtureBuilds.lowMemory.output, dataDir: VALID_FIXTURE, env: { FACTSHEET_LOW_MEMORY: "1" } }),
    runBuild({ output: fixtureBuilds.closedStdout.output, dataDir: VALID_FIXTURE, closedStdout: true }),
  ]);
  Object.assign(fixtureBuilds.usual, { result: usual });
  Object.assign(fixtureBuilds.lowMemory, { result: lowMemory });
  Object.assign(fixtureBuilds.closedStdout, { result: closedStdout });
}, 180_000);

describe("npm run build", () => {
  it("prints a summary of what it built", () => {
    const summary = inject("buildOutput");
    expect(summary).toMatch(/^Built \d+ pages from .*data into .* in \d+\.\d+ s$/m);
    expect(summary).toMatch(/entities: \d+ terms, \d+ actors, \d+ agreements, \d+ events/);
    expect(summary).toMatch(/search index: \d+ entities indexed/);
  });

  it("builds another data folder given as DATA_DIR into the folder given as --output", () => {
    const { output, result } = fixtureBuilds.usual;
    expect(result?.stderr).not.toMatch(/Error/);
    expect(result?.code).toBe(0);
    expect(readFileSync(join(output, "terms/commission/index.html"), "utf8")).toContain("اللجنة العسكرية العليا");
  });

  it("with FACTSHEET_LOW_MEMORY=1 builds the same site, search index included", () => {
    const { usual, lowMemory } = fixtureBuilds;
    expect([usual.result?.code, lowMemory.result?.code]).toEqual([0, 0]);
    expect(digests(lowMemory.output)).toEqual(digests(usual.output));
    expect(digests(lowMemory.output).some(([file]) => file!.startsWith("pagefind/fragment/"))).toBe(true);
  });

  it("builds in full when whatever reads its summary has gone (npm run build | head)", () => {
    const { usual, closedStdout } = fixtureBuilds;
    expect(closedStdout.result?.stderr).toBe("");
    expect(closedStdout.result?.code).toBe(0);
    expect(digests(closedStdout.output)).toEqual(digests(usual.output));
  });

  it("on bad data prints every problem without a stack trace, exits 1 and leaves the last site as it was", async () => {
    const output = join(temporaryFolder("out"), "site");
    mkdirSync(output);
    writeFileSync(join(output, "index.html"), "the last good site");
    const dataDir = fixtureWith({
      "notes.yaml": (t) => t.replace("cite: [1, 2]", "cite: [1, 12]"),
      "terms.yaml": (t) => t.replace("related: [minister, framework-agreement]", "related: [minster, framework-agreement]"),
    });

    const result = await runBuild({ output, dataDir });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The fact sheet data has 2 problems:");
    expect(result.stderr).toMatch(/notes\.yaml:6:13: \[0\]\.cite\[1\]: paragraph 12 does not exist/);
    expect(result.stderr).toMatch(/terms\.yaml:13:13: \[0\]\.related\[0\]: unknown .* id "minster": did you mean "minister"\?/);
    expect(result.stderr).toContain("Build failed; the previous site was left as it was.");
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(listFiles(output)).toEqual([join(output, "index.html")]);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("the last good site");
  });

  it("given an --output it cannot write to, says so without a stack trace and exits 1", async () => {
    const file = join(temporaryFolder("out"), "a-file");
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
    const second = join(temporaryFolder("again"), "site");
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
