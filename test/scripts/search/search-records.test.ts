import { describe, expect, it } from "vitest";
import { recordFields, recordNames, recordText, searchRecord, synonymsUsed, type SearchRecord, type SearchSource } from "../../../scripts/search/search-records.ts";
import { searchQuery } from "../../../scripts/search/search-match.ts";
import { createMarkdown } from "../../../plugins/markdown-setup.ts";

const md = createMarkdown();
const text = "أعلنت واشنطن وبغداد إطلاق اللجنة لتنظيم المرحلة الانتقالية مع التحالف الدولي.";
const source: SearchSource = {
  url: "/agreements/higher-military-commission/",
  names: ["اللجنة العسكرية العليا", "HMC"],
  parts: [{ text }],
  typeLabel: "اتفاقية",
  searchAliases: [],
  nameSynonyms: [],
  synonyms: [],
};
const record = searchRecord(source, md);
/** What the search page shows of a record. */
const shown = (found: SearchRecord) => recordText(found.content, recordFields(found.filters));
const tokens = record.content.split(/\s+/);
const count = (word: string) => tokens.filter((token) => token === word).length;

describe("search records", () => {
  it("give the search page back the other names and the text, as written", () => {
    expect(shown(record)).toBe(`HMC. ${text}`);
    expect(shown(searchRecord({ ...source, names: ["اللجنة العسكرية العليا"] }, md))).toBe(text);
  });

  it("hold the plain text of Markdown parts, as the page shows it", () => {
    const parts = [{ text: "تعريف قصير." }, { text: "## أصل\n\nأعلنت **واشنطن** أن [التحالف](/actors/coalition/) باقٍ {.note}", markdown: true as const }];
    expect(shown(searchRecord({ ...source, names: ["اللجنة"], parts }, md))).toBe("تعريف قصير. أصل أعلنت واشنطن أن التحالف باقٍ");
  });

  it("index every word of the text by the form a query for it is sent as", () => {
    for (const word of ["وبغداد", "بغداد", "لتنظيم", "تنظيم", "الانتقالية", "التحالف", "تحالف", "واشنطن"]) {
      expect(tokens, word).toContain(searchQuery(word));
    }
  });

  it("index the words of a text with diacritics, or with a joiner that normalising removes", () => {
    const marked = searchRecord({ ...source, parts: [{ text: "زار وَالْعِرَاقُ" }] }, md).content.split(" ");
    expect(marked).toContain(searchQuery("العراق"));
    // Normalising drops the zero-width non-joiner and would join the two words; each still gets its forms.
    const joined = searchRecord({ ...source, parts: [{ text: "عن واشنطن\u200cوبغداد معا" }] }, md).content.split(" ");
    expect(joined).toContain(searchQuery("وبغداد"));
    expect(joined).not.toContain("واشنطنوبغداد");
  });

  it("hold the text once, its words counted as often as they occur", () => {
    expect(record.content.split(text)).toHaveLength(2);
    expect(JSON.stringify(record.filters)).not.toContain(text);
    // Written already in its matching form: not added a second time.
    expect(count("مع")).toBe(1);
    expect(count("واشنطن")).toBe(1);
    // Written with a prefix: its shorter forms are added, once for each time it occurs.
    expect(count(searchQuery("وبغداد"))).toBe(1);
    const twice = searchRecord({ ...source, parts: [{ text: "وبغداد ثم وبغداد" }] }, md);
    expect(twice.content.split(/\s+/).filter((token) => token === searchQuery("وبغداد"))).toHaveLength(2);
  });

  it("give each of the words of a run joined by a dash or a slash a word of its own", () => {
    // Pagefind indexes "7–8" as one word: a search for 8 finds the page by the 8 added after the text.
    const joined = searchRecord({ ...source, parts: [{ text: "يومي 7–8 آب/أغسطس" }] }, md).content.split(" ");
    for (const word of ["7", "8", "اب", "اغسطس"]) expect(joined.slice(joined.indexOf("آب/أغسطس") + 1), word).toContain(searchQuery(word));
  });

  it("keep every name as written, its spaces, line breaks and quotes included", () => {
    const names = ["اسم  فيه مسافتان", "سطر\nثان\u2028و«ثالث», \"مقتبس\"", " حواف "];
    const { filters } = searchRecord({ ...source, names, searchAliases: ["اسم\tآخر"] }, md);
    expect(recordNames(recordFields(filters))).toEqual([...names, "اسم\tآخر"]);
    // Nothing Pagefind would collapse is left in the value as written: a lone space at most.
    expect(filters.record[0]).not.toMatch(/\s\s|[^\S ]/);
  });

  it("have the name as their one metadata field, which Pagefind searches: the page's path and the text's length are no words of them", () => {
    expect(record.meta).toEqual({ title: "اللجنة العسكرية العليا" });
    expect(record.filters.type).toEqual(["اتفاقية"]);
    expect(recordFields(record.filters)).toEqual({ names: source.names, textLength: text.length });
  });

  it("weigh the names thrice", () => {
    expect(count(searchQuery("العسكرية"))).toBe(3);
    expect(count("hmc")).toBe(3);
  });
});

describe("search-only words", () => {
  const withExtras = searchRecord({ ...source, searchAliases: ["البنتاغون"], nameSynonyms: ["الهيئة"], synonyms: ["انسحاب"] }, md);

  it("are indexed and kept in the metadata, never in the text the page shows", () => {
    const content = withExtras.content.split(/\s+/);
    expect(content).toContain("بنتاغون");
    expect(content).toContain("انسحاب");
    expect(recordFields(withExtras.filters)).toMatchObject({ aliases: ["البنتاغون"], nameSynonyms: ["الهيئة"], synonyms: ["انسحاب"] });
    expect(shown(withExtras)).toBe(`HMC. ${text}`);
  });

  it("leave a record without them as it was", () => {
    expect(recordFields(record.filters)).not.toHaveProperty("aliases");
    expect(recordFields(record.filters)).not.toHaveProperty("synonyms");
  });

  it("take the synonyms of the phrases a text uses, not the phrases themselves", () => {
    expect(synonymsUsed([["الخفض التدريجي", "الانسحاب"], ["مهلة", "جدول زمني"]], "دعت إلى الخفض التدريجي للقوات")).toEqual(["الانسحاب"]);
    expect(synonymsUsed([["مهلة", "جدول زمني"]], "لا شيء هنا")).toEqual([]);
  });
});
