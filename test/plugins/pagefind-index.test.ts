/**
 * The search index in one part or in several (plugins/pagefind-index.ts, scripts/search/search-index-parts.ts)
 * holds the same records, with the same content, metadata, filters and word counts, and finds the same
 * pages for every word, by Pagefind's own search with the parts merged as the search page merges them.
 * Hostile names and text included: nothing may change a record on the way.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { createMarkdown } from "../../plugins/markdown-setup.ts";
import { writeSearchIndex } from "../../plugins/pagefind-index.ts";
import { loadDataFolder } from "../../scripts/data/load-factsheet.ts";
import { compileQuery, searchQuery, textMatches } from "../../scripts/search/search-match.ts";
import { recordFields, recordText, searchRecord, searchSources, type SearchSource } from "../../scripts/search/search-records.ts";
import { VALID_FIXTURE } from "../support/data-fixture.ts";
import { HOSTILE_STRINGS } from "../support/hostile-text.ts";
import { pagefindSearch } from "../support/pagefind-search.ts";
import { temporaryFolder } from "../support/temporary.ts";

interface Fragment {
  /** The record's URL, as it was given. */
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** The folders of a written index's parts after the first, in order. */
function partFolders(siteDir: string): string[] {
  const names = readdirSync(join(siteDir, "pagefind")).filter((name) => name.startsWith("part-"));
  return names.sort((a, b) => Number(a.slice(5)) - Number(b.slice(5))).map((name) => join(siteDir, "pagefind", name));
}

/** Every record of a written index, in every part, by its page's URL: Pagefind's fragment files, unpacked. */
function fragments(siteDir: string): Map<string, Fragment> {
  const all = [join(siteDir, "pagefind"), ...partFolders(siteDir)].flatMap((part) => {
    const folder = join(part, "fragment");
    // Each file is gzip, its text after a signature of 12 bytes ("pagefind_dcd").
    return readdirSync(folder).map((file) => JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString("utf8").slice(12)) as Fragment);
  });
  const byUrl = new Map(all.map((fragment) => [fragment.url, fragment]));
  expect(byUrl.size, "no record in two parts").toBe(all.length);
  return byUrl;
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

describe("the search index, in one part or in several", () => {
  afterAll(() => pagefind.close());
  const md = createMarkdown();
  const sources = () => [...searchSources(loadDataFolder(VALID_FIXTURE).model), ...hostile];

  it("holds the same records and finds the same pages for every word", { timeout: 60_000 }, async () => {
    const whole = temporaryFolder("index-whole");
    const inParts = temporaryFolder("index-parts");
    await writeSearchIndex(sources(), whole, md, { recordsPerPart: Infinity });
    await writeSearchIndex(sources(), inParts, md, { recordsPerPart: 7 });

    const parts = partFolders(inParts);
    expect(parts.map((folder) => folder.slice(folder.lastIndexOf("/") + 1))).toEqual(
      Array.from({ length: Math.ceil(sources().length / 7) - 1 }, (_, i) => `part-${i + 2}`),
    );
    expect(partFolders(whole)).toEqual([]);
    for (const part of parts) {
      // A part holds its index only: the search page searches it with the first part's script and WebAssembly.
      expect(readdirSync(part).sort()).toEqual(expect.arrayContaining(["fragment", "index", "pagefind-entry.json"]));
      expect(readdirSync(part).filter((name) => /\.(js|css|pagefind)$/.test(name))).toEqual([]);
    }
    // One vocabulary, of every part's words.
    expect(readFileSync(join(inParts, "pagefind", "vocabulary.json"), "utf8")).toBe(readFileSync(join(whole, "pagefind", "vocabulary.json"), "utf8"));

    const one = fragments(whole);
    const several = fragments(inParts);
    expect([...several.keys()].sort()).toEqual([...one.keys()].sort());
    expect(one.size).toBe(sources().length);
    for (const [url, fromOne] of one) expect(several.get(url), url).toEqual(fromOne);
    // What the search page reads back comes back whole through Pagefind, hostile names and all.
    for (const source of hostile) {
      const fields = recordFields(one.get(source.url)!.filters);
      expect(fields.names, source.url).toEqual(source.names);
      expect(fields.aliases, source.url).toEqual(source.searchAliases);
      expect(fields.synonyms, source.url).toEqual(source.synonyms);
      // The text's length still marks where the text ends in the content as Pagefind gives it back.
      const made = searchRecord(source, md);
      expect(recordText(one.get(source.url)!.content, fields), source.url).toBe(recordText(made.content, recordFields(made.filters)));
    }

    const searches = [await pagefindSearch(whole), await pagefindSearch(inParts)];
    try {
      const phrases = new Set([...one.values()].flatMap((fragment) => fragment.content.split(/\s+/).map(searchQuery)).filter(Boolean));
      const queries = new Set([...phrases, ...[...phrases].flatMap((phrase) => phrase.split(" "))]);
      expect(queries.size).toBeGreaterThan(100);
      expect([...queries].filter((query) => query.includes(" ")).length).toBeGreaterThan(10);
      for (const query of queries) {
        const [found, foundInParts] = await Promise.all(searches.map((search) => search.pagesFound(query)));
        // Every page the whole index finds.
        expect([...foundInParts!].filter((url) => found!.has(url)).sort(), query).toEqual([...found!].sort());
        // And where a part lacks a word of the query, Pagefind searches that part for the nearest word it has,
        // or without it: pages without the query's words, which the search page drops (textMatches).
        const extra = [...foundInParts!].filter((url) => !found!.has(url));
        expect(extra.filter((url) => textMatches(several.get(url)!.content, compileQuery(query))), query).toEqual([]);
      }
    } finally {
      for (const search of searches) await search.close();
    }
  });

  it("finds a page by the words of its text and names only, not by its path or the length of its text", { timeout: 60_000 }, async () => {
    const site = temporaryFolder("index-fields");
    const page: SearchSource = {
      url: "/terms/zephyrslug-4321/",
      names: ["مصطلح فريد"],
      parts: [{ text: "نص قصير عن المرحلة الانتقالية." }],
      typeLabel: "مصطلح",
      searchAliases: ["اسم بديل"],
      nameSynonyms: [],
      synonyms: [],
    };
    const { textLength } = recordFields(searchRecord(page, md).filters);
    await writeSearchIndex([...sources(), page], site, md);
    const search = await pagefindSearch(site);
    try {
      expect(await search.pagesFound("فريد")).toContain(page.url);
      expect(await search.pagesFound(searchQuery("الانتقالية"))).toContain(page.url);
      expect(await search.pagesFound("بديل")).toContain(page.url);
      for (const notAWord of ["zephyrslug", "4321", "terms", String(textLength)]) {
        expect(await search.pagesFound(notAWord), notAWord).not.toContain(page.url);
      }
    } finally {
      await search.close();
    }
  });

  it("removes the parts of a larger index written before into the same folder", { timeout: 60_000 }, async () => {
    const site = temporaryFolder("index-fewer-parts");
    await writeSearchIndex(sources(), site, md, { recordsPerPart: 5 });
    const before = partFolders(site).length;
    await writeSearchIndex(sources(), site, md, { recordsPerPart: 20 });
    expect(partFolders(site).length).toBe(Math.ceil(sources().length / 20) - 1);
    expect(before).toBeGreaterThan(partFolders(site).length);
    expect(existsSync(join(site, "pagefind", `part-${before + 1}`))).toBe(false);
  });
});
