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
  });

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
  .min(1, { message: "cite at least one paragraph of the source" });

const references = z.array(entityId);

/** A short verbatim key phrase from the source, with where it occurs. */
export const quotation = z.strictObject({
  text,
  cite: citations,
});

/**
 * Knowledge from outside the article. The fact sheet is the article's facts in our words; where it adds
 * what the article does not say, it says so, and what the addition rests on (`basis`): a page shows it
 * with the marker «من خارج المقال» and the source page lists every one.
 */
export const outsideFact = z.strictObject({
  /** The statement, in our words. */
  text,
  /** What it rests on: a document, a publication, common knowledge of a kind. */
  basis: text,
});

const outsideFacts = z.array(outsideFact).min(1, { message: "list at least one fact, or leave out the field" });

/** What on an entry with names comes from outside the article: its English name, its acronym (each a basis), facts. */
export const outsideOfNamed = z.strictObject({
  /** What the English name rests on, when the article does not give it. */
  english: text.optional(),
  /** What the acronym rests on, when the article does not give it. */
  acronym: text.optional(),
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
    start: isoPartial,
    end: isoPartial.optional(),
    precision: z.enum(DATE_PRECISIONS),
    basis: z.enum(["stated", "derived"]),
    derivation: text.optional(),
    /** The source's own wording of the date, verbatim ("اليوم الخميس"). */
    wording: text.optional(),
    /** The date is a lower bound: it happened then or later, and the label says so ("2008 أو بعده"). */
    or_later: z.literal(true).optional(),
    /** What the date rests on where the article does not give it, even relatively (a news report of the day). */
    outside: text.optional(),
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
  name: text,
  /** Every other Arabic name or spelling the source uses. */
  aliases: z.array(text).default([]),
  /** English name: our translation, or, marked in `outside.english`, a name the article does not contain. */
  english: text.optional(),
  /** Latin acronym (HMC, D-ISIS): the article's, or marked in `outside.acronym`. */
  acronym: text.optional(),
  outside: outsideOfNamed.optional(),
  /**
   * Names the source does not use but readers search by (a nickname, another transliteration): outside
   * knowledge, for search only. They are never shown as the source's words.
   */
  search_aliases: z.array(text).default([]),
};

/** An outside basis for a name the entry does not have says nothing: it is refused. */
function namesMarkedOutsideExist(entity: { english?: string; acronym?: string; outside?: { english?: string; acronym?: string } }, ctx: z.core.$RefinementCtx): void {
  for (const key of ["english", "acronym"] as const) {
    if (entity.outside?.[key] !== undefined && entity[key] === undefined) {
      ctx.addIssue({ code: "custom", path: ["outside", key], message: `outside.${key} says what the ${key === "english" ? "English name" : "acronym"} rests on, but the entry has no ${key}: add it or remove this` });
    }
  }
}

export const siteFile = z.strictObject({
  title: text,
  short_title: text,
  description: text,
  /** Absolute URL the site is deployed at, used for canonical links; kept without a trailing slash. */
  url: siteUrl(),
  language: z.literal("ar"),
  source: z.strictObject({
    /** What kind of text the source is. */
    kind: text,
    language: text,
    byline: text,
    dateline: text,
    /** Facts about the source the fact sheet relies on. */
    known: z.array(z.strictObject({ label: text, value: text })).min(1),
    /** What the source does not say: no date, no publisher, … */
    unknown: z.array(z.strictObject({ label: text, note: text })).min(1),
  }),
  /** The home page: the news in a few facts, the two positions, the factors. */
  home: z.strictObject({
    lead: text,
    key_facts: z.array(z.strictObject({ text, cite: citations })).min(1),
    positions: z
      .array(
        z.strictObject({
          actor: entityId,
          heading: text,
          quote: text,
          summary: text,
          cite: citations,
        }),
      )
      .min(2),
    factors: z.strictObject({ intro: text, terms: references.min(1), cite: citations }),
  }),
});

export const sourceFile = z
  .array(
    z.strictObject({
      paragraph: z.number().int().positive(),
      /** The first words of the paragraph, verbatim, so readers can find it. */
      opening: text,
      summary: text,
      speaker: entityId.optional(),
    }),
  )
  .min(1, { message: "list at least one paragraph" });

export const termFile = z.array(
  z.strictObject({
    ...naming,
    definition: text,
    body: markdown,
    quotes: z.array(quotation).default([]),
    related: references.default([]),
    cite: citations,
  }).superRefine(namesMarkedOutsideExist),
);

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
    kind: z.enum(ACTOR_KINDS),
    role: text,
    /** Positions and statements the source attributes to the actor, in our words. */
    statements: z
      .array(z.strictObject({ text, quote: text.optional(), cite: citations }))
      .default([]),
    related: references.default([]),
    cite: citations,
  }).superRefine(namesMarkedOutsideExist),
);

export const AGREEMENT_KINDS = ["agreement", "dialogue", "commission", "framework", "campaign"] as const;

export const agreementFile = z.array(
  z.strictObject({
    ...naming,
    kind: z.enum(AGREEMENT_KINDS),
    summary: text,
    date: factDate.optional(),
    parties: references.min(1, { message: "name at least one party (an actor id)" }),
    provides: z.array(text).min(1, { message: "say what it provides or decides" }),
    status: text,
    quotes: z.array(quotation).default([]),
    related: references.default([]),
    cite: citations,
  }).superRefine(namesMarkedOutsideExist),
);

export const eventFile = z.array(
  z.strictObject({
    id: entityId,
    name: text,
    date: factDate,
    summary: text,
    actors: references.default([]),
    agreements: references.default([]),
    related: references.default([]),
    outside: outsideOfUnnamed.optional(),
    cite: citations,
  }),
);

/** Editorial notes: where the source contradicts itself or names one thing several ways. */
export const noteFile = z.array(
  z.strictObject({
    id: entityId,
    title: text,
    body: markdown,
    /**
     * An error in the source that the note explains: its wrong words, verbatim, what they stand in
     * place of, and the entries they are about. It is shown on those entries' pages, not as a name.
     */
    source_error: z
      .strictObject({ wording: text, instead_of: text, about: references.min(1, { message: "name the entries the error is about" }) })
      .optional(),
    related: references.default([]),
    outside: outsideOfUnnamed.optional(),
    cite: citations,
  }),
);

/**
 * Words or phrases that mean the same for search, in groups (optional file): a query for one finds the
 * entities whose text or names use another. For search only: never shown as the source's words.
 */
export const synonymsFile = z.array(
  z.strictObject({
    words: z.array(text).min(2, { message: "a group lists at least two words or phrases that mean the same" }),
    /** Why they mean the same here, for whoever edits the file. */
    note: text.optional(),
  }),
);

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
