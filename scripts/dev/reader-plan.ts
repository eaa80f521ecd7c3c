/**
 * The pages a reader's journey visits, chosen from the linked model rather
 * than by name, so that they follow the data: one page of each type, and the
 * entities and query the journeys use. The browser tests walk them; the
 * audit scores some of them.
 */
import type { EntityType } from "../data/entity-types.ts";
import type { Actor, Entity, FactSheet, LetterGroup, LinkedParagraph, Term } from "../data/link.ts";

/** The pages and entities the journeys use. */
export interface ReaderPlan {
  /** A term, under a letter of the glossary, with a related actor. */
  term: Term;
  group: LetterGroup;
  actor: Actor;
  /** The paragraph the actor's first citation link points to. */
  paragraph: LinkedParagraph;
  /** The term whose acronym is HMC, for the bidi checks. */
  hmc: Term;
  search: SearchPlan;
  /** A page of each type, by a short name: home, the indexes, an entity of each type, timeline, source, search, 404. */
  pages: { name: string; url: string }[];
}

export interface SearchPlan {
  /** A word of entities' names, typed as a reader would. */
  query: string;
  /** An entity whose name holds the word: it must be among the results. */
  target: Entity;
  /** The type the filter journey selects: the target's. */
  type: EntityType;
  url: string;
}

export function planFor(model: FactSheet): ReaderPlan {
  const withActor = model.terms.filter((term) => term.related.some((entity) => entity.type === "actor"));
  // The last such term in dictionary order, so that jumping to its letter moves down the page.
  const term = withActor.at(-1);
  if (!term) throw new Error("The fact sheet has no term with a related actor: the glossary journey needs one.");
  const group = model.letters.find((g) => g.terms.includes(term))!;
  const actor = term.related.find((entity): entity is Actor => entity.type === "actor")!;
  const paragraph = actor.statements.flatMap((s) => s.citations)[0] ?? actor.citations[0]!;
  const hmc = model.terms.find((t) => t.acronym === "HMC");
  if (!hmc) throw new Error("The fact sheet has no term with the acronym HMC: the bidi check needs one.");
  const search = searchPlan(model);
  const first = <T extends Entity>(list: readonly T[], what: string): T => {
    if (!list[0]) throw new Error(`The fact sheet has no ${what}: the browser tests need a page of each type.`);
    return list[0];
  };
  return {
    term,
    group,
    actor,
    paragraph,
    hmc,
    search,
    pages: [
      { name: "home", url: "/" },
      { name: "terms", url: "/terms/" },
      { name: "actors", url: "/actors/" },
      { name: "agreements", url: "/agreements/" },
      { name: "timeline", url: "/timeline/" },
      { name: "source", url: "/source/" },
      { name: "term", url: hmc.url },
      { name: "actor", url: actor.url },
      { name: "agreement", url: first(model.agreements, "agreement").url },
      { name: "event", url: first(model.events, "event").url },
      { name: "search", url: search.url },
      { name: "404", url: "/no-such-page/" },
    ],
  };
}

/**
 * A query from the entities' names: a word of four letters or more that names
 * entities of as many types as possible (so that filtering by type changes
 * the results) but not so many that the target could fall off the list.
 */
function searchPlan(model: FactSheet): SearchPlan {
  const candidates = new Map<string, Entity[]>();
  for (const entity of model.entities) {
    for (const word of new Set(entity.name.split(/\s+/))) {
      if ([...word].length < 4 || /[A-Za-z0-9]/.test(word)) continue;
      candidates.set(word, [...(candidates.get(word) ?? []), entity]);
    }
  }
  const score = (entities: Entity[]) => new Set(entities.map((e) => e.type)).size * 100 - entities.length;
  const [query, entities] = [...candidates]
    .filter(([, list]) => list.length <= 8)
    .sort(([a, x], [b, y]) => score(y) - score(x) || a.localeCompare(b))[0] ?? [];
  if (!query || !entities) throw new Error("No word in the entities' names to search for.");
  const target = entities[0]!;
  return { query, target, type: target.type, url: `/search/?q=${encodeURIComponent(query)}` };
}
