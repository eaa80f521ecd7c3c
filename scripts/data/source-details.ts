/**
 * What the fact sheet knows about its source and what it does not: each
 * detail of site.yaml's `source` (url, headline, publisher, published, author,
 * byline, dateline) is either given or missing; a missing one carries the note
 * of the `unknown` entry about it, if the data has one. The source page shows
 * both lists, so an article with no author reads «not known», never a
 * placeholder.
 */
import { formatFactDate } from "./dates.ts";
import { SOURCE_DETAILS, type FactDate, type SiteData } from "./schema.ts";

export type SourceDetail = (typeof SOURCE_DETAILS)[number];

export interface GivenDetail {
  detail: SourceDetail;
  /** The detail as shown: the text, the URL, or the date in Arabic at its precision. */
  text: string;
  /** For `url`: the address to link to. */
  href?: string;
  /** For `published`: the machine-readable date for <time datetime>. */
  iso?: string;
  date?: FactDate;
}

export interface UnknownDetail {
  /** The missing detail it is about, if it is about one. */
  detail?: SourceDetail;
  /** The data's own label, or none: the template then shows the detail's label. */
  label?: string;
  /** The data's note, or none: the template then says it is not known. */
  note?: string;
}

export interface SourceDetails {
  given: GivenDetail[];
  /** The data's `unknown` entries in their order, then every missing detail no entry is about. */
  unknown: UnknownDetail[];
}

export function describeSource(source: SiteData["source"]): SourceDetails {
  const given: GivenDetail[] = [];
  const missing: SourceDetail[] = [];
  for (const detail of SOURCE_DETAILS) {
    const value = source[detail];
    if (value === undefined) missing.push(detail);
    else if (typeof value === "string") given.push(detail === "url" ? { detail, text: value, href: value } : { detail, text: value });
    else given.push({ detail, text: formatFactDate(value), iso: value.start, date: value });
  }
  const explained = new Set(source.unknown.map((entry) => entry.detail));
  return {
    given,
    unknown: [
      ...source.unknown.map(({ detail, label, note }) => ({ detail, label, note })),
      ...missing.filter((detail) => !explained.has(detail)).map((detail) => ({ detail })),
    ],
  };
}
