/** The open data downloads: valid against their own schema, and enough to rebuild the same site. */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { load } from "cheerio";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { stringify } from "yaml";
import { describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { runBuild } from "../support/run-build.ts";
import { listFiles } from "../support/site-files.ts";
import { temporaryFolder } from "../support/temporary.ts";

const siteDir = inject("siteDir");
const { model } = loadFactSheet();
const readJson = (path: string) => JSON.parse(readFileSync(join(siteDir, path), "utf8"));

describe("open data", () => {
  it("exports the whole data set, valid against the JSON Schema generated from the build's schema", () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(readJson("data/factsheet.schema.json"));
    const data = readJson("data/factsheet.json");
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data.terms).toHaveLength(model.terms.length);
    // The schema is strict: a field the format does not know is refused.
    expect(validate({ ...data, terms: [{ ...data.terms[0], unknown_field: 1 }] })).toBe(false);
  });

  it("offers a CSV per entity type, one row per entity, linked from its index page", () => {
    const indexes = { term: "/terms/", actor: "/actors/", agreement: "/agreements/", event: "/timeline/" } as const;
    for (const [type, index] of Object.entries(indexes)) {
      const csv = readFileSync(join(siteDir, `data/${type}s.csv`), "utf8").replace(/^\uFEFF/, "");
      const rows = csv.trim().split("\n");
      expect(rows[0]).toBe("id,type,name,other_names,english,acronym,kind,description,date,url,cite");
      expect(rows.length - 1).toBe(model.entities.filter((e) => e.type === type).length);
      const html = readFileSync(join(siteDir, index.slice(1), "index.html"), "utf8");
      expect(load(html)(`a[href="/data/${type}s.csv"]`)).toHaveLength(1);
    }
  });

  it("round-trips: the JSON written back as YAML builds the same site, byte for byte", async () => {
    const data = readJson("data/factsheet.json");
    const dataDir = temporaryFolder("roundtrip");
    for (const [key, value] of Object.entries(data)) writeFileSync(join(dataDir, `${key}.yaml`), stringify(value));
    const output = join(temporaryFolder("roundtrip-out"), "site");
    const result = await runBuild({ output, dataDir });
    expect(result.code, result.stderr).toBe(0);
    const digest = (root: string) =>
      Object.fromEntries(listFiles(root).map((f) => [relative(root, f), createHash("sha256").update(readFileSync(f)).digest("hex")]));
    expect(digest(output)).toEqual(digest(siteDir));
  });
});
