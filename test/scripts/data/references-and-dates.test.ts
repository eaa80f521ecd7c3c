/**
 * References and dates that read wrong on the page are refused with their
 * place, and the messages say what is there: which paragraphs exist, which
 * field is missing.
 */
import { describe, expect, it } from "vitest";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { formatNumberRuns } from "../../../scripts/data/problems.ts";
import { fixtureWith, refusal } from "../../support/data-fixture.ts";


const meetingDate = (start: string, end: string, precision: string) => (text: string) =>
  text.replace("    start: 2023-08-07\n    end: 2023-08-08\n    precision: day", `    start: ${start}\n    end: ${end}\n    precision: ${precision}`);

describe("related lists", { timeout: 5_000 }, () => {
  it("refuses an entry that lists itself", () => {
    expect(refusal({ "terms.yaml": (text) => text.replace("  related: [commission]", "  related: [capacity]") })).toEqual([
      'terms.yaml:24:13: [2].related[0]: "capacity" is this entry itself: related lists other entries; remove it',
    ]);
  });

  it("refuses the same id twice, saying where it is first", () => {
    expect(
      refusal({ "terms.yaml": (text) => text.replace("  related: [minister, framework-agreement]", "  related: [minister, framework-agreement, minister]") }),
    ).toEqual(['terms.yaml:13:44: [0].related[2]: "minister" is listed twice in related (first at terms.yaml:13:13): remove one']);
  });
});

describe("date intervals", { timeout: 5_000 }, () => {
  it("accepts an end of lower precision that contains the start (2023-08-07 to 2023-08)", () => {
    expect(() => loadFactSheet(fixtureWith({ "events.yaml": meetingDate("2023-08-07", "2023-08", "approximate") }))).not.toThrow();
    expect(() => loadFactSheet(fixtureWith({ "events.yaml": meetingDate("2023-08", "2023-08-01", "approximate") }))).not.toThrow();
    expect(() => loadFactSheet(fixtureWith({ "events.yaml": meetingDate('"2023"', "2023-01", "approximate") }))).not.toThrow();
  });

  it("refuses an end whose whole interval is before the start", () => {
    expect(refusal({ "events.yaml": meetingDate("2023-08-07", "2023-07", "approximate") })).toEqual([
      "events.yaml:15:10: [1].date.end: the end comes before the start",
    ]);
    expect(refusal({ "events.yaml": meetingDate("2023-08-07", "2023-08-06", "day") })).toEqual([
      "events.yaml:15:10: [1].date.end: the end comes before the start",
    ]);
  });
});

describe("messages that say what is there", { timeout: 5_000 }, () => {
  it("lists the paragraphs that exist when one in the middle is missing", () => {
    expect(formatNumberRuns([1, 2, 3, 4, 6, 7, 8, 9, 10])).toBe("1–4, 6–10");
    expect(formatNumberRuns([3, 1, 5])).toBe("1, 3, 5");
    const withoutSecond = (text: string) => text.replace(/- paragraph: 2\n(?: .*\n)*/, "");
    const problems = refusal({ "source.yaml": withoutSecond });
    expect(problems).toContain("terms.yaml:19:10: [1].cite[0]: paragraph 2 does not exist: source.yaml has paragraphs 1, 3");
  });

  it("says a missing enum or literal field is missing, not found undefined", () => {
    expect(refusal({ "site.yaml": (text) => text.replace("language: ar\n", "") })).toEqual([
      'site.yaml:2:1: language: missing required field "language" (expected one of "ar")',
    ]);
  });
});
