/**
 * The fact sheet as open data: the whole validated data set as JSON, a JSON
 * Schema for it generated from the schema the build validates with, and a CSV
 * file per entity type.
 */
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import type { FactSheet } from "../data/link.ts";
import { factSheetSchema, type FactSheetData } from "../data/schema.ts";
import type { EntityType } from "../data/labels.ts";
import { neutraliseCell } from "./csv-cells.ts";

export interface OpenDataFile {
  /** Path under the site root. */
  path: string;
  content: string;
}

export const OPEN_DATA_FOLDER = "data";

/** Where each type's CSV download is, for the index pages to link. */
export function csvPath(type: EntityType): string {
  return `/${OPEN_DATA_FOLDER}/${type}s.csv`;
}

export function openDataFiles(data: FactSheetData, model: FactSheet, siteUrl: string): OpenDataFile[] {
  const schema = {
    ...z.toJSONSchema(factSheetSchema, { io: "input" }),
    $id: `${siteUrl}/${OPEN_DATA_FOLDER}/factsheet.schema.json`,
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
          url: `${siteUrl}${entity.url}`,
          cite: entity.citations.map((p) => p.paragraph).join(" "),
        })),
      { header: true, columns, bom: true, cast: { string: neutraliseCell } },
    );
  return [
    { path: `${OPEN_DATA_FOLDER}/factsheet.json`, content: `${JSON.stringify(data, null, 2)}\n` },
    { path: `${OPEN_DATA_FOLDER}/factsheet.schema.json`, content: `${JSON.stringify(schema, null, 2)}\n` },
    ...(["term", "actor", "agreement", "event"] as const).map((type) => ({ path: csvPath(type).slice(1), content: csvFor(type) })),
  ];
}
