/**
 * The built site as a reader gets it: every entity has its page, every page is
 * well formed Arabic RTL HTML, every citation reaches its paragraph, and the
 * search index was written. (That every link and #anchor resolves: links.test.ts.)
 */
import { load } from "cheerio";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { builtPages, type BuiltPage } from "../support/site-files.ts";

const siteDir = inject("siteDir");
const { model } = loadFactSheet();
let pages: BuiltPage[];
let byUrl: Map<string, BuiltPage>;

beforeAll(() => {
  pages = builtPages(siteDir);
  byUrl = new Map(pages.map((page) => [page.url, page]));
});

describe("pages", () => {
  it("has a page for every entity, at its URL, with its name as the h1", () => {
    for (const entity of model.entities) {
      const page = byUrl.get(entity.url);
      expect(page, entity.url).toBeDefined();
      expect(load(page!.html)("h1").text().trim()).toBe(entity.name);
    }
  });

  it("has the index pages, the timeline, the source, search and 404", () => {
    for (const url of ["/", "/terms/", "/actors/", "/agreements/", "/timeline/", "/source/", "/search/", "/404.html"]) {
      expect(byUrl.has(url), url).toBe(true);
    }
  });

  it("gives every page lang=ar, dir=rtl, one h1, a unique title and a description", () => {
    const titles = new Map<string, string>();
    for (const page of pages) {
      const $ = load(page.html);
      expect($("html").attr("lang"), page.url).toBe("ar");
      expect($("html").attr("dir"), page.url).toBe("rtl");
      expect($("h1"), page.url).toHaveLength(1);
      const title = $("title").text();
      expect(title.trim(), page.url).not.toBe("");
      expect(titles.get(title), `${page.url} shares its title with ${titles.get(title)}`).toBeUndefined();
      titles.set(title, page.url);
      expect($('meta[name="description"]').attr("content")?.trim(), page.url).toBeTruthy();
    }
  });

  it("has the shared header with navigation and a search box, breadcrumbs and a footer", () => {
    for (const page of pages) {
      const $ = load(page.html);
      expect($("header nav a[href='/terms/']"), page.url).toHaveLength(1);
      expect($("header form[role=search][action='/search/'] input[name=q]"), page.url).toHaveLength(1);
      expect($("footer"), page.url).toHaveLength(1);
      if (page.url !== "/") expect($("nav.breadcrumbs li").length, page.url).toBeGreaterThanOrEqual(2);
    }
  });

  it("isolates Latin acronyms inside Arabic text with <bdi>", () => {
    const hmc = model.terms.find((term) => term.acronym === "HMC");
    expect(hmc).toBeDefined();
    const $ = load(byUrl.get(hmc!.url)!.html);
    expect($("main bdi[lang=en]").filter((_, el) => $(el).text() === "HMC").length).toBeGreaterThan(0);
  });

  it("sorts the glossary by letter, ignoring the definite article", () => {
    const $ = load(byUrl.get("/terms/")!.html);
    const groups = $(".glossary__group")
      .map((_, el) => ({
        letter: $(el).find(".glossary__letter").text(),
        names: $(el).find("dt a").map((__, a) => $(a).text()).get(),
      }))
      .get();
    expect(groups.reduce((n, g) => n + g.names.length, 0)).toBe(model.terms.length);
    for (const group of groups) {
      for (const name of group.names) {
        const bare = name.replace(/^ال(?=\S{2})/, "").replace(/^[أإآ]/, "ا");
        expect(bare.startsWith(group.letter), `${name} under ${group.letter}`).toBe(true);
      }
    }
    // The letter bar links to exactly the letters that have terms.
    const linked = $(".letter-bar a").map((_, a) => $(a).text()).get();
    expect(linked).toEqual(groups.map((g) => g.letter));
  });

  it("shows dates at their precision with machine-readable datetime, derived dates marked", () => {
    const $ = load(byUrl.get("/timeline/")!.html);
    const items = $(".timeline__item");
    expect(items).toHaveLength(model.events.length);
    items.each((i, item) => {
      const event = model.events[i]!;
      expect($(item).find("time").attr("datetime")).toBe(event.date.start);
      expect($(item).find(".badge--derived").length > 0).toBe(event.date.basis === "derived");
    });
  });
});

describe("links", () => {
  it("links every citation to its paragraph on /source/", () => {
    const $ = load(byUrl.get("/source/")!.html);
    for (const paragraph of model.paragraphs) expect($(`#${paragraph.anchor}`)).toHaveLength(1);
    const cited = new Set(model.entities.flatMap((entity) => entity.citations.map((p) => p.paragraph)));
    expect([...cited].sort((a, b) => a - b)).toEqual(model.paragraphs.map((p) => p.paragraph));
  });
});

describe("search index", () => {
  it("is written by the build, with the entity pages and the notes on errors of the source in it", () => {
    const entry = JSON.parse(readFileSync(join(siteDir, "pagefind/pagefind-entry.json"), "utf8"));
    const errorNotes = model.notes.filter((note) => note.sourceError).length;
    expect(errorNotes).toBeGreaterThan(0);
    expect(entry.languages.ar.page_count).toBe(model.entities.length + errorNotes);
  });
});
