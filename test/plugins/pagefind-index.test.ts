/**
 * The two ways records reach Pagefind (plugins/pagefind-index.ts), as messages and as pages read from a
 * folder, make the same index: the same records, with the same content, metadata, filters and word counts,
 * and the same pages found for every word, by Pagefind's own search. Hostile names and text included:
 * attributes and white space must not change a record on the way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { createMarkdown } from "../../plugins/markdown-setup.ts";
import { writeSearchIndex } from "../../plugins/pagefind-index.ts";
import { loadDataFolder } from "../../scripts/data/load-factsheet.ts";
import { searchQuery } from "../../scripts/search/search-match.ts";
import { searchSources, type SearchSource } from "../../scripts/search/search-records.ts";
import { VALID_FIXTURE } from "../support/data-fixture.ts";
import { HOSTILE_STRINGS } from "../support/hostile-text.ts";
import { pagefindSearch } from "../support/pagefind-search.ts";
import { temporaryFolder } from "../support/temporary.ts";

interface Fragment {
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every record of a written index, by its page's URL: Pagefind's fragment files, unpacked. */
function fragments(indexFolder: string): Map<string, Fragment> {
  const folder = join(indexFolder, "pagefind", "fragment");
  // Each file is gzip, its text after a signature of 12 bytes ("pagefind_dcd").
  const all = readdirSync(folder).map((file) => JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString("utf8").slice(12)) as Fragment);
  return new Map(all.map((fragment) => [fragment.meta.url!, fragment]));
}

const hostile: SearchSource[] = HOSTILE_STRINGS.map((text, i) => ({
  url: `/terms/hostile-${i}/`,
  names: [`اسم ${text}`, `${text}\nسطر ثان, بفاصلة: ونقطتين`],
  parts: [{ text: `نص  فيه\t${text}\n\nوسطر` }, { text: `**${text}**`, markdown: true }],
  // A type's label is the build's own (entity-types.ts), never the data's.
  typeLabel: "مصطلح",
  searchAliases: [text],
  nameSynonyms: [],
  synonyms: [`${text} «مرادف»`],
}));

describe("the search index, fed as messages or as pages", () => {
  afterAll(() => pagefind.close());
  const md = createMarkdown();
  const sources = () => [...searchSources(loadDataFolder(VALID_FIXTURE).model), ...hostile];

  it("holds the same records and finds the same pages for every word", { timeout: 60_000 }, async () => {
    const asMessages = temporaryFolder("index-messages");
    const asPages = temporaryFolder("index-pages");
    await writeSearchIndex(sources(), join(asMessages, "pagefind"), md, { asPagesFrom: Infinity });
    await writeSearchIndex(sources(), join(asPages, "pagefind"), md, { asPagesFrom: 0 });

    const messages = fragments(asMessages);
    const pages = fragments(asPages);
    expect([...pages.keys()].sort()).toEqual([...messages.keys()].sort());
    expect(messages.size).toBe(sources().length);
    for (const [url, fromMessage] of messages) {
      const fromPage = pages.get(url)!;
      // A page's text ends with a full stop Pagefind adds; a record's does not.
      expect(fromPage.content.replace(/\.$/, ""), url).toBe(fromMessage.content.replace(/\.$/, ""));
      expect(fromPage.meta, url).toEqual(fromMessage.meta);
      expect(fromPage.filters, url).toEqual(fromMessage.filters);
      expect(fromPage.word_count, url).toBe(fromMessage.word_count);
    }

    const searches = [await pagefindSearch(asMessages), await pagefindSearch(asPages)];
    try {
      const queries = new Set([...messages.values()].flatMap((fragment) => fragment.content.split(/\s+/).map(searchQuery)).filter(Boolean));
      expect(queries.size).toBeGreaterThan(100);
      for (const query of queries) {
        const [found, foundAsPages] = await Promise.all(searches.map((search) => search.pagesFound(query)));
        expect([...foundAsPages!].sort(), query).toEqual([...found!].sort());
      }
    } finally {
      for (const search of searches) await search.close();
    }
  });
});
