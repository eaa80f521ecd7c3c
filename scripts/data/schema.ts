/**
 * The fact sheet's data format: one Zod schema per YAML file.
 *
 * This file is the single source of truth: the TypeScript types, the validation
 * (with its messages) and the exported JSON Schema all come from here.
 */
import { z } from "zod";
import { earliestDay, latestDay } from "./dates.ts";
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
const text = z
  .string()
  .min(1, { message: "must not be empty" })
  .superRefine(allowedCharacters("short"))
  .refine((value) => value.trim() === value, { message: "must not start or end with whitespace" });

/** Markdown: surrounding whitespace (the newline a block scalar ends with) is trimmed; characters as text-rules.ts says. */
const markdown = z.string().trim().min(1, { message: "must not be empty" }).superRefine(allowedCharacters("markdown"));

/** Paragraph numbers of the source article (see source.yaml) that a fact is drawn from. */
export const citations = z
  .array(z.number().int().positive())
  .min(1, { message: "cite at least one paragraph of the source" })
  .describe("The numbers of the source paragraphs (source.yaml) this is drawn from: [1, 4].");

const references = z.array(entityId);
const related = references
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

export const DATE_PRECISIONS = ["day", "month", "year", "approximate"] as const;
const DATE_SHAPES: Record<(typeof DATE_PRECISIONS)[number], RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  approximate: /^\d{4}(?:-\d{2})?(?:-\d{2})?$/,
};
const isoPartial = z
  .string()
  .regex(/^\d{4}(?:-\d{2})?(?:-\d{2})?$/, { message: "write a date as YYYY, YYYY-MM or YYYY-MM-DD" })
  .refine(isRealDate, { message: "is not a date in the calendar" });

/** The days of a month (1–12) of the Gregorian calendar: 29 for February in a leap year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && month !== undefined) {
    if (day < 1 || day > daysInMonth(year!, month)) return false;
  }
  return true;
}

/**
 * A date as precise as the source allows. `start` and `end` are ISO dates cut
 * to the precision (2023-08-07, 2023-08, 2023). A derived date says how.
 */
export const factDate = z
  .strictObject({
    start: isoPartial.describe(
      "When it began, cut to the precision: 2023-08-07 (day), 2023-08 (month), 2023 (year); approximate takes any of the three.",
    ),
    end: isoPartial.optional().describe("When it ended, for a span of time; written like start."),
    precision: z
      .enum(DATE_PRECISIONS)
      .describe("How precise the date is: day, month, year, or approximate (shown as «نحو …»)."),
    basis: z
      .enum(["stated", "derived"])
      .describe("stated: the source gives the date; derived: we worked it out, and derivation says how."),
    derivation: text.optional().describe("For a derived date: how it was worked out, in a sentence."),
    /** The source's own wording of the date, verbatim ("اليوم الخميس"). */
    wording: text.optional().describe("The source's own words for the date, verbatim: «اليوم الخميس»."),
    /** The date is a lower bound: it happened then or later, and the label says so ("2008 أو بعده"). */
    or_later: z.literal(true).optional().describe("true when the date is a lower bound: it happened then or later («2008 أو بعده»)."),
    /** What the date rests on where the article does not give it, even relatively (a news report of the day). */
    outside: text.optional().describe("What the date rests on where the article does not give it, even relatively: outside knowledge."),
  })
  .superRefine((date, ctx) => {
    for (const key of ["start", "end"] as const) {
      const value = date[key];
      if (value !== undefined && !DATE_SHAPES[date.precision].test(value)) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `"${value}" does not fit precision "${date.precision}": ${PRECISION_HINT[date.precision]}`,
        });
      }
    }
    // Each is the interval its precision means (2023-08 is all of August): the end may not finish before the start begins.
    if (date.end !== undefined && latestDay(date.end) < earliestDay(date.start)) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "the end comes before the start" });
    }
    if (date.basis === "derived" && date.derivation === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["derivation"],
        message: "a derived date must say how it was derived (derivation)",
      });
    }
  });

const PRECISION_HINT: Record<(typeof DATE_PRECISIONS)[number], string> = {
  day: "write YYYY-MM-DD",
  month: "write YYYY-MM",
  year: "write YYYY",
  approximate: "write YYYY, YYYY-MM or YYYY-MM-DD",
};

/**
 * The site's absolute http(s) address. The URL parser would quietly drop a
 * newline or tab inside it, so the text is checked before it is parsed; the
 * trailing slash is removed once, here, so every page joins it with "/…".
 */
function siteUrl() {
  const example = "write the address the site is published at, e.g. https://example.org/glossary";
  return z
    .string()
    .refine((value) => !/\s/.test(value), { message: `must not contain spaces or line breaks: ${example}`, abort: true })
    .superRefine(allowedCharacters("short"))
    .pipe(
      z
        .url({ protocol: /^https?$/, message: `must be an absolute http:// or https:// URL: ${example}` })
        .refine((value) => !/[?#]/.test(value), { message: `must not have a query (?…) or fragment (#…): ${example}` })
        .refine((value) => !/^https?:\/\/[^/]*@/.test(value), { message: `must not hold a user name or password: ${example}` })
        .transform((value) => value.replace(/\/+$/, "")),
    );
}

/** Names shared by every entity: the Arabic name, its variants and its foreign names. */
const naming = {
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
function namesMarkedOutsideExist(entity: { english?: string; acronym?: string; outside?: { english?: string; acronym?: string } }, ctx: z.core.$RefinementCtx): void {
  for (const key of ["english", "acronym"] as const) {
    if (entity.outside?.[key] !== undefined && entity[key] === undefined) {
      ctx.addIssue({ code: "custom", path: ["outside", key], message: `outside.${key} says what the ${key === "english" ? "English name" : "acronym"} rests on, but the entry has no ${key}: add it or remove this` });
    }
  }
}

/** The parts of the source a fact sheet can say it does not know, each shown with a note. */
export const SOURCE_DETAILS = ["url", "headline", "publisher", "published", "author", "byline", "dateline"] as const;

/** The pages of the site that have a description and a lead of their own. */
export const SECTION_PAGES = ["terms", "actors", "agreements", "events", "timeline", "map", "source", "search"] as const;

const section = z
  .strictObject({
    description: text
      .optional()
      .describe("One sentence for search engines and link previews; without it the page's generic description is used."),
    lead: text.optional().describe("The paragraph under the page's heading; without it a generic one is shown."),
  })
  .describe("What this page says about the article.");

export const siteFile = z.strictObject({
  title: text.describe("The fact sheet's full title: the home page's heading."),
  short_title: text.describe("A short title for the header, tabs and link previews."),
  description: text.describe("One or two sentences on what the fact sheet covers: the footer and the home page's description."),
  /** Absolute URL the site is deployed at, used for canonical links; kept without a trailing slash. */
  url: siteUrl().describe("Where the site is published, without a trailing slash: https://example.org."),
  language: z.literal("ar").describe("The language of the fact sheet: ar."),
  source: z
    .strictObject({
      /** What kind of text the source is. */
      kind: text.describe("What kind of text the source is, in a phrase: «خبر صحفي بالعربية»."),
      language: text.describe("The language the source is written in: «العربية»."),
      url: z.url({ protocol: /^https?$/ }).optional().describe("The source's address on the web, when known."),
      headline: text.optional().describe("The source's headline, verbatim, when known."),
      publisher: text.optional().describe("Who published it (a newspaper, site or agency), when known."),
      published: factDate.optional().describe("When it was published, as precisely as known."),
      author: text.optional().describe("The author's full name, when known."),
      byline: text.optional().describe("The signature as the source prints it, when it has one: «م. ع»."),
      dateline: text.optional().describe("The place or time the source is dated from, verbatim: «اليوم الخميس»."),
      /** Facts about the source the fact sheet relies on. */
      known: z
        .array(
          z.strictObject({
            label: text.describe("What the fact is about: «عدد الفقرات»."),
            value: text.describe("The fact, in a sentence."),
          }),
        )
        .default([])
        .describe("Other facts about the source that readers should know: how many paragraphs, who speaks, …"),
      /** What the source does not say: no date, no publisher, … */
      unknown: z
        .array(
          z.strictObject({
            label: text.describe("What is not known: «تاريخ النشر»."),
            note: text.describe("What the source gives instead, or why it matters."),
            detail: z
              .enum(SOURCE_DETAILS)
              .optional()
              .describe("The field of source this note is about (published, publisher, …): its note replaces the generic one."),
          }),
        )
        .default([])
        .describe("What the source does not say. Details left out above (url, headline, publisher, published, author, byline, dateline) are listed as not given anyway."),
    })
    .describe("The article the fact sheet is made from: what is known about it and what is not."),
  /** The home page: the news in a few facts, the positions, the factors. */
  home: z
    .strictObject({
      lead: text.describe("The paragraph under the title: the news in two or three sentences."),
      headings: z
        .strictObject({
          key_facts: text.optional().describe("Heading over the key facts; default «الخبر في نقاط»."),
          positions: text.optional().describe("Heading over the positions; default «المواقف»."),
          factors: text.optional().describe("Heading over the factors; default «العوامل»."),
          key_dates: text.optional().describe("Heading over the key dates; default «تواريخ أساسية»."),
        })
        .optional()
        .describe("The home page's section headings, where the article calls for its own: «رأيان في الاتفاق»."),
      key_facts: z
        .array(z.strictObject({ text: text.describe("One fact, in one sentence, in our words."), cite: citations }))
        .min(1)
        .describe("The news in a few facts, each citing its paragraphs."),
      positions: z
        .array(
          z.strictObject({
            actor: entityId.describe("The id of the actor (actors.yaml) who holds this position."),
            heading: text.describe("The position in a few words: who, and what they want."),
            quote: text.describe("A short key phrase of theirs, verbatim."),
            summary: text.describe("The position in two or three sentences, in our words."),
            cite: citations,
          }),
        )
        .default([])
        .describe("The positions the article sets side by side, if any: one per actor."),
      factors: z
        .strictObject({
          intro: text.describe("A sentence introducing the factors."),
          terms: references.min(1).describe("Ids of the terms (terms.yaml) that name the factors."),
          cite: citations,
        })
        .optional()
        .describe("The factors, conditions or criteria the article names, if any, each a term of the glossary."),
    })
    .describe("The home page: the lead, the key facts, the positions and the factors."),
  sections: z
    .strictObject(Object.fromEntries(SECTION_PAGES.map((page) => [page, section.optional()])) as Record<(typeof SECTION_PAGES)[number], z.ZodOptional<typeof section>>)
    .optional()
    .describe("Optional words about the article for each section page (terms, actors, agreements, events, timeline, map, source, search)."),
});

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
