import { describe, expect, it } from "vitest";
import { prefixForms, queryForm } from "../../../scripts/text/arabic.ts";
import {
  compileQuery,
  containsPhrase,
  correctQuery,
  excerpt,
  indexText,
  isExactName,
  searchQuery,
  textMatches,
  textMatchesExactly,
  typoCost,
  Vocabulary,
} from "../../../scripts/search/search-match.ts";

describe("prefix forms", () => {
  it.each([
    ["والعراق", "عراق"],
    ["بالشراكه", "شراكه"],
    ["لداعش", "داعش"],
    ["للجنه", "جنه"],
    ["العراق", "عراق"],
    ["فالاتفاقيه", "اتفاقيه"],
  ])("searches %s by %s", (word, form) => {
    expect(queryForm(word)).toBe(form);
  });

  it("keeps short words whole", () => {
    expect(prefixForms("ولي")).toEqual(["ولي"]);
    expect(queryForm("جهه")).toBe("جهه");
  });

  it("indexes every form, so a longer spelling is found by a shorter one", () => {
    expect(prefixForms("والعراق")).toEqual(expect.arrayContaining(["والعراق", "العراق", "عراق"]));
    expect(indexText("والعراق").split(" ")).toContain(searchQuery("العراق"));
  });
});

describe("textMatches", () => {
  const text = "أكد وزير الدفاع أن الولايات المتحدة والعراق سيبدآن اجتماعات اللجنة العسكرية العليا (HMC) لمستشاري التحالف";
  it.each([
    "العراق",
    "عراق",
    "اللجنه العسكريه",
    "الْعِرَاق",
    "العـــراق",
    "hmc",
    "مستشاري",
    "مستشارين",
    "بالعراق",
    "اللج",
  ])("finds %s", (query) => {
    expect(textMatches(text, compileQuery(query))).toBe(true);
  });

  it.each(["كرة القدم", "xyz", "اوسطنxyz", "العراق xyz"])("does not find %s", (query) => {
    expect(textMatches(text, compileQuery(query))).toBe(false);
  });
});

describe("isExactName", () => {
  it("recognises a name however it is typed", () => {
    const names = ["اللجنة العسكرية العليا", "HMC"];
    expect(isExactName(names, compileQuery("اللجنه العسكريه العليا"))).toBe(true);
    expect(isExactName(names, compileQuery("hmc"))).toBe(true);
    expect(isExactName(names, compileQuery("اللجنة"))).toBe(false);
  });
});

describe("excerpt", () => {
  it("marks the matched words in the original spelling", () => {
    const pieces = excerpt("بدأت اللجنة عملها في العراق", compileQuery("اللجنه"));
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(["اللجنة"]);
    expect(pieces.map((p) => p.text).join("")).toBe("بدأت اللجنة عملها في العراق");
  });
});

describe("typo tolerance", () => {
  const vocabulary = new Vocabulary({
    forms: ["الاستراتيجي", "استراتيجي", "الاطار", "اتفاقيه", "المالكي", "مالكي", "الماضي", "العسكريه", "عسكريه", "البنتاغون", "بنتاغون"].join(" "),
    names: ["اتفاقية الإطار الاستراتيجي", "نوري المالكي", "البنتاغون", "داعش"],
  });

  it("matches a word one edit away from an indexed word of 5 letters or more, two from 9", () => {
    expect(typoCost("الاستراتجي", "الاستراتيجي")).toBe(0.5);
    expect(typoCost("الاستراجي", "الاستراتيجي")).toBe(1.5);
    expect(typoCost("عسكيه", "عسكريه")).toBe(1);
    expect(typoCost("عسره", "عسكريه")).toBe(Infinity);
  });

  it("keeps short words, digits and Latin acronyms exact", () => {
    expect(typoCost("داعس", "داعش")).toBe(Infinity);
    expect(typoCost("2009", "2008")).toBe(Infinity);
    expect(typoCost("isil", "isis")).toBe(Infinity);
  });

  it("corrects only the words the vocabulary lacks, nearest first, names' words before others", () => {
    expect(correctQuery("اتفاقيه الاطار الاستراتجي", vocabulary)[0]).toEqual({ query: expect.stringMatching(/^اتفاقيه الاطار (ال)?استراتيجي$/), cost: 0.5 });
    expect(correctQuery("الماكي", vocabulary).map((c) => c.query)[0]).toBe("المالكي");
    expect(correctQuery("البنتاجون", vocabulary)[0]).toEqual({ query: "البنتاغون", cost: 0.5 });
  });

  it("corrects nothing that is known, and leaves nonsense without a correction", () => {
    expect(correctQuery("الاطار الاستراتيجي", vocabulary)).toEqual([]);
    expect(correctQuery("بيتزا", vocabulary)).toEqual([]);
    expect(correctQuery("اوسطنxyz", vocabulary)).toEqual([]);
  });

  it("offers the nearest names", () => {
    expect(vocabulary.closestNames("الاطار الاستراتجي")).toEqual(["اتفاقية الإطار الاستراتيجي"]);
    expect(vocabulary.closestNames("المالكى")).toEqual(["نوري المالكي"]);
    expect(vocabulary.closestNames("بيتزا")).toEqual([]);
  });

  it("tells a typed word found as written from one the stemmer only allows", () => {
    const text = "مستشارو التحالف الدولي";
    expect(textMatches(text, compileQuery("مستشارين"))).toBe(true);
    expect(textMatchesExactly(text, compileQuery("مستشارين"))).toBe(false);
    expect(textMatchesExactly(text, compileQuery("والتحالف"))).toBe(true);
    expect(textMatchesExactly(text, compileQuery("مستشارو الدو"))).toBe(true);
  });

  it("finds a phrase in a text, prefixes off", () => {
    expect(containsPhrase("يطالب بجدول زمني واضح", "الجدول الزمني")).toBe(true);
    expect(containsPhrase("جدول العمل الزمني", "جدول زمني")).toBe(false);
  });
});
