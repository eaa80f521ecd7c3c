/**
 * Every word of every entry is found: on the built site of data/, a search for any word of an entry's
 * text or names, sent as the search page sends it (searchQuery), finds that entry, with Pagefind's own
 * search (its script and WebAssembly, in Node). The browser tests check ranking on chosen queries; this
 * checks that no word, however it is written (prefixes, diacritics, digits, punctuation around it), is
 * missing from the index.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createMarkdown } from "../../plugins/markdown-setup.ts";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { searchQuery } from "../../scripts/search/search-match.ts";
import { recordFields, recordNames, recordText, searchRecord, searchSources } from "../../scripts/search/search-records.ts";
import { pagefindSearch, type PagefindSearch } from "../support/pagefind-search.ts";

/** A word as the reader sees it written: letters, marks and digits, with inner hyphens. */
const WRITTEN_WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

describe("search on the site of data/", () => {
  let search: PagefindSearch;
  beforeAll(async () => {
    search = await pagefindSearch(inject("siteDir"));
  });
  afterAll(() => search?.close());

  it("finds every entry by every word of its text and names", { timeout: 120_000 }, async () => {
    const md = createMarkdown();
    const found = new Map<string, Set<string>>();
    const missed: string[] = [];
    let checked = 0;
    for (const source of searchSources(loadFactSheet("data").model)) {
      const record = searchRecord(source, md);
      const fields = recordFields(record.filters);
      const words = new Set(`${recordNames(fields).join(" ")} ${recordText(record.content, fields)}`.match(WRITTEN_WORD));
      for (const word of words) {
        const query = searchQuery(word);
        if (query === "") continue;
        if (!found.has(query)) found.set(query, await search.pagesFound(query));
        checked += 1;
        if (!found.get(query)!.has(source.url)) missed.push(`${word} (sent as ${query}): ${source.url}`);
      }
    }
    expect(checked).toBeGreaterThan(3000);
    expect(missed).toEqual([]);
  });
});
