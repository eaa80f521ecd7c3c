/**
 * The search index in parts. Pagefind holds a whole index in memory until it has written it, and its
 * memory grows with the records (on 10,000 generated entities it peaked at 825 MB for one index, 439 MB
 * for parts of 5,000 and 243 MB for parts of 2,500, one after the other in the same service). So the
 * records go into parts of at most RECORDS_PER_PART, each a Pagefind index of its own, written one after
 * the other; the search page searches them all at once (Pagefind's mergeIndex), which ranks the results
 * of every part together.
 *
 * The records are dealt to the parts in turn, like cards, so that every part holds every kind of entity
 * in the same proportions: Pagefind scores a page against its own part's word counts, and parts alike
 * keep those scores comparable. Import-free, for the build and the search page alike.
 */

/** The most records in one part of the index. */
export const RECORDS_PER_PART = 2500;

/** How many parts `records` records make: one up to RECORDS_PER_PART. */
export function searchIndexPartCount(records: number, recordsPerPart = RECORDS_PER_PART): number {
  return Math.max(1, Math.ceil(records / recordsPerPart));
}

/**
 * The folder of a part of the index, from the site's root: the first is Pagefind's own (its script, its
 * WebAssembly and its index), the others a folder each inside it, with their index only.
 */
export function searchIndexPartPath(part: number): string {
  return part === 0 ? "/pagefind/" : `/pagefind/part-${part + 1}/`;
}

/** The items dealt into `parts` lists in turn: the first, the second, …, then the first again. */
export function dealIntoParts<T>(items: readonly T[], parts: number): T[][] {
  const dealt: T[][] = Array.from({ length: parts }, () => []);
  items.forEach((item, i) => dealt[i % parts]!.push(item));
  return dealt;
}
