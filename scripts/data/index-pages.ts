/**
 * How the long indexes (the glossary, the source's paragraphs and notes, the
 * map's list of relations) are split into pages. At the size of one article
 * each index is one page, as it always was; a dossier of thousands of entities
 * would make pages of many megabytes, so past a limit an index becomes pages
 * of at most that many entries, every page linking to every other. The rule is
 * a pure function of the lists, so a build is as reproducible as before.
 */
import type { GlossaryPage, LetterGroup, LinkedParagraph, ListPage, Note, SourcePage } from "./model.ts";

/** One page of a split index: its number (from 1), its URL and what it holds. */
export interface IndexPage<T> {
  number: number;
  url: string;
  items: T[];
}

/**
 * The most entries (weighed by `weight`, 1 each unless given) on one page of an index, chosen so that a
 * page stays well under 1 MB: a glossary entry is about 600 bytes, a link in the source's lists about
 * 200.
 */
export const INDEX_PAGE_LIMITS = {
  glossary: 600,
  source: 2_000,
  /** Entity cards (actors, agreements, events): about 500 bytes each. */
  cards: 1_000,
  /** The timeline's entries: about 1.6 kB each. */
  timeline: 400,
} as const;

/**
 * The URL of page `number` of the index at `base` (`/terms/`): the first page is the index itself, the
 * next ones are under `page/` (`/terms/page/2/`), which no entity page can be, as entity pages are one
 * folder deep.
 */
export function indexPageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/**
 * Splits `items`, in their order, into pages whose weights add up to at most `limit` (an item heavier
 * than the limit gets a page of its own). Always at least one page, so an empty index still has its page.
 */
export function splitIndex<T>(base: string, items: readonly T[], limit: number, weight: (item: T) => number = () => 1): IndexPage<T>[] {
  const chunks: T[][] = [[]];
  let total = 0;
  for (const item of items) {
    const w = weight(item);
    let chunk = chunks[chunks.length - 1]!;
    if (chunk.length > 0 && total + w > limit) {
      chunk = [];
      chunks.push(chunk);
      total = 0;
    }
    chunk.push(item);
    total += w;
  }
  return chunks.map((chunk, index) => ({ number: index + 1, url: indexPageUrl(base, index + 1), items: chunk }));
}

/**
 * The glossary's pages: its terms in dictionary order, INDEX_PAGE_LIMITS.glossary a page, each page
 * with its letters. Sets each letter's `href` to where its terms begin.
 */
export function glossaryPages(letters: LetterGroup[], limit: number = INDEX_PAGE_LIMITS.glossary): GlossaryPage[] {
  const pages = splitIndex("/terms/", letters.flatMap((group) => group.terms), limit);
  const single = pages.length === 1;
  const started = new Set<string>();
  const letterOf = new Map(letters.map((group) => [group.letter, group]));
  for (const group of letters) group.href = `#${group.anchor}`;
  return pages.map(({ number, url, items }) => {
    const groups: GlossaryPage["groups"] = [];
    for (const term of items) {
      let group = groups[groups.length - 1];
      if (group?.letter !== term.letter) {
        const whole = letterOf.get(term.letter)!;
        group = { ...whole, terms: [], continued: started.has(whole.letter) };
        if (!group.continued && !single) whole.href = `${url}#${whole.anchor}`;
        started.add(whole.letter);
        groups.push(group);
      }
      group.terms.push(term);
    }
    const label = groups.length > 1 ? `${groups[0]!.letter}–${groups[groups.length - 1]!.letter}` : (groups[0]?.letter ?? "");
    return { number, url, label, groups: groups.map((group) => ({ ...group, href: letterOf.get(group.letter)!.href })) };
  });
}

/**
 * The source's pages: the paragraphs first, then the editorial notes, each weighed by the links it
 * lists. Sets each paragraph's and note's `url` to its place on them.
 */
export function sourcePages(paragraphs: LinkedParagraph[], notes: Note[], limit: number = INDEX_PAGE_LIMITS.source): SourcePage[] {
  type Item = { paragraph: LinkedParagraph } | { note: Note };
  const items: Item[] = [...paragraphs.map((paragraph) => ({ paragraph })), ...notes.map((note) => ({ note }))];
  const weight = (item: Item) =>
    "paragraph" in item ? 1 + item.paragraph.citedBy.length : 5 + item.note.related.length + item.note.citations.length;
  return splitIndex("/source/", items, limit, weight).map(({ number, url, items: chunk }) => {
    const onPage = chunk.flatMap((item) => ("paragraph" in item ? [item.paragraph] : []));
    const notesOnPage = chunk.flatMap((item) => ("note" in item ? [item.note] : []));
    for (const p of onPage) p.url = `${url}#${p.anchor}`;
    for (const note of notesOnPage) note.url = `${url}#${note.anchor}`;
    const parts: string[] = [];
    if (onPage.length) parts.push(`الفقرات ${onPage[0]!.paragraph}–${onPage[onPage.length - 1]!.paragraph}`);
    if (notesOnPage.length) parts.push(`الملاحظات ${notes.indexOf(notesOnPage[0]!) + 1}–${notes.indexOf(notesOnPage[notesOnPage.length - 1]!) + 1}`);
    return { number, url, label: parts.join("، "), paragraphs: onPage, notes: notesOnPage };
  });
}

/** A list's pages (an entity type's cards, the timeline), each labelled with the positions it holds: «1001–2000». */
export function listPages<T>(base: string, items: readonly T[], limit: number): ListPage<T>[] {
  let first = 1;
  return splitIndex(base, items, limit).map((page) => {
    const label = `${first}–${first + page.items.length - 1}`;
    first += page.items.length;
    return { ...page, label };
  });
}
