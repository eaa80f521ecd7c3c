/**
 * Links the validated data into one model: references resolved to objects,
 * backlinks, citations, sort orders and letter groups computed once. The
 * templates read only this model. It is frozen, so Eleventy passes it to
 * every page as it is instead of copying it. Its types are in model.ts; the
 * lookups rendering needs (by id, by URL, mention targets) in lookups.ts.
 */
import { ARABIC_ALPHABET, indexLetter, sortArabic } from "../text/arabic.ts";
import { chronologicalKey, formatFactDate } from "./dates.ts";
import { deepFreeze } from "./deep-freeze.ts";
import { glossaryPages, INDEX_PAGE_LIMITS, listPages, sourcePages } from "./index-pages.ts";
import { ENTITY_TYPE, ENTITY_TYPES, type EntityType } from "./entity-types.ts";
import { ACTOR_KIND_LABELS, AGREEMENT_KIND_LABELS, OUTSIDE_LABELS, type OutsideKind } from "./labels.ts";
import type { Actor, Agreement, CitedText, Entity, Event, FactSheet, LetterGroup, LinkedDate, LinkedParagraph, Note, OutsideItem, SourceError, Term } from "./model.ts";
import type { FactDate, FactSheetData, OutsideFact } from "./schema.ts";
import { describeSource } from "./source-details.ts";

export type * from "./model.ts";

/** The URL of an entity's page: /<folder of its type>/<id>/. */
export function entityUrl(type: EntityType, id: string): string {
  return `/${ENTITY_TYPE[type].folder}/${id}/`;
}

/**
 * Every entity an entity's reference fields name (REFERENCES in entity-types.ts: related, and parties, actors
 * or agreements by type), itself left out, each once.
 */
export function referencesOf(entity: Entity): Entity[] {
  const named: Entity[] = [...entity.related];
  if (entity.type === "agreement") named.push(...entity.parties);
  if (entity.type === "event") named.push(...entity.actors, ...entity.agreements);
  return [...new Set(named)].filter((target) => target !== entity);
}

/** The display order of the types (ENTITY_TYPES): terms, actors, agreements, events. */
const ENTITY_ORDER = Object.fromEntries(ENTITY_TYPES.map(({ type }, index) => [type, index])) as Record<EntityType, number>;

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
    url: entityUrl(type, entity.id),
    description,
    typeLabel: ENTITY_TYPE[type].singular,
    related: [] as Entity[],
    mentionedIn: [] as Entity[],
    notes: [] as Note[],
    citations: cite(citeNumbers),
    sourceErrors: [] as SourceError[],
  });

  const terms: Term[] = data.terms.map(({ related: _r, cite: c, quotes, ...term }) => ({
    ...term,
    quotes: cited(quotes),
    ...base("term", term, term.definition, c),
    outsideItems: outsideItems(term),
    letter: indexLetter(term.name),
  }));
  const actors: Actor[] = data.actors.map(({ related: _r, cite: c, statements, ...actor }) => ({
    ...actor,
    statements: cited(statements),
    ...base("actor", actor, actor.role, c),
    outsideItems: outsideItems(actor),
    kindLabel: ACTOR_KIND_LABELS[actor.kind],
  }));
  const agreements: Agreement[] = data.agreements.map(({ related: _r, cite: c, parties: _p, date, quotes, ...agreement }) => ({
    ...agreement,
    quotes: cited(quotes),
    ...base("agreement", agreement, agreement.summary, c),
    outsideItems: outsideItems(agreement, date),
    kindLabel: AGREEMENT_KIND_LABELS[agreement.kind],
    date: date && linkDate(date),
    parties: [],
  }));
  const events: Event[] = data.events.map(({ related: _r, cite: c, actors: _a, agreements: _g, date, ...event }) => ({
    ...event,
    ...base("event", event, event.summary, c),
    outsideItems: outsideItems(event, date),
    date: linkDate(date),
    actors: [],
    agreements: [],
  }));

  const byId = new Map<string, Entity>();
  for (const entity of [...terms, ...actors, ...agreements, ...events]) byId.set(entity.id, entity);
  // Validation has checked that every id names an entity of a type the field allows.
  const resolve = <E extends Entity>(ids: readonly string[]) => ids.map((id) => byId.get(id) as E);

  // The references, from the typed data: each list above is in the order of its data file.
  data.terms.forEach((raw, i) => (terms[i]!.related = resolve(raw.related)));
  data.actors.forEach((raw, i) => (actors[i]!.related = resolve(raw.related)));
  data.agreements.forEach((raw, i) => {
    agreements[i]!.related = resolve(raw.related);
    agreements[i]!.parties = resolve<Actor>(raw.parties);
  });
  data.events.forEach((raw, i) => {
    events[i]!.related = resolve(raw.related);
    events[i]!.actors = resolve<Actor>(raw.actors);
    events[i]!.agreements = resolve<Agreement>(raw.agreements);
  });

  for (const entity of byId.values()) {
    // Backlinks: every entity this one points at, by any field, learns it is mentioned here.
    for (const target of referencesOf(entity)) target.mentionedIn.push(entity);
    for (const paragraph of entity.citations) paragraph.citedBy.push(entity);
  }

  const notes: Note[] = data.notes.map(({ related, cite: c, source_error: error, ...note }) => ({
    ...note,
    anchor: `note-${note.id}`,
    url: `/source/#note-${note.id}`,
    related: resolve(related),
    citations: cite(c),
    sourceError: error && { wording: error.wording, insteadOf: error.instead_of, about: resolve(error.about) },
    outsideItems: outsideItems(note),
  }));
  for (const note of notes) for (const entity of note.related) entity.notes.push(note);
  for (const note of notes) {
    const error = note.sourceError;
    if (error) for (const entity of error.about) entity.sourceErrors.push({ wording: error.wording, insteadOf: error.insteadOf, note });
  }

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

  const lists = { terms, actors, agreements, events };
  const letters = groupByLetter(terms);
  const pages = {
    glossary: glossaryPages(letters),
    source: sourcePages(paragraphs, notes),
    actors: listPages(`/${ENTITY_TYPE.actor.folder}/`, actors, INDEX_PAGE_LIMITS.cards),
    agreements: listPages(`/${ENTITY_TYPE.agreement.folder}/`, agreements, INDEX_PAGE_LIMITS.cards),
    events: listPages(`/${ENTITY_TYPE.event.folder}/`, events, INDEX_PAGE_LIMITS.cards),
    timeline: listPages("/timeline/", events, INDEX_PAGE_LIMITS.timeline),
  };
  const home = data.site.home;
  const factSheet: FactSheet = {
    site: data.site,
    synonyms: data.synonyms.map((group) => group.words),
    sourceDetails: describeSource(data.site.source),
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
      factors: home.factors && {
        intro: home.factors.intro,
        terms: resolve<Term>(home.factors.terms),
        citations: cite(home.factors.cite),
      },
      keyEvents: events.filter((event) => event.date.basis === "stated"),
    },
    paragraphs,
    ...lists,
    notes,
    entities: ENTITY_TYPES.flatMap(({ collection }): Entity[] => lists[collection]),
    letters,
    pages,
    counts: {
      ...(Object.fromEntries(ENTITY_TYPES.map(({ type, collection }) => [type, lists[collection].length])) as Record<EntityType, number>),
      notes: notes.length,
      paragraphs: paragraphs.length,
    },
    outside: [
      ...[...terms, ...actors, ...agreements, ...events].map((entity) => ({ name: entity.name, url: entity.url, items: entity.outsideItems })),
      ...notes.map((note) => ({ name: note.title, url: note.url, items: note.outsideItems })),
    ].filter((page) => page.items.length > 0),
  };
  return deepFreeze(factSheet);
}

/** Everything an entry or note marks as coming from outside the article, in the order a page shows it. */
function outsideItems(
  entry: { english?: string; acronym?: string; outside?: { english?: string; acronym?: string; facts?: OutsideFact[] } },
  date?: FactDate,
): OutsideItem[] {
  const item = (kind: OutsideKind, text: string, basis: string): OutsideItem => ({ kind, label: OUTSIDE_LABELS[kind], text, basis });
  const items: OutsideItem[] = [];
  const outside = entry.outside;
  if (outside?.english !== undefined && entry.english !== undefined) items.push(item("english", entry.english, outside.english));
  if (outside?.acronym !== undefined && entry.acronym !== undefined) items.push(item("acronym", entry.acronym, outside.acronym));
  if (date?.outside !== undefined) items.push(item("date", formatFactDate(date), date.outside));
  for (const fact of outside?.facts ?? []) items.push(item("fact", fact.text, fact.basis));
  return items;
}

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
  return [...groups].map(([letter, terms], index) => ({ letter, anchor: `letter-${index + 1}`, href: `#letter-${index + 1}`, terms }));
}
