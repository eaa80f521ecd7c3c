/**
 * The fact sheet as open data: the whole validated data set as JSON, a JSON
 * Schema for it generated from the schema the build validates with, and a CSV
 * file per entity type.
 */
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { deepFreeze } from "../data/deep-freeze.ts";
import { ENTITY_TYPE, ENTITY_TYPES, type EntityType } from "../data/entity-types.ts";
import type { FactSheet } from "../data/link.ts";
import { factSheetSchema, type FactSheetData } from "../data/schema.ts";
import { neutraliseCell } from "./csv-cells.ts";
import { absoluteUrl } from "./site-url.ts";

export interface OpenDataFile {
  /** Path in the output folder. */
  path: string;
  content: string;
}

export const OPEN_DATA_FOLDER = "data";

/** Where each type's CSV download is, for the index pages to link. */
export function csvPath(type: EntityType): string {
  return `/${OPEN_DATA_FOLDER}/${ENTITY_TYPE[type].collection}.csv`;
}

/**
 * Every download's path from the site's root: the templates' `downloads` (which they put under the base
 * path with `sitePath`), and where openDataFiles writes them.
 */
export const DOWNLOADS: Readonly<Record<"json" | "schema" | EntityType, string>> = deepFreeze({
  json: `/${OPEN_DATA_FOLDER}/factsheet.json`,
  schema: `/${OPEN_DATA_FOLDER}/factsheet.schema.json`,
  ...(Object.fromEntries(ENTITY_TYPES.map(({ type }) => [type, csvPath(type)])) as Record<EntityType, string>),
});

/** The files, with whole URLs (the schema's `$id`, each entity's `url`) for a site served under `base`. */
export function openDataFiles(data: FactSheetData, model: FactSheet, base = "/"): OpenDataFile[] {
  const urlOf = (path: string) => absoluteUrl(path, model.site.url, base);
  const schema = {
    ...z.toJSONSchema(factSheetSchema, { io: "input" }),
    $id: urlOf(DOWNLOADS.schema),
    title: model.site.title,
  };
  const columns = ["id", "type", "name", "other_names", "english", "acronym", "kind", "description", "date", "url", "cite"];
  const csvFor = (type: EntityType) =>
    stringify(
      model.entities
        .filter((entity) => entity.type === type)
        .map((entity) => ({
          id: entity.id,
          type: entity.type,
          name: entity.name,
          other_names: "aliases" in entity ? entity.aliases.join(" | ") : "",
          english: "english" in entity ? (entity.english ?? "") : "",
          acronym: "acronym" in entity ? (entity.acronym ?? "") : "",
          kind: "kind" in entity ? entity.kind : "",
          description: entity.description,
          date: "date" in entity && entity.date ? entity.date.start + (entity.date.end ? `/${entity.date.end}` : "") : "",
          url: urlOf(entity.url),
          cite: entity.citations.map((p) => p.paragraph).join(" "),
        })),
      { header: true, columns, bom: true, cast: { string: neutraliseCell } },
    );
  return [
    { path: DOWNLOADS.json.slice(1), content: `${JSON.stringify(data, null, 2)}\n` },
    { path: DOWNLOADS.schema.slice(1), content: `${JSON.stringify(schema, null, 2)}\n` },
    ...ENTITY_TYPES.map(({ type }) => ({ path: DOWNLOADS[type].slice(1), content: csvFor(type) })),
  ];
}
