/**
 * The two tables every step reads, beside the schema: the entity types (their
 * data file, URL folder, Arabic labels and schema.org type) and the references
 * (which field of which file names which types). Validation, linking, the map,
 * the navigation, the open data, the generator and the bench all read these;
 * none keeps a list of its own.
 */
import { deepFreeze } from "./deep-freeze.ts";

export type EntityType = "term" | "actor" | "agreement" | "event";
/** Notes are linked like entities (they cite and relate) but have no page of their own. */
export type ReferenceSource = EntityType | "note" | "paragraph" | "position" | "factor";

export interface EntityTypeInfo {
  type: EntityType;
  /** The data file that lists them. */
  file: "terms.yaml" | "actors.yaml" | "agreements.yaml" | "events.yaml";
  /** Their list in the validated data and in the linked model. */
  collection: "terms" | "actors" | "agreements" | "events";
  /** The URL folder of the section: /<folder>/<id>/. */
  folder: string;
  /** One of this type, as a search filter and badge shows it. */
  singular: string;
  /** The section's heading and navigation label. */
  plural: string;
  /** schema.org type of the entity's JSON-LD (actors refine it by kind). */
  schemaOrg: string;
}

/** In display order: the glossary first, then actors, agreements, events. Frozen, so Eleventy hands it to pages as it is. */
export const ENTITY_TYPES: readonly Readonly<EntityTypeInfo>[] = deepFreeze([
  { type: "term", file: "terms.yaml", collection: "terms", folder: "terms", singular: "مصطلح", plural: "المصطلحات", schemaOrg: "DefinedTerm" },
  { type: "actor", file: "actors.yaml", collection: "actors", folder: "actors", singular: "جهة", plural: "الجهات الفاعلة", schemaOrg: "Organization" },
  { type: "agreement", file: "agreements.yaml", collection: "agreements", folder: "agreements", singular: "اتفاقية", plural: "الاتفاقيات والأطر", schemaOrg: "CreativeWork" },
  { type: "event", file: "events.yaml", collection: "events", folder: "events", singular: "حدث", plural: "الأحداث", schemaOrg: "Event" },
] satisfies EntityTypeInfo[]);

export const ENTITY_TYPE: Readonly<Record<EntityType, Readonly<EntityTypeInfo>>> = deepFreeze(
  Object.fromEntries(ENTITY_TYPES.map((info) => [info.type, info])) as Record<EntityType, EntityTypeInfo>,
);

/** What `related` may name: any entity with a page. */
export const LINKABLE: readonly EntityType[] = ENTITY_TYPES.map((info) => info.type);

/** Every reference field of every list in the data, and the types it may name. */
export const REFERENCES = deepFreeze({
  "terms.yaml": { related: LINKABLE },
  "actors.yaml": { related: LINKABLE },
  "agreements.yaml": { parties: ["actor"], related: LINKABLE },
  "events.yaml": { actors: ["actor"], agreements: ["agreement"], related: LINKABLE },
  "notes.yaml": { related: LINKABLE },
  "notes.yaml#source_error": { about: LINKABLE },
  "source.yaml": { speaker: ["actor"] },
  "site.yaml#home.positions": { actor: ["actor"] },
  "site.yaml#home.factors": { terms: ["term"] },
} as const satisfies Record<string, Record<string, readonly EntityType[]>>);
