/**
 * A dossier of 1,300 generated entities: the long indexes (glossary, source,
 * timeline) are split into pages, no page reaches 1 MB, every entity's page is
 * linked from an index page, and every link between index pages, anchors
 * included, lands on an element that exists. Half the entities are terms and a
 * third events, with more notes than the real data has, so that each of the
 * three indexes passes its page limit (INDEX_PAGE_LIMITS) at the least cost of
 * a build; `npm run bench` checks page sizes at 10,000 in the real proportions.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PROPORTIONS, generateData, type Proportions } from "../../scripts/dev/generate-data.ts";
import { builtPages, type BuiltPage } from "../support/site-files.ts";
import { runBuild } from "../support/run-build.ts";
import { temporaryFolder } from "../support/temporary.ts";

const ENTITIES = 1_300;
const PROPORTIONS: Proportions = {
  ...DEFAULT_PROPORTIONS,
  types: { term: 0.5, actor: 0.1, agreement: 0.04, event: 0.36 },
  notes: 0.3,
  from: "test/site/split-indexes.test.ts",
};
const INDEXES = ["/terms/", "/source/", "/actors/", "/agreements/", "/events/", "/timeline/"];

let pages: BuiltPage[] = [];
const byUrl = new Map<string, BuiltPage>();
const entityFolders = ["terms", "actors", "agreements", "events"];

beforeAll(async () => {
  const dataDir = temporaryFolder("split-data");
  generateData({ entities: ENTITIES, out: dataDir, proportions: PROPORTIONS });
  const output = join(temporaryFolder("split-site"), "site");
  const result = await runBuild({ output, dataDir });
  expect(result.stderr).not.toMatch(/Error/);
  expect(result.code).toBe(0);
  pages = builtPages(output);
  for (const page of pages) byUrl.set(page.url, page);
}, 900_000);

/** The pages of the index at `base`: the index and its `page/N/` pages. */
const indexPages = (base: string) => pages.filter((page) => page.url === base || page.url.startsWith(`${base}page/`));
const links = (html: string) => [...html.matchAll(/href="(\/[^"#]*)(?:#([^"]*))?"/g)].map(([, url, anchor]) => ({ url: url!, anchor }));
const ids = (html: string) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id));

describe(`a site of ${ENTITIES} entities`, () => {
  it("splits the glossary, the source and the timeline into pages, each listing all the others", () => {
    for (const base of ["/terms/", "/source/", "/timeline/"]) {
      const split = indexPages(base);
      expect(split.length, base).toBeGreaterThan(1);
      for (const page of split) {
        const pager = /<nav class="pager"[^>]*>([\s\S]*?)<\/nav>/.exec(page.html)?.[1] ?? "";
        const listed = links(pager).map((link) => link.url);
        expect(listed.sort(), page.url).toEqual(split.map((p) => p.url).sort());
        expect(pager).toContain(`href="${page.url}" aria-current="page"`);
        // Named for the reader, by its label in site/_data/ui.yaml.
        expect(page.html, page.url).toMatch(/<nav class="pager" aria-label="صفحات [^"]+"/);
      }
    }
  });

  it("has no page of 1 MB or more", () => {
    const large = pages.filter((page) => Buffer.byteLength(page.html) >= 1_000_000).map((page) => page.url);
    expect(large).toEqual([]);
  });

  it("links every entity's page from an index page", () => {
    const linked = new Set(INDEXES.flatMap((base) => indexPages(base).flatMap((page) => links(page.html).map((link) => link.url))));
    const entityPages = pages.filter((page) => entityFolders.includes(page.url.split("/")[1]!) && /^\/[a-z]+\/[a-z0-9-]+\/$/.test(page.url) && !page.url.includes("/page/"));
    expect(entityPages.length).toBe(ENTITIES);
    expect(entityPages.filter((page) => !linked.has(page.url)).map((page) => page.url)).toEqual([]);
  });

  it("lands every link from an index page, and every citation, on a page and an element that exist", () => {
    const broken: string[] = [];
    const sample = [...INDEXES.flatMap(indexPages), ...pages.filter((page) => /^\/(terms|events)\/[a-z0-9-]+\/$/.test(page.url)).slice(0, 200)];
    for (const page of sample) {
      for (const { url, anchor } of links(page.html)) {
        if (!url.endsWith("/")) continue;
        const target = byUrl.get(url);
        if (!target) broken.push(`${page.url} → ${url}`);
        else if (anchor && !ids(target.html).has(anchor)) broken.push(`${page.url} → ${url}#${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
