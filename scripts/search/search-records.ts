/**
 * What the search index holds for each entity: its own text (not the lists of
 * related pages around it), as the reader sees it and as it is matched.
 *
 * Two steps: the build gathers each entity's text from the model (searchSources),
 * and the search index's worker thread turns it into the record Pagefind
 * indexes (searchRecord), Markdown into plain text included, off the thread
 * that renders the pages.
 */
import type { MarkdownIt } from "markdown-it";
import type { Entity, FactSheet } from "../data/link.ts";
import { prefixForms, words } from "../text/arabic.ts";
import { containsPhrase, indexText } from "./search-match.ts";

export interface SearchRecord {
  /** The page's path from the site's root, as the model writes it ("/terms/…/", "/source/#note-…"); Pagefind hands it back as `raw_url`. */
  url: string;
  /**
   * What Pagefind indexes and hands back: the entity's text as the reader sees it, which the search page
   * shows, then its names in their matching forms thrice, to weigh them, then the matching forms of the
   * text's words that are not already written so (see indexedContent).
   */
  content: string;
  language: "ar";
  /**
   * Its title, the entity's name, and nothing else: Pagefind searches the words of every metadata field
   * (and weighs a match in the title, as a name deserves), so whatever else the page needs is kept as a filter.
   */
  meta: { title: string };
  /**
   * Its type, which the search page filters by; and `record`, what the page reads back besides the text
   * (RecordFields, as one JSON value). Filter values come back with a result but are never searched: as
   * metadata, the text's length would make "392" a word of the page, and the names would be indexed twice.
   */
  filters: { type: string[]; [RECORD_FILTER]: [string] };
}

/** The filter that holds a record's fields. */
const RECORD_FILTER = "record";

/** What the search page reads back of a record besides its title and text. */
export interface RecordFields {
  /** The entity's names, as written. */
  names: string[];
  /** How many characters of `content` are the readable text. */
  textLength: number;
  /** Names the source does not use (search_aliases): matched as names, never shown. */
  aliases?: string[];
  /** Words that mean the same as words of the entity's names (synonyms.yaml): matched, never shown. */
  nameSynonyms?: string[];
  /** Words that mean the same as other words of its text (synonyms.yaml): matched, never shown. */
  synonyms?: string[];
}

/**
 * The fields as a filter value: JSON, in which white space other than a lone space is written as an escape,
 * so that each name keeps its spaces and line breaks whichever way Pagefind treats white space.
 */
function fieldsValue(fields: RecordFields): string {
  return JSON.stringify(fields).replace(WHITE_SPACE, (run) => (run === " " ? run : [...run].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")));
}

/** A record's fields back, from the filters Pagefind hands back with a result. */
export function recordFields(filters: Readonly<Record<string, readonly string[]>>): RecordFields {
  const value = filters[RECORD_FILTER]?.[0];
  if (value === undefined) throw new Error(`A search record without its "${RECORD_FILTER}" filter: the index is not this site's`);
  return JSON.parse(value) as RecordFields;
}

/**
 * White space as Pagefind collapses it in the text of a page (Unicode's White_Space), so that the text's
 * length counted here is its length in the content Pagefind hands back, however the record was fed to it.
 */
const WHITE_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Plain text of Markdown: the words a reader sees, without markup. */
export function markdownText(md: MarkdownIt, source: string): string {
  const parts: string[] = [];
  for (const token of md.parse(source, {})) {
    for (const child of token.children ?? []) {
      if (child.type === "text" || child.type === "code_inline") parts.push(child.content);
      else if (child.type === "softbreak" || child.type === "hardbreak") parts.push(" ");
    }
    if (token.type.endsWith("_close")) parts.push(" ");
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** A piece of an entity's own text: plain, or Markdown, whose plain text the worker takes (searchRecord). */
export interface TextPart {
  text: string;
  markdown?: true;
}

function ownText(entity: Entity): TextPart[] {
  const plain = (...texts: string[]): TextPart[] => texts.map((text) => ({ text }));
  switch (entity.type) {
    case "term":
      return [...plain(entity.definition), { text: entity.body, markdown: true }, ...plain(...entity.quotes.map((q) => q.text))];
    case "actor":
      return plain(entity.kindLabel, entity.role, ...entity.statements.flatMap((s) => [s.text, s.quote ?? ""]));
    case "agreement":
      return plain(entity.kindLabel, entity.summary, entity.date?.label ?? "", ...entity.provides, entity.status, ...entity.quotes.map((q) => q.text));
    case "event":
      return plain(entity.date.label, entity.date.wording ?? "", entity.summary);
  }
}

/** An entity's searchable text, as data: structured-cloneable, to be sent to a worker thread. */
export interface SearchSource {
  url: string;
  names: string[];
  /** Its own text, as the reader sees it, in pieces. */
  parts: TextPart[];
  typeLabel: string;
  /** Names the source does not use, for search only. */
  searchAliases: string[];
  /** The synonyms (synonyms.yaml) of words and phrases its names use, for search only. */
  nameSynonyms: string[];
  /** The synonyms of words and phrases only its text uses, for search only. */
  synonyms: string[];
}

/** What a note that explains an error of the source is found as: the error's wording is one of its names. */
export const SOURCE_ERROR_NOTE_LABEL = "خطأ في المصدر";

/** How many records searchSources makes of `model`, without gathering their text. */
export function searchRecordCount(model: FactSheet): number {
  return model.entities.length + model.notes.filter((note) => note.sourceError).length;
}

/** Gathered on the thread that renders, so only what it must do there: no parsing. */
export function searchSources(model: FactSheet): SearchSource[] {
  const entities = model.entities.map((entity) => {
    const parts = ownText(entity).filter((part) => part.text !== "");
    const names = [...entity.names, ...entity.searchAliases].join(" \n ");
    const nameSynonyms = synonymsUsed(model.synonyms, names);
    return {
      url: entity.url,
      names: [...entity.names],
      parts,
      typeLabel: entity.typeLabel,
      searchAliases: [...entity.searchAliases],
      nameSynonyms,
      synonyms: synonymsUsed(model.synonyms, [names, ...parts.map((part) => part.text)].join(" \n ")).filter((word) => !nameSynonyms.includes(word)),
    };
  });
  // An error of the source (a wrong name) is no entry's name: a search for it leads to the note that explains it.
  const errorNotes = model.notes.flatMap((note): SearchSource[] =>
    note.sourceError
      ? [
          {
            url: note.url,
            names: [note.title, note.sourceError.wording],
            parts: [{ text: note.body, markdown: true as const }],
            typeLabel: SOURCE_ERROR_NOTE_LABEL,
            searchAliases: [],
            nameSynonyms: [],
            synonyms: [],
          },
        ]
      : [],
  );
  return [...entities, ...errorNotes];
}

/**
 * The words of every synonym group that the text uses a member of, but not those members themselves. The
 * text's Markdown is read as it is: its markup's few words (link targets) do not make a phrase.
 */
export function synonymsUsed(groups: readonly (readonly string[])[], text: string): string[] {
  if (groups.length === 0) return [];
  const found = new Set<string>();
  for (const group of groups) {
    const used = group.filter((phrase) => containsPhrase(text, phrase));
    if (used.length > 0) for (const phrase of group) if (!used.includes(phrase)) found.add(phrase);
  }
  return [...found];
}

/** A word as written: letters, marks and digits, hyphens inside. */
const WRITTEN_WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The readable text followed by the matching forms (prefixes off, normalised) that its words do not
 * already have as written, one per occurrence, so that each word counts as often as it occurs. The text
 * is indexed once, and the search page reads it back from the record: no second copy in its fields.
 * A word that shares its run of text between spaces with another ("7–8") gets its form even where it is
 * written so: Pagefind may index the run as one word.
 */
function indexedContent(text: string, names: string): string {
  const forms: string[] = [];
  const asWritten: string[] = [];
  const joined: boolean[] = [];
  for (const run of text.split(/\s+/)) {
    const inRun = run.match(WRITTEN_WORD) ?? [];
    for (const word of inRun) {
      asWritten.push(word);
      joined.push(inRun.length > 1);
    }
  }
  // Normalising the whole text at once is much cheaper than word by word. It keeps the words as they
  // were, one for one, unless it joins or splits some (a zero-width joiner, a stray mark): then word by word.
  const normalized = words(text);
  const sameWords = normalized.length === asWritten.length;
  asWritten.forEach((written, i) => {
    const lower = written.toLowerCase();
    const wordForms = sameWords ? prefixForms(normalized[i]!) : words(written).flatMap(prefixForms);
    for (const form of wordForms) if (form !== lower || joined[i]) forms.push(form);
  });
  const nameForms = indexText(names);
  return [text, nameForms, nameForms, nameForms, ...forms].join(" ");
}

export function searchRecord({ url, names, parts, typeLabel, searchAliases, nameSynonyms, synonyms }: SearchSource, md: MarkdownIt): SearchRecord {
  const text = parts
    .map((part) => (part.markdown ? markdownText(md, part.text) : part.text))
    .join(" ")
    .replace(WHITE_SPACE, " ")
    .trim();
  // The title as shown, its white space as a page shows it, whichever way Pagefind gets it.
  const title = names[0]!.replace(WHITE_SPACE, " ").trim();
  const fields: RecordFields = { names, textLength: text.length };
  if (searchAliases.length > 0) fields.aliases = searchAliases;
  if (nameSynonyms.length > 0) fields.nameSynonyms = nameSynonyms;
  if (synonyms.length > 0) fields.synonyms = synonyms;
  // Search-only names, and synonyms of the names' words, weigh as names do; other synonyms count once, as a word of the text would.
  const content = indexedContent(text, [...names, ...searchAliases, ...nameSynonyms].join(" "));
  return {
    url,
    content: synonyms.length > 0 ? `${content} ${indexText(synonyms.join(" "))}` : content,
    language: "ar",
    meta: { title },
    filters: { type: [typeLabel], [RECORD_FILTER]: [fieldsValue(fields)] },
  };
}

/** Every name of a record, search-only names included, as matched for "the query is its name". */
export function recordNames(fields: RecordFields): string[] {
  return [...fields.names, ...(fields.aliases ?? [])];
}

/** The search-only words of a record that stand for its names (outside names, synonyms of the names' words): matched, never shown. */
export function recordSearchOnlyNames(fields: RecordFields): string {
  return [...(fields.aliases ?? []), ...(fields.nameSynonyms ?? [])].join(" ");
}

/** The synonyms of the words of a record's text: matched, never shown. */
export function recordSynonyms(fields: RecordFields): string {
  return (fields.synonyms ?? []).join(" ");
}

/** What a result shows and is matched on: the entity's other names, then its text, read back from its record. */
export function recordText(content: string, fields: RecordFields): string {
  const otherNames = fields.names.slice(1);
  const text = content.slice(0, fields.textLength);
  return `${otherNames.join("، ")}${otherNames.length > 0 ? ". " : ""}${text}`;
}
