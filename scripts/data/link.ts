/**
 * Links the validated data into one model: references resolved to objects,
 * backlinks, citations, sort orders and letter groups computed once. The
 * templates read only this model. It is frozen, so Eleventy passes it to
 * every page as it is instead of copying it.
 */
import { ARABIC_ALPHABET, indexLetter, sortArabic } from "../text/arabic.ts";
import { chronologicalKey, formatFactDate } from "./dates.ts";
import { deepFreeze } from "./deep-freeze.ts";
import { ACTOR_KIND_LABELS, AGREEMENT_KIND_LABELS, TYPE_LABELS, type EntityType } from "./labels.ts";
import type {
  ActorData,
  AgreementData,
  EventData,
  FactDate,
  FactSheetData,
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

export interface Note extends Omit<NoteData, "related" | "cite"> {
  anchor: string;
  url: string;
  related: Entity[];
  citations: LinkedParagraph[];
}

export interface LetterGroup {
  letter: string;
  anchor: string;
  terms: Term[];
}

export interface Home {
  lead: string;
  keyFacts: { text: string; citations: LinkedParagraph[] }[];
  positions: { actor: Actor; heading: string; quote: string; summary: string; citations: LinkedParagraph[] }[];
  factors: { intro: string; terms: Term[]; citations: LinkedParagraph[] };
  keyEvents: Event[];
}

export interface FactSheet {
  site: SiteData;
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
  counts: Record<EntityType | "notes" | "paragraphs", number>;
  /** Groups of words or phrases that mean the same for search (synonyms.yaml): never shown as the source's words. */
  synonyms: string[][];
}

const ENTITY_LINK_FIELDS = ["related", "parties", "actors", "agreements"] as const;

export function linkEntities(data: FactSheetData): FactSheet {
  const paragraphs: LinkedParagraph[] = data.source
    .slice()
    .sort((a, b) => a.paragraph - b.paragraph)
    .map((p) => ({ ...p, anchor: `p${p.paragraph}`, url: `/source/#p${p.paragraph}`, citedBy: [] }));
  const paragraphByNumber = new Map(paragraphs.map((p) => [p.paragraph, p]));
  const cite = (numbers: readonly number[]) =>
    [...new Set(numbers)].sort((a, b) => a - b).map((n) => paragraphByNumber.get(n)!);

  const cited = (items: readonly { text: string; quote?: string; cite: number[] }[]): CitedText[] =>
    items.map(({ cite: c, ...item }) => ({ ...item, citations: cite(c) }));

  const base = <T extends EntityType>(
    type: T,
    entity: { id: string; name: string; aliases?: string[]; english?: string; acronym?: string; search_aliases?: string[] },
    description: string,
    citeNumbers: number[],
  ) => ({
    type,
    names: [entity.name, ...(entity.aliases ?? []), entity.english, entity.acronym].filter(
      (name): name is string => name !== undefined,
    ),
    searchAliases: entity.search_aliases ?? [],
    url: `/${TYPE_LABELS[type].folder}/${entity.id}/`,
    description,
    typeLabel: TYPE_LABELS[type].singular,
    related: [] as Entity[],
    mentionedIn: [] as Entity[],
    notes: [] as Note[],
    citations: cite(citeNumbers),
  });

  const terms: Term[] = data.terms.map(({ related: _r, cite: c, quotes, ...term }) => ({
    ...term,
    quotes: cited(quotes),
    ...base("term", term, term.definition, c),
    letter: indexLetter(term.name),
  }));
  const actors: Actor[] = data.actors.map(({ related: _r, cite: c, statements, ...actor }) => ({
    ...actor,
    statements: cited(statements),
    ...base("actor", actor, actor.role, c),
    kindLabel: ACTOR_KIND_LABELS[actor.kind],
  }));
  const agreements: Agreement[] = data.agreements.map(({ related: _r, cite: c, parties: _p, date, quotes, ...agreement }) => ({
    ...agreement,
    quotes: cited(quotes),
    ...base("agreement", agreement, agreement.summary, c),
    kindLabel: AGREEMENT_KIND_LABELS[agreement.kind],
    date: date && linkDate(date),
    parties: [],
  }));
  const events: Event[] = data.events.map(({ related: _r, cite: c, actors: _a, agreements: _g, date, ...event }) => ({
    ...event,
    ...base("event", event, event.summary, c),
    date: linkDate(date),
    actors: [],
    agreements: [],
  }));

  const byId = new Map<string, Entity>();
  for (const entity of [...terms, ...actors, ...agreements, ...events]) byId.set(entity.id, entity);
  const resolve = <E extends Entity>(ids: readonly string[]) => ids.map((id) => byId.get(id) as E);

  const rawById = new Map<string, Record<string, unknown>>();
  for (const raw of [...data.terms, ...data.actors, ...data.agreements, ...data.events]) rawById.set(raw.id, raw);

  for (const entity of byId.values()) {
    const raw = rawById.get(entity.id)!;
    entity.related = resolve((raw.related as string[]) ?? []);
    if (entity.type === "agreement") entity.parties = resolve<Actor>(raw.parties as string[]);
    if (entity.type === "event") {
      entity.actors = resolve<Actor>(raw.actors as string[]);
      entity.agreements = resolve<Agreement>(raw.agreements as string[]);
    }
    // Backlinks: every entity this one points at, by any field, learns it is mentioned here.
    const targets = new Set<string>(ENTITY_LINK_FIELDS.flatMap((field) => (raw[field] as string[] | undefined) ?? []));
    for (const id of targets) if (id !== entity.id) byId.get(id)!.mentionedIn.push(entity);
    for (const paragraph of entity.citations) paragraph.citedBy.push(entity);
  }

  const notes: Note[] = data.notes.map(({ related, cite: c, ...note }) => ({
    ...note,
    anchor: `note-${note.id}`,
    url: `/source/#note-${note.id}`,
    related: resolve(related),
    citations: cite(c),
  }));
  for (const note of notes) for (const entity of note.related) entity.notes.push(note);

  for (const paragraph of paragraphs) {
    if (paragraph.speaker) paragraph.speakerActor = byId.get(paragraph.speaker) as Actor;
  }

  // Every list below is in dictionary order by name: each entity's rank in it is worked out once.
  const nameRank = new Map(sortArabic([...byId.values()], (entity) => entity.name).map((entity, rank) => [entity, rank]));
  const byName = (a: Entity, b: Entity) => nameRank.get(a)! - nameRank.get(b)!;
  const byTypeThenName = (a: Entity, b: Entity) => ENTITY_ORDER[a.type] - ENTITY_ORDER[b.type] || byName(a, b);
  terms.sort(byName);
  actors.sort(byName);
  agreements.sort(byName);
  events.sort((a, b) => chronologicalKey(a.date).localeCompare(chronologicalKey(b.date)) || byName(a, b));
  for (const entity of byId.values()) entity.mentionedIn.sort(byTypeThenName);
  for (const paragraph of paragraphs) paragraph.citedBy.sort(byTypeThenName);

  const home = data.site.home;
  const factSheet: FactSheet = {
    site: data.site,
    synonyms: data.synonyms.map((group) => group.words),
    home: {
      lead: home.lead,
      keyFacts: home.key_facts.map((fact) => ({ text: fact.text, citations: cite(fact.cite) })),
      positions: home.positions.map((position) => ({
        actor: byId.get(position.actor) as Actor,
        heading: position.heading,
        quote: position.quote,
        summary: position.summary,
        citations: cite(position.cite),
      })),
      factors: {
        intro: home.factors.intro,
        terms: resolve<Term>(home.factors.terms),
        citations: cite(home.factors.cite),
      },
      keyEvents: events.filter((event) => event.date.basis === "stated"),
    },
    paragraphs,
    terms,
    actors,
    agreements,
    events,
    notes,
    entities: [...terms, ...actors, ...agreements, ...events],
    letters: groupByLetter(terms),
    counts: {
      term: terms.length,
      actor: actors.length,
      agreement: agreements.length,
      event: events.length,
      notes: notes.length,
      paragraphs: paragraphs.length,
    },
  };
  return deepFreeze(factSheet);
}

const ENTITY_ORDER: Record<EntityType, number> = { term: 0, actor: 1, agreement: 2, event: 3 };

function linkDate(date: FactDate): LinkedDate {
  return { ...date, label: formatFactDate(date), iso: date.start };
}

function groupByLetter(sortedTerms: Term[]): LetterGroup[] {
  const groups = new Map<string, Term[]>(ARABIC_ALPHABET.map((letter) => [letter, []]));
  for (const term of sortedTerms) {
    const list = groups.get(term.letter);
    if (list) list.push(term);
    else groups.set(term.letter, [term]);
  }
  return [...groups].map(([letter, terms], index) => ({ letter, anchor: `letter-${index + 1}`, terms }));
}
