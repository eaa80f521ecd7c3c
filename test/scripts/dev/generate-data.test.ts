/**
 * The synthetic data generator (`npm run generate`, used by `npm run bench`):
 * what it writes must load with the project's own loader (and build with the
 * real build: test/site/generated-data.test.ts), so that the generator never
 * drifts from the schema.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATE_PRECISIONS } from "../../../scripts/data/schema.ts";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { apportion, FOLDER_FILE_SHARE, generateData, generateFactSheet, readProportions } from "../../../scripts/dev/generate-data.ts";
import { PROJECT_ROOT } from "../../support/run-build.ts";
import { temporaryFolder as temporary } from "../../support/temporary.ts";

const ENTITIES = 60;

describe("npm run generate", () => {
  const dataDir = temporary("generated");
  const { sheet } = generateData({ entities: ENTITIES, out: dataDir });

  it("writes a data folder the loader accepts, with N entities in the real data's proportions", () => {
    const { model } = loadFactSheet(dataDir);
    expect(model.counts).toEqual(sheet.counts);
    expect(model.counts.term + model.counts.actor + model.counts.agreement + model.counts.event).toBe(ENTITIES);
    expect(model.counts).toMatchObject(apportion(ENTITIES, readProportions().types));
    expect(model.counts.notes).toBeGreaterThan(0);
    expect(model.counts.paragraphs).toBeGreaterThan(1);
  });

  it("links entities to each other, cites the source and dates events at every precision", () => {
    const { model } = loadFactSheet(dataDir);
    expect(model.entities.every((entity) => entity.related.length > 0 && entity.citations.length > 0)).toBe(true);
    expect(model.entities.some((entity) => entity.mentionedIn.length > 0)).toBe(true);
    expect(model.agreements.every((agreement) => agreement.parties.length > 0)).toBe(true);
    expect(model.events.some((event) => event.actors.length > 0 && event.agreements.length > 0)).toBe(true);
    expect(model.paragraphs.filter((p) => p.citedBy.length > 0).length).toBeGreaterThan(model.paragraphs.length / 2);
    expect(new Set(model.events.map((event) => event.date.precision))).toEqual(new Set(DATE_PRECISIONS));
    expect(new Set(model.events.map((event) => event.date.basis))).toEqual(new Set(["stated", "derived"]));
    expect(model.notes.every((note) => note.related.length > 0)).toBe(true);
  });

  it("writes Arabic prose of the real data's lengths", () => {
    const { model } = loadFactSheet(dataDir);
    const words = (text: string) => text.split(/\s+/).length;
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean(model.terms.map((term) => words(term.body)))).toBeGreaterThan(30);
    expect(mean(model.terms.map((term) => words(term.definition)))).toBeGreaterThan(9);
    expect(model.terms.every((term) => /[\u0600-\u06FF]/.test(term.name) && /[\u0600-\u06FF]/.test(term.body))).toBe(true);
  });

  it("writes the same bytes for the same seed, and other bytes for another", () => {
    const again = generateFactSheet({ entities: ENTITIES });
    expect(again.yaml).toEqual(sheet.yaml);
    for (const [file, text] of Object.entries(sheet.yaml)) expect(readFileSync(join(dataDir, file), "utf8")).toBe(text);
    expect(generateFactSheet({ entities: ENTITIES, seed: 2 }).yaml["terms.yaml"]).not.toBe(sheet.yaml["terms.yaml"]);
  });

  it("writes a list too long for one file within the size limit as a folder of files, which loads as the same data", () => {
    const limit = 20_000;
    const dir = temporary("generated-folders");
    generateData({ entities: ENTITIES, out: dir });
    const { sheet: split } = generateData({ entities: ENTITIES, out: dir, maxFileBytes: limit });
    expect(split.folders["terms.yaml"]).toBeGreaterThan(1);
    expect(Object.keys(split.yaml)).toEqual(expect.arrayContaining(["terms/001.yaml", "terms/002.yaml", "site.yaml"]));
    expect(Object.keys(split.yaml)).not.toContain("terms.yaml");
    expect(existsSync(join(dir, "terms.yaml"))).toBe(false);
    for (const text of Object.values(split.yaml)) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit);
    for (const [path, text] of Object.entries(split.yaml)) {
      if (path.includes("/")) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit * FOLDER_FILE_SHARE);
    }
    expect(loadFactSheet(dir).data).toEqual(loadFactSheet(dataDir).data);
  });

  it("runs as `npm run generate -- --entities N --out DIR`", { timeout: 60_000 }, async () => {
    const out = temporary("generated-cli");
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ["scripts/dev/generate-data.ts", "--entities", "12", "--out", out], {
        cwd: PROJECT_ROOT,
        stdio: ["ignore", "pipe", "inherit"],
      });
      let text = "";
      child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
      child.on("error", reject);
      child.on("close", (exit) => resolve({ code: exit ?? 1, stdout: text }));
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote 12 entities into /);
    const { model } = loadFactSheet(out);
    expect(model.counts.term + model.counts.actor + model.counts.agreement + model.counts.event).toBe(12);
  });
});
