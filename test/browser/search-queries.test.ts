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
import { actor, agreement, event, term, type SearchCase } from "../support/search-cases.ts";
import { searchOnPage, type SearchOutcome } from "../support/search-page.ts";
import { builtPages } from "../support/site-files.ts";

type Case = SearchCase;

const CASES: Case[] = [
  // Names, and the spellings of hamza, yaa and taa marbuta readers type.
  { query: "أوستن", expect: actor("lloyd-austin"), first: true },
  { query: "اوستن", expect: actor("lloyd-austin"), first: true },
  { query: "لويد اوستن", expect: actor("lloyd-austin"), first: true },
  { query: "اللجنة العسكرية العليا", expect: agreement("higher-military-commission"), first: true },
  { query: "اللجنه العسكريه العليا", expect: agreement("higher-military-commission"), first: true },
  { query: "اللجنة العسكرية المشتركة", expect: agreement("higher-military-commission"), first: true },
  { query: "اتفاقية الإطار الاستراتيجي", expect: agreement("strategic-framework-agreement"), first: true },
  { query: "اتفاقيه الاطار الاستراتيجى", expect: agreement("strategic-framework-agreement"), first: true },
  { query: "الاطار الاستراتيجي", expect: agreement("strategic-framework-agreement") },
  { query: "شراكه امنيه ثنائيه دائمه", expect: term("enduring-bilateral-security-partnership"), first: true },
  { query: "الجدول الزمني", expect: term("timetable"), first: true },
  { query: "الخفض التدريجى", expect: term("gradual-reduction"), first: true },
  { query: "السياده العراقيه", expect: term("iraqi-sovereignty"), first: true },
  { query: "الولايه القضائيه", expect: term("primary-jurisdiction") },
  { query: "قوات الاحتلال", expect: term("occupation-forces"), first: true },
  { query: "وزارة الخارجية العراقية", expect: actor("iraqi-ministry-of-foreign-affairs"), first: true },
  { query: "قوات الامن العراقيه", expect: actor("iraqi-security-forces"), first: true },
  // An error of the source is no entry: it leads to the note that explains it.
  { query: "مؤسسة حمد الطبية", expect: "/source/#note-hamad-medical-corporation-error", first: true },
  { query: "نوري المالكي", expect: actor("nouri-al-maliki"), first: true },
  { query: "التحالف الدولى", expect: actor("international-coalition"), first: true },
  // Diacritics and tatweel.
  { query: "الْعِرَاق", expect: actor("iraq"), first: true },
  { query: "العـــراق", expect: actor("iraq"), first: true },
  { query: "عمليّة العزم الصّلب", expect: agreement("operation-inherent-resolve"), first: true },
  // Attached prefixes: و، ف، ب، ل، ك and the article.
  { query: "العراق", expect: actor("iraq"), first: true },
  { query: "والعراق", expect: actor("iraq") },
  { query: "بالعراق", expect: actor("iraq") },
  { query: "لداعش", expect: actor("isis") },
  { query: "وداعش", expect: actor("isis") },
  { query: "المالكي", expect: actor("nouri-al-maliki") },
  { query: "العزم الصلب", expect: agreement("operation-inherent-resolve") },
  // Plural and other forms the stemmer joins.
  { query: "مستشارو التحالف", expect: term("coalition-advisers"), first: true },
  { query: "مستشارين", expect: term("coalition-advisers") },
  { query: "مستشاري", expect: term("coalition-advisers") },
  // Digits, Arabic-Indic or Latin.
  { query: "2008", expect: event("sfa-signing") },
  { query: "٢٠٠٨", expect: event("sfa-signing") },
  // Latin names and acronyms in any case.
  { query: "HMC", expect: agreement("higher-military-commission") },
  { query: "hmc", expect: agreement("higher-military-commission") },
  { query: "ISIS", expect: actor("isis"), first: true },
  { query: "isis", expect: actor("isis"), first: true },
  { query: "D-ISIS", expect: agreement("d-isis-campaign"), first: true },
  { query: "d-isis", expect: agreement("d-isis-campaign"), first: true },
  { query: "SFA", expect: agreement("strategic-framework-agreement"), first: true },
  { query: "CJTF-OIR", expect: actor("cjtf-oir"), first: true },
  { query: "Lloyd Austin", expect: actor("lloyd-austin"), first: true },
  { query: "strategic framework agreement", expect: agreement("strategic-framework-agreement"), first: true },
  { query: "Iraq", expect: actor("iraq"), first: true },
  // Other names lead to the same entry.
  { query: "داعش", expect: actor("isis"), first: true },
  { query: "تنظيم الدولة الإسلامية في العراق وسوريا", expect: actor("isis"), first: true },
  { query: "سوريا", expect: actor("syria"), first: true },
  { query: "واشنطن", expect: term("washington-dc") },
];

/** Queries for what the site does not contain: no result, and a message saying so. */
const MISSES = ["كرة القدم", "xyz", "اوسطنxyz", "بيتزا"];

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
