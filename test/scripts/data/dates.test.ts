import { describe, expect, it } from "vitest";
import { chronologicalKey, formatFactDate } from "../../../scripts/data/dates.ts";

describe("formatFactDate", () => {
  it("writes a day range in one month the short way, with the source's month names", () => {
    expect(formatFactDate({ start: "2023-08-07", end: "2023-08-08", precision: "day", basis: "stated" })).toBe(
      "7–8 آب/أغسطس 2023",
    );
  });

  it("shows each precision", () => {
    expect(formatFactDate({ start: "2023-08-07", precision: "day", basis: "stated" })).toBe("7 آب/أغسطس 2023");
    expect(formatFactDate({ start: "2024-01", precision: "month", basis: "stated" })).toBe("كانون الثاني/يناير 2024");
    expect(formatFactDate({ start: "2008", precision: "year", basis: "stated" })).toBe("2008");
    expect(formatFactDate({ start: "2014", precision: "approximate", basis: "derived", derivation: "x" })).toBe("نحو 2014");
  });

  it("says a lower bound is one, so the label says what a derivation of \"then or later\" says", () => {
    expect(formatFactDate({ start: "2008", precision: "year", basis: "derived", derivation: "x", or_later: true })).toBe("2008 أو بعده");
    expect(formatFactDate({ start: "2008", precision: "year", basis: "derived", derivation: "x" })).toBe("2008");
  });

  it("writes ranges across months and years in full", () => {
    expect(formatFactDate({ start: "2023-08-30", end: "2023-09-02", precision: "day", basis: "stated" })).toBe(
      "30 آب/أغسطس 2023 – 2 أيلول/سبتمبر 2023",
    );
    expect(formatFactDate({ start: "2011", end: "2014", precision: "year", basis: "stated" })).toBe("2011 – 2014");
  });
});

describe("chronologicalKey", () => {
  it("orders a year before the days inside it", () => {
    const keys = ["2023-08-07", "2023", "2023-08"].map((start) =>
      chronologicalKey({ start, precision: "approximate", basis: "stated" }),
    );
    expect([...keys].sort()).toEqual(["2023-00-00", "2023-08-00", "2023-08-07"]);
  });
});
