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
 * when it is written again is this query's outcome, not the last one's. The page itself watches the
 * status (a MutationObserver): one round trip a query, no polling.
 */
export async function searchOnPage(page: Page, query: string): Promise<SearchOutcome> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>("[data-search-input]")!;
    const status = document.querySelector("[data-search-status]")!;
    const written = () => (status.textContent ?? "").trim() !== "";
    status.textContent = "";
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no search status 20 s after submitting «${q}»`)), 20_000);
      const observer = new MutationObserver(() => {
        if (!written()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    input.value = q;
    document.querySelector<HTMLFormElement>("[data-search-form]")!.requestSubmit();
    await done;
    const urls = [...document.querySelectorAll<HTMLAnchorElement>(".search-result h2 a")].map((a) => {
      const url = new URL(a.href);
      return url.pathname + url.hash;
    });
    return {
      query: q,
      urls,
      status: status.textContent ?? "",
      suggestions: [...document.querySelectorAll("[data-search-suggestions] a")].map((a) => a.textContent ?? ""),
      glossaryLinks: status.querySelectorAll("a[href='/terms/']").length,
    };
  }, query);
}
