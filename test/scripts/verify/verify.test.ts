import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitArticle } from "../../../scripts/verify/article.ts";
import { MAX_QUOTE_WORDS } from "../../../scripts/verify/check-claims.ts";
import { verifyQuotations } from "../../../scripts/verify/verify.ts";
import { fixtureWith, VALID_FIXTURE, type Edits } from "../../support/data-fixture.ts";

const ARTICLE = fileURLToPath(new URL("../../fixtures/article/article.txt", import.meta.url));
const REAL_ARTICLE = fileURLToPath(new URL("../../../../shared/source/000_1f45f4b5e30b7b6c.txt", import.meta.url));

/** The report's lines for a copy of the valid fixture with these edits, file paths shortened to the file name. */
function failures(edits: Edits): string[] {
  const dir = fixtureWith(edits);
  const result = verifyQuotations(dir, ARTICLE);
  if (result.ok) throw new Error(`expected a failure, got: ${result.summary}`);
  return result.report.split("\n").map((line) => line.replace(`${dir}/`, ""));
}

describe("splitArticle", () => {
  it("splits on blank lines, joins a numbered list to its paragraph, and leaves out the byline and what follows", () => {
    const { paragraphs, excluded } = splitArticle("أول\nسطر.\n\nثان.\n\n  1. بند.\n  2. بند.\n\nس. ص\n\nاضف تعليق\n", "س. ص");
    expect(paragraphs).toEqual(["أول سطر.", "ثان. 1. بند. 2. بند."]);
    expect(excluded).toEqual(["س. ص", "اضف تعليق"]);
  });

  it("treats no-break spaces as spaces", () => {
    expect(splitArticle("عبارة\u00A0قصيرة").paragraphs).toEqual(["عبارة قصيرة"]);
  });
});

describe("verifyQuotations", () => {
  it("passes the valid fixture against its article", () => {
    const result = verifyQuotations(VALID_FIXTURE, ARTICLE);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.summary).toContain("3 paragraphs");
  });

  it("reports a misquotation where it is, with what was expected", () => {
    expect(failures({ "terms.yaml": (t) => t.replace("    - text: في الأيام المقبلة", "    - text: في الأيام القادمة") })).toEqual([
      "The quotations have 1 problem:",
      "  terms.yaml:11:13: quotation «في الأيام القادمة» is not verbatim in §1, cited here: copy the article's words exactly",
    ]);
  });

  it("reports a quotation cited to the wrong paragraph, and says which paragraph it is in", () => {
    expect(failures({ "terms.yaml": (t) => t.replace("في الأيام المقبلة\n      cite: [1]", "في الأيام المقبلة\n      cite: [2]") })).toEqual([
      "The quotations have 1 problem:",
      "  terms.yaml:11:13: quotation «في الأيام المقبلة» is not in §2, cited here, but in §1: cite the paragraph it is in",
    ]);
  });

  it("checks the files of a list kept as a folder (terms/), placing a failure in its file", () => {
    const terms = (t: string) => t.replace("    - text: في الأيام المقبلة", "    - text: في الأيام القادمة");
    const edits: Edits = { "terms.yaml": null, "terms/01.yaml": "- id: first\n  name: أول\n  definition: تعريف.\n  body: نص.\n  cite: [1]\n" };
    const dir = fixtureWith({ "terms.yaml": terms });
    edits["terms/02.yaml"] = readFileSync(join(dir, "terms.yaml"), "utf8");
    expect(failures(edits)).toEqual([
      "The quotations have 1 problem:",
      "  terms/02.yaml:11:13: quotation «في الأيام القادمة» is not verbatim in §1, cited here: copy the article's words exactly",
    ]);
  });

  it("reports a «…» phrase in prose that is not the article's words, at the phrase itself", () => {
    expect(failures({ "terms.yaml": (t) => t.replace("definition: أول العاملين.", "definition: أول «العاملين».") })).toEqual([
      "The quotations have 1 problem:",
      "  terms.yaml:17:19: phrase «العاملين» is not verbatim in §2, cited here: quote the article exactly, or, if these are not its words, write “…” instead of «…»",
    ]);
  });

  it("accepts the same words marked as not a quotation with “…”", () => {
    const dir = fixtureWith({ "terms.yaml": (t) => t.replace("definition: أول العاملين.", "definition: أول “العاملين”.") });
    expect(verifyQuotations(dir, ARTICLE)).toMatchObject({ ok: true });
  });

  it("reports an acronym the article does not contain and nothing marks as outside knowledge", () => {
    const unmarked = (t: string) => t.replace("  name: وزارة الخارجية\n", "  name: وزارة الخارجية\n  acronym: MFA\n");
    expect(failures({ "actors.yaml": unmarked })).toEqual([
      "The quotations have 1 problem:",
      "  actors.yaml:13:12: acronym «MFA» is not in §2, cited here: if it comes from outside the article, say so in outside.acronym with what it rests on",
    ]);
    const marked = (t: string) => unmarked(t).replace("  acronym: MFA\n", "  acronym: MFA\n  outside:\n    acronym: اختصار الوزارة في منشوراتها بالإنجليزية.\n");
    expect(verifyQuotations(fixtureWith({ "actors.yaml": marked }), ARTICLE)).toMatchObject({ ok: true });
  });

  it(`reports a quotation longer than ${MAX_QUOTE_WORDS} words`, () => {
    const long = "قال الوزير اليوم الخميس إن اللجنة العسكرية العليا (HMC)، وهي اللجنة العسكرية المشتركة، ستبدأ";
    expect(failures({ "terms.yaml": (t) => t.replace("    - text: في الأيام المقبلة", `    - text: ${long}`) })).toEqual([
      "The quotations have 1 problem:",
      `  terms.yaml:11:13: quotation «${long}» has 14 words; the limit is ${MAX_QUOTE_WORDS}: quote a key phrase, not a sentence`,
    ]);
  });

  it("reports an opening that is not how its paragraph begins, with how it begins", () => {
    expect(failures({ "source.yaml": (t) => t.replace("opening: وقالت الوزارة", "opening: وقال الوزير") })).toEqual([
      "The quotations have 1 problem:",
      "  source.yaml:7:12: opening «وقال الوزير» is not how §2 begins: it begins «وقالت الوزارة إنها»",
    ]);
  });

  it("reports an article that splits into another number of paragraphs than source.yaml lists", () => {
    const dir = fixtureWith({ "site.yaml": (t) => t.replace("byline: س. ص", "byline: ع. ن") });
    const result = verifyQuotations(dir, ARTICLE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.report).toContain(
      `${relative(process.cwd(), ARTICLE)}:1:1: the article has 5 paragraphs but source.yaml lists 3: paragraphs are separated by blank lines, a numbered list belongs to the paragraph before it, and the byline «ع. ن» and what follows it are left out`,
    );
  });
});

describe("npm run verify", () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["scripts/verify/verify-quotes.ts", ...args], {
      encoding: "utf8",
      env: { ...process.env, ...env },
    });

  it("exits 1 with the report and no stack trace when a quotation is wrong", () => {
    const dir = fixtureWith({ "terms.yaml": (t) => t.replace("    - text: في الأيام المقبلة", "    - text: في الأيام القادمة") });
    const result = run(["--source", ARTICLE], { DATA_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `The quotations have 1 problem:\n  ${join(dir, "terms.yaml")}:11:13: quotation «في الأيام القادمة» is not verbatim in §1, cited here: copy the article's words exactly\n`,
    );
  });

  it("exits 1 and says how to call it without --source", () => {
    const result = run([]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Usage: npm run verify -- --source path/to/article.txt");
  });

});

describe("the real data", () => {
  // In-process: the command's own exits are tested above, and .ci/run runs it on the real article too.
  it.skipIf(!existsSync(REAL_ARTICLE))("quotes the real article word for word", () => {
    const result = verifyQuotations("data", REAL_ARTICLE);
    expect(result.ok ? "" : result.report).toBe("");
    expect(result.ok && result.summary).toMatch(/^All \d+ quotations, «…» phrases, openings and acronyms in data are the article's words/);
  });
});
