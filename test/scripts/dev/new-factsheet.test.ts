/**
 * `npm run new`: the scaffold is a complete data folder, valid against the
 * schemas its files name, and it refuses a folder that is not empty. That it
 * builds, with no trace of the article in data/, is test/site/new-fact-sheet.test.ts.
 */
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { FILE_SCHEMAS } from "../../../scripts/data/schema.ts";
import { PROJECT_ROOT } from "../../support/run-build.ts";
import { temporaryFolder } from "../../support/temporary.ts";

function runNew(target: string) {
  return spawnSync(process.execPath, ["scripts/dev/new-factsheet.ts", target], { cwd: PROJECT_ROOT, encoding: "utf8" });
}

describe("npm run new", () => {
  const dataDir = join(temporaryFolder("new"), "new-article");
  const created = runNew(dataDir);

  it("writes the seven data files and their schemas, and says how to build them", () => {
    expect(created.status, created.stderr).toBe(0);
    expect(readdirSync(dataDir).sort()).toEqual([...Object.keys(FILE_SCHEMAS), "schemas"].sort());
    expect(created.stdout).toContain(`DATA_DIR=${dataDir} npm run build`);
  });

  it("writes files valid against the schemas their first lines name, and valid for the build", () => {
    for (const file of Object.keys(FILE_SCHEMAS)) {
      const text = readFileSync(join(dataDir, file), "utf8");
      const schemaPath = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
      expect(schemaPath, file).toBe(`schemas/${file.replace(".yaml", ".schema.json")}`);
      const ajv = new Ajv.default({ allErrors: true, strict: false });
      addFormats.default(ajv);
      const validate = ajv.compile(JSON.parse(readFileSync(join(dataDir, schemaPath!), "utf8")) as object);
      expect(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(loadFactSheet(dataDir).model.counts).toMatchObject({ term: 2, actor: 2, agreement: 1, event: 1, notes: 1, paragraphs: 3 });
  });

  it("refuses a folder that is not empty, and writes nothing into it", () => {
    const full = temporaryFolder("new-full");
    writeFileSync(join(full, "notes.txt"), "mine");
    mkdirSync(join(full, "drafts"));
    const result = runNew(full);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is not empty: .* nothing was written/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(full).sort()).toEqual(["drafts", "notes.txt"]);
  });
});
