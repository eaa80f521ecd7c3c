/**
 * The nesting pre-scan reads block scalars (`body: |`) as the text they are:
 * brackets at the start of their lines are not nesting. Nesting after a block
 * ends is still found, at its place.
 */
import { describe, expect, it } from "vitest";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { FactSheetError } from "../../../scripts/data/problems.ts";
import { fixtureWith } from "../../support/data-fixture.ts";

const BRACKETS = "[".repeat(20_000);
const NOTE_BODY = "  body: يسمي المصدر اللجنة بأسماء عدة.";

describe("block scalars in the nesting pre-scan", { timeout: 30_000 }, () => {
  it.each([
    ["|", `${BRACKETS}\n`],
    ["|-", BRACKETS],
    [">", `${BRACKETS}\n`],
    ["|2 # a comment", `${BRACKETS}\n`],
  ])("reads a %s block whose line begins with 20,000 [ as text", (header, expected) => {
    const dir = fixtureWith({ "notes.yaml": (text) => text.replace(NOTE_BODY, `  body: ${header}\n    ${BRACKETS}\n\n`) });
    // About 0.3 s (the Markdown check of the body included); the 30 s limit only catches a runaway on a busy machine.
    const { data } = loadFactSheet(dir);
    expect(data.notes[0]!.body).toBe(expected.trim());
  });

  it("still refuses deep nesting after a block ends", () => {
    const dir = fixtureWith({
      "notes.yaml": (text) => text.replace(NOTE_BODY, `  body: |\n    ${BRACKETS}\n  extra: ${"[".repeat(70)}${"]".repeat(70)}`),
    });
    try {
      loadFactSheet(dir);
      throw new Error("expected the data to be refused");
    } catch (error) {
      if (!(error instanceof FactSheetError)) throw error;
      expect(error.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
        "6:74: nesting deeper than 64 levels: a fact sheet needs no more than a few",
      ]);
    }
  });
});
