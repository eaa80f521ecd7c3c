/**
 * How a query matches a text, shared by the build (what is indexed) and the
 * search page (what is typed): the same words, normalised, prefixes off.
 * Pagefind finds candidates; this decides which of them really match, and
 * which words of an excerpt to highlight.
 */
import { arabicEditDistance, editBudget, normalizeArabic, prefixForms, queryForm, words } from "../text/arabic.ts";

/** The text Pagefind indexes for a passage: every prefix form of every word. */
export function indexText(text: string): string {
  return words(text)
    .flatMap((word) => prefixForms(word))
    .join(" ");
}

/** The query as Pagefind gets it: each word by its shortest prefix form. */
export function searchQuery(query: string): string {
  return words(query).map(queryForm).join(" ");
}

/**
 * Whether a word of the text matches a typed word. Pagefind's stemmer drops a
 * few letters of suffix (مستشارين، مستشاري), so a shared beginning that leaves
 * at most two letters of the typed word counts; the word being typed last may
 * be unfinished, so a text word that begins with it counts too.
 */
function wordMatches(textForms: readonly string[], typed: string, unfinished: boolean): boolean {
  return textForms.some((form) => {
    if (form === typed || (unfinished && form.startsWith(typed))) return true;
    let shared = 0;
    while (shared < form.length && shared < typed.length && form[shared] === typed[shared]) shared += 1;
    return shared >= 3 && shared >= typed.length - 2 && shared >= form.length - 3;
  });
}

export interface CompiledQuery {
  /** Each typed word by its shortest prefix form. */
  forms: string[];
  /** The whole query normalised, to compare with names. */
  normalized: string;
}

export function compileQuery(query: string): CompiledQuery {
  return { forms: words(query).map(queryForm), normalized: normalizeArabic(query) };
}

/**
 * True when every word of the query is a word of the text as typed (prefixes off), the last one perhaps
 * unfinished: no allowance for the stemmer's suffixes, which textMatches makes. A query that matches no
 * candidate so may be a typo, and is worth correcting.
 */
export function textMatchesExactly(text: string, query: CompiledQuery): boolean {
  if (query.forms.length === 0) return false;
  const textWords = words(text).map((word) => prefixForms(word));
  const last = query.forms.length - 1;
  return query.forms.every((typed, i) => textWords.some((forms) => forms.some((form) => form === typed || (i === last && form.startsWith(typed)))));
}

/** True when every word of the query matches some word of the text. */
export function textMatches(text: string, query: CompiledQuery): boolean {
  if (query.forms.length === 0) return false;
  const textWords = words(text).map((word) => prefixForms(word));
  return query.forms.every((typed, i) =>
    textWords.some((forms) => wordMatches(forms, typed, i === query.forms.length - 1)),
  );
}

/**
 * True when the text holds the phrase: its words in order, each matching one word of the text as written or
 * with prefixes off (the synonyms of synonyms.yaml are found in an entity's text so).
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const wanted = words(phrase).map(queryForm);
  if (wanted.length === 0) return false;
  const textWords = words(text).map((word) => prefixForms(word));
  for (let start = 0; start + wanted.length <= textWords.length; start += 1) {
    if (wanted.every((form, i) => textWords[start + i]!.includes(form))) return true;
  }
  return false;
}

/** True when the query is exactly one of these names, however it was typed. */
export function isExactName(names: readonly string[], query: CompiledQuery): boolean {
  const typed = query.forms.join(" ");
  return names.some((name) => normalizeArabic(name) === query.normalized || words(name).map(queryForm).join(" ") === typed);
}

export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/**
 * A passage of the original text around the first match, as pieces to render,
 * matched words marked. Built as pieces, not HTML, so the page never parses data as markup.
 */
export function excerpt(text: string, query: CompiledQuery, maxWords = 30): ExcerptPiece[] {
  const tokens = text.split(/(\s+)/);
  const isMatch = tokens.map((token) => {
    const [word] = words(token);
    if (word === undefined) return false;
    const forms = prefixForms(word);
    return query.forms.some((typed, i) => wordMatches(forms, typed, i === query.forms.length - 1));
  });
  const first = Math.max(0, isMatch.indexOf(true));
  const start = Math.max(0, first - 10 * 2);
  const end = Math.min(tokens.length, start + maxWords * 2);
  const pieces: ExcerptPiece[] = [];
  if (start > 0) pieces.push({ text: "… ", mark: false });
  for (let i = start; i < end; i += 1) {
    const last = pieces[pieces.length - 1];
    if (last && last.mark === isMatch[i]! && !isMatch[i]) last.text += tokens[i]!;
    else pieces.push({ text: tokens[i]!, mark: isMatch[i]! });
  }
  if (end < tokens.length) pieces.push({ text: " …", mark: false });
  return pieces;
}

/**
 * Typo tolerance. The index holds a vocabulary: every form of every indexed word that is long enough to be
 * matched with edits (fuzzyForms). A typed word that matches nothing as typed is matched by the nearest
 * forms of the vocabulary, within the edits its length allows (editBudget: none under 5 letters, one from
 * 5, two from 9; a confusable letter or a vowel letter costs half). The same rules build the vocabulary and
 * read it, in the build and in the browser.
 */

/** The forms of an indexed word that a typo may be matched against: its prefix forms of 5 letters or more. */
export function fuzzyForms(word: string): string[] {
  return prefixForms(word).filter((form) => editBudget(form) > 0);
}

/** How far a typed word is from an indexed form, or Infinity when it is too far, or too short to forgive. */
export function typoCost(typed: string, form: string): number {
  if (typed === form) return 0;
  const budget = Math.min(editBudget(form), Math.max(editBudget(typed), [...typed].length >= 4 ? 1 : 0));
  if (budget === 0 || /[0-9-]/.test(typed)) return Infinity;
  return arabicEditDistance(typed, form, budget);
}

/** A correction of one typed word: a form of the vocabulary and how far it is. */
export interface Correction {
  form: string;
  cost: number;
}

/** How many times each letter occurs in a word, by the low byte of its code (letters that share one count as one). */
function letterCounts(word: string): Int16Array {
  const counts = new Int16Array(256);
  for (let i = 0; i < word.length; i += 1) counts[word.charCodeAt(i) & 255]! += 1;
  return counts;
}

/**
 * A quick test that a form may be within two edits of the typed word, before the edit distance: each edit
 * (half a one at least) mends at most one letter the form has and the typed word lacks, and one it lacks that
 * the typed word has: more such letters than twice the edits allowed are out of reach. `counts` is left as it was.
 */
function lettersWithinReach(counts: Int16Array, typedLength: number, form: string, reach: number): boolean {
  let missing = 0;
  for (let i = 0; i < form.length; i += 1) if (--counts[form.charCodeAt(i) & 255]! < 0) missing += 1;
  for (let i = 0; i < form.length; i += 1) counts[form.charCodeAt(i) & 255]! += 1;
  const extra = typedLength - (form.length - missing);
  return Math.max(missing, extra) <= reach;
}

/** What the vocabulary file holds: the fuzzy forms of the index's words, and every name, as written. */
export interface VocabularyData {
  /** Every form of 5 letters or more of the index's words, space-separated. */
  forms: string;
  /** Every name of every entity (search-only names included), as written, for "did you mean". */
  names: string[];
}

/**
 * The vocabulary, ready to look through: forms grouped by length, so that a typed word is compared only
 * with those near its length, and each name's words in their prefix forms.
 */
export class Vocabulary {
  readonly #byLength = new Map<number, string[]>();
  readonly #all = new Set<string>();
  readonly #names: { name: string; forms: string[][] }[];
  /** Every form of every name's words: a correction that is a name's word is the likelier. */
  readonly #nameForms = new Set<string>();
  /** The names (by index) that have a word of each form. */
  readonly #namesByForm = new Map<string, number[]>();

  constructor({ forms, names }: VocabularyData) {
    for (const form of forms.split(" ")) {
      if (form === "" || this.#all.has(form)) continue;
      this.#all.add(form);
      const length = [...form].length;
      let group = this.#byLength.get(length);
      if (!group) this.#byLength.set(length, (group = []));
      group.push(form);
    }
    this.#names = names.map((name) => ({ name, forms: words(name).map((word) => prefixForms(word)) }));
    this.#names.forEach(({ forms: nameForms }, index) => {
      for (const forms of nameForms) {
        for (const form of forms) {
          this.#nameForms.add(form);
          let named = this.#namesByForm.get(form);
          if (!named) this.#namesByForm.set(form, (named = []));
          if (named[named.length - 1] !== index) named.push(index);
        }
      }
    });
  }

  has(form: string): boolean {
    return this.#all.has(form);
  }

  #nameRank(form: string): number {
    return this.#nameForms.has(form) ? 0 : 1;
  }

  /** The last words looked up, with their corrections: a query's words are looked up twice (corrections, then names). */
  readonly #memo = new Map<string, Correction[]>();

  /** The forms within reach of a typed word (any of its prefix forms), nearest first; none when it is in the vocabulary as typed. */
  corrections(typedWord: string, max = 4): Correction[] {
    let all = this.#memo.get(typedWord);
    if (!all) {
      all = this.#corrections(typedWord);
      if (this.#memo.size > 50) this.#memo.clear();
      this.#memo.set(typedWord, all);
    }
    return all.slice(0, max);
  }

  #corrections(typedWord: string): Correction[] {
    const typedForms = prefixForms(typedWord).filter((form) => [...form].length >= 4);
    if (typedForms.some((form) => this.#all.has(form))) return [];
    const best = new Map<string, number>();
    for (const typed of typedForms) {
      const length = [...typed].length;
      // Each edit changes the length by two letters at most (two vowel letters at half an edit each).
      const reach = 2 * Math.max(editBudget(typed), 1);
      const counts = letterCounts(typed);
      for (let other = length - reach; other <= length + reach; other += 1) {
        for (const form of this.#byLength.get(other) ?? []) {
          if (!lettersWithinReach(counts, typed.length, form, reach)) continue;
          const cost = typoCost(typed, form);
          if (cost < (best.get(form) ?? Infinity)) best.set(form, cost);
        }
      }
    }
    return [...best]
      .map(([form, cost]) => ({ form, cost }))
      .sort((a, b) => a.cost - b.cost || this.#nameRank(a.form) - this.#nameRank(b.form) || (a.form < b.form ? -1 : 1))
      .slice(0, 50);
  }

  /**
   * The names nearest a query that found nothing, for "did you mean": names of which every typed word
   * matches a word, as typed or within its edits, nearest first, each name once.
   */
  closestNames(query: string, max = 3): string[] {
    const typed = words(query);
    if (typed.length === 0) return [];
    // For each typed word, the names that have a word within its reach, and the nearest such word's cost.
    let totals: Map<number, number> | undefined;
    for (const word of typed) {
      const known = new Map<string, number>(prefixForms(word).map((form) => [form, 0]));
      for (const { form, cost } of this.corrections(word, 50)) if (!known.has(form)) known.set(form, cost);
      const costs = new Map<number, number>();
      for (const [form, cost] of known) {
        for (const index of this.#namesByForm.get(form) ?? []) if (cost < (costs.get(index) ?? Infinity)) costs.set(index, cost);
      }
      const next = new Map<number, number>();
      for (const [index, cost] of costs) {
        const before = totals ? totals.get(index) : 0;
        if (before !== undefined) next.set(index, before + cost);
      }
      totals = next;
    }
    const seen = new Set<string>();
    return [...totals!]
      .map(([index, cost]) => ({ name: this.#names[index]!.name, cost: cost + Math.abs(this.#names[index]!.forms.length - typed.length) * 0.1 }))
      .sort((a, b) => a.cost - b.cost)
      .map(({ name }) => name)
      .filter((name) => !seen.has(normalizeArabic(name)) && Boolean(seen.add(normalizeArabic(name))))
      .slice(0, max);
  }
}

/** A query with its unknown words replaced by near forms of the vocabulary, and the edits that took. */
export interface CorrectedQuery {
  query: string;
  cost: number;
}

/**
 * The queries a typed query may have meant, nearest first: each word that the vocabulary does not hold
 * replaced by one of its corrections. None when no word has a correction within reach: nonsense stays
 * nonsense. Words the vocabulary holds, and words too short to forgive, stay as typed.
 */
export function correctQuery(query: string, vocabulary: Vocabulary, max = 4): CorrectedQuery[] {
  const typed = words(query);
  let options: CorrectedQuery[] = [{ query: "", cost: 0 }];
  let changed = false;
  for (const word of typed) {
    const corrections = vocabulary.corrections(word);
    if (corrections.length > 0) changed = true;
    const choices = corrections.length > 0 ? corrections : [{ form: word, cost: 0 }];
    options = options
      .flatMap((option) => choices.map((choice) => ({ query: `${option.query} ${choice.form}`.trim(), cost: option.cost + choice.cost })))
      .sort((a, b) => a.cost - b.cost)
      .slice(0, max);
  }
  return changed ? options : [];
}
