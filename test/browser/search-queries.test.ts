/**
 * Search as readers type it, against the real Pagefind runtime in Chromium:
 * every spelling of a name finds its page, exact names rank first, and what
 * the site does not contain finds nothing. Writes the hit rates and the bytes
 * of a first search to test-results/search-queries.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ENTITY_TYPES } from "../../scripts/data/entity-types.ts";
import { useSiteInBrowser } from "../support/browser.ts";
import { SEARCH_CASES as CASES, SEARCH_MISSES as MISSES } from "../support/search-cases.ts";
import { searchOnPage, type SearchOutcome } from "../support/search-page.ts";
import { builtPages } from "../support/site-files.ts";

const site = useSiteInBrowser();

/** Every query's results, searched once on one page before the tests read them. */
const outcomes = new Map<string, SearchOutcome>();
const outcome = (query: string): SearchOutcome => {
  const found = outcomes.get(query);
  if (!found) throw new Error(`no results recorded for ${query}`);
  return found;
};

beforeAll(async () => {
  await site.page.goto(`${site.url}/search/`);
  for (const query of [...CASES.map((c) => c.query), ...MISSES]) outcomes.set(query, await searchOnPage(site.page, query));
}, 300_000);

describe("search finds what readers mean", () => {
  it("expects pages the site has, of every type", () => {
    const pages = new Set(builtPages(inject("siteDir")).map((page) => page.url));
    expect(CASES.map((c) => c.expect).filter((url) => !pages.has(url.replace(/#.*/, "")))).toEqual([]);
    // Every type of page, and the source page, where a note on an error of the source is found.
    expect(new Set(CASES.map((c) => c.expect.split("/")[1]))).toEqual(new Set([...ENTITY_TYPES.map((t) => t.folder), "source"]));
  });

  it.each(CASES)("$query → $expect", ({ query, expect: url, first }) => {
    const { urls } = outcome(query);
    if (first) expect(urls[0], `${query}: ${urls.slice(0, 3).join(", ")}`).toBe(url);
    else expect(urls.slice(0, 3), query).toContain(url);
  });

  it.each(MISSES)("%s finds nothing and says so", (query) => {
    const { urls, status, glossaryLinks } = outcome(query);
    expect(urls).toEqual([]);
    expect(status).toContain(`لا نتائج لـ«${query}»`);
    expect(glossaryLinks).toBe(1);
  });

  it("reports hit rates and the bytes a first search downloads", async () => {
    const fresh = await site.browser.newPage();
    // Each body is read before the page closes: a read still under way when it closes would count nothing.
    const reads: Promise<number>[] = [];
    fresh.on("response", (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith("/pagefind/") || path.startsWith("/assets/js/")) reads.push(response.body().then((body) => body.length));
    });
    await fresh.goto(`${site.url}/search/?q=${encodeURIComponent("داعش")}`);
    await fresh.locator(".search-result").first().waitFor();
    await fresh.waitForLoadState("networkidle");
    const bytes = (await Promise.all(reads)).reduce((sum, length) => sum + length, 0);
    await fresh.close();

    const ranks = CASES.map(({ query, expect: url }) => ({ query, expect: url, rank: outcome(query).urls.indexOf(url) + 1 }));
    const top1 = ranks.filter((o) => o.rank === 1).length;
    const top3 = ranks.filter((o) => o.rank >= 1 && o.rank <= 3).length;
    const report = {
      queries: CASES.length + MISSES.length,
      top1: `${top1}/${CASES.length}`,
      top3: `${top3}/${CASES.length}`,
      misses: `${MISSES.filter((query) => outcome(query).urls.length === 0).length}/${MISSES.length} queries for absent things empty`,
      firstSearchBytes: bytes,
      outcomes: ranks,
    };
    mkdirSync("test-results", { recursive: true });
    writeFileSync("test-results/search-queries.json", JSON.stringify(report, null, 2));
    expect(top3).toBe(CASES.length);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(300_000);
  });
});
