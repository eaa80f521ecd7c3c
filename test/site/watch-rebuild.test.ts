/**
 * A rebuild under `npm start` after an edit to the data writes again only the
 * entity pages the edit can have changed (plugins/entity-pages.ts), and the
 * site it leaves is the one a fresh build of the edited data writes, page for
 * page. Eleventy runs as `npm start` runs it, with --watch rather than --serve
 * (the same rebuilds, without a server).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataFolder } from "../../scripts/data/load-factsheet.ts";
import { fixtureWith } from "../support/data-fixture.ts";
import { PROJECT_ROOT, runBuild } from "../support/run-build.ts";
import { listFiles } from "../support/site-files.ts";
import { temporaryFolder } from "../support/temporary.ts";

/** Eleventy under --watch, and a promise of its next "Watching…" (a build ended). */
interface Watcher {
  child: ChildProcess;
  output: string;
  nextBuild(): Promise<string>;
  /** Whether Eleventy has printed nothing since the last build ended: no rebuild has started. */
  quiet(): boolean;
}

function watch(dataDir: string): Watcher {
  const output = join(temporaryFolder("watch"), "site");
  const child = spawn(process.execPath, ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--watch", `--output=${output}`], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, FACTSHEET_BASE: undefined },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  let waiting: ((text: string) => void) | undefined;
  /** Hands what a build printed, up to its "Watching…", to the one waiting for it. */
  const deliver = () => {
    if (waiting && printed.includes("Watching")) {
      const text = printed;
      printed = "";
      waiting(text);
      waiting = undefined;
    }
  };
  const onText = (chunk: Buffer) => {
    printed += chunk.toString();
    deliver();
  };
  child.stdout!.on("data", onText);
  child.stderr!.on("data", onText);
  return {
    child,
    output,
    quiet: () => printed === "",
    nextBuild: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no build ended within 60 s; Eleventy printed:\n${printed}`)), 60_000);
        waiting = (text) => {
          clearTimeout(timer);
          resolve(text);
        };
        // A build that ended before it was waited for.
        deliver();
      }),
  };
}

/** Every HTML page of a built site, by its path in the site: what a reader is served. */
function pages(site: string): Map<string, string> {
  return new Map(listFiles(site).filter((file) => file.endsWith(".html")).map((file) => [relative(site, file), readFileSync(file, "utf8")]));
}

function modified(site: string, files: Iterable<string>): Map<string, number> {
  return new Map([...files].map((file) => [file, statSync(join(site, file)).mtimeMs]));
}

describe("a rebuild under npm start", () => {
  const dataDir = fixtureWith();
  const entityPages = loadDataFolder(dataDir).model.entities.map((entity) => join(entity.url, "index.html").slice(1));
  let watcher: Watcher;

  beforeAll(async () => {
    watcher = watch(dataDir);
    await watcher.nextBuild();
  }, 60_000);
  afterAll(() => {
    watcher.child.kill();
  });

  /** Edits a data file, waits for the rebuild, and returns the entity pages it wrote again. */
  async function edit(file: string, change: (text: string) => string): Promise<string[]> {
    const before = modified(watcher.output, entityPages);
    const path = join(dataDir, file);
    const text = readFileSync(path, "utf8");
    const changed = change(text);
    expect(changed, "the edit changes the file").not.toBe(text);
    const built = watcher.nextBuild();
    writeFileSync(path, changed);
    // The watcher may not be ready for the first edit yet (it starts after the first build): saved again until seen.
    const saveAgain = setInterval(() => watcher.quiet() && writeFileSync(path, changed), 2_000);
    try {
      expect(await built).not.toMatch(/error|problem/i);
    } finally {
      clearInterval(saveAgain);
    }
    // A save seen late makes one more build of the same data: it ends before the pages are read.
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (!watcher.quiet()) await watcher.nextBuild();
    const after = modified(watcher.output, entityPages);
    return entityPages.filter((page) => after.get(page) !== before.get(page));
  }

  /** The site as a fresh build of the same data writes it. */
  async function expectSameAsFreshBuild(): Promise<void> {
    const output = join(temporaryFolder("fresh"), "site");
    const result = await runBuild({ output, dataDir });
    expect(result.code, result.stderr).toBe(0);
    const fresh = pages(output);
    const rebuilt = pages(watcher.output);
    expect([...rebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [file, html] of fresh) expect(rebuilt.get(file), file).toBe(html);
  }

  it("after an edit of a term's definition, writes its page and the pages that link to it", { timeout: 120_000 }, async () => {
    const written = await edit("terms.yaml", (text) => text.replace("definition: ثاني العاملين.", "definition: ثاني العاملين بعد التعديل."));
    // The term itself, and the commission's page, whose related list links to it… and no more than those that do.
    expect(written).toContain("terms/capacity/index.html");
    expect(written).toContain("terms/commission/index.html");
    expect(written.length).toBeLessThan(entityPages.length);
    await expectSameAsFreshBuild();
  });

  it("after a new relation, writes the page it now shows on too", { timeout: 120_000 }, async () => {
    const written = await edit("terms.yaml", (text) => text.replace("  body: نص.\n  cite: [3]", "  body: نص.\n  related: [threat]\n  cite: [3]"));
    expect(written).toContain("terms/alliance/index.html");
    // Neither page linked to the other before.
    expect(written).toContain("terms/threat/index.html");
    expect(written.length).toBeLessThan(entityPages.length);
    await expectSameAsFreshBuild();
  });

  it("after a new name, writes every page: any page may mention it", { timeout: 120_000 }, async () => {
    const written = await edit("terms.yaml", (text) => text.replace("name: التهديد", "name: التهديدات"));
    // Written as a one-off build writes them (the site's other tests check those pages).
    expect(written.sort()).toEqual([...entityPages].sort());
  });
});
