/**
 * Text in the data is text, checked in-process on many random and hostile
 * strings: escaping, Markdown (with mentions linked, names and descriptions
 * hostile too) and the JSON-LD serialiser add no element, attribute or link
 * scheme the data did not ask for. test/site/injection.test.ts builds a whole
 * site from hostile data once.
 */
import { load } from "cheerio";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isolateLatin } from "../../plugins/arabic-text.ts";
import type { AutolinkContext, LinkTarget } from "../../plugins/markdown-autolink.ts";
import { markdown, renderText } from "../../plugins/markdown.ts";
import { jsonForScript } from "../../scripts/render/structured-data.ts";
import { buildMentionIndex } from "../../scripts/text/mentions.ts";
import { hostileShort, hostileText, MARKDOWN_ATTRIBUTES, MARKDOWN_TAGS, structure } from "../support/hostile-text.ts";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 100), ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) };

/** Lines of a few hundred characters: the whole build with hostile data has the very long ones. */
const hostile = hostileText(100);

/** What linking a mention adds: the link, a wrapper and a tooltip with the target's description. */
const MENTION_TAGS = new Set(["a", "span"]);
const MENTION_ATTRIBUTES = new Set(["href", "class", "role", "id", "aria-describedby"]);

/** What the HTML parser itself changes in text: line ends and NUL. */
const asParsed = (text: string) => text.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD");

/** Entities with hostile names (of a name's length) and descriptions, and prose that mentions them among hostile text. */
const mentioned = fc
  .record({
    targets: fc.array(fc.record({ name: hostileShort, description: hostile }), { minLength: 1, maxLength: 4 }),
    pieces: fc.array(hostile, { minLength: 1, maxLength: 6 }),
  })
  .map(({ targets, pieces }) => {
    const entities: LinkTarget[] = targets.map((target, i) => ({ id: `e${i}`, url: `/terms/e${i}/`, names: [target.name.trim() || "اسم"], description: target.description }));
    const context: AutolinkContext = { index: buildMentionIndex(entities), pageUrl: "/", base: "/", linked: new Set(), previews: 0 };
    const text = pieces.flatMap((piece, i) => [piece, entities[i % entities.length]!.names[0]!]).join(" ");
    return { entities, context, text };
  });

function expectOnly(html: string, tags: Set<string>, attributes: Set<string>): void {
  const found = structure(load(html, null, false));
  for (const tag of found.tags) expect(tags, `<${tag}> in ${html.slice(0, 300)}`).toContain(tag);
  for (const attribute of found.attributes) {
    expect(attributes, `${attribute}= in ${html.slice(0, 300)}`).toContain(attribute);
    expect(attribute.startsWith("on"), attribute).toBe(false);
  }
  for (const scheme of found.schemes) expect(["http", "https", "mailto"], `${scheme}: in ${html.slice(0, 300)}`).toContain(scheme);
}

describe("no injection from the data, in-process", () => {
  it("escapes plain text: the reader gets exactly the text, with only <bdi lang=en> around Latin runs", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const html = isolateLatin(text);
        expectOnly(html, new Set(["bdi"]), new Set(["lang"]));
        const $ = load(html, null, false);
        $("bdi").each((_, bdi) => expect($(bdi).attr("lang")).toBe("en"));
        expect($.root().text()).toBe(asParsed(text));
      }),
      RUNS,
    );
  });

  it("renders prose with mentions linked: links only to the entities' pages, their names and descriptions as text", () => {
    fc.assert(
      fc.property(mentioned, ({ entities, context, text }) => {
        const html = renderText(text, context);
        expectOnly(html, new Set([...MENTION_TAGS, "bdi"]), new Set([...MENTION_ATTRIBUTES, "lang"]));
        const $ = load(html, null, false);
        const urls = new Set(entities.map((entity) => entity.url));
        $("a").each((_, a) => expect(urls).toContain($(a).attr("href")));
        // The text outside the tooltips is the text given.
        $(".mention__preview").remove();
        expect($.root().text()).toBe(asParsed(text));
      }),
      RUNS,
    );
  });

  it("renders Markdown with only Markdown's own elements and attributes, and links only to safe schemes", () => {
    fc.assert(
      fc.property(mentioned, ({ context, text }) => {
        const html = markdown.render(text, { autolink: context });
        expectOnly(html, new Set([...MARKDOWN_TAGS, ...MENTION_TAGS, "bdi"]), new Set([...MARKDOWN_ATTRIBUTES, ...MENTION_ATTRIBUTES, "lang"]));
        expect(load(html, null, false)("script, style, iframe, object, svg")).toHaveLength(0);
      }),
      RUNS,
    );
  });

  it("writes JSON-LD that parses back to the same value and cannot end its <script> early", () => {
    fc.assert(
      fc.property(fc.dictionary(hostile, hostile, { maxKeys: 4 }), (value) => {
        const json = jsonForScript({ "@type": "DefinedTerm", ...value });
        expect(json).not.toMatch(/[<\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual({ "@type": "DefinedTerm", ...value });
        const $ = load(`<script type="application/ld+json">${json}</script><p>after</p>`);
        expect($("script").html()).toBe(json);
        expect($("p").text()).toBe("after");
      }),
      RUNS,
    );
  });
});
