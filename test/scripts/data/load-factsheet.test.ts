import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { FactSheetError, type DataProblem } from "../../../scripts/data/problems.ts";
import { fixtureWith } from "../../support/data-fixture.ts";

/** The problems loading a data folder reports, with file names relative to the folder. */
function problemsOf(dir: string): DataProblem[] {
  try {
    loadFactSheet(dir);
  } catch (error) {
    if (!(error instanceof FactSheetError)) throw error;
    return error.problems.map((p) => ({ ...p, file: p.file.slice(p.file.lastIndexOf("/") + 1) }));
  }
  throw new Error("expected the data to be refused");
}

describe("loadFactSheet on valid data", () => {
  it("loads and links the fixture", () => {
    const { model } = loadFactSheet(fixtureWith());
    expect(model.counts).toMatchObject({ term: 4, actor: 2, agreement: 1, event: 3, notes: 1, paragraphs: 3 });
  });

  it("loads a file with a byte-order mark and CRLF line ends", () => {
    const dir = fixtureWith({ "actors.yaml": (text) => "\uFEFF" + text.replace(/\n/g, "\r\n") });
    expect(loadFactSheet(dir).model.actors.map((a) => a.id).sort()).toEqual(["minister", "ministry"]);
  });
});

describe("YAML syntax errors", () => {
  it("reports a tab used as indentation where it is", () => {
    const dir = fixtureWith({ "actors.yaml": (t) => t.replace("  name: الوزير", "\tname: الوزير") });
    expect(problemsOf(dir)).toEqual([
      {
        file: "actors.yaml",
        line: 3,
        column: 1,
        path: "",
        message: "YAML syntax: a tab is used for indentation (indent with spaces, not tabs)",
      },
    ]);
  });

  it("reports a duplicate key at the duplicate", () => {
    const dir = fixtureWith({ "actors.yaml": (t) => t.replace("  kind: ministry", "  kind: ministry\n  kind: person") });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({
        file: "actors.yaml",
        line: 14,
        column: 3,
        message: expect.stringContaining("each key may appear once in a mapping"),
      }),
    ]);
  });

  it("reports an unclosed quote", () => {
    const dir = fixtureWith({ "actors.yaml": (t) => t.replace("role: تطلب جدولًا زمنيًا.", 'role: "تطلب جدولًا زمنيًا.') });
    const problems = problemsOf(dir);
    expect(problems[0]).toMatchObject({ file: "actors.yaml", message: expect.stringMatching(/^YAML syntax: /) });
  });

  it("refuses a file that is not UTF-8, saying where the first bad byte is", () => {
    const dir = fixtureWith({ "notes.yaml": Buffer.from("- id: names\n  title: caf\xe9\n", "latin1") });
    expect(problemsOf(dir)).toEqual([
      { file: "notes.yaml", line: 2, column: 13, path: "", message: "file is not valid UTF-8: save it as UTF-8" },
    ]);
  });

  it("refuses an empty file", () => {
    const dir = fixtureWith({ "notes.yaml": "# nothing yet\n" });
    expect(problemsOf(dir)).toEqual([
      {
        file: "notes.yaml",
        line: 1,
        column: 1,
        path: "",
        message: "file is empty: it must hold the YAML data described in README.md",
      },
    ]);
  });
});

describe("schema errors", () => {
  it("names a missing required field at its entry", () => {
    const dir = fixtureWith({ "actors.yaml": (t) => t.replace("  role: تطلب جدولًا زمنيًا.\n", "") });
    expect(problemsOf(dir)).toEqual([
      {
        file: "actors.yaml",
        line: 11,
        column: 3,
        path: "[1].role",
        message: 'missing required field "role" (expected string)',
      },
    ]);
  });

  it("suggests the field meant by a misspelt field name", () => {
    const dir = fixtureWith({ "terms.yaml": (t) => t.replace("  definition: أول العاملين.", "  defintion: أول العاملين.") });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual({
      file: "terms.yaml",
      line: 17,
      column: 3,
      path: "[1].defintion",
      message: 'unknown field "defintion": did you mean "definition"?',
    });
  });

  it("reports a wrong type", () => {
    const dir = fixtureWith({ "source.yaml": (t) => t.replace("- paragraph: 3", "- paragraph: three") });
    expect(problemsOf(dir)).toContainEqual({
      file: "source.yaml",
      line: 9,
      column: 14,
      path: "[2].paragraph",
      message: "expected number, found string",
    });
  });

  it("refuses an empty citation list", () => {
    const dir = fixtureWith({ "actors.yaml": (t) => t.replace("  role: تطلب جدولًا زمنيًا.\n  cite: [2]", "  role: تطلب جدولًا زمنيًا.\n  cite: []") });
    expect(problemsOf(dir)).toEqual([
      { file: "actors.yaml", line: 15, column: 9, path: "[1].cite", message: "cite at least one paragraph of the source" },
    ]);
  });

  it("refuses a date that is not in the calendar", () => {
    const dir = fixtureWith({ "events.yaml": (t) => t.replace("start: 2023-08-07", "start: 2023-02-30").replace("end: 2023-08-08", "end: 2023-03-01") });
    expect(problemsOf(dir)).toEqual([
      { file: "events.yaml", line: 14, column: 12, path: "[1].date.start", message: "is not a date in the calendar" },
    ]);
  });

  it("refuses a date whose precision does not fit it", () => {
    const dir = fixtureWith({ "agreements.yaml": (t) => t.replace("precision: year", "precision: day") });
    expect(problemsOf(dir)).toEqual([
      {
        file: "agreements.yaml",
        line: 7,
        column: 12,
        path: "[0].date.start",
        message: '"2008" does not fit precision "day": write YYYY-MM-DD',
      },
    ]);
  });
});

describe("identity and reference errors", () => {
  it("refuses the same id in two files, pointing at the first", () => {
    const dir = fixtureWith({ "actors.yaml": (t) => t.replace("- id: ministry", "- id: commission") });
    expect(problemsOf(dir)).toContainEqual({
      file: "actors.yaml",
      line: 11,
      column: 7,
      path: "[1].id",
      message: expect.stringMatching(/^duplicate id "commission": already used by a term at .*terms\.yaml:2:7; ids must be unique across all files$/),
    });
  });

  it.each([
    ["has spaces", "a b"],
    ["climbs out of its folder", "../etc"],
    ["has capitals", "Minister"],
    ["is Arabic", "وزير"],
    ["hides a bidi control", "minister\u202E"],
  ])("refuses an id that %s", (_, id) => {
    const dir = fixtureWith({ "notes.yaml": (t) => t.replace("- id: names", `- id: ${JSON.stringify(id)}`) });
    expect(problemsOf(dir)[0]).toMatchObject({ file: "notes.yaml", line: 2, column: 7, path: "[0].id" });
    expect(problemsOf(dir)[0]!.message).toMatch(/^an id must be a URL slug/);
  });

  it("suggests the nearest id for a reference that does not resolve", () => {
    const dir = fixtureWith({ "terms.yaml": (t) => t.replace("related: [minister, framework-agreement]", "related: [minster, framework-agreement]") });
    expect(problemsOf(dir)).toEqual([
      {
        file: "terms.yaml",
        line: 13,
        column: 13,
        path: "[0].related[0]",
        message: 'unknown term, actor, agreement or event id "minster": did you mean "minister"?',
      },
    ]);
  });

  it("refuses a reference to the wrong kind of entity", () => {
    const dir = fixtureWith({ "agreements.yaml": (t) => t.replace("parties: [minister, ministry]", "parties: [minister, commission]") });
    expect(problemsOf(dir)).toEqual([
      { file: "agreements.yaml", line: 10, column: 23, path: "[0].parties[1]", message: '"commission" is a term, but this field takes a actor' },
    ]);
  });

  it("refuses a citation of a paragraph that does not exist", () => {
    const dir = fixtureWith({ "notes.yaml": (t) => t.replace("cite: [1, 2]", "cite: [1, 12]") });
    expect(problemsOf(dir)).toEqual([
      { file: "notes.yaml", line: 6, column: 13, path: "[0].cite[1]", message: "paragraph 12 does not exist: source.yaml has paragraphs 1–3" },
    ]);
  });

  it("reports every problem of a run at once, sorted by file and line", () => {
    const dir = fixtureWith({
      "notes.yaml": (t) => t.replace("cite: [1, 2]", "cite: [1, 12]"),
      "actors.yaml": (t) => t.replace("  role: تطلب جدولًا زمنيًا.\n", ""),
      "terms.yaml": (t) => t.replace("  definition: أول العاملين.", "  defintion: أول العاملين."),
    });
    const problems = problemsOf(dir);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(["actors.yaml:11", "notes.yaml:6", "terms.yaml:15", "terms.yaml:17"]);
  });

  it("refuses a file that does not belong in a data folder", () => {
    const dir = fixtureWith({ "term.yaml": "- id: x\n" });
    expect(problemsOf(dir)[0]).toMatchObject({ file: "term.yaml", line: 1, column: 1 });
    expect(problemsOf(join(dir, "missing"))[0]!.message).toBe("data folder not found: set DATA_DIR to a folder of YAML files");
  });
});

describe("synonyms.yaml and search_aliases", () => {
  it("are optional: without them the model has no synonyms and no search-only names", () => {
    const { model } = loadFactSheet(fixtureWith());
    expect(model.synonyms).toEqual([]);
    expect(model.entities.every((entity) => entity.searchAliases.length === 0)).toBe(true);
  });

  it("load into the model, apart from the names the source uses", () => {
    const dir = fixtureWith({
      "synonyms.yaml": "- words: [انسحاب, خروج]\n  note: للبحث وحده\n",
      "actors.yaml": (t) => t.replace("  name: الوزير\n", "  name: الوزير\n  search_aliases: [البنتاغون]\n"),
    });
    const { model } = loadFactSheet(dir);
    expect(model.synonyms).toEqual([["انسحاب", "خروج"]]);
    const minister = model.actors.find((actor) => actor.searchAliases.length > 0)!;
    expect(minister.searchAliases).toEqual(["البنتاغون"]);
    expect(minister.names).not.toContain("البنتاغون");
  });

  it("reports a bad group at its file, line and column", () => {
    const dir = fixtureWith({ "synonyms.yaml": "- words: [انسحاب, خروج]\n- words: [وحدها]\n- word: [خطأ, آخر]\n" });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ file: "synonyms.yaml", line: 2, message: "a group lists at least two words or phrases that mean the same" }),
      expect.objectContaining({ file: "synonyms.yaml", line: 3, message: expect.stringContaining('missing required field "words"') }),
      expect.objectContaining({ file: "synonyms.yaml", line: 3, column: 3, message: expect.stringContaining('unknown field "word": did you mean "words"?') }),
    ]);
  });
});
