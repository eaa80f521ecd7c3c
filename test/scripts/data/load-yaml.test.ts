/**
 * Hostile files are refused quickly with a clear message: an alias bomb, deep
 * nesting, custom tags, a huge file. Each case is a folder under
 * test/fixtures/broken/ whose files replace those of the valid fixture.
 */
import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { MAX_FILE_BYTES } from "../../../scripts/data/load-yaml.ts";
import { FactSheetError, type DataProblem } from "../../../scripts/data/problems.ts";
import { fixtureWith } from "../../support/data-fixture.ts";

const BROKEN = fileURLToPath(new URL("../../fixtures/broken", import.meta.url));

/** The problems the loader reports. How long refusing takes is the bench's business, not a test's. */
function load(dir: string): { problems: DataProblem[] } {
  try {
    loadFactSheet(dir);
  } catch (error) {
    if (!(error instanceof FactSheetError)) throw error;
    return {
      problems: error.problems.map((p) => ({ ...p, file: p.file.slice(p.file.lastIndexOf("/") + 1) })),
    };
  }
  throw new Error("expected the data to be refused");
}

function brokenCase(name: string): string {
  const dir = fixtureWith();
  for (const file of readdirSync(join(BROKEN, name))) cpSync(join(BROKEN, name, file), join(dir, file));
  return dir;
}

describe("hostile YAML", () => {
  it.each([
    [
      "alias-bomb",
      { line: 1, column: 1, message: 'aliases expand to more than 100 copies, as in a "billion laughs" attack: write the values out instead of repeating *aliases' },
    ],
    ["deep-flow", { line: 1, column: 68, message: "nesting deeper than 64 levels: a fact sheet needs no more than a few" }],
    ["deep-block", { line: 130, column: 259, message: "nesting deeper than 64 levels: a fact sheet needs no more than a few" }],
    ["custom-tag", { line: 1, column: 7, message: "YAML syntax: Unresolved tag: !evil (custom tags (!tag) are not allowed: remove the tag)" }],
    [
      "js-tag",
      { line: 1, column: 7, message: "YAML syntax: Unresolved tag: tag:yaml.org,2002:js/function (custom tags (!tag) are not allowed: remove the tag)" },
    ],
  ])("refuses %s with a clear error", (name, expected) => {
    const { problems } = load(brokenCase(name));
    expect(problems).toEqual([{ file: "notes.yaml", path: "", ...expected }]);
  });

  it("takes brackets and quotes inside plain text as text, not as nesting", () => {
    const dir = fixtureWith({ "notes.yaml": (t) => t.replace("title: أسماء متعددة", `title: نص ${"[{".repeat(100)} و"اقتباس`) });
    expect(loadFactSheet(dir).model.notes[0]!.title).toBe(`نص ${"[{".repeat(100)} و"اقتباس`);
  });

  it("refuses a 50 MB file without parsing it", () => {
    const dir = fixtureWith();
    writeFileSync(join(dir, "terms.yaml"), Buffer.alloc(50 * 1024 * 1024, "#"));
    const { problems } = load(dir);
    expect(MAX_FILE_BYTES).toBeLessThan(50 * 1024 * 1024);
    expect(problems).toEqual([
      { file: "terms.yaml", line: 1, column: 1, path: "", message: "file is 50.0 MB; the limit is 16 MB: remove what does not belong (is it a fact sheet's data?)" },
    ]);
  });
});

describe("the fast and the careful parse", () => {
  it("read every data file and fixture to the same values", async () => {
    const { parse } = await import("yaml");
    const { readFileSync: read } = await import("node:fs");
    const { loadYamlFile } = await import("../../../scripts/data/load-yaml.ts");
    const folders = [fileURLToPath(new URL("../../../data", import.meta.url)), fileURLToPath(new URL("../../fixtures/valid", import.meta.url))];
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((name) => name.endsWith(".yaml"))) {
        const loaded = loadYamlFile(join(folder, file));
        expect(loaded.ok, file).toBe(true);
        if (loaded.ok) expect(loaded.yaml.value, file).toEqual(parse(read(join(folder, file), "utf8")));
      }
    }
  });
});
