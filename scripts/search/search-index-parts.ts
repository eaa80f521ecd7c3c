/**
 * The search index in parts. Pagefind holds a whole index in memory until it has written it, and its
 * memory grows with the records (on 10,000 generated entities it peaked at 825 MB for one index, 439 MB
 * for parts of 5,000 and 243 MB for parts of 2,500, one after the other in the same service). So the
 * records go into parts of RECORDS_PER_PART (more in each beyond MAX_PARTS parts), each a Pagefind
 * index of its own, written one after the other; the search page searches them all at once (Pagefind's
 * mergeIndex), which ranks the results of every part together.
 *
 * The records are dealt to the parts in turn, like cards, so that every part holds every kind of entity
 * in the same proportions: Pagefind scores a page against its own part's word counts, and parts alike
 * keep those scores comparable. Import-free, for the build and the search page alike.
 */

/** The most records in one part of the index, unless that makes more than MAX_PARTS parts. */
export const RECORDS_PER_PART = 2500;

/**
 * The most parts, unless a part size is asked for. A first search reads every part's metadata and, of
 * each, the chunk of its index that holds the word: on 100,000 generated entities a search for «اللجنة»
 * downloaded 1,910 kB in 148 requests from 40 parts, 1,240 kB in 76 from 16, and 1,000 kB in 31 from one
 * index, while Pagefind peaked at 254, 551 and 7,542 MB (`npm run bench -- --sizes 100000`; 16 parts now
 * 1,207 kB, the records' fields out of Pagefind's metadata).
 */
export const MAX_PARTS = 16;

/**
 * How many parts `records` records make: parts of RECORDS_PER_PART, or of more when that would make
 * more than MAX_PARTS; with `recordsPerPart` given, parts of that size, however many.
 */
export function searchIndexPartCount(records: number, recordsPerPart?: number): number {
  if (recordsPerPart !== undefined) return Math.max(1, Math.ceil(records / recordsPerPart));
  return Math.max(1, Math.min(MAX_PARTS, Math.ceil(records / RECORDS_PER_PART)));
}

/**
 * The folder of a part of the index, from the site's root: the first is Pagefind's own (its script, its
 * WebAssembly and its index), the others a folder each inside it, with their index only.
 */
export function searchIndexPartPath(part: number): string {
  return part === 0 ? "/pagefind/" : `/pagefind/part-${part + 1}/`;
}

/** The name of the folder of a part after the first, inside the first's: part-2, part-3, … */
export const PART_FOLDER = /^part-\d+$/;

/** The items dealt into `parts` lists in turn: the first, the second, …, then the first again. */
export function dealIntoParts<T>(items: readonly T[], parts: number): T[][] {
  const dealt: T[][] = Array.from({ length: parts }, () => []);
  items.forEach((item, i) => dealt[i % parts]!.push(item));
  return dealt;
}
