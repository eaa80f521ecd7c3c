/**
 * Text in the data is text, in a whole build: the fixture with every text
 * field replaced by hostile strings (all of test/support/hostile-text.ts's,
 * then random ones, random lines of 10,000 characters among them) builds, and
 * no page gains an element, attribute or link scheme that the data did not ask
 * for. The functions behind it are checked on many more strings in-process
 * (test/plugins/injection.test.ts); this is the one build.
 */
import { load } from "cheerio";
import fc from "fast-check";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, inject, it } from "vitest";
import { characterProblem } from "../../scripts/data/text-rules.ts";
import { VALID_FIXTURE } from "../support/data-fixture.ts";
import { HOSTILE_STRINGS, hostileText, MARKDOWN_ATTRIBUTES, MARKDOWN_TAGS, structure } from "../support/hostile-text.ts";
import { runBuild } from "../support/run-build.ts";
import { builtPages } from "../support/site-files.ts";
import { temporaryFolder } from "../support/temporary.ts";

/** Fields holding free text; ids, references, enums, dates and numbers are left alone. */
const TEXT_FIELDS = new Set([
  "name", "aliases", "english", "acronym", "definition", "body", "role", "text", "quote", "summary", "provides",
  "status", "title", "short_title", "description", "opening", "label", "value", "note", "heading", "lead", "intro",
  "byline", "dateline", "wording", "derivation",
]);

/** Replaces every text field of the data with a value drawn from `next`. */
function replaceText(value: unknown, key: string | undefined, next: () => string): unknown {
  if (typeof value === "string") return key && TEXT_FIELDS.has(key) ? next() : value;
  if (Array.isArray(value)) return value.map((item) => replaceText(item, key, next));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceText(v, k, next)]));
  }
  return value;
}

describe("no injection from the data", () => {
  it("builds the fixture with hostile text in every field, adding no markup the data did not ask for", { timeout: 300_000 }, async () => {
    // What pages built from harmless text have: the real site's elements and attributes.
    const baseline = { tags: new Set<string>(), attributes: new Set<string>() };
    for (const page of builtPages(inject("siteDir"))) {
      const s = structure(load(page.html));
      s.tags.forEach((t) => baseline.tags.add(t));
      s.attributes.forEach((a) => baseline.attributes.add(a));
    }

    const seed = Number(process.env.FC_SEED ?? 20261202);
    // Text validation refuses control and bidi characters in short fields (tested with the validator):
    // the build gets the hostile text that passes it.
    const values = [...HOSTILE_STRINGS, ...fc.sample(hostileText(2000), { numRuns: 200, seed })].filter(
      (value) => characterProblem(value.trim(), "short") === undefined,
    );
    let i = 0;
    const next = () => {
      const value = values[i++ % values.length]!.trim();
      return value === "" ? "نص" : value;
    };
    const dataDir = temporaryFolder("hostile");
    for (const file of readdirSync(VALID_FIXTURE)) {
      const data = parse(readFileSync(join(VALID_FIXTURE, file), "utf8"));
      writeFileSync(join(dataDir, file), stringify(replaceText(data, undefined, next), { lineWidth: 0 }));
    }
    expect(values.length, "hostile values that pass validation").toBeGreaterThan(150);
    expect(i, "text fields replaced").toBeGreaterThan(HOSTILE_STRINGS.length);
    const output = join(temporaryFolder("hostile-out"), "site");
    const result = await runBuild({ output, dataDir });
    expect(result.code, `seed ${seed}: ${result.stderr.slice(0, 1500)}`).toBe(0);

    const pages = builtPages(output);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const $ = load(page.html);
      const { tags, attributes, schemes } = structure($);
      for (const tag of tags) expect(baseline.tags.has(tag) || MARKDOWN_TAGS.has(tag), `<${tag}> in ${page.url}`).toBe(true);
      for (const attribute of attributes) {
        expect(baseline.attributes.has(attribute) || MARKDOWN_ATTRIBUTES.has(attribute), `${attribute}= in ${page.url}`).toBe(true);
        expect(attribute.startsWith("on"), `${attribute}= in ${page.url}`).toBe(false);
      }
      for (const scheme of schemes) expect(["http", "https", "mailto"], `${scheme}: in ${page.url}`).toContain(scheme);
      $("script").each((_, script) => {
        if ($(script).attr("type") === "application/ld+json") {
          // Structured data: JSON that parses, with no "<" that could end the element early.
          const json = $(script).html() ?? "";
          expect(json, page.url).not.toContain("<");
          expect(() => JSON.parse(json), page.url).not.toThrow();
        } else {
          expect($(script).attr("src"), page.url).toMatch(/^\/assets\/js\/[a-z-]+\.js$/);
          expect($(script).html(), page.url).toBe("");
        }
      });
      // The entity pages' names arrive as the text typed, in the h1 and the JSON-LD.
      const ld = JSON.parse($('script[type="application/ld+json"]').html() ?? "{}");
      expect($("h1"), page.url).toHaveLength(1);
      if (ld["@type"] === "DefinedTerm") expect(ld.name, page.url).toBe($("h1").text());
      expect($("style")).toHaveLength(0);
    }
  });
});
