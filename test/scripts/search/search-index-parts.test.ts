/** How the search index is cut into parts: how many, where each is served from, which records each holds. */
import { describe, expect, it } from "vitest";
import { loadDataFolder, loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { dealIntoParts, MAX_PARTS, RECORDS_PER_PART, searchIndexPartCount, searchIndexPartPath } from "../../../scripts/search/search-index-parts.ts";
import { searchRecordCount, searchSources } from "../../../scripts/search/search-records.ts";
import { VALID_FIXTURE } from "../../support/data-fixture.ts";

describe("searchIndexPartCount", () => {
  it("is one part up to the part size, then one more for each part size begun, up to the most parts", () => {
    expect([0, 1, RECORDS_PER_PART].map((records) => searchIndexPartCount(records))).toEqual([1, 1, 1]);
    expect(searchIndexPartCount(RECORDS_PER_PART + 1)).toBe(2);
    expect(searchIndexPartCount(10_000)).toBe(4);
    expect(searchIndexPartCount(MAX_PARTS * RECORDS_PER_PART)).toBe(MAX_PARTS);
    expect(searchIndexPartCount(MAX_PARTS * RECORDS_PER_PART + 1)).toBe(MAX_PARTS);
    expect(searchIndexPartCount(100_000)).toBe(MAX_PARTS);
  });

  it("makes parts of the size asked for, however many", () => {
    expect(searchIndexPartCount(100_000, 2500)).toBe(40);
    expect(searchIndexPartCount(70, 10)).toBe(7);
    expect(searchIndexPartCount(71, 10)).toBe(8);
    expect(searchIndexPartCount(5, Infinity)).toBe(1);
  });
});

describe("searchIndexPartPath", () => {
  it("serves the first part from Pagefind's own folder and the others from folders inside it", () => {
    expect([0, 1, 2, 39].map(searchIndexPartPath)).toEqual(["/pagefind/", "/pagefind/part-2/", "/pagefind/part-3/", "/pagefind/part-40/"]);
  });
});

describe("dealIntoParts", () => {
  it("deals the items in turn, every item once, the parts differing by one item at most", () => {
    const items = Array.from({ length: 11 }, (_, i) => i);
    const parts = dealIntoParts(items, 3);
    expect(parts).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7, 10],
      [2, 5, 8],
    ]);
    expect(dealIntoParts(items, 1)).toEqual([items]);
    expect(dealIntoParts([], 2)).toEqual([[], []]);
  });
});

describe("searchRecordCount", () => {
  it.each([
    ["data/", () => loadFactSheet().model],
    ["the fixture", () => loadDataFolder(VALID_FIXTURE).model],
  ])("counts the records searchSources makes of %s, notes on errors of the source included", (_, model) => {
    expect(searchRecordCount(model())).toBe(searchSources(model()).length);
  });

  it("has data/ hold a note on an error of the source, which the count above includes", () => {
    expect(loadFactSheet().model.notes.some((note) => note.sourceError)).toBe(true);
  });
});
