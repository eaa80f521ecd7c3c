/**
 * The element ids the site's layout and pages use. An id a body sets with
 * `{#id}` (markdown-it-attrs) may not be one of them: a second `id="main"`
 * breaks the skip link. test/scripts/data/markdown-bodies.test.ts checks this
 * list against the templates in site/.
 */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  "main",
  "search-input",
  "site-search-input",
  "glossary-filter-input",
  "relations-actors",
  "relations-agreements",
  "relations-events",
  "relations-isolated",
]);

/** Ids the pages make from data: paragraphs (p3), notes (note-…), glossary letters (letter-2), section headings (…-heading). */
export const LAYOUT_ID_PATTERNS: readonly RegExp[] = [/^p\d+$/, /^note-/, /^letter-\d+/, /-heading$/];

/** Whether the layout may already use `id`; entity ids are used as anchors too. */
export function isReservedId(id: string, entityIds: ReadonlySet<string>): boolean {
  return LAYOUT_IDS.has(id) || entityIds.has(id) || LAYOUT_ID_PATTERNS.some((pattern) => pattern.test(id));
}
