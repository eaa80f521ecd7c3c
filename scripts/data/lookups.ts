/**
 * What rendering looks up in the linked model: an entity by id or by page URL,
 * and the entities whose names link where prose mentions them. Each map is
 * made once per model (the model is frozen, so it never goes stale).
 */
import type { Actor, Agreement, Entity, FactSheet, Term } from "./model.ts";

interface Lookups {
  byId: Map<string, Entity>;
  byUrl: Map<string, Entity>;
}

const made = new WeakMap<FactSheet, Lookups>();

function lookups(model: FactSheet): Lookups {
  let found = made.get(model);
  if (!found) {
    found = {
      byId: new Map(model.entities.map((entity) => [entity.id, entity])),
      byUrl: new Map(model.entities.map((entity) => [entity.url, entity])),
    };
    made.set(model, found);
  }
  return found;
}

export function entityById(model: FactSheet, id: string): Entity | undefined {
  return lookups(model).byId.get(id);
}

/** The entity whose page is at `url` (a site path such as /terms/hmc/). */
export function entityAtUrl(model: FactSheet, url: string): Entity | undefined {
  return lookups(model).byUrl.get(url);
}

/**
 * The entities a mention in prose links to, in the order a shared name is decided: agreements first, so a
 * name two entities share (HMC) goes to the commission rather than a term about it; then actors, then terms.
 * Events are not linked from prose.
 */
export function mentionTargets(model: FactSheet): (Agreement | Actor | Term)[] {
  return [...model.agreements, ...model.actors, ...model.terms];
}
