/**
 * The editors' JSON Schemas (data/schemas/): as the schema makes them, and
 * every data file and fixture valid against its schema, as VS Code's YAML
 * extension will check it, through the modeline on its first line.
 */
import Ajv from "ajv"; // draft 7, which the YAML language server reads
import addFormats from "ajv-formats";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { jsonSchemas, schemaModeline, SCHEMAS_DIR, writeJsonSchemas } from "../../../scripts/data/json-schemas.ts";
import { FILE_SCHEMAS, OPTIONAL_FILE_SCHEMAS } from "../../../scripts/data/schema.ts";
import { PROJECT_ROOT } from "../../support/run-build.ts";
import { temporaryFolder } from "../../support/temporary.ts";

const FILES = Object.keys(FILE_SCHEMAS);
const OPTIONAL_FILES = Object.keys(OPTIONAL_FILE_SCHEMAS);
const DATA_FOLDERS = ["data", "test/fixtures/valid"].map((dir) => join(PROJECT_ROOT, dir));

function validator(schemaPath: string) {
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);
}

/** The schema a data file names in its first line, resolved from where the file is. */
function modelineSchema(path: string): string {
  const first = readFileSync(path, "utf8").split("\n")[0]!;
  const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
  if (!match) throw new Error(`${path} does not start with a yaml-language-server modeline`);
  return resolve(dirname(path), match[1]!);
}

describe("JSON Schemas for editors", () => {
  it("are the ones the schema makes (npm run schemas writes them)", () => {
    for (const { name, content } of jsonSchemas()) expect(readFileSync(join(SCHEMAS_DIR, name), "utf8"), name).toBe(content);
    expect(readdirSync(SCHEMAS_DIR).sort()).toEqual(jsonSchemas().map((s) => s.name).sort());
  });

  it("describe every field in plain words, for the hover", () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== "object") return;
      const schema = node as { properties?: Record<string, { description?: string }>; items?: unknown; anyOf?: unknown[] };
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        if (!child.description) undescribed.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
      if (schema.items) walk(schema.items, `${path}[]`);
      for (const option of schema.anyOf ?? []) walk(option, path);
    };
    for (const { file, content } of jsonSchemas()) walk(JSON.parse(content), file);
    expect(undescribed).toEqual([]);
  });

  describe.each(DATA_FOLDERS)("%s", (dir) => {
    it.each([...FILES, ...OPTIONAL_FILES.filter((file) => existsSync(join(dir, file)))])("%s names its schema in its first line and is valid against it", (file) => {
      const path = join(dir, file);
      const schemaPath = modelineSchema(path);
      expect(existsSync(schemaPath), schemaPath).toBe(true);
      expect(schemaPath.endsWith(file.replace(".yaml", ".schema.json"))).toBe(true);
      const validate = validator(schemaPath);
      expect(validate(parse(readFileSync(path, "utf8"))), JSON.stringify(validate.errors, null, 1)).toBe(true);
    });
  });

  it("check a file of a list folder (terms/01.yaml) through a modeline one folder up, as the list's schema", () => {
    const dir = temporaryFolder("schemas");
    writeJsonSchemas(join(dir, "schemas"));
    const path = join(dir, "terms", "01.yaml");
    mkdirSync(dirname(path));
    const terms = readFileSync(join(PROJECT_ROOT, "test/fixtures/valid/terms.yaml"), "utf8").split("\n").slice(1).join("\n");
    writeFileSync(path, `${schemaModeline("terms.yaml", "../schemas")}\n${terms}`);
    const validate = validator(modelineSchema(path));
    expect(validate(parse(readFileSync(path, "utf8")))).toBe(true);
    expect(validate(parse(`${terms}- { id: extra, name: زائد }\n`))).toBe(false);
  });

  it("flag what the build refuses: an unknown field, a missing one, a kind not in the list", () => {
    const validate = validator(join(SCHEMAS_DIR, "agreements.schema.json"));
    const valid = parse(readFileSync(join(PROJECT_ROOT, "test/fixtures/valid/agreements.yaml"), "utf8")) as Record<string, unknown>[];
    expect(validate(valid)).toBe(true);
    expect(validate([{ ...valid[0], kind: "statement" }])).toBe(true);
    expect(validate([{ ...valid[0], kind: "treaty" }])).toBe(false);
    expect(validate([{ ...valid[0], sumary: "x" }])).toBe(false);
    const { summary: _, ...withoutSummary } = valid[0]!;
    expect(validate([withoutSummary])).toBe(false);
  });
});
