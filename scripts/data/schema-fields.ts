/**
 * The fields the data files share (ids, text, Markdown, citations, references,
 * quotations, outside knowledge, names): the building blocks of schema.ts.
 */
import { z } from "zod";
import { allowedCharacters } from "./text-rules.ts";

/** An entity's id is its URL slug: lowercase ASCII words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const entityId = z
  .string()
  .regex(ID_PATTERN, {
    message:
      "an id must be a URL slug: lowercase Latin letters and digits joined by single hyphens (e.g. higher-military-commission)",
  })
  .describe("An id: lowercase Latin letters and digits joined by single hyphens (security-council). It is the page's address and is unique across all files.");

/** Non-empty text with no leading or trailing whitespace, and only characters a short field may hold (text-rules.ts). */
export const text = z
  .string()
  .min(1, { message: "must not be empty" })
  .superRefine(allowedCharacters("short"))
  .refine((value) => value.trim() === value, { message: "must not start or end with whitespace" });

/** Markdown: surrounding whitespace (the newline a block scalar ends with) is trimmed; characters as text-rules.ts says. */
export const markdown = z.string().trim().min(1, { message: "must not be empty" }).superRefine(allowedCharacters("markdown"));

/** Paragraph numbers of the source article (see source.yaml) that a fact is drawn from. */
export const citations = z
  .array(z.number().int().positive())
  .min(1, { message: "cite at least one paragraph of the source" })
  .describe("The numbers of the source paragraphs (source.yaml) this is drawn from: [1, 4].");

export const references = z.array(entityId);
export const related = references
  .default([])
  .describe("Ids of other entries this one is related to: terms, actors, agreements or events.");

/** A short verbatim key phrase from the source, with where it occurs. */
export const quotation = z
  .strictObject({
    text: text.describe("A short key phrase, verbatim from the source: never a whole sentence."),
    cite: citations,
  })
  .describe("A short verbatim key phrase from the source, with the paragraphs it occurs in.");

/**
 * Knowledge from outside the article. The fact sheet is the article's facts in our words; where it adds
 * what the article does not say, it says so, and what the addition rests on (`basis`): a page shows it
 * with the marker «من خارج المقال» and the source page lists every one.
 */
export const outsideFact = z.strictObject({
  /** The statement, in our words. */
  text: text.describe("What we add that the article does not say, in our words."),
  /** What it rests on: a document, a publication, common knowledge of a kind. */
  basis: text.describe("What it rests on: a document, a publication, common knowledge of a kind."),
});

const outsideFacts = z
  .array(outsideFact)
  .min(1, { message: "list at least one fact, or leave out the field" })
  .describe("Facts the article does not give, each with what it rests on.");

/** What on an entry with names comes from outside the article: its English name, its acronym (each a basis), facts. */
export const outsideOfNamed = z.strictObject({
  /** What the English name rests on, when the article does not give it. */
  english: text.optional().describe("What the English name rests on, when the article does not give it."),
  /** What the acronym rests on, when the article does not give it. */
  acronym: text.optional().describe("What the acronym rests on, when the article does not give it."),
  facts: outsideFacts.optional(),
});

/** What on an entry without names (an event, a note) comes from outside the article. */
export const outsideOfUnnamed = z.strictObject({ facts: outsideFacts });

/** Names shared by every entity: the Arabic name, its variants and its foreign names. */
export const naming = {
  id: entityId,
  name: text.describe("The Arabic name the pages show, as the source writes it or as it is best known."),
  /** Every other Arabic name or spelling the source uses. */
  aliases: z.array(text).default([]).describe("Every other name or spelling the source uses; search finds the entry by any of them."),
  /** English name: our translation, or, marked in `outside.english`, a name the article does not contain. */
  english: text.optional().describe("The English name: our translation, or one the article does not contain, marked in outside.english."),
  /** Latin acronym (HMC, D-ISIS): the article's, or marked in `outside.acronym`. */
  acronym: text.optional().describe("A Latin acronym (UN, NATO): the article's, or marked in outside.acronym."),
  outside: outsideOfNamed.optional().describe("Outside knowledge the entry rests on, where the article does not say it."),
  /**
   * Names the source does not use but readers search by (a nickname, another transliteration): outside
   * knowledge, for search only. They are never shown as the source's words.
   */
  search_aliases: z.array(text).default([]).describe("Names the source does not use but readers search by: for search only, never shown as the source's words."),
};

/** An outside basis for a name the entry does not have says nothing: it is refused. */
export function namesMarkedOutsideExist(entity: { english?: string; acronym?: string; outside?: { english?: string; acronym?: string } }, ctx: z.core.$RefinementCtx): void {
  for (const key of ["english", "acronym"] as const) {
    if (entity.outside?.[key] !== undefined && entity[key] === undefined) {
      ctx.addIssue({ code: "custom", path: ["outside", key], message: `outside.${key} says what the ${key === "english" ? "English name" : "acronym"} rests on, but the entry has no ${key}: add it or remove this` });
    }
  }
}
