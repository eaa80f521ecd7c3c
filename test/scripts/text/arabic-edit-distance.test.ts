import { describe, expect, it } from "vitest";
import { arabicEditDistance, editBudget, normalizeArabic } from "../../../scripts/text/arabic.ts";

const distance = (a: string, b: string, limit?: number) => arabicEditDistance(normalizeArabic(a), normalizeArabic(b), limit);

describe("arabicEditDistance", () => {
  it("is zero for the same word, however it was spelled", () => {
    expect(distance("الاستراتيجي", "الاستراتيجي")).toBe(0);
    expect(distance("الإطار", "الاطار")).toBe(0);
  });

  it.each([
    ["الولاية", "الولابة", "a letter replaced"],
    ["التحالف", "التحالفف", "a letter added"],
    ["العسكرية", "العسرية", "a letter dropped"],
    ["الخارجية", "الخاريجة", "two neighbours swapped"],
    ["كرسي", "سكرسي", "a consonant added"],
  ])("counts %s → %s (%s) as one edit", (a, b) => {
    expect(distance(a, b)).toBe(1);
  });

  it.each([
    ["القضائية", "القظائية", "ض/ظ"],
    ["العزم", "العذم", "ز/ذ"],
    ["الثنائية", "السنائية", "ث/س"],
    ["الصلب", "السلب", "ص/س"],
    ["الاحتلال", "الاحطلال", "ت/ط"],
    ["الإقليمية", "الإكليمية", "ق/ك"],
    ["ثنائية", "ثناءية", "ء and its seat ي"],
    ["مسؤول", "مسئول", "the seats و and ي"],
    ["البنتاغون", "البنتاجون", "غ/ج for a foreign g"],
  ])("counts a confusable letter, %s → %s (%s), as half an edit", (a, b) => {
    expect(distance(a, b)).toBe(0.5);
  });

  it("counts a vowel letter added or dropped, as a name is spelled by ear, as half an edit", () => {
    expect(distance("اوستن", "اوستين")).toBe(0.5);
    expect(distance("الاستراتيجي", "الاستراتجي")).toBe(0.5);
    expect(distance("واشنطن", "واشنطون")).toBe(0.5);
  });

  it("does not count unrelated letters as confusable", () => {
    expect(distance("الاجتماع", "الاجتماغ")).toBe(1); // ع/غ: one shape, not one sound
    expect(distance("حمد", "خمد")).toBe(1);
  });

  it("adds edits up, and is symmetric", () => {
    expect(distance("المتخصصون", "المتخسسون")).toBe(1);
    expect(distance("الجدول", "الجدوول")).toBe(distance("الجدوول", "الجدول"));
    expect(distance("بيتزا", "القدم")).toBeGreaterThanOrEqual(4);
  });

  it("stops past the limit", () => {
    expect(distance("اتفاقية", "استراتيجية", 2)).toBe(Infinity);
    expect(distance("العسكرية", "العسرية", 1)).toBe(1);
    expect(distance("العسكرية", "العسرية", 0.5)).toBe(Infinity);
  });
});

describe("editBudget", () => {
  it.each([
    ["داعش", 0],
    ["HMC".toLowerCase(), 0],
    ["isis", 0],
    ["d-isis", 0],
    ["2008", 0],
    ["اوسطنxyz", 0],
    ["اوستن", 1],
    ["الاستراتيجي", 2],
    ["austin", 1],
  ])("allows %s %i edits", (word, budget) => {
    expect(editBudget(word)).toBe(budget);
  });
});
