/**
 * Text that is not text is refused once, at validation, with its place: lone
 * surrogates and control characters anywhere (tab and newline are allowed in
 * Markdown bodies), bidi controls in names, ids and short fields.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { characterProblem } from "../../../scripts/data/text-rules.ts";
import { fixtureWith, refusal } from "../../support/data-fixture.ts";


const SURROGATE = "a lone surrogate, half of a character and not text: write the whole character or remove it";
const CONTROL_SHORT = "a control character: remove it (a short field is one line of text)";
const CONTROL_BODY = "a control character: remove it (only tab and newline are allowed in a body)";
const BIDI = "a bidi control, which can make the text display reversed: remove it (the site sets directions itself)";

const nameOfThreat = (value: string) => (text: string) => text.replace("  name: التهديد", `  name: ${value}`);

describe("characters the data may not hold", { timeout: 5_000 }, () => {
  it("refuses an escaped lone surrogate in a name", () => {
    expect(refusal({ "terms.yaml": nameOfThreat('"ال\\uD800تهديد"') })).toEqual([
      `terms.yaml:16:9: [1].name: character 3 is U+D800, ${SURROGATE}`,
    ]);
  });

  it("refuses an escaped NUL in a short field", () => {
    expect(refusal({ "terms.yaml": nameOfThreat('"التهديد\\0"') })).toEqual([`terms.yaml:16:9: [1].name: character 8 is U+0000, ${CONTROL_SHORT}`]);
  });

  it("refuses a raw NUL byte in the file with its place", () => {
    expect(refusal({ "terms.yaml": nameOfThreat("التهديد\u0000") })).toEqual([
      `terms.yaml:16:9: [1].name: character 8 is U+0000, ${CONTROL_SHORT}`,
    ]);
  });

  // The body is counted after its surrounding whitespace is trimmed, as it is rendered.
  it("refuses control characters in a Markdown body but keeps tab and newline", () => {
    expect(refusal({ "notes.yaml": (text) => text.replace("  body: يسمي", '  body: "\\tسطر\\nيسمي\\u001B"\n  x: |\n    يسمي').replace(/\n  x: \|\n    يسمي.*/, "") })).toEqual([
      `notes.yaml:4:9: [0].body: character 9 is U+001B, ${CONTROL_BODY}`,
    ]);
  });

  it("refuses bidi overrides and isolates in names, not in bodies", () => {
    expect(refusal({ "terms.yaml": nameOfThreat('"\\u202Eالتهديد"') })).toEqual([`terms.yaml:16:9: [1].name: character 1 is U+202E, ${BIDI}`]);
    expect(() => loadFactSheet(fixtureWith({ "notes.yaml": (text) => text.replace("  body: يسمي", '  body: "\\u2067يسمي\\u2069"\n  x: ').replace(/\n  x: .*/, "") }))).not.toThrow();
  });

  it("finds every forbidden character wherever it is, and passes all other text", () => {
    const forbidden = fc.constantFrom("\u0000", "\u0007", "\u001F", "\u007F", "\u0085", "\u009F", "\uD800", "\uDFFF", "\u202A", "\u202E", "\u2066", "\u2069");
    fc.assert(
      fc.property(fc.string(), forbidden, fc.string(), (before, bad, after) => characterProblem(`x${before}${bad}${after}x`, "short") !== undefined),
    );
    const allowed = fc.string({ unit: fc.constantFrom("a", "ب", " ", "😀", "\u200F", "\u061C", "é") });
    fc.assert(fc.property(allowed, (value) => characterProblem(value, "short") === undefined));
  });
});
