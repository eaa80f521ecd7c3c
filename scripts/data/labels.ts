/** The generator's own words for the kinds of actors and agreements, in Arabic (the types' labels are in entity-types.ts). */
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
};
