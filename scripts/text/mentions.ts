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

interface Candidate<E> {
  /** The name's words after the first, normalised. */
  rest: string[];
  length: number;
  entity: E;
}

export interface MentionIndex<E> {
  byFirstWord: Map<string, Candidate<E>[]>;
  /**
   * Each word met so far, as written: its normalised form, and those of its prefix forms that begin
   * a name. Texts repeat their words, so each is normalised and looked up once per build.
   */
  seen: Map<string, SeenWord<E>>;
}

interface SeenWord<E> {
  normalized: string;
  /** The word as written first, then with its prefixes taken off one by one; only forms that begin a name. */
  starts: { form: string; candidates: Candidate<E>[] }[];
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
 * Indexes every name of every entity by its first word. Where two entities
 * share a name, the earlier in `entities` keeps it.
 */
export function buildMentionIndex<E extends Mentionable>(entities: readonly E[]): MentionIndex<E> {
  const byFirstWord = new Map<string, Candidate<E>[]>();
  const taken = new Set<string>();
  for (const entity of entities) {
    for (const name of entity.names) {
      const words = normalizeArabic(name).match(WORD) ?? [];
      const key = words.join(" ");
      if (words.length === 0 || key.replace(/\s/g, "").length < MIN_NAME_LETTERS || taken.has(key)) continue;
      taken.add(key);
      const [first, ...rest] = words;
      const list = byFirstWord.get(first!) ?? [];
      list.push({ rest, length: key.length, entity });
      byFirstWord.set(first!, list);
    }
  }
  // Longer names win over the shorter names they contain.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.rest.length - a.rest.length || b.length - a.length);
  return { byFirstWord, seen: new Map() };
}

function seenWord<E>(text: string, index: MentionIndex<E>): SeenWord<E> {
  let seen = index.seen.get(text);
  if (!seen) {
    const normalized = normalizeArabic(text);
    const starts: SeenWord<E>["starts"] = [];
    for (const form of prefixForms(normalized)) {
      const candidates = index.byFirstWord.get(form);
      if (candidates) starts.push({ form, candidates });
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
    const { candidate, form } = found;
    mentions.push({
      start: word.start + originalOffset(word.text, word.seen.normalized.length - form.length),
      end: words[i + candidate.rest.length]!.end,
      entity: candidate.entity,
    });
    i += candidate.rest.length;
  }
  return mentions;
}

function matchAt<E extends Mentionable>(
  words: Word<E>[],
  i: number,
  accept: (entity: E) => boolean,
): { candidate: Candidate<E>; form: string } | undefined {
  for (const { form, candidates } of words[i]!.seen.starts) {
    for (const candidate of candidates) {
      const fits = candidate.rest.every((rest, k) => words[i + 1 + k]?.seen.normalized === rest);
      if (fits && accept(candidate.entity)) return { candidate, form };
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
