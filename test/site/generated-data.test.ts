/**
 * What the synthetic data generator writes (`npm run generate`, used by
 * `npm run bench`) builds with the real build: every entity a page, every
 * entity indexed. Its size limit is set low here, so that the longer lists are
 * written as folders of files (terms/001.yaml, …), as at 100,000 entities.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateData } from "../../scripts/dev/generate-data.ts";
import { runBuild } from "../support/run-build.ts";
import { temporaryFolder as temporary } from "../support/temporary.ts";

const ENTITIES = 60;

describe("npm run generate, then npm run build", () => {
  const dataDir = temporary("generated");
  const { sheet } = generateData({ entities: ENTITIES, out: dataDir, maxFileBytes: 20_000 });

  it("builds with the real build, its longer lists read from folders of files", { timeout: 180_000 }, async () => {
    expect(sheet.folders["terms.yaml"]).toBeGreaterThan(1);
    expect(existsSync(join(dataDir, "terms.yaml"))).toBe(false);
    const output = join(temporary("generated-site"), "site");
    const result = await runBuild({ output, dataDir });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code).toBe(0);
    const c = sheet.counts;
    expect(result.stdout).toContain(`entities: ${c.term} terms, ${c.actor} actors, ${c.agreement} agreements, ${c.event} events`);
    expect(result.stdout).toContain(`search index: ${ENTITIES} entities indexed`);
    const pages = Number(/^Built (\d+) pages/m.exec(result.stdout)?.[1]);
    expect(pages).toBeGreaterThan(ENTITIES);
    for (const term of [sheet.files["terms.yaml"][0]!, sheet.files["terms.yaml"].at(-1)!]) {
      expect(readFileSync(join(output, "terms", term.id, "index.html"), "utf8")).toContain(term.name);
    }
    expect(existsSync(join(output, "pagefind"))).toBe(true);
  });

});
