/** `npm run build` as a user runs it: a summary on success; on bad data a clear error, exit 1, the old site kept. */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { processTree, statFields } from "../../scripts/dev/bench/processes.ts";
import { fixtureWith, VALID_FIXTURE } from "../support/data-fixture.ts";
import { runBuild, type BuildResult } from "../support/run-build.ts";
import { listFiles } from "../support/site-files.ts";
import { temporaryFolder } from "../support/temporary.ts";

const digests = (dir: string) => listFiles(dir).map((file) => [relative(dir, file), createHash("sha256").update(readFileSync(file)).digest("hex")]);

/**
 * Three builds at once: the fixture as usual and with FACTSHEET_LOW_MEMORY=1, and `data/` again, with no
 * reader of its summary, to compare with the run's shared build of `data/` (inject("siteDir")).
 */
const root = temporaryFolder("out");
const builds: Record<"usual" | "lowMemory" | "dataAgain", { output: string; result?: BuildResult }> = {
  usual: { output: join(root, "public") },
  lowMemory: { output: join(root, "low") },
  dataAgain: { output: join(root, "again") },
};
/** The niceness of the usual build's main thread and of Pagefind's process, seen while it ran (Linux's /proc). */
const priorities = { mainThread: new Set<number>(), pagefind: new Set<number>() };

/** A process's or thread's niceness: the 19th field of its stat file. */
function niceness(statFile: string): number | undefined {
  const fields = statFields(statFile);
  return fields ? Number(fields[16]) : undefined;
}

function watchPriorities(pid: number): void {
  const timer = setInterval(() => {
    const main = niceness(`/proc/${pid}/task/${pid}/stat`);
    if (main === undefined) return clearInterval(timer);
    priorities.mainThread.add(main);
    for (const child of processTree(pid).slice(1)) {
      try {
        if (!readFileSync(`/proc/${child}/cmdline`, "utf8").includes("pagefind")) continue;
      } catch {
        continue;
      }
      const nice = niceness(`/proc/${child}/stat`);
      if (nice !== undefined) priorities.pagefind.add(nice);
    }
  }, 10);
}

beforeAll(async () => {
  const [usual, lowMemory, dataAgain] = await Promise.all([
    runBuild({ output: builds.usual.output, dataDir: VALID_FIXTURE, onStart: watchPriorities }),
    runBuild({ output: builds.lowMemory.output, dataDir: VALID_FIXTURE, env: { FACTSHEET_LOW_MEMORY: "1" } }),
    runBuild({ output: builds.dataAgain.output, closedStdout: true }),
  ]);
  Object.assign(builds.usual, { result: usual });
  Object.assign(builds.lowMemory, { result: lowMemory });
  Object.assign(builds.dataAgain, { result: dataAgain });
}, 180_000);

describe("npm run build", () => {
  it("prints a summary of what it built", () => {
    const summary = inject("buildOutput");
    expect(summary).toMatch(/^Built \d+ pages from .*data into .* in \d+\.\d+ s$/m);
    expect(summary).toMatch(/entities: \d+ terms, \d+ actors, \d+ agreements, \d+ events/);
    expect(summary).toMatch(/search index: \d+ entities indexed/);
  });

  it("builds another data folder given as DATA_DIR into the folder given as --output", () => {
    const { output, result } = builds.usual;
    expect(result?.stderr).not.toMatch(/Error/);
    expect(result?.code).toBe(0);
    expect(readFileSync(join(output, "terms/commission/index.html"), "utf8")).toContain("اللجنة العسكرية العليا");
  });

  it("prints only its summary when its output is piped: no progress line, no terminal control characters", () => {
    const { stdout } = builds.usual.result!;
    expect(stdout).not.toMatch(/[\r\u001b]/);
    expect(stdout).not.toMatch(/Writing pages|Reading the data/);
    const lines = stdout.trimEnd().split("\n").filter((line) => !line.startsWith("[11ty]"));
    expect(lines[0]).toMatch(/^Built \d+ pages from /);
    // The summary's first line, then its indented details; nothing else.
    expect(lines.slice(1).every((line) => /^  [a-z]/.test(line))).toBe(true);
  });

  it.runIf(process.platform === "linux")("renders pages at a lower priority than Pagefind indexes them, so the index the build waits for goes first", () => {
    expect(priorities.mainThread).toContain(10);
    expect([...priorities.pagefind]).toEqual([0]);
  });

  it("with FACTSHEET_LOW_MEMORY=1 builds the same site, search index included", () => {
    const { usual, lowMemory } = builds;
    expect([usual.result?.code, lowMemory.result?.code]).toEqual([0, 0]);
    expect(digests(lowMemory.output)).toEqual(digests(usual.output));
    expect(digests(lowMemory.output).some(([file]) => file!.startsWith("pagefind/fragment/"))).toBe(true);
  });

  it("builds in full when whatever reads its summary has gone (npm run build | head)", () => {
    const { dataAgain } = builds;
    // Nothing, Eleventy's notes of slow filters included, which a busy machine brings out (quietFilterTimings).
    expect(dataAgain.result?.stderr).toBe("");
    expect(dataAgain.result?.code).toBe(0);
    expect(digests(dataAgain.output).map(([file]) => file)).toEqual(digests(inject("siteDir")).map(([file]) => file));
    expect(digests(dataAgain.output).some(([file]) => file!.startsWith("pagefind/fragment/"))).toBe(true);
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
  it("gives byte-identical files when the same data is built twice", () => {
    const before = digests(inject("siteDir"));
    expect(before.length).toBeGreaterThan(50);
    expect(builds.dataAgain.result?.code).toBe(0);
    expect(digests(builds.dataAgain.output)).toEqual(before);
  });
});

describe("npm run build's options", () => {
  it("--help lists every option and environment variable, and builds nothing", async () => {
    const result = await runBuild({ args: ["--help"] });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      [
        "Usage: npm run build -- [options]",
        "",
        "Validates the data, builds the site and its search index into a fresh folder, and puts it in place",
        "of the output folder only when everything succeeded.",
        "",
        "Options:",
        "  --output=FOLDER               the folder to build the site into (default: _site)",
        "  --base=PATH                   the base path the site is served under, such as /factsheet/ (default: the path of site.yaml's url)",
        "  --low-memory                  write the search index before pages render rather than alongside: less memory, a longer build",
        "  --search-part-size=N          the entries in each part of the search index (default: 2500, more beyond 16 parts): smaller parts take less memory to index, larger ones fewer files to a first search",
        "  --help, -h                    print this help and exit",
        "",
        "Environment variables:",
        "  DATA_DIR=FOLDER               the data folder to build from (default: data)",
        "  FACTSHEET_BASE=PATH           the base path, as --base (--base wins when both are given)",
        "  FACTSHEET_LOW_MEMORY=1        as --low-memory",
        "  FACTSHEET_SEARCH_PART_SIZE=N  as --search-part-size",
        "  FACTSHEET_BENCH=1             print where the time went, as JSON, for npm run bench",
        "",
      ].join("\n"),
    );
  });

  it("given an unknown option names it and the known ones in one line, exits 2 and builds nothing", async () => {
    const output = join(temporaryFolder("out"), "site");
    const result = await runBuild({ output, args: ["--pathprefix=/x/"] });
    expect(result.stderr).toBe("npm run build: unknown option --pathprefix; the options are --output=FOLDER, --base=PATH, --low-memory, --search-part-size=N, --help\n");
    expect(result.stdout).toBe("");
    expect(result.code).toBe(2);
    expect(() => listFiles(output)).toThrow(/ENOENT/);
  });

  it("a bad FACTSHEET_BASE is a usage error too", async () => {
    const result = await runBuild({ output: join(temporaryFolder("out"), "site"), env: { FACTSHEET_BASE: "/a b/" } });
    expect(result.stderr).toBe(
      'npm run build: FACTSHEET_BASE: The base path "/a b/" has a folder name a URL path cannot hold as it is ("a b"): give a path such as /factsheet/ (or / for the root of a domain).\n',
    );
    expect(result.code).toBe(2);
  });
});
