/**
 * A list kept as a folder of files (terms/ instead of terms.yaml): read in the
 * byte order of the file names as one list, each file checked as a data file
 * of its own, every problem placed in the file, line and column it is in.
 */
import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { byteOrder } from "../../../scripts/data/list-folders.ts";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { MAX_FILE_BYTES } from "../../../scripts/data/load-yaml.ts";
import { fixtureWith, refusal, VALID_FIXTURE, type Edits } from "../../support/data-fixture.ts";

/** As a file of a list folder names its schema (README.md, "Editor support"). */
const MODELINE = "# yaml-language-server: $schema=../schemas/terms.schema.json\n";
/** The fixture's terms, one YAML text per entry: commission, threat, capacity, alliance. */
const TERMS = readFileSync(join(VALID_FIXTURE, "terms.yaml"), "utf8")
  .split(/^(?=- id: )/m)
  .slice(1);

/** Edits that move the fixture's terms into terms/: each named file holds the entries at those indexes. */
function termsFolder(files: Record<string, number[]>): Edits {
  const edits: Edits = { "terms.yaml": null };
  for (const [name, entries] of Object.entries(files)) edits[`terms/${name}`] = MODELINE + entries.map((i) => TERMS[i]).join("");
  return edits;
}

describe("a list kept as a folder of files", () => {
  it("gives the same data and model as one file with the same entries", () => {
    const one = loadFactSheet(fixtureWith());
    const split = loadFactSheet(fixtureWith(termsFolder({ "01.yaml": [0, 1], "02.yaml": [2], "03.yaml": [3] })));
    expect(split.data).toEqual(one.data);
    expect(split.model.terms.map((term) => term.id)).toEqual(one.model.terms.map((term) => term.id));
    expect(split.model.counts).toEqual(one.model.counts);
  });

  it("reads the files in the byte order of their names, whatever order they were written in", () => {
    const { data } = loadFactSheet(fixtureWith(termsFolder({ "b.yaml": [0], "a.yml": [1], "B.yaml": [2], "10.yaml": [3] })));
    expect(data.terms.map((term) => term.id)).toEqual(["alliance", "capacity", "threat", "commission"]);
    expect(["é.yaml", "z.yaml", "Z.yaml", "1.yaml"].sort(byteOrder)).toEqual(["1.yaml", "Z.yaml", "z.yaml", "é.yaml"]);
  });

  it("places a problem in its file, at its line and column, with its index in that file", () => {
    const edits = termsFolder({ "01.yaml": [0, 1], "02.yaml": [2, 3] });
    edits["terms/02.yaml"] = (edits["terms/02.yaml"] as string).replace("  definition: مصطلح يبدأ", "  defintion: مصطلح يبدأ");
    expect(refusal(edits)).toEqual([
      'terms/02.yaml:8:3: [1].definition: missing required field "definition" (expected string)',
      'terms/02.yaml:10:3: [1].defintion: unknown field "defintion": did you mean "definition"?',
    ]);
  });

  it("places a YAML syntax error in its file", () => {
    const edits = termsFolder({ "01.yaml": [0, 1], "02.yaml": [2, 3] });
    edits["terms/02.yaml"] = (edits["terms/02.yaml"] as string).replace("  body: نص.\n  related", "\tbody: نص.\n  related");
    expect(refusal(edits)).toEqual(["terms/02.yaml:5:1: : YAML syntax: a tab is used for indentation (indent with spaces, not tabs)"]);
  });

  it("reports an id used in two files with both places", () => {
    const edits = termsFolder({ "01.yaml": [0, 1], "02.yaml": [2, 3] });
    edits["terms/02.yaml"] = (edits["terms/02.yaml"] as string).replace("- id: alliance", "- id: threat");
    expect(refusal(edits)).toEqual([
      'terms/02.yaml:8:7: [1].id: duplicate id "threat": already used by a term at terms/01.yaml:15:7; ids must be unique across all files',
    ]);
  });

  it("refuses a data folder that holds both terms.yaml and terms/, saying which to keep", () => {
    const edits = termsFolder({ "01.yaml": [0, 1, 2, 3] });
    delete edits["terms.yaml"];
    expect(refusal(edits)).toEqual([
      "terms.yaml:1:1: : both terms.yaml and the folder terms/ hold this list: keep one, either the file or the folder of files (move the file's entries into a file of the folder)",
    ]);
  });

  it("asks for the file or the folder when neither is there", () => {
    expect(refusal({ "notes.yaml": null })).toEqual([
      "notes.yaml:1:1: : file not found: every data folder needs this file, or a folder notes/ of YAML files holding its list",
    ]);
  });

  it("reads an empty folder as an empty list", () => {
    expect(loadFactSheet(fixtureWith({ "notes.yaml": null, "notes/": "" })).model.counts.notes).toBe(0);
  });

  it("reads .yaml and .yml files only, and leaves out hidden files such as an editor's lock", () => {
    const notes = readFileSync(join(VALID_FIXTURE, "notes.yaml"), "utf8");
    const dir = fixtureWith({ "notes.yaml": null, "notes/01.yml": notes, "notes/README.md": "- not: data", "notes/02.yaml.swp": "x" });
    symlinkSync("someone@host.1234", join(dir, "notes", ".#01.yml"));
    expect(loadFactSheet(dir).model.notes.map((note) => note.id)).toEqual(["names"]);
  });

  it("refuses a file of the folder that is not a list", () => {
    const edits = termsFolder({ "01.yaml": [0, 1, 2, 3] });
    edits["terms/02.yaml"] = "id: extra\nname: زائد\n";
    expect(refusal(edits)).toEqual([
      "terms/02.yaml:1:1: : expected a list of entries (`- id: …`), found a mapping: each file of terms/ holds a list, and the files are read in name order as one",
    ]);
  });

  it("holds each file of the folder to the data files' checks: size limit, links out of the data folder", () => {
    const edits = termsFolder({ "01.yaml": [0, 1, 2, 3] });
    edits["terms/02.yaml"] = `# ${"x".repeat(MAX_FILE_BYTES)}\n[]\n`;
    expect(refusal(edits)).toEqual([
      "terms/02.yaml:1:1: : file is 16.0 MB; the limit is 16 MB: remove what does not belong (is it a fact sheet's data?)",
    ]);
    const dir = fixtureWith(termsFolder({ "01.yaml": [0, 1, 2, 3] }));
    symlinkSync("/etc/passwd", join(dir, "terms", "02.yaml"));
    expect(() => loadFactSheet(dir)).toThrow(
      /terms\/02\.yaml:1:1: file is a symbolic link to \/etc\/passwd, outside the data folder: replace it with the YAML file itself/,
    );
  });

  it("follows a link in the folder to a file elsewhere in the data folder", () => {
    const dir = fixtureWith({ ...termsFolder({ "01.yaml": [0, 1] }), "parts/rest.yaml": MODELINE + TERMS[2]! + TERMS[3]! });
    symlinkSync("../parts/rest.yaml", join(dir, "terms", "02.yaml"));
    expect(loadFactSheet(dir).model.counts.term).toBe(4);
  });

  it("refuses a link in place of the folder", () => {
    const dir = fixtureWith({ "terms.yaml": null, "glossary/01.yaml": MODELINE + TERMS.join("") });
    symlinkSync("glossary", join(dir, "terms"));
    expect(() => loadFactSheet(dir)).toThrow(/terms:1:1: terms\/ is a symbolic link to a folder: replace it with the folder itself/);
  });
});
