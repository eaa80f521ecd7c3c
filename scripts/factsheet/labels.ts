/** The generator's own words for what it shows: entity types and kinds, in Arabic. */
import { deepFreeze } from "./deep-freeze.ts";
import type { ActorKind, AgreementKind } from "./schema.ts";

export type EntityType = "term" | "actor" | "agreement" | "event";

export interface TypeLabels {
  /** One of this type, as a search filter and badge shows it. */
  singular: string;
  /** The section's heading. */
  plural: string;
  /** The URL folder of the section. */
  folder: string;
}

/** Frozen: Eleventy hands frozen global data to each page as it is, where it wraps any other object in a proxy per page. */
export const TYPE_LABELS: Readonly<Record<EntityType, Readonly<TypeLabels>>> = deepFreeze({
  term: { singular: "مصطلح", plural: "المصطلحات", folder: "terms" },
  actor: { singular: "جهة", plural: "الجهات الفاعلة", folder: "actors" },
  agreement: { singular: "اتفاقية", plural: "الاتفاقات والأطر", folder: "agreements" },
  event: { singular: "حدث", plural: "الأحداث", folder: "events" },
});

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
