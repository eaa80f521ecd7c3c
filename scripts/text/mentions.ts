/**
 * Finds mentions of entities in prose by any of their names, understanding
 * Arabic attached prefixes ("واللجنة العسكرية العليا"، "بالعراق"): the prefix
 * stays outside the mention. The index over all names is built once per build;
 * a scan costs a few lookups per word, so it stays linear in the text.
 */
import { normalizeArabic, prefixForms } from "./arabic.ts";

export interface Mentionable {
  id: string;
  url: string;
  names: readonly string[];
}

/**
 * A node of the names' word tree: the entity whose name ends at this node, if any, and the words that
 * may follow. Matching walks the tree word by word, so its cost is the length of the name found, however
 * many names begin with the same word.
 */
interface NameNode<E> {
  entity?: E;
  next: Map<string, NameNode<E>>;
}

export interface MentionIndex<E> {
  /** Every name, normalised, as a path of words from its first word. */
  byFirstWord: Map<string, NameNode<E>>;
  /**
   * Each word met so far, as written: its normalised form, and those of its prefix forms that begin
   * a name. Texts repeat their words, so each is normalised and looked up once per build.
   */
  seen: Map<string, SeenWord<E>>;
}

interface SeenWord<E> {
  normalized: string;
  /** The word as written first, then with its prefixes taken off one by one; only forms that begin a name. */
  starts: { form: string; node: NameNode<E> }[];
}

export interface Mention<E> {
  /** Where the mention starts and ends in the text, prefix excluded. */
  start: number;
  end: number;
  entity: E;
}

/** Names shorter than this many letters are too ambiguous to link. */
const MIN_NAME_LETTERS = 3;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-–][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Indexes every name of every entity as a path of its words. Where two entities share a name, the
 * earlier in `entities` keeps it.
 */
export function buildMentionIndex<E extends Mentionable>(entities: readonly E[]): MentionIndex<E> {
  const byFirstWord = new Map<string, NameNode<E>>();
  for (const entity of entities) {
    for (const name of entity.names) {
      const words = normalizeArabic(name).match(WORD) ?? [];
      if (words.length === 0 || words.join("").length < MIN_NAME_LETTERS) continue;
      let next = byFirstWord;
      let node: NameNode<E> | undefined;
      for (const word of words) {
        node = next.get(word);
        if (!node) next.set(word, (node = { next: new Map() }));
        next = node.next;
      }
      node!.entity ??= entity;
    }
  }
  return { byFirstWord, seen: new Map() };
}

function seenWord<E>(text: string, index: MentionIndex<E>): SeenWord<E> {
  let seen = index.seen.get(text);
  if (!seen) {
    const normalized = normalizeArabic(text);
    const starts: SeenWord<E>["starts"] = [];
    for (const form of prefixForms(normalized)) {
      const node = index.byFirstWord.get(form);
      if (node) starts.push({ form, node });
    }
    seen = { normalized, starts };
    index.seen.set(text, seen);
  }
  return seen;
}

interface Word<E> {
  start: number;
  end: number;
  text: string;
  seen: SeenWord<E>;
}

/** Every mention in the text, left to right, not overlapping; `accept` may refuse an entity (already linked, own page). */
export function findMentions<E extends Mentionable>(
  text: string,
  index: MentionIndex<E>,
  accept: (entity: E) => boolean = () => true,
): Mention<E>[] {
  const words: Word<E>[] = [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    seen: seenWord(match[0], index),
  }));
  const mentions: Mention<E>[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const found = matchAt(words, i, accept);
    if (!found) continue;
    mentions.push({
      start: word.start + originalOffset(word.text, word.seen.normalized.length - found.form.length),
      end: words[i + found.more]!.end,
      entity: found.entity,
    });
    i += found.more;
  }
  return mentions;
}

/**
 * The name that starts at word `i`: for each form of the word (as written first, then without its
 * prefixes), the longest name that the following words complete and `accept` takes. `more` is how many
 * words after the first the name has.
 */
function matchAt<E extends Mentionable>(
  words: Word<E>[],
  i: number,
  accept: (entity: E) => boolean,
): { entity: E; form: string; more: number } | undefined {
  for (const { form, node } of words[i]!.seen.starts) {
    const path = [node];
    for (let next = node.next.get(words[i + 1]?.seen.normalized ?? ""); next; next = next.next.get(words[i + path.length]?.seen.normalized ?? "")) {
      path.push(next);
    }
    // Longer names win over the shorter names they contain.
    for (let more = path.length - 1; more >= 0; more -= 1) {
      const entity = path[more]!.entity;
      if (entity && accept(entity)) return { entity, form, more };
    }
  }
  return undefined;
}

/** Where the `letters`-th letter of the normalised word starts in the original, skipping diacritics and tatweel. */
function originalOffset(original: string, letters: number): number {
  let seen = 0;
  for (let i = 0; i < original.length; i += 1) {
    if (normalizeArabic(original[i]!) === "") continue;
    if (seen === letters) return i;
    seen += 1;
  }
  return original.length;
}
