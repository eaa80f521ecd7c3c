/** The open data files made from the small valid data set: where they go, and what the CSV rows hold. */
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "../../../scripts/data/entity-types.ts";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { DOWNLOADS, openDataFiles } from "../../../scripts/render/open-data.ts";
import { VALID_FIXTURE } from "../../support/data-fixture.ts";

const { data, model } = loadFactSheet(VALID_FIXTURE);
const files = openDataFiles(data, model);
const file = (path: string) => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no file ${path}`);
  return found.content;
};

/** The rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks) by column name. */
function rows(path: string): Record<string, string>[] {
  const records: string[][] = [[]];
  let field = "";
  let quoted = false;
  const text = file(path).replace(/^\uFEFF/, "");
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") records.at(-1)!.push(field), (field = "");
    else if (c === "\n") records.at(-1)!.push(field), (field = ""), records.push([]);
    else if (c !== "\r") field += c;
  }
  if (records.at(-1)!.length === 0 && field === "") records.pop();
  const [header, ...body] = records;
  return body.map((record) => Object.fromEntries(header!.map((name, i) => [name, record[i] ?? ""])));
}

describe("open data files", () => {
  it("writes each download where the templates link to it, and nothing else", () => {
    expect(files.map((f) => `/${f.path}`).sort()).toEqual(Object.values(DOWNLOADS).sort());
    expect(DOWNLOADS.term).toBe("/data/terms.csv");
  });

  it("exports the validated data as it is", () => {
    expect(JSON.parse(file("data/factsheet.json"))).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it("gives the JSON Schema the site's address and title", () => {
    expect(JSON.parse(file("data/factsheet.schema.json"))).toMatchObject({ $id: "https://example.org/data/factsheet.schema.json", title: model.site.title });
  });

  it("writes one CSV row per entity of each type, in the site's order, with a BOM for spreadsheets", () => {
    for (const { type, collection } of ENTITY_TYPES) {
      const path = DOWNLOADS[type].slice(1);
      expect(file(path).startsWith("\uFEFF")).toBe(true);
      expect(rows(path).map((r) => r.id)).toEqual(model[collection].map((e) => e.id));
    }
  });

  it("fills each row's columns from the entity: other names, dates, full URL, cited paragraphs", () => {
    const commission = rows("data/terms.csv").find((r) => r.id === "commission")!;
    expect(commission).toMatchObject({ type: "term", english: "Higher Military Commission", acronym: "HMC", url: "https://example.org/terms/commission/", cite: "1", date: "", kind: "" });
    const meeting = rows("data/events.csv").find((r) => r.id === "meeting")!;
    expect(meeting.date).toBe("2023-08-07/2023-08-08");
    const minister = rows("data/actors.csv").find((r) => r.id === "minister")!;
    expect(minister.kind).toBe(model.actors.find((a) => a.id === "minister")!.kind);
  });
});
