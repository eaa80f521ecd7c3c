/**
 * How a query matches a text, shared by the build (what is indexed) and the
 * search page (what is typed): the same words, normalised, prefixes off.
 * Pagefind finds candidates; this decides which of them really match, and
 * which words of an excerpt to highlight.
 */
import { normalizeArabic, prefixForms, queryForm, words } from "../text/arabic.ts";

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

/** True when every word of the query matches some word of the text. */
export function textMatches(text: string, query: CompiledQuery): boolean {
  if (query.forms.length === 0) return false;
  const textWords = words(text).map((word) => prefixForms(word));
  return query.forms.every((typed, i) =>
    textWords.some((forms) => wordMatches(forms, typed, i === query.forms.length - 1)),
  );
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
