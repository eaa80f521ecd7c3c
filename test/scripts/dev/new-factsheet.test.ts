/**
 * `npm run new`: the scaffold is a complete, valid data folder that builds at
 * once, and a fact sheet built from it carries no trace of the article in
 * data/: every sentence about an article comes from the data folder built.
 */
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { FILE_SCHEMAS } from "../../../scripts/data/schema.ts";
import { PROJECT_ROOT, runBuild, type BuildResult } from "../../support/run-build.ts";

const root = mkdtempSync(join(tmpdir(), "factsheet-new-"));
const dataDir = join(root, "new-article");
const siteDir = join(root, "site");
let created: ReturnType<typeof spawnSync>;
let build: BuildResult;

function runNew(target: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/dev/new-factsheet.ts", target], { cwd: PROJECT_ROOT, encoding: "utf8" });
}

beforeAll(async () => {
  created = runNew(dataDir);
  build = await runBuild({ output: siteDir, dataDir });
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every text file the build wrote, by path under the site (the search index and fonts are binary). */
function builtTexts(dir = siteDir, prefix = ""): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "pagefind" || entry.name === "fonts" ? [] : builtTexts(path, `${prefix}${entry.name}/`);
    return /\.(html|json|csv|xml|txt|js|css)$|^_headers$/.test(entry.name) ? [[`${prefix}${entry.name}`, readFileSync(path, "utf8")]] : [];
  });
}

describe("npm run new", () => {
  it("writes the seven data files and their schemas", () => {
    expect(created.status, String(created.stderr)).toBe(0);
    expect(readdirSync(dataDir).sort()).toEqual([...Object.keys(FILE_SCHEMAS), "schemas"].sort());
    expect(String(created.stdout)).toContain(`DATA_DIR=${dataDir} npm run build`);
  });

  it("writes files valid against the schemas their first lines name", () => {
    for (const file of Object.keys(FILE_SCHEMAS)) {
      const text = readFileSync(join(dataDir, file), "utf8");
      const schemaPath = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
      expect(schemaPath, file).toBe(`schemas/${file.replace(".yaml", ".schema.json")}`);
      const ajv = new Ajv.default({ allErrors: true, strict: false });
      addFormats.default(ajv);
      const validate = ajv.compile(JSON.parse(readFileSync(join(dataDir, schemaPath!), "utf8")) as object);
      expect(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("builds at once", () => {
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/entities: 2 terms, 2 actors, 1 agreements, 1 events/);
  });

  it("refuses a folder that is not empty, and writes nothing into it", () => {
    const full = join(root, "full");
    mkdirSync(full);
    writeFileSync(join(full, "notes.txt"), "mine");
    const result = runNew(full);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is not empty: .* nothing was written/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(full)).toEqual(["notes.txt"]);
  });
});

describe("a fact sheet for another article", () => {
  const { model } = loadFactSheet(join(PROJECT_ROOT, "data"));
  /** Words only the article in data/ has: its entities' names, its title, and phrases templates once carried. */
  const distinctive = [
    ...model.entities.map((entity) => entity.name),
    model.site.short_title,
    "اللجنة العسكرية",
    "العراق",
    "أوستن",
    "داعش",
    "التحالف الدولي",
    "HMC",
    "فقراته العشر",
    "السنوات العشر",
    "موقفان متقابلان",
    "العوامل الثلاثة",
    "ع. ش",
  ];

  it("carries no trace of the article in data/ in any page or download", () => {
    const texts = builtTexts();
    expect(texts.length).toBeGreaterThan(15);
    const traces = texts.flatMap(([path, text]) => distinctive.filter((word) => text.includes(word)).map((word) => `${path}: ${word}`));
    expect(traces).toEqual([]);
  });
});
