/** The rule that splits long indexes into pages, with limits small enough to see it work. */
import { describe, expect, it } from "vitest";
import { glossaryPages, indexPageUrl, listPages, sourcePages, splitIndex } from "../../../scripts/data/index-pages.ts";
import type { LetterGroup, LinkedParagraph, Note, Term } from "../../../scripts/data/model.ts";

const term = (name: string, letter: string) => ({ name, letter }) as unknown as Term;

function letters(spec: Record<string, number>): LetterGroup[] {
  return Object.entries(spec).map(([letter, count], index) => ({
    letter,
    anchor: `letter-${index + 1}`,
    href: `#letter-${index + 1}`,
    terms: Array.from({ length: count }, (_, i) => term(`${letter}${i}`, letter)),
  }));
}

describe("splitIndex", () => {
  it("keeps an index within its limit as one page at its own URL", () => {
    const pages = splitIndex("/terms/", [1, 2, 3], 3);
    expect(pages).toEqual([{ number: 1, url: "/terms/", items: [1, 2, 3] }]);
    expect(splitIndex("/terms/", [], 3)).toEqual([{ number: 1, url: "/terms/", items: [] }]);
  });

  it("splits by weight, in order, every item once; the next pages are under page/", () => {
    const items = [3, 1, 1, 2, 5, 1];
    const pages = splitIndex("/source/", items, 4, (n) => n);
    expect(pages.map((p) => p.items)).toEqual([[3, 1], [1, 2], [5], [1]]);
    expect(pages.map((p) => p.url)).toEqual(["/source/", "/source/page/2/", "/source/page/3/", "/source/page/4/"]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(indexPageUrl("/terms/", 7)).toBe("/terms/page/7/");
  });
});

describe("glossaryPages", () => {
  it("is one page with in-page letter links at an article's size", () => {
    const groups = letters({ أ: 2, ب: 0, ت: 3 });
    const pages = glossaryPages(groups, 10);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.groups.map((g) => [g.letter, g.terms.length, g.continued])).toEqual([
      ["أ", 2, false],
      ["ت", 3, false],
    ]);
    expect(groups.map((g) => g.href)).toEqual(["#letter-1", "#letter-2", "#letter-3"]);
  });

  it("past the limit, every term is on exactly one page, a letter links to the page it starts on, and a split letter is marked continued", () => {
    const groups = letters({ أ: 3, ب: 4, ت: 1 });
    const pages = glossaryPages(groups, 3);
    expect(pages.map((p) => p.groups.map((g) => `${g.letter}${g.terms.length}${g.continued ? "+" : ""}`))).toEqual([
      ["أ3"],
      ["ب3"],
      ["ب1+", "ت1"],
    ]);
    const all = groups.flatMap((g) => g.terms);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.terms))).toEqual(all);
    expect(groups.map((g) => g.href)).toEqual(["/terms/#letter-1", "/terms/page/2/#letter-2", "/terms/page/3/#letter-3"]);
    expect(pages.map((p) => p.label)).toEqual(["أ", "ب", "ب–ت"]);
  });
});

describe("sourcePages", () => {
  const paragraph = (n: number, citedBy: number) =>
    ({ paragraph: n, anchor: `p${n}`, url: `/source/#p${n}`, citedBy: Array.from({ length: citedBy }) }) as unknown as LinkedParagraph;
  const note = (id: string) => ({ id, anchor: `note-${id}`, url: `/source/#note-${id}`, related: [], citations: [] }) as unknown as Note;

  it("leaves every URL as it was when the source fits on one page", () => {
    const paragraphs = [paragraph(1, 2), paragraph(2, 0)];
    const notes = [note("a")];
    const pages = sourcePages(paragraphs, notes, 100);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.paragraphs).toEqual(paragraphs);
    expect(paragraphs.map((p) => p.url)).toEqual(["/source/#p1", "/source/#p2"]);
    expect(notes[0]!.url).toBe("/source/#note-a");
  });

  it("splits paragraphs by the links they list, then the notes, and points every citation at its page", () => {
    // A paragraph weighs 1 and the entities citing it; a note 5 and its links.
    const paragraphs = [paragraph(1, 5), paragraph(2, 5), paragraph(3, 0)];
    const notes = [note("a"), note("b"), note("c")];
    const pages = sourcePages(paragraphs, notes, 12);
    expect(pages.map((p) => [p.label, p.paragraphs.length, p.notes.length])).toEqual([
      ["الفقرات 1–2", 2, 0],
      ["الفقرات 3–3، الملاحظات 1–2", 1, 2],
      ["الملاحظات 3–3", 0, 1],
    ]);
    expect(paragraphs.map((p) => p.url)).toEqual(["/source/#p1", "/source/#p2", "/source/page/2/#p3"]);
    expect(notes.map((n) => n.url)).toEqual(["/source/page/2/#note-a", "/source/page/2/#note-b", "/source/page/3/#note-c"]);
  });
});

describe("listPages", () => {
  it("labels each page with the positions it holds", () => {
    const pages = listPages("/actors/", ["a", "b", "c", "d", "e"], 2);
    expect(pages.map((p) => [p.url, p.label, p.items])).toEqual([
      ["/actors/", "1–2", ["a", "b"]],
      ["/actors/page/2/", "3–4", ["c", "d"]],
      ["/actors/page/3/", "5–5", ["e"]],
    ]);
  });
});
