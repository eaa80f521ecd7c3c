/**
 * The fact sheet's data format: one Zod schema per YAML file.
 *
 * This file (with the fields, dates and site.yaml it puts together from
 * schema-fields.ts, schema-dates.ts and schema-site.ts) is the single source of
 * truth: the TypeScript types, the validation (with its messages) and the
 * exported JSON Schemas all come from here.
 */
import { z } from "zod";
import { ENTITY_TYPES, type EntityTypeInfo } from "./entity-types.ts";
import { factDate } from "./schema-dates.ts";
import { citations, entityId, markdown, naming, namesMarkedOutsideExist, outsideFact, outsideOfUnnamed, quotation, references, related, text } from "./schema-fields.ts";
import { siteFile } from "./schema-site.ts";

export * from "./schema-dates.ts";
export * from "./schema-fields.ts";
export * from "./schema-site.ts";


export const sourceFile = z
  .array(
    z.strictObject({
      paragraph: z.number().int().positive().describe("The paragraph's number in the source, from 1; what cite lists name."),
      /** The first words of the paragraph, verbatim, so readers can find it. */
      opening: text.describe("The paragraph's first few words, verbatim, so readers can find it in the source."),
      summary: text.describe("What the paragraph says, in one line, in our words."),
      speaker: entityId.optional().describe("The id of the actor (actors.yaml) who speaks in this paragraph, if one does."),
    }),
  )
  .min(1, { message: "list at least one paragraph" })
  .describe("The source's paragraphs, one entry each, in order.");

export const termFile = z.array(
  z.strictObject({
    ...naming,
    definition: text.describe("What the term means, in one sentence: the glossary shows it."),
    body: markdown.describe("The longer explanation, in Markdown: what the term refers to in this article."),
    quotes: z.array(quotation).default([]).describe("Short verbatim phrases of the source that use the term."),
    related,
    cite: citations,
  }).superRefine(namesMarkedOutsideExist),
).describe("The glossary: one entry per term.");

export const ACTOR_KINDS = [
  "person",
  "state",
  "government",
  "ministry",
  "force",
  "coalition",
  "armed-group",
  "organization",
] as const;

export const actorFile = z.array(
  z.strictObject({
    ...naming,
    kind: z.enum(ACTOR_KINDS).describe(`What the actor is: ${ACTOR_KINDS.join(", ")}.`),
    role: text.describe("Who they are and their part in the article, in one sentence."),
    /** Positions and statements the source attributes to the actor, in our words. */
    statements: z
      .array(
        z.strictObject({
          text: text.describe("What the source says the actor said or holds, in our words."),
          quote: text.optional().describe("A short key phrase of theirs, verbatim."),
          cite: citations,
        }),
      )
      .default([])
      .describe("What the source attributes to the actor."),
    related,
    cite: citations,
  }).superRefine(namesMarkedOutsideExist),
).describe("The people, states and bodies the article names: one entry each.");

export const AGREEMENT_KINDS = ["agreement", "dialogue", "commission", "framework", "campaign", "statement"] as const;

export const agreementFile = z.array(
  z.strictObject({
    ...naming,
    kind: z
      .enum(AGREEMENT_KINDS)
      .describe(`What it is: ${AGREEMENT_KINDS.join(", ")} (a statement is one side's declaration).`),
    summary: text.describe("What it is, in one sentence."),
    date: factDate.optional().describe("When it was made or held, if the source says or implies it."),
    parties: references
      .min(1, { message: "name at least one party (an actor id)" })
      .describe("Ids of the actors (actors.yaml) party to it; for a statement, who made it."),
    provides: z
      .array(text)
      .min(1, { message: "say what it provides or decides" })
      .describe("What it provides, decides or declares: one item each."),
    status: text.describe("Where it stands, as the source tells it: in force, planned, under way, …"),
    quotes: z.array(quotation).default([]).describe("Short verbatim phrases of the source about it."),
    related,
    cite: citations,
  }).superRefine(namesMarkedOutsideExist),
).describe("Agreements, dialogues, commissions, frameworks, campaigns and statements the article names.");

export const eventFile = z.array(
  z.strictObject({
    id: entityId,
    name: text.describe("What happened, in a few words: the timeline's heading."),
    date: factDate.describe("When it happened, as precisely as the source allows."),
    summary: text.describe("What happened, in one or two sentences."),
    actors: references.default([]).describe("Ids of the actors (actors.yaml) taking part."),
    agreements: references.default([]).describe("Ids of the agreements (agreements.yaml) it belongs to."),
    related,
    outside: outsideOfUnnamed.optional().describe("Outside knowledge the entry rests on, where the article does not say it."),
    cite: citations,
  }),
).describe("The timeline: one entry per event, in any order (the site sorts them).");

/** Editorial notes: where the source contradicts itself or names one thing several ways. */
export const noteFile = z.array(
  z.strictObject({
    id: entityId,
    title: text.describe("The discrepancy in one line."),
    body: markdown.describe("What the source says, where, and why it is confusing, in Markdown."),
    /**
     * An error in the source that the note explains: its wrong words, verbatim, what they stand in
     * place of, and the entries they are about. It is shown on those entries' pages, not as a name.
     */
    source_error: z
      .strictObject({
        wording: text.describe("The source's wrong words, verbatim."),
        instead_of: text.describe("What they stand in place of."),
        about: references.min(1, { message: "name the entries the error is about" }).describe("Ids of the entries the error is about."),
      })
      .optional()
      .describe("An error in the source the note explains: its wrong words (wording), verbatim, what they stand for (instead_of), and the entries they are about (about)."),
    related,
    outside: outsideOfUnnamed.optional().describe("Outside knowledge the note rests on, where the article does not say it."),
    cite: citations,
  }),
).describe("Editorial notes: where the source contradicts itself or names one thing several ways.");

/**
 * Words or phrases that mean the same for search, in groups (optional file): a query for one finds the
 * entities whose text or names use another. For search only: never shown as the source's words.
 */
export const synonymsFile = z.array(
  z.strictObject({
    words: z
      .array(text)
      .min(2, { message: "a group lists at least two words or phrases that mean the same" })
      .describe("Two or more words or phrases that mean the same for search: a query for one finds the others."),
    /** Why they mean the same here, for whoever edits the file. */
    note: text.optional().describe("Why they mean the same here, for whoever edits the file."),
  }),
).describe("Optional: groups of words that mean the same, for search only; never shown as the article's words.");

/** Every file a data folder must hold, by file name. */
export const FILE_SCHEMAS = {
  "site.yaml": siteFile,
  "source.yaml": sourceFile,
  "terms.yaml": termFile,
  "actors.yaml": actorFile,
  "agreements.yaml": agreementFile,
  "events.yaml": eventFile,
  "notes.yaml": noteFile,
} as const;

export type FileName = keyof typeof FILE_SCHEMAS;

/**
 * The files whose list may instead be kept in a folder of the same name (terms/ for terms.yaml), its YAML
 * files read in the byte order of their names as one list: the entity types' files, and the notes'.
 */
export const LIST_FOLDER_FILES: readonly ListFileName[] = [...ENTITY_TYPES.map(({ file }) => file), "notes.yaml"];
export type ListFileName = EntityTypeInfo["file"] | "notes.yaml";

/** Files a data folder may hold besides, by file name: a missing one is as if empty. */
export const OPTIONAL_FILE_SCHEMAS = {
  "synonyms.yaml": synonymsFile,
} as const;

export type OptionalFileName = keyof typeof OPTIONAL_FILE_SCHEMAS;

export const factSheetSchema = z.strictObject({
  site: siteFile,
  source: sourceFile,
  terms: termFile,
  actors: actorFile,
  agreements: agreementFile,
  events: eventFile,
  notes: noteFile,
  synonyms: synonymsFile.default([]),
});

export type FactSheetData = z.infer<typeof factSheetSchema>;
export type SiteData = z.infer<typeof siteFile>;
export type Paragraph = z.infer<typeof sourceFile>[number];
export type TermData = z.infer<typeof termFile>[number];
export type ActorData = z.infer<typeof actorFile>[number];
export type AgreementData = z.infer<typeof agreementFile>[number];
export type EventData = z.infer<typeof eventFile>[number];
export type NoteData = z.infer<typeof noteFile>[number];
export type SynonymGroup = z.infer<typeof synonymsFile>[number];
export type FactDate = z.infer<typeof factDate>;
export type OutsideFact = z.infer<typeof outsideFact>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
