/**
 * The linked model's types: what linking (link.ts) makes of the validated data
 * and what every step after it reads. References are objects, not ids.
 */
import type { EntityType } from "./entity-types.ts";
import type { OutsideKind } from "./labels.ts";
import type { SourceDetails } from "./source-details.ts";
import type {
  ActorData,
  AgreementData,
  EventData,
  FactDate,
  NoteData,
  Paragraph,
  SiteData,
  TermData,
} from "./schema.ts";

export interface LinkedParagraph extends Paragraph {
  anchor: string;
  url: string;
  speakerActor?: Actor;
  citedBy: Entity[];
}

export interface LinkedDate extends FactDate {
  /** The date in Arabic at its precision. */
  label: string;
  /** The machine-readable date for <time datetime>. */
  iso: string;
}

interface Linked {
  type: EntityType;
  id: string;
  name: string;
  url: string;
  /** The one line shown in lists, previews and meta descriptions. */
  description: string;
  typeLabel: string;
  /** The name, its aliases, English name and acronym: every name the entity is known by. */
  names: string[];
  /** Names the source does not use, for search only (search_aliases): never shown as the source's words. */
  searchAliases: string[];
  related: Entity[];
  /** Entities and notes that refer to this one. */
  mentionedIn: Entity[];
  notes: Note[];
  citations: LinkedParagraph[];
  /** What on the page comes from outside the article: names, facts, the date. */
  outsideItems: OutsideItem[];
  /** Errors of the source about this entry (a wrong name in its place), explained by notes. */
  sourceErrors: SourceError[];
}

/** One thing on a page that comes from outside the article, and what it rests on. */
export interface OutsideItem {
  kind: OutsideKind;
  /** What kind of thing it is, in Arabic (الاسم الإنجليزي، الاختصار، معلومة، التاريخ). */
  label: string;
  /** The name, the statement or the date as shown. */
  text: string;
  basis: string;
}

/** An error in the source, shown on the pages of the entries it is about, with the note that explains it. */
export interface SourceError {
  wording: string;
  insteadOf: string;
  note: Note;
}

/** A page with what on it comes from outside the article, for the source page's list. */
export interface OutsideOnPage {
  name: string;
  url: string;
  items: OutsideItem[];
}

export interface CitedText {
  text: string;
  quote?: string;
  citations: LinkedParagraph[];
}

export interface Term extends Linked, Omit<TermData, "related" | "cite" | "quotes"> {
  type: "term";
  quotes: CitedText[];
  letter: string;
}
export interface Actor extends Linked, Omit<ActorData, "related" | "cite" | "statements"> {
  type: "actor";
  statements: CitedText[];
  kindLabel: string;
}
export interface Agreement extends Linked, Omit<AgreementData, "related" | "cite" | "parties" | "date" | "quotes"> {
  type: "agreement";
  quotes: CitedText[];
  kindLabel: string;
  date?: LinkedDate;
  parties: Actor[];
}
export interface Event extends Linked, Omit<EventData, "related" | "cite" | "actors" | "agreements" | "date"> {
  type: "event";
  date: LinkedDate;
  actors: Actor[];
  agreements: Agreement[];
}
export type Entity = Term | Actor | Agreement | Event;

export interface Note extends Omit<NoteData, "related" | "cite" | "source_error"> {
  anchor: string;
  url: string;
  related: Entity[];
  citations: LinkedParagraph[];
  sourceError?: { wording: string; insteadOf: string; about: Entity[] };
  outsideItems: OutsideItem[];
}

export interface LetterGroup {
  letter: string;
  anchor: string;
  /** Where the letter's terms begin: `#letter-2` on a one-page glossary, else the page's URL and that anchor. */
  href: string;
  terms: Term[];
}

/** One page of the glossary: its letters, each with the terms of it on this page. */
export interface GlossaryPage {
  number: number;
  url: string;
  /** Its letters, for the list of pages: «ب–ث». */
  label: string;
  /** `continued`: the letter's first terms are on an earlier page. */
  groups: (LetterGroup & { continued: boolean })[];
}

/** One page of a list of entities (an entity type's index, the timeline). */
export interface ListPage<T> {
  number: number;
  url: string;
  /** The positions it holds, for the list of pages: «1001–2000». */
  label: string;
  items: T[];
}

/** One page of the source: the first page also holds what is known of the source. */
export interface SourcePage {
  number: number;
  url: string;
  /** What the page holds, for the list of pages: «الفقرات ١–١٢٠». */
  label: string;
  paragraphs: LinkedParagraph[];
  notes: Note[];
}

export interface Home {
  lead: string;
  keyFacts: { text: string; citations: LinkedParagraph[] }[];
  positions: { actor: Actor; heading: string; quote: string; summary: string; citations: LinkedParagraph[] }[];
  factors?: { intro: string; terms: Term[]; citations: LinkedParagraph[] };
  keyEvents: Event[];
}

export interface FactSheet {
  site: SiteData;
  /** What is known about the source and what is not, detail by detail. */
  sourceDetails: SourceDetails;
  home: Home;
  paragraphs: LinkedParagraph[];
  terms: Term[];
  actors: Actor[];
  agreements: Agreement[];
  events: Event[];
  notes: Note[];
  /** Every entity, terms first, each list in its display order. */
  entities: Entity[];
  /** The glossary's letter bar: every letter of the alphabet, with its terms (possibly none). */
  letters: LetterGroup[];
  /** The glossary's and the source's pages (one each unless the data is large: scripts/data/index-pages.ts). */
  pages: {
    glossary: GlossaryPage[];
    source: SourcePage[];
    actors: ListPage<Actor>[];
    agreements: ListPage<Agreement>[];
    events: ListPage<Event>[];
    timeline: ListPage<Event>[];
  };
  counts: Record<EntityType | "notes" | "paragraphs", number>;
  /** Every page with something from outside the article, entries in display order, then notes. */
  outside: OutsideOnPage[];
  /** Groups of words or phrases that mean the same for search (synonyms.yaml): never shown as the source's words. */
  synonyms: string[][];
}
