/** The generator's own words for the kinds of actors and agreements, in Arabic (the types' labels are in entity-types.ts). */
import { deepFreeze } from "./deep-freeze.ts";
import type { ActorKind, AgreementKind } from "./schema.ts";

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
  statement: "بيان",
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
