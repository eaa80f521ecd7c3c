import { describe, expect, it } from "vitest";
import { indexLetter, normalizeArabic, sortArabic, sortKey, toLatinDigits } from "../../../scripts/text/arabic.ts";

describe("normalizeArabic", () => {
  it.each([
    ["أوستن", "اوستن"],
    ["الإطار", "الاطار"],
    ["آلية", "اليه"],
    ["ٱلعراق", "العراق"],
    ["اللجنة العسكرية", "اللجنه العسكريه"],
    ["مستشفى", "مستشفي"],
    ["الْعِرَاق", "العراق"],
    ["العـــراق", "العراق"],
    ["٢٠٠٨", "2008"],
    ["۷", "7"],
    ["HMC", "hmc"],
    ["  داعش \n  والعراق ", "داعش والعراق"],
    ["مؤسسة", "موسسه"],
    ["\u202Eداعش\u200F", "داعش"],
  ])("folds %j to %j", (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it("gives the same form for every spelling a reader may type", () => {
    const spellings = ["اللجنة العسكرية العليا", "اللجنه العسكريه العليا", "اللَّجْنَةُ العَسْكَرِيَّةُ العُلْيَا", "اللجنـــة العسكرية العليا"];
    expect(new Set(spellings.map(normalizeArabic)).size).toBe(1);
  });
});

describe("toLatinDigits", () => {
  it("maps Arabic-Indic and Extended Arabic-Indic digits", () => {
    expect(toLatinDigits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789 0123456789");
  });
});

describe("dictionary order", () => {
  it("ignores the definite article when sorting, as Arabic dictionaries do", () => {
    const names = ["الولايات المتحدة", "بغداد", "العراق", "اتفاقية الإطار الاستراتيجي", "داعش"];
    expect(sortArabic(names, (name) => name)).toEqual([
      "اتفاقية الإطار الاستراتيجي",
      "بغداد",
      "داعش",
      "العراق",
      "الولايات المتحدة",
    ]);
  });

  it("keeps short words whole: the article is only stripped before a word of two letters or more", () => {
    expect(sortKey("الجهة")).toBe("جهه");
    expect(sortKey("الى")).toBe("الي");
  });

  it("groups a term under its first letter after the article, hamza forms under alef", () => {
    expect(indexLetter("اللجنة العسكرية العليا")).toBe("ل");
    expect(indexLetter("الولايات المتحدة")).toBe("و");
    expect(indexLetter("إنهاء المهمة")).toBe("ا");
    expect(indexLetter("أوستن")).toBe("ا");
    expect(indexLetter("HMC")).toBe("H");
  });
});
