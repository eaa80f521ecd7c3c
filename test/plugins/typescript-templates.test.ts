/**
 * The TypeScript templates, rendered in-process with the valid fixture's model:
 * the page shell (site/_includes/shell) as the Nunjucks pages' layout, and the
 * entity pages (site/entity.11ty.ts). Hostile text in every field stays text,
 * every URL of the site is under the base path, and the shell's parts are there
 * only where they belong.
 */
import { load, type CheerioAPI } from "cheerio";
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EntityPageCache } from "../../plugins/entity-pages.ts";
import type { PageText } from "../../plugins/markdown.ts";
import type { Actor, Agreement, Entity, Event, Term } from "../../scripts/data/link.ts";
import { loadDataFolder } from "../../scripts/data/load-factsheet.ts";
import { interfaceText } from "../../scripts/render/interface-text.ts";
import { isolateLatin } from "../../scripts/text/bidi.ts";
import { escapeHtml } from "../../scripts/text/escape.ts";
import { entityPage as renderEntityPage, render as writeEntityPages } from "../../site/entity.11ty.ts";
import { render as renderLayout, type LayoutData } from "../../site/_includes/layouts/base.11ty.ts";
import { VALID_FIXTURE } from "../support/data-fixture.ts";
import { hostileShort, structure } from "../support/hostile-text.ts";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 30), ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) };
const loaded = loadDataFolder(VALID_FIXTURE);
const model = loaded.model;
const security = JSON.parse(readFileSync(new URL("../../site/_data/security.json", import.meta.url), "utf8"));
const ui = interfaceText();
const BASE = "/factsheet/";

/** Prose and Markdown as text: what the Markdown plugin adds has tests of its own (markdown.test.ts, injection.test.ts). */
const pageText: PageText = { prose: (text) => isolateLatin(text), markdown: (text) => `<p>${escapeHtml(text)}</p>\n` };

/** What the HTML parser itself changes in text: line ends and NUL. */
const asParsed = (text: string) => text.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD");

function layoutPage(overrides: Partial<LayoutData>): CheerioAPI {
  const data: LayoutData = {
    content: "<h1>محتوى</h1>\n",
    page: { url: "/search/" },
    factsheet: model,
    security,
    ui,
    basePath: BASE,
    title: "البحث",
    breadcrumbs: [],
    scripts: [],
    ...overrides,
  };
  return load(renderLayout(data));
}

function entityPage(entity: Entity): CheerioAPI {
  return load(renderEntityPage({ entity, page: { url: entity.url }, factsheet: model, security, ui, basePath: BASE, pageText, scripts: [] }));
}

/** Every URL the page links or loads from: the site's own under the base path, the canonical and og:url whole. */
function expectUrlsUnderBase($: CheerioAPI): void {
  $("[href], [src], [action]").each((_, element) => {
    for (const name of ["href", "src", "action"]) {
      const value = $(element).attr(name);
      if (value === undefined || value.startsWith("#")) continue;
      expect(value, `${name}="${value}"`).toMatch(/^(\/factsheet\/|https:\/\/[^/]+\/factsheet\/)/);
    }
  });
}

/** No element or attribute beyond the page's own: <script> only the JSON-LD, no event handlers. */
function expectNoInjection($: CheerioAPI): void {
  const { tags, attributes } = structure($);
  for (const tag of ["img", "svg", "iframe", "b"]) expect(tags).not.toContain(tag);
  for (const attribute of attributes) expect(attribute.startsWith("on"), attribute).toBe(false);
  expect($("script").map((_, s) => $(s).attr("type")).get()).toEqual(["application/ld+json"]);
}

describe("the page shell (site/_includes/shell)", () => {
  it("titles and describes a page by its front matter, as text wherever it is written", () => {
    fc.assert(
      fc.property(hostileShort, hostileShort, (title, description) => {
        const $ = layoutPage({ title, description, breadcrumbs: [{ label: "المصطلحات", url: "/terms/" }] });
        expectNoInjection($);
        expect($("title").text()).toBe(`${asParsed(title)} | ${model.site.short_title}`);
        expect($('meta[name="description"]').attr("content")).toBe(asParsed(description));
        expect($('meta[property="og:title"]').attr("content")).toBe(asParsed(title));
        expect($('.breadcrumbs [aria-current="page"]').text()).toBe(asParsed(title));
        const jsonLd = JSON.parse($('script[type="application/ld+json"]').html()!);
        expect(jsonLd).toMatchObject({ "@type": "WebPage", name: title, description });
      }),
      RUNS,
    );
  });

  it("writes every URL of the site under the base path, the page's scripts among them", () => {
    const $ = layoutPage({ scripts: ["search"], breadcrumbs: [{ label: "المصطلحات", url: "/terms/" }] });
    expectUrlsUnderBase($);
    expect($('script[type="module"]').attr("src")).toBe("/factsheet/assets/js/search.js");
    expect($('link[rel="canonical"]').attr("href")).toBe(`${new URL(model.site.url).origin}/factsheet/search/`);
    expect($(".breadcrumbs li a").map((_, a) => $(a).attr("href")).get()).toEqual(["/factsheet/", "/factsheet/terms/"]);
  });

  it("gives the home page no breadcrumbs and its site's description, and marks the section a page is in", () => {
    const home = layoutPage({ page: { url: "/" }, title: model.site.title, pageKind: "home" });
    expect(home(".breadcrumbs")).toHaveLength(0);
    expect(home("title").text()).toBe(model.site.title);
    expect(home('meta[property="og:type"]').attr("content")).toBe("website");
    expect(home('meta[name="description"]').attr("content")).toBe(model.site.description);
    expect(home("[aria-current]")).toHaveLength(0);
    const timeline = layoutPage({ page: { url: "/timeline/2/" }, title: ui.common.timeline });
    expect(timeline('.site-nav [aria-current="true"]').attr("href")).toBe("/factsheet/timeline/");
    const terms = layoutPage({ page: { url: "/terms/" }, title: "المصطلحات" });
    expect(terms('.site-nav [aria-current="page"]').attr("href")).toBe("/factsheet/terms/");
  });

  it("refuses a page without a title rather than write one that says undefined", () => {
    expect(() => layoutPage({ title: undefined })).toThrow(/\/search\/ has no title/);
  });
});

describe("the entity pages (site/entity.11ty.ts)", () => {
  it("writes each entity's page itself, at <output><url>index.html, and gives Eleventy nothing to keep", () => {
    const output = mkdtempSync(join(tmpdir(), "entity-pages-"));
    try {
      let written = 0;
      const data = { factsheet: model, security, ui, basePath: BASE, pageText, scripts: [], eleventy: { directories: { output } } };
      // As a one-off build plans them: every page.
      const cache = new EntityPageCache();
      const entityPages = { plan: () => cache.plan(loaded.data, model, {}), written: cache.written.bind(cache), invalidate: () => cache.invalidate() };
      expect(writeEntityPages({ ...data, entityPages, pageWritten: () => (written += 1) })).toBe("");
      expect(written).toBe(model.entities.length);
      for (const entity of model.entities) {
        const page = renderEntityPage({ ...data, entity, page: { url: entity.url } });
        expect(readFileSync(join(output, entity.url, "index.html"), "utf8"), entity.url).toBe(page);
      }
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
  });

  it("writes every entity's page in the shell: its name as the title, its section as the breadcrumb, URLs under the base path", () => {
    for (const entity of model.entities) {
      const $ = entityPage(entity);
      expect($("h1").text(), entity.url).toBe(entity.name);
      expect($("title").text()).toBe(`${entity.name} | ${model.site.short_title}`);
      expect($(`article.entity--${entity.type}`)).toHaveLength(1);
      expect($(".breadcrumbs li a").last().attr("href")).toMatch(new RegExp(`^/factsheet/${entity.url.split("/")[1]}/$`));
      expect(JSON.parse($('script[type="application/ld+json"]').html()!).url).toBe(`${new URL(model.site.url).origin}/factsheet${entity.url}`);
      expectUrlsUnderBase($);
    }
  });

  it("keeps hostile text in every field of every type text", () => {
    const [term, actor, agreement, event] = [model.terms[0]!, model.actors[0]!, model.agreements[0]!, model.events[0]!];
    fc.assert(
      fc.property(fc.array(hostileShort, { minLength: 8, maxLength: 8 }), (texts) => {
        const [a, b, c, d, e, f, g, h] = texts as [string, string, string, string, string, string, string, string];
        const pages: [Entity, string][] = [
          [{ ...term, name: a, definition: b, body: c, aliases: [d], english: e, acronym: f, quotes: [{ text: g, citations: term.citations }] } satisfies Term, a],
          [{ ...actor, name: b, role: c, kindLabel: d, statements: [{ text: e, quote: f, citations: actor.citations }] } satisfies Actor, b],
          [{ ...agreement, name: c, summary: d, status: e, provides: [f, g], parties: [{ ...actor, name: h }] } satisfies Agreement, c],
          [{ ...event, name: d, summary: e, date: { ...event.date, label: f, wording: g, derivation: h, outside: a } } satisfies Event, d],
        ];
        for (const [entity, name] of pages) {
          const $ = entityPage(entity);
          expectNoInjection($);
          expect($("h1").text()).toBe(asParsed(name));
          expect($("title").text()).toBe(`${asParsed(name)} | ${model.site.short_title}`);
        }
        const $event = entityPage(pages[3]![0]);
        expect($event(".entity__date time").text()).toBe(asParsed(f));
        expect($event(".facts q").text()).toBe(asParsed(g));
      }),
      RUNS,
    );
  });

  it("leaves out what an entity does not have: statements, an agreement's date, an event's actors and agreements", () => {
    const actor = entityPage({ ...model.actors[0]!, statements: [] });
    expect(actor(".statements")).toHaveLength(0);
    const agreement = entityPage({ ...model.agreements[0]!, date: undefined });
    expect(agreement(".facts dd").first().text()).toBe(ui.agreements.no_date);
    const event = entityPage({ ...model.events[0]!, actors: [], agreements: [], date: { ...model.events[0]!.date, derivation: undefined } });
    expect(event(".facts dt").map((_, dt) => event(dt).text()).get()).toEqual([ui.events.date_basis]);
  });
});
