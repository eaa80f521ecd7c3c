/**
 * The pieces of markup the Nunjucks pages and the TypeScript ones share
 * (site/_includes/components): hostile text in every field stays text, every
 * URL is under the base path, and a section with nothing in it is left out.
 * Nunjucks calls the same functions (plugins/markup-components.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import { load } from "cheerio";
import fc from "fast-check";
import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { markupComponentsPlugin } from "../../plugins/markup-components.ts";
import type { Entity, LinkedParagraph, Note, OutsideItem, SourceError } from "../../scripts/data/link.ts";
import { loadDataFolder } from "../../scripts/data/load-factsheet.ts";
import { interfaceText } from "../../scripts/render/interface-text.ts";
import { citations } from "../../site/_includes/components/citations.ts";
import { connections } from "../../site/_includes/components/connections.ts";
import { entityLink, entityLinks } from "../../site/_includes/components/entity-links.ts";
import { factDate } from "../../site/_includes/components/fact-date.ts";
import { names } from "../../site/_includes/components/names.ts";
import { outsideMarker } from "../../site/_includes/components/outside-marker.ts";
import { quotes } from "../../site/_includes/components/quotes.ts";
import type { MarkupContext } from "../../site/_includes/markup.ts";
import { VALID_FIXTURE } from "../support/data-fixture.ts";
import { hostileShort, structure } from "../support/hostile-text.ts";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 50), ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) };
const ui = interfaceText();
const context: MarkupContext = { base: "/factsheet/", ui };
const model = loadDataFolder(VALID_FIXTURE).model;
const term = model.terms[0]!;
const paragraph = model.paragraphs[0]!;

/** What the HTML parser itself changes in text: line ends and NUL. */
const asParsed = (text: string) => text.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD");

/** Every href of the markup is the page's own anchor or under the base path. */
function expectLinksUnderBase(html: string): void {
  const $ = load(html, null, false);
  $("[href]").each((_, element) => expect($(element).attr("href")).toMatch(/^(#|\/factsheet\/)/));
}

/** The markup has only these elements, whatever the text in it. */
function expectOnlyTags(html: string, tags: string[]): void {
  for (const tag of structure(load(html, null, false)).tags) expect(tags, `<${tag}> in ${html.slice(0, 300)}`).toContain(tag);
}

describe("shared markup (site/_includes/components)", () => {
  it("cites paragraphs with their summaries as text in the tooltip, linked under the base path", () => {
    fc.assert(
      fc.property(fc.array(hostileShort, { minLength: 1, maxLength: 3 }), (summaries) => {
        const paragraphs: LinkedParagraph[] = summaries.map((summary, i) => ({ ...paragraph, paragraph: i + 1, summary, url: `/source/#p${i + 1}` }));
        const html = citations(paragraphs, context);
        expectOnlyTags(html, ["span", "a"]);
        const $ = load(html, null, false);
        expect($("a.citation").map((_, a) => $(a).attr("title")).get()).toEqual(summaries.map(asParsed));
        expect($("a.citation").map((_, a) => $(a).attr("href")).get()).toEqual(paragraphs.map((p) => `/factsheet${p.url}`));
        expect($(".citations__label").text()).toBe(ui.common.citations_label);
      }),
      RUNS,
    );
  });

  it("links to entities by their names, as text, under the base path, a list with each one's type", () => {
    fc.assert(
      fc.property(hostileShort, hostileShort, (name, typeLabel) => {
        const entity = { ...term, name, typeLabel };
        for (const html of [entityLink(entity, context), entityLinks([entity, entity], context)]) {
          expectOnlyTags(html, ["a", "bdi", "ul", "li", "span"]);
          expectLinksUnderBase(html);
          expect(load(html, null, false)("a").first().text()).toBe(asParsed(name));
        }
        const $ = load(entityLinks([entity], context), null, false);
        expect($(".link-list__type").text()).toBe(asParsed(typeLabel));
      }),
      RUNS,
    );
  });

  it("marks a date worked out or resting on outside knowledge, and only then", () => {
    const stated = load(factDate({ iso: "2024-01-02", label: "٢ يناير ٢٠٢٤", basis: "stated" }, context), null, false);
    expect(stated("time").attr("datetime")).toBe("2024-01-02");
    expect(stated(".badge")).toHaveLength(0);
    fc.assert(
      fc.property(hostileShort, hostileShort, (label, basis) => {
        const html = factDate({ iso: "2024", label, basis: "derived", outside: basis }, context);
        expectOnlyTags(html, ["time", "span"]);
        const $ = load(html, null, false);
        expect($("time").text()).toBe(asParsed(label));
        expect($(".badge--derived").text()).toBe(ui.common.derived_date);
        expect($(".badge--outside").attr("title")).toContain(asParsed(basis));
      }),
      RUNS,
    );
    expect(load(outsideMarker(), null, false)(".badge--outside").attr("title")).toBeUndefined();
  });

  it("lists an entry's other names, each as text, and nothing for an entry without any", () => {
    expect(names({ ...term, aliases: [], english: undefined, acronym: undefined }, context)).toBe("");
    fc.assert(
      fc.property(hostileShort, hostileShort, hostileShort, (alias, english, basis) => {
        const html = names({ ...term, aliases: [alias], english, acronym: undefined, outside: { english: basis } }, context);
        expectOnlyTags(html, ["dl", "dt", "dd", "ul", "li", "bdi", "span", "a"]);
        const $ = load(html, null, false);
        expect($(".inline-list li").text()).toBe(asParsed(alias));
        expect($('span[lang="en"]').text()).toBe(asParsed(english));
        expect($('a[href="#outside-heading"] .badge--outside').attr("title")).toContain(asParsed(basis));
        expect($("dt")).toHaveLength(2);
      }),
      RUNS,
    );
  });

  it("ends an entity's page with only the sections it has something for, and always its cited paragraphs", () => {
    const bare: Entity = { ...term, related: [], mentionedIn: [], notes: [], sourceErrors: [], outsideItems: [], quotes: [] };
    const $bare = load(connections(bare, context), null, false);
    expect($bare("section").map((_, s) => $bare(s).attr("aria-labelledby")).get()).toEqual(["cite-heading"]);
    expect(quotes([], context)).toBe("");
    fc.assert(
      fc.property(hostileShort, hostileShort, hostileShort, (text, title, wording) => {
        const note: Note = { ...model.notes[0]!, title, url: "/source/#note-x" };
        const error: SourceError = { wording, insteadOf: text, note };
        const item: OutsideItem = { kind: "fact", label: "معلومة", text, basis: title };
        const full: Entity = { ...bare, related: [term], mentionedIn: [term], notes: [note], sourceErrors: [error], outsideItems: [item] };
        const html = connections(full, context);
        expectOnlyTags(html, ["section", "h2", "ul", "li", "a", "bdi", "span", "small", "q"]);
        expectLinksUnderBase(html);
        const $ = load(html, null, false);
        expect($("section").map((_, s) => $(s).attr("aria-labelledby")).get()).toEqual([
          "source-errors-heading",
          "outside-heading",
          "related-heading",
          "mentioned-heading",
          "notes-heading",
          "cite-heading",
        ]);
        expect($(".source-errors q").text()).toBe(asParsed(wording));
        expect($('section[aria-labelledby="notes-heading"] a').text()).toBe(asParsed(title));
        expect($(".outside__basis").text()).toContain(asParsed(title));
      }),
      RUNS,
    );
  });

  it("is what Nunjucks calls too: the globals give the same markup as the functions", () => {
    const globals = new Map<string, (...args: any[]) => unknown>();
    markupComponentsPlugin({ pathPrefix: "/factsheet/", addNunjucksGlobal: (name: string, value: (...args: any[]) => unknown) => globals.set(name, value) } as unknown as UserConfig);
    const env = new nunjucks.Environment(null, { autoescape: true, throwOnUndefined: true });
    for (const [name, value] of globals) env.addGlobal(name, value);
    const event = model.events[0]!;
    const rendered = env.renderString(
      "{{ citations(p) }}|{{ factDate(d) }}|{{ entityLink(e) }}|{{ entityLinks([e]) }}|{{ outside() }}|{{ outside('أساس') }}",
      { p: event.citations, d: event.date, e: term },
    );
    expect(rendered).toBe(
      [citations(event.citations, context), factDate(event.date, context), entityLink(term, context), entityLinks([term], context), outsideMarker(), outsideMarker("أساس")].join("|"),
    );
  });
});
