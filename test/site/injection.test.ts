/**
 * Text in the data is text: random strings, markup, quotes, bidirectional
 * controls and very long lines in every text field still build, and no page
 * gains an element, attribute or link scheme that the data did not ask for.
 */
import { load, type CheerioAPI } from "cheerio";
import fc from "fast-check";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { VALID_FIXTURE } from "../support/data-fixture.ts";
import { runBuild } from "../support/run-build.ts";
import { builtPages } from "../support/site-files.ts";

/** Fields holding free text; ids, references, enums, dates and numbers are left alone. */
const TEXT_FIELDS = new Set([
  "name", "aliases", "english", "acronym", "definition", "body", "role", "text", "quote", "summary", "provides",
  "status", "title", "short_title", "description", "opening", "label", "value", "note", "heading", "lead", "intro",
  "byline", "dateline", "wording", "derivation",
]);
/** What Markdown may legitimately add: its own elements, with these attributes. */
const MARKDOWN_TAGS = new Set(["p", "em", "strong", "s", "code", "pre", "a", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "br", "img", "table", "thead", "tbody", "tr", "th", "td"]);
const MARKDOWN_ATTRIBUTES = new Set(["href", "src", "alt", "title", "start", "style", "id", "class"]);

const hostile = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "\"'><svg onload=alert(1)>",
    "</title><script>alert(1)</script>",
    "&lt;b&gt; &amp; &#x3C;",
    "{{ 7*7 }} {% raw %}",
    "\u202Eحقل معكوس\u202C",
    "[رابط](javascript:alert(1))",
    "[data](data:text/html;base64,PHNjcmlwdD4=)",
    "<a href=\"vbscript:x\">v</a>",
    "x\u2066HMC\u2069y",
    "{onclick=alert(1)}",
  ),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 5 }).map((s) => s.repeat(2000)),
);

/** Replaces every text field of the data with a value drawn from `next`. */
function replaceText(value: unknown, key: string | undefined, next: () => string): unknown {
  if (typeof value === "string") return key && TEXT_FIELDS.has(key) ? next() : value;
  if (Array.isArray(value)) return value.map((item) => replaceText(item, key, next));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceText(v, k, next)]));
  }
  return value;
}

function structure($: CheerioAPI): { tags: Set<string>; attributes: Set<string>; schemes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  const schemes = new Set<string>();
  $("*").each((_, element) => {
    if (element.type !== "tag") return;
    tags.add(element.name);
    for (const [name, value] of Object.entries(element.attribs)) {
      attributes.add(name);
      if (name === "href" || name === "src") {
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value);
        if (scheme) schemes.add(scheme[1]!.toLowerCase());
      }
    }
  });
  return { tags, attributes, schemes };
}

/** The elements and attributes of the fixture's pages built from its own, harmless text. */
const baseline = { tags: new Set<string>(), attributes: new Set<string>() };

describe("no injection from the data", () => {
  it("builds the fixture with hostile text in every field, adding no markup the data did not ask for", async () => {
    const clean = join(mkdtempSync(join(tmpdir(), "factsheet-clean-")), "site");
    expect((await runBuild({ output: clean, dataDir: VALID_FIXTURE })).code).toBe(0);
    for (const page of builtPages(clean)) {
      const s = structure(load(page.html));
      s.tags.forEach((t) => baseline.tags.add(t));
      s.attributes.forEach((a) => baseline.attributes.add(a));
    }

    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 80, maxLength: 80 }), async (values) => {
        let i = 0;
        const next = () => {
          const value = values[i++ % values.length]!.trim();
          return value === "" ? "نص" : value;
        };
        const dataDir = mkdtempSync(join(tmpdir(), "factsheet-hostile-"));
        for (const file of readdirSync(VALID_FIXTURE)) {
          const data = parse(readFileSync(join(VALID_FIXTURE, file), "utf8"));
          const replaced = replaceText(data, undefined, next);
          writeFileSync(join(dataDir, file), stringify(replaced, { lineWidth: 0 }));
        }
        const output = join(mkdtempSync(join(tmpdir(), "factsheet-hostile-out-")), "site");
        const result = await runBuild({ output, dataDir });
        expect(result.code, result.stderr.slice(0, 1500)).toBe(0);

        for (const page of builtPages(output)) {
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
      }),
      {
        numRuns: 8,
        ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
        endOnFailure: true,
        // The counterexample holds very long strings: report the failure, not megabytes of input.
        reporter: (details) => {
          if (details.failed) throw new Error(`${String(details.errorInstance).slice(0, 3000)}\nseed: ${details.seed}`);
        },
      },
    );
  }, 240_000);
});
