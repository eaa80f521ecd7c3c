/** The generator's own words for the kinds of actors and agreements, in Arabic (the types' labels are in entity-types.ts). */
import { deepFreeze } from "./deep-freeze.ts";
import { ENTITY_TYPES, type EntityType } from "./entity-types.ts";
import type { ActorKind, AgreementKind } from "./schema.ts";

export type { EntityType } from "./entity-types.ts";

export interface TypeLabels {
  singular: string;
  plural: string;
  folder: string;
}

/**
 * @deprecated Read ENTITY_TYPE (entity-types.ts). Kept only for scripts/dev/bench.ts and
 * scripts/render/relationship-map.ts until they move onto the table; nothing else may use it.
 */
export const TYPE_LABELS: Readonly<Record<EntityType, Readonly<TypeLabels>>> = deepFreeze(
  Object.fromEntries(ENTITY_TYPES.map(({ type, singular, plural, folder }) => [type, { singular, plural, folder }])) as Record<EntityType, TypeLabels>,
);

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: "شخصية",
  state: "دولة",
  government: "حكومة",
  ministry: "وزارة",
  force: "قوة عسكرية",
  coalition: "تحالف",
  "armed-group": "جماعة مسلحة",
  organization: "مؤسسة",
};

export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  agreement: "اتفاقية",
  dialogue: "حوار",
  commission: "لجنة",
  framework: "إطار",
  campaign: "حملة",
};
