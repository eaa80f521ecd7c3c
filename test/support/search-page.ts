/**
 * Searching on the search page already open in the browser, as its form's submit does: one page for a
 * whole suite of queries, rather than a page load each.
 */
import type { Page } from "playwright-core";

export interface SearchOutcome {
  query: string;
  /** The results' links, path and anchor (a note is found at its anchor on the source page). */
  urls: string[];
  status: string;
  /** The names offered when nothing matches as typed («هل تقصد …؟»). */
  suggestions: string[];
  /** Links in the status to the glossary (a search that finds nothing offers one). */
  glossaryLinks: number;
}

/**
 * Types the query into the open search page and submits it. The status is emptied in the same task, and
 * the page writes it only once the search is done (results and suggestions first), so what is read
 * afterwards is this query's outcome, not the last one's.
 */
export async function searchOnPage(page: Page, query: string): Promise<SearchOutcome> {
  await page.evaluate((q) => {
    document.querySelector<HTMLInputElement>("[data-search-input]")!.value = q;
    document.querySelector("[data-search-status]")!.textContent = "";
    document.querySelector<HTMLFormElement>("[data-search-form]")!.requestSubmit();
  }, query);
  await page.waitForFunction(() => (document.querySelector("[data-search-status]")?.textContent ?? "").trim() !== "", null, { timeout: 20_000 });
  return page.evaluate((q) => {
    const urls = [...document.querySelectorAll<HTMLAnchorElement>(".search-result h2 a")].map((a) => {
      const url = new URL(a.href);
      return url.pathname + url.hash;
    });
    const status = document.querySelector("[data-search-status]")!;
    return {
      query: q,
      urls,
      status: status.textContent ?? "",
      suggestions: [...document.querySelectorAll("[data-search-suggestions] a")].map((a) => a.textContent ?? ""),
      glossaryLinks: status.querySelectorAll("a[href='/terms/']").length,
    };
  }, query);
}
