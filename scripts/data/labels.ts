/** The generator's own words for what it shows: entity types and kinds, in Arabic. */
import { deepFreeze } from "./deep-freeze.ts";
import { ENTITY_TYPES, type EntityType } from "./entity-types.ts";
import type { ActorKind, AgreementKind } from "./schema.ts";

export type { EntityType } from "./entity-types.ts";

export interface TypeLabels {
  singular: string;
  plural: string;
  folder: string;
}

/** The labels of ENTITY_TYPES by type (kept while callers move to entity-types.ts). */
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

/**
 * The words for knowledge from outside the article, in one place: the marker every page shows beside it,
 * and what each kind of addition is called where they are listed.
 */
export const OUTSIDE_LABELS = deepFreeze({
  marker: "من خارج المقال",
  basis: "يستند إلى",
  english: "الاسم الإنجليزي",
  acronym: "الاختصار",
  fact: "معلومة",
  date: "التاريخ",
} as const);

export type OutsideKind = "english" | "acronym" | "fact" | "date";
