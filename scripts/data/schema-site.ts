/** site.yaml: the fact sheet's title and address, what is known of its source, and the home page. */
import { z } from "zod";
import { factDate } from "./schema-dates.ts";
import { citations, entityId, references, text } from "./schema-fields.ts";
import { allowedCharacters } from "./text-rules.ts";

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
