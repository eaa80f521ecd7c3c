/**
 * The search index in parts (scripts/search/search-index-parts.ts), as a large fact sheet has it: data/
 * built with parts of 10 entries, under a base path, and searched in Chromium with the queries that the
 * one-part site answers (test/support/search-cases.ts). Every query finds its page, first where the
 * query is its name, the misses find nothing, and a first search reads every part's index, and only the first part's
 * script and WebAssembly.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { serveSite, type StaticServer } from "../../scripts/dev/static-server.ts";
import { sitePath } from "../../scripts/render/site-url.ts";
import { searchRecordCount } from "../../scripts/search/search-records.ts";
import { openBrowser, type TestBrowser } from "../support/browser.ts";
import { runBuild } from "../support/run-build.ts";
import { SEARCH_CASES, SEARCH_MISSES } from "../support/search-cases.ts";
import { searchOnPage, type SearchOutcome } from "../support/search-page.ts";
import { temporaryFolder } from "../support/temporary.ts";

const PART_SIZE = 10;
const BASE = "/factsheet/";
const PARTS = Math.ceil(searchRecordCount(loadFactSheet().model) / PART_SIZE);

let siteDir: string;
let server: StaticServer;
let browser: TestBrowser;
let page: Page;
/** What the first search fetched of the index, by path from the index's folder. */
const firstSearchFetches: string[] = [];
const outcomes = new Map<string, SearchOutcome>();

beforeAll(async () => {
  siteDir = join(temporaryFolder("search-parts"), "site");
  const build = await runBuild({ output: siteDir, args: [`--base=${BASE}`, `--search-part-size=${PART_SIZE}`] });
  if (build.code !== 0) throw new Error(`The site did not build in parts:\n${build.stderr}`);
  server = await serveSite(siteDir);
  browser = await openBrowser();
  page = await browser.newPage();
  const index = `${server.origin}${sitePath("/pagefind/", BASE)}`;
  const record = (request: { url(): string }) => {
    if (request.url().startsWith(index)) firstSearchFetches.push(request.url().slice(index.length).replace(/\?.*/, ""));
  };
  page.on("request", record);
  await page.goto(`${server.origin}${sitePath("/search/", BASE)}`);
  outcomes.set(SEARCH_CASES[0]!.query, await searchOnPage(page, SEARCH_CASES[0]!.query));
  page.off("request", record);
  for (const query of [...SEARCH_CASES.map((c) => c.query), ...SEARCH_MISSES]) {
    if (!outcomes.has(query)) outcomes.set(query, await searchOnPage(page, query));
  }
}, 300_000);

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await server?.close();
  }
});

describe(`data/ with its search index in parts of ${PART_SIZE}`, () => {
  it("is in as many parts as its entries make, each but the first holding only its index", () => {
    expect(PARTS).toBeGreaterThan(3);
    const folders = readdirSync(join(siteDir, "pagefind")).filter((name) => name.startsWith("part-"));
    expect(folders.sort()).toEqual(Array.from({ length: PARTS - 1 }, (_, i) => `part-${i + 2}`).sort());
  });

  it("reads every part's index at the first search, and the script and WebAssembly once", () => {
    for (let part = 2; part <= PARTS; part++) {
      expect(firstSearchFetches, `part ${part}`).toContain(`part-${part}/pagefind-entry.json`);
      expect(firstSearchFetches.some((path) => path.startsWith(`part-${part}/`) && path.endsWith(".pf_meta")), `part ${part}`).toBe(true);
    }
    expect(firstSearchFetches.filter((path) => path.endsWith(".pagefind") && path.startsWith("wasm."))).toHaveLength(1);
    expect(firstSearchFetches.filter((path) => /^part-\d+\/(pagefind\.js|wasm\.)/.test(path))).toEqual([]);
  });

  it.each(SEARCH_CASES)("$query → $expect", ({ query, expect: url, first }) => {
    const { urls } = outcomes.get(query)!;
    const path = (found: string) => found.slice(BASE.length - 1);
    if (first) expect(path(urls[0] ?? ""), `${query}: ${urls.slice(0, 3).join(", ")}`).toBe(url);
    // Pagefind scores a page against its own part's word counts: among pages that match alike, the order
    // may differ from the one-part site's (parts of ten make that likelier than parts of thousands).
    else expect(urls.map(path), query).toContain(url);
  });

  it.each(SEARCH_MISSES)("%s finds nothing", (query) => {
    expect(outcomes.get(query)!.urls).toEqual([]);
  });
});
