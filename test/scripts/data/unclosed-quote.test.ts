/** A quote left open is reported where it opens, not at the end of the file where the parser stops. */
import { describe, expect, it } from "vitest";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { FactSheetError } from "../../../scripts/data/problems.ts";
import { fixtureWith } from "../../support/data-fixture.ts";

function refusal(dir: string): string[] {
  try {
    loadFactSheet(dir);
  } catch (error) {
    if (!(error instanceof FactSheetError)) throw error;
    return error.problems.map((p) => `${p.file.slice(p.file.lastIndexOf("/") + 1)}:${p.line}:${p.column}: ${p.message}`);
  }
  throw new Error("expected the data to be refused");
}

describe("an unclosed quote", { timeout: 5_000 }, () => {
  it.each([
    ['"', 'YAML syntax: Missing closing "quote (close the quote or bracket that was opened)'],
    ["'", "YAML syntax: Missing closing 'quote (close the quote or bracket that was opened)"],
  ])("%s is reported on the line it opens", (quote, message) => {
    const dir = fixtureWith({ "terms.yaml": (text) => text.replace("  name: التهديد", `  name: ${quote}التهديد`) });
    expect(refusal(dir)).toEqual([`terms.yaml:16:9: ${message}`]);
  });
});
