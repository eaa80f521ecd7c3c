/** Outside knowledge and errors of the source, as data: validated where they are, linked into the model. */
import { describe, expect, it } from "vitest";
import { OUTSIDE_LABELS } from "../../../scripts/data/labels.ts";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { FactSheetError } from "../../../scripts/data/problems.ts";
import { fixtureWith } from "../../support/data-fixture.ts";

const withOutside = {
  "actors.yaml": (t: string) =>
    t.replace(
      "  name: وزارة الخارجية\n",
      "  name: وزارة الخارجية\n  acronym: MFA\n  outside:\n    acronym: منشورات الوزارة بالإنجليزية.\n    facts:\n      - text: معلومة ليست في المقال.\n        basis: مرجع ما.\n",
    ),
  "notes.yaml": (t: string) => t.replace("  related: [commission]", "  source_error:\n    wording: مؤسسة أخرى\n    instead_of: HMC\n    about: [commission]\n  related: [commission]"),
  "events.yaml": (t: string) => t.replace("    wording: اليوم الخميس\n", "    wording: اليوم الخميس\n    outside: تاريخ البيان في مصدر آخر.\n"),
};

function messages(edits: Parameters<typeof fixtureWith>[0]): string[] {
  try {
    loadFactSheet(fixtureWith(edits));
  } catch (error) {
    if (error instanceof FactSheetError) return error.problems.map((p) => `${p.line}:${p.column}: ${p.path}: ${p.message}`);
    throw error;
  }
  throw new Error("expected the data to be refused");
}

describe("outside knowledge and errors of the source", () => {
  it("links each entry's outside items, in order, and each error to the pages it concerns", () => {
    const { model } = loadFactSheet(fixtureWith(withOutside));
    const ministry = model.actors.find((a) => a.id === "ministry")!;
    expect(ministry.outsideItems).toEqual([
      { kind: "acronym", label: OUTSIDE_LABELS.acronym, text: "MFA", basis: "منشورات الوزارة بالإنجليزية." },
      { kind: "fact", label: OUTSIDE_LABELS.fact, text: "معلومة ليست في المقال.", basis: "مرجع ما." },
    ]);
    const statement = model.events.find((e) => e.id === "statement")!;
    expect(statement.outsideItems).toEqual([{ kind: "date", label: OUTSIDE_LABELS.date, text: "نحو 2024", basis: "تاريخ البيان في مصدر آخر." }]);
    expect(model.outside.map((page) => page.url)).toEqual([ministry.url, statement.url]);
    const commission = model.terms.find((t) => t.id === "commission")!;
    expect(commission.sourceErrors.map((e) => [e.wording, e.insteadOf, e.note.id])).toEqual([["مؤسسة أخرى", "HMC", "names"]]);
    expect(commission.names).not.toContain("مؤسسة أخرى");
  });

  it("refuses a basis for a name the entry does not have, where it is", () => {
    const noAcronym = { "actors.yaml": (t: string) => withOutside["actors.yaml"](t).replace("  acronym: MFA\n", "") };
    expect(messages(noAcronym)).toEqual([
      "14:14: [1].outside.acronym: outside.acronym says what the acronym rests on, but the entry has no acronym: add it or remove this",
    ]);
  });

  it("refuses an error of the source about an entry that does not exist", () => {
    const unknown = { "notes.yaml": (t: string) => withOutside["notes.yaml"](t).replace("    about: [commission]", "    about: [comission]") };
    expect(messages(unknown)).toEqual([
      '8:13: [0].source_error.about[0]: unknown term, actor, agreement or event id "comission": did you mean "commission"?',
    ]);
  });
});
