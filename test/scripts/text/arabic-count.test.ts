import { describe, expect, it } from "vitest";
import { countNoun, fillIn, pluralCategory, type NounForms } from "../../../scripts/text/arabic-count.ts";

const MADDA: NounForms = { one: "مادة واحدة", two: "مادتان", few: "مواد", many: "مادة", other: "مادة" };
const MUSTALAH: NounForms = { one: "مصطلح واحد", two: "مصطلحان", few: "مصطلحات", many: "مصطلحًا", other: "مصطلح" };
const NATIJA: NounForms = { ...MADDA, one: "نتيجة واحدة", two: "نتيجتان", few: "نتائج", many: "نتيجة", other: "نتيجة", zero: "لا نتائج" };

describe("countNoun", () => {
  it.each([
    [0, "0 مادة", "0 مصطلح"],
    [1, "مادة واحدة", "مصطلح واحد"],
    [2, "مادتان", "مصطلحان"],
    [3, "3 مواد", "3 مصطلحات"],
    [10, "10 مواد", "10 مصطلحات"],
    [11, "11 مادة", "11 مصطلحًا"],
    [99, "99 مادة", "99 مصطلحًا"],
    [100, "100 مادة", "100 مصطلح"],
    [101, "101 مادة", "101 مصطلح"],
    [102, "102 مادة", "102 مصطلح"],
    [103, "103 مواد", "103 مصطلحات"],
  ])("%i: %s, %s", (count, feminine, masculine) => {
    expect(countNoun(count, MADDA)).toBe(feminine);
    expect(countNoun(count, MUSTALAH)).toBe(masculine);
  });

  it("follows Intl.PluralRules('ar') past the hundreds", () => {
    expect([111, 200, 1000, 1003, 1011].map(pluralCategory)).toEqual(["many", "other", "other", "few", "many"]);
    expect(countNoun(1011, MUSTALAH)).toBe("1011 مصطلحًا");
  });

  it("reads zero as the noun's own phrase when it has one", () => {
    expect(countNoun(0, NATIJA)).toBe("لا نتائج");
  });

  it("refuses what is not a count", () => {
    expect(() => countNoun(-1, MADDA)).toThrow(RangeError);
    expect(() => countNoun(1.5, MADDA)).toThrow(RangeError);
  });
});

describe("fillIn", () => {
  it("puts values into the placeholders and leaves unknown ones as written", () => {
    expect(fillIn("يظهر {shown} من {total} {x}", { shown: "3 مصطلحات", total: 29 })).toBe("يظهر 3 مصطلحات من 29 {x}");
  });
});
