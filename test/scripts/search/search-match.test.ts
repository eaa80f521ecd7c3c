import { describe, expect, it } from "vitest";
import { prefixForms, queryForm } from "../../../scripts/text/arabic.ts";
import { compileQuery, excerpt, indexText, isExactName, searchQuery, textMatches } from "../../../scripts/search/search-match.ts";

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
