/**
 * What the relationship map draws: the relations between entities that the
 * reference fields of the data make (REFERENCES says which types each field
 * may name), and, past the node limit, the connected core of the most
 * connected entities.
 */
import { ENTITY_TYPES, REFERENCES, type EntityType } from "../../data/entity-types.ts";
import type { Actor, Agreement, Entity, Event, FactSheet, Term } from "../../data/link.ts";

/**
 * - party: an actor (from) is party to an agreement (to)
 * - participant: an actor (from) takes part in an event (to)
 * - concerns: an event (from) concerns an agreement (to)
 * - term: a term (from) belongs to an actor, agreement or event (to), by either one's `related`
 */
export type RelationKind = "party" | "participant" | "concerns" | "term";

export interface Relation {
  kind: RelationKind;
  from: Entity;
  to: Entity;
}

/** An entity's neighbours on the map, by type, each list in the model's display order. */
export interface Neighbours {
  actor: Actor[];
  agreement: Agreement[];
  event: Event[];
  term: Term[];
}

type EntityFile = (typeof ENTITY_TYPES)[number]["file"];

/** The reference fields the map draws, by data file, and the relation each makes; checked against REFERENCES. */
const DRAWN_FIELDS = {
  "terms.yaml": { related: "term" },
  "actors.yaml": { related: "term" },
  "agreements.yaml": { parties: "party", related: "term" },
  "events.yaml": { actors: "participant", agreements: "concerns", related: "term" },
} as const satisfies { [F in EntityFile]: { [Field in keyof (typeof REFERENCES)[F]]?: RelationKind } };

/** The type at the `from` end of each kind of relation. */
const FROM: Record<RelationKind, EntityType> = { party: "actor", participant: "actor", concerns: "event", term: "term" };

const KIND_ORDER: Record<RelationKind, number> = { party: 0, participant: 1, concerns: 2, term: 3 };

/** The relation that `field` of `owner` naming `named` makes on the map, if any: `related` draws only a term's links to the others. */
function relationOf(kind: RelationKind, owner: Entity, named: Entity): Relation | undefined {
  if (owner.id === named.id) return undefined;
  if (kind === "term" && (owner.type === "term") === (named.type === "term")) return undefined;
  const [from, to] = owner.type === FROM[kind] ? [owner, named] : [named, owner];
  return { kind, from, to };
}

/** The relations, deduplicated, in a fixed order: by kind, then by the model's order of their ends. */
export function collectRelations(model: FactSheet): Relation[] {
  const relations = new Map<string, Relation>();
  for (const { file, collection } of ENTITY_TYPES) {
    const fields: Record<string, RelationKind> = DRAWN_FIELDS[file];
    const allowed: Record<string, readonly EntityType[]> = REFERENCES[file];
    for (const owner of model[collection] as readonly Entity[]) {
      for (const [field, kind] of Object.entries(fields)) {
        const named = (owner as unknown as Record<string, readonly Entity[]>)[field]!;
        for (const entity of named) {
          const relation = allowed[field]!.includes(entity.type) ? relationOf(kind, owner, entity) : undefined;
          const key = relation && `${relation.from.id} ${relation.to.id}`;
          if (relation && !relations.has(key!)) relations.set(key!, relation);
        }
      }
    }
  }
  const order = new Map(model.entities.map((entity, index) => [entity.id, index]));
  return [...relations.values()].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      order.get(a.to.id)! - order.get(b.to.id)! ||
      order.get(a.from.id)! - order.get(b.from.id)!,
  );
}

export interface MapSelection {
  /** The relations between drawn entities. */
  relations: Relation[];
  /** The drawn entities by type, each list in the model's order. */
  shown: Neighbours;
  /** Every entity of the model, by id, with its neighbours on the map. */
  neighbours: Record<string, Neighbours>;
  /** The ids of the drawn entities with at least one relation on the map. */
  linked: Set<string>;
  /** How many entities would be drawn but were left off. */
  omitted: number;
}

/** Every actor, agreement and event, and every term with a relation, up to `maxNodes`. */
export function selectMapEntities(model: FactSheet, maxNodes: number): MapSelection {
  const allRelations = collectRelations(model);
  const linkedAtAll = new Set(allRelations.flatMap((r) => [r.from.id, r.to.id]));
  const candidates: Entity[] = [...model.actors, ...model.agreements, ...model.events, ...model.terms.filter((term) => linkedAtAll.has(term.id))];
  const drawn = mostConnected(candidates, allRelations, maxNodes);
  const relations = allRelations.filter((r) => drawn.has(r.from.id) && drawn.has(r.to.id));
  const linked = new Set(relations.flatMap((r) => [r.from.id, r.to.id]));
  const shown: Neighbours = {
    actor: model.actors.filter((e) => drawn.has(e.id)),
    agreement: model.agreements.filter((e) => drawn.has(e.id)),
    event: model.events.filter((e) => drawn.has(e.id)),
    term: model.terms.filter((e) => drawn.has(e.id) && linked.has(e.id)),
  };
  const shownCount = Object.values(shown).reduce((sum, list) => sum + list.length, 0);
  return { relations, shown, neighbours: neighboursOf(model, relations), linked, omitted: candidates.length - shownCount };
}

/**
 * The ids of the candidates drawn: all of them, or `max` of them grown from the most connected one,
 * each next the candidate with the most relations to those already chosen (then the most relations in
 * all, then the model's order), so that the map shows a connected core rather than scattered hubs.
 */
function mostConnected(candidates: Entity[], relations: Relation[], max: number): Set<string> {
  if (candidates.length <= max) return new Set(candidates.map((e) => e.id));
  const neighbours = adjacencyByIndex(candidates, relations);
  const toChosen = new Int32Array(candidates.length);
  const chosen = new Uint8Array(candidates.length);
  const ids = new Set<string>();
  while (ids.size < max) {
    let best = -1;
    for (let i = 0; i < candidates.length; i += 1) {
      if (chosen[i]) continue;
      if (best === -1 || toChosen[i]! > toChosen[best]! || (toChosen[i] === toChosen[best] && neighbours[i]!.length > neighbours[best]!.length)) best = i;
    }
    chosen[best] = 1;
    ids.add(candidates[best]!.id);
    for (const n of neighbours[best]!) toChosen[n]! += 1;
  }
  return ids;
}

/** For each candidate, the indexes of the candidates it has a relation with. */
function adjacencyByIndex(candidates: Entity[], relations: Relation[]): number[][] {
  const indexOf = new Map(candidates.map((entity, i) => [entity.id, i]));
  const neighbours: number[][] = candidates.map(() => []);
  for (const { from, to } of relations) {
    const [a, b] = [indexOf.get(from.id), indexOf.get(to.id)];
    if (a === undefined || b === undefined) continue;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  }
  return neighbours;
}

function neighboursOf(model: FactSheet, relations: Relation[]): Record<string, Neighbours> {
  const result: Record<string, Neighbours> = {};
  for (const entity of model.entities) result[entity.id] = { actor: [], agreement: [], event: [], term: [] };
  for (const { from, to } of relations) {
    (result[from.id]![to.type] as Entity[]).push(to);
    (result[to.id]![from.type] as Entity[]).push(from);
  }
  const order = new Map(model.entities.map((entity, index) => [entity.id, index]));
  for (const lists of Object.values(result)) {
    for (const type of Object.keys(lists) as EntityType[]) {
      (lists[type] as Entity[]).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    }
  }
  return result;
}
