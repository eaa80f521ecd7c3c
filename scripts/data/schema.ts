/**
 * The fact sheet's data format: one Zod schema per YAML file.
 *
 * This file is the single source of truth: the TypeScript types, the validation
 * (with its messages) and the exported JSON Schema all come from here.
 */
import { z } from "zod";

/** An entity's id is its URL slug: lowercase ASCII words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const entityId = z
  .string()
  .regex(ID_PATTERN, {
    message:
      "an id must be a URL slug: lowercase Latin letters and digits joined by single hyphens (e.g. higher-military-commission)",
  });

/** Non-empty text with no leading or trailing whitespace. */
const text = z
  .string()
  .min(1, { message: "must not be empty" })
  .refine((value) => value.trim() === value, { message: "must not start or end with whitespace" });

/** Markdown: surrounding whitespace (the newline a block scalar ends with) is trimmed. */
const markdown = z.string().trim().min(1, { message: "must not be empty" });

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

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && month !== undefined) {
    const last = new Date(Date.UTC(year!, month, 0)).getUTCDate();
    if (day < 1 || day > last) return false;
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
    if (date.end !== undefined && date.end < date.start) {
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

/** Names shared by every entity: the Arabic name, its variants and its foreign names. */
const naming = {
  id: entityId,
  name: text,
  /** Every other Arabic name or spelling the source uses. */
  aliases: z.array(text).default([]),
  /** English name, where the source gives or implies one. */
  english: text.optional(),
  /** Latin acronym (HMC, D-ISIS). */
  acronym: text.optional(),
  /**
   * Names the source does not use but readers search by (a nickname, another transliteration): outside
   * knowledge, for search only. They are never shown as the source's words.
   */
  search_aliases: z.array(text).default([]),
};

export const siteFile = z.strictObject({
  title: text,
  short_title: text,
  description: text,
  /** Absolute URL the site is deployed at, used for canonical links. */
  url: z.url({ protocol: /^https?$/ }),
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
  }),
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
  }),
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
  }),
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
    cite: citations,
  }),
);

/** Editorial notes: where the source contradicts itself or names one thing several ways. */
export const noteFile = z.array(
  z.strictObject({
    id: entityId,
    title: text,
    body: markdown,
    related: references.default([]),
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
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
