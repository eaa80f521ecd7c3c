/**
 * Arabic text handling, in one place: normalisation for matching, dictionary
 * collation and grouping, digits. The build, the browser scripts and the tests
 * all use this module, so that what is indexed and what is typed agree.
 * It has no imports, so it can be bundled for the browser as it is.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
/** Invisible formatting characters: bidi controls, zero-width joiners, BOM. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_INDIC_ZERO = 0x06f0;

/** Arabic-Indic and Extended Arabic-Indic digits to ASCII digits. */
export function toLatinDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= EXTENDED_INDIC_ZERO ? EXTENDED_INDIC_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}

/**
 * Folds the spellings a reader may type into one form: no diacritics or
 * tatweel, bare alef for hamza-on-alef, ي for ى, ه for ة, ASCII digits,
 * lowercase Latin, single spaces.
 */
export function normalizeArabic(value: string): string {
  return toLatinDigits(value.normalize("NFC"))
    .replace(INVISIBLE, "")
    .replace(DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(ALEF_FORMS, "\u0627")
    .replace(/\u0649/g, "\u064A") // ى → ي
    .replace(/\u0629/g, "\u0647") // ة → ه
    .replace(/\u0624/g, "\u0648") // ؤ → و
    .replace(/\u0626/g, "\u064A") // ئ → ي
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The definite article, which Arabic dictionaries ignore when sorting. */
const DEFINITE_ARTICLE = /^\u0627\u0644(?=\S{2})/;

/**
 * The key a name is sorted and grouped by: normalised, without a leading
 * definite article, as Arabic dictionaries order their entries.
 */
export function sortKey(name: string): string {
  return normalizeArabic(name).replace(DEFINITE_ARTICLE, "");
}

const collator = new Intl.Collator("ar", { sensitivity: "base", numeric: true });

/**
 * Items in Arabic dictionary order by name, ignoring the definite article; names
 * that fold to the same key keep their written order. Each sort key is made once.
 */
export function sortArabic<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return items
    .map((item) => {
      const name = nameOf(item);
      return { item, name, key: sortKey(name) };
    })
    .sort((a, b) => collator.compare(a.key, b.key) || collator.compare(a.name, b.name))
    .map(({ item }) => item);
}

/** The letter a name is listed under in the glossary's letter bar. */
export function indexLetter(name: string): string {
  const first = sortKey(name).charAt(0);
  if (first === "") return "#";
  if (/[\u0621-\u064A]/.test(first)) return first;
  if (/[a-z]/.test(first)) return first.toUpperCase();
  return "#";
}

/** The letters of the Arabic alphabet in dictionary order, for the letter bar. */
export const ARABIC_ALPHABET = [..."ابتثجحخدذرزسشصضطظعغفقكلمنهوي"];

/** Latin runs inside Arabic text (HMC, D-ISIS, CJTF-OIR), to be isolated with <bdi>. */
export const LATIN_RUN = /[A-Za-z][A-Za-z0-9]*(?:[-–.][A-Za-z0-9]+)*/g;

/**
 * Prefixes a word may carry attached in front: conjunctions و ف, prepositions
 * ب ل ك, the article ال, and لل (ل before the article, whose alef is dropped).
 */
const ATTACHED_PREFIXES = ["\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0627\u0644", "\u0644\u0644"];
/** A prefix is taken off only when at least this many letters remain, so short words stay whole. */
const MIN_STEM = 3;

/**
 * Every form of a normalised word with attached prefixes taken off, the word
 * itself first: "والعراق" gives والعراق، العراق، عراق. Whether a leading و or ل
 * is a prefix or part of the word cannot be told from spelling, so all forms
 * are kept. The index holds all of them; a query uses its shortest form.
 */
export function prefixForms(word: string): string[] {
  const forms = [word];
  for (let i = 0; i < forms.length; i += 1) {
    const form = forms[i]!;
    for (const prefix of ATTACHED_PREFIXES) {
      if (form.startsWith(prefix) && form.length - prefix.length >= MIN_STEM) {
        const rest = form.slice(prefix.length);
        if (!forms.includes(rest)) forms.push(rest);
      }
    }
  }
  return forms;
}

/** The form a typed word is searched by: its shortest prefix form, which every longer spelling also has. */
export function queryForm(word: string): string {
  return prefixForms(word).reduce((shortest, form) => (form.length < shortest.length ? form : shortest));
}

/** The words of a text, normalised; Latin words keep inner hyphens (d-isis). */
export function words(text: string): string[] {
  return normalizeArabic(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Letters readers confuse, each group one sound or one shape: written for one another, they cost half an
 * edit. Hamza and its seats (after normalisation ء، ا، و، ي); ض/ظ, ذ/ز, ث/س, ص/س, ط/ت, ق/ك; and the letters
 * a foreign name's sound is written with (ج/غ/ق for g, ڤ/ف, پ/ب, گ/ك, چ/ج).
 */
const CONFUSABLE_GROUPS = ["ءاوي", "ضظ", "ذز", "ثس", "صس", "طت", "قك", "جغق", "ڤف", "پب", "گك", "چج"];
/** Pairs of confusable letters, as one number each (code × 65536 + code), to look up without making strings. */
const CONFUSABLE = new Set(
  CONFUSABLE_GROUPS.flatMap((group) =>
    [...group].flatMap((a) => [...group].filter((b) => b !== a).map((b) => a.charCodeAt(0) * 65536 + b.charCodeAt(0))),
  ),
);
/** Letters a spelling by ear adds or drops (long vowels, hamza): half an edit. */
const VOWEL_LETTERS = new Set([..."اويء"].map((letter) => letter.charCodeAt(0)));

/** The cost of writing `typed` for `letter` (character codes): 0 when equal, half for a confusable letter, else 1. */
function substitutionCost(letter: number, typed: number): number {
  if (letter === typed) return 0;
  return CONFUSABLE.has(letter * 65536 + typed) ? 0.5 : 1;
}

function indelCost(letter: number): number {
  return VOWEL_LETTERS.has(letter) ? 0.5 : 1;
}

/** Rows of the distance table, reused from call to call: a vocabulary is looked through word by word. */
let rows = [new Float64Array(32), new Float64Array(32), new Float64Array(32)];

/**
 * How far a typed word is from a word of the text: the fewest edits (a letter missing, added, replaced, or
 * two neighbours swapped) that turn one into the other, where a confusable letter (ض for ظ) and a vowel
 * letter added or dropped cost half an edit. Both words normalised (normalizeArabic), so that each letter is
 * one UTF-16 unit. Stops counting past `limit` and returns Infinity, so that looking through a long
 * vocabulary stays quick.
 */
export function arabicEditDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) * 0.5 > limit) return Infinity;
  if (rows[0]!.length <= m) rows = [new Float64Array(m + 1), new Float64Array(m + 1), new Float64Array(m + 1)];
  // Three rows: the one before last (for swaps), the last, the current.
  let [before, last, current] = rows as [Float64Array, Float64Array, Float64Array];
  last[0] = 0;
  for (let j = 1; j <= m; j += 1) last[j] = last[j - 1]! + indelCost(b.charCodeAt(j - 1));
  for (let i = 1; i <= n; i += 1) {
    const x = a.charCodeAt(i - 1);
    const xIndel = indelCost(x);
    current[0] = last[0]! + xIndel;
    let smallest = current[0]!;
    for (let j = 1; j <= m; j += 1) {
      const y = b.charCodeAt(j - 1);
      let cost = Math.min(last[j]! + xIndel, current[j - 1]! + indelCost(y), last[j - 1]! + substitutionCost(x, y));
      if (i > 1 && j > 1 && x === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === y && before[j - 2]! + 1 < cost) cost = before[j - 2]! + 1;
      current[j] = cost;
      if (cost < smallest) smallest = cost;
    }
    if (smallest > limit) return Infinity;
    [before, last, current] = [last, current, before];
  }
  const result = last[m]!;
  return result > limit ? Infinity : result;
}

/**
 * How many edits a typed word may be from a word of the text it is to match: none for short words (under 5
 * letters) and for Latin acronyms or anything with a digit, one from 5 letters, two from 9.
 */
export function editBudget(word: string): number {
  const length = [...word].length;
  if (length < 5 || /[0-9-]/.test(word)) return 0;
  if (/[a-z]/.test(word) && /[^a-z]/.test(word)) return 0;
  return length >= 9 ? 2 : 1;
}
