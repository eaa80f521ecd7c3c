/**
 * What the site takes from outside the article is marked where it is shown and listed on the source page;
 * the source's own errors are shown as errors, never as names or actors.
 */
import { load } from "cheerio";
import { describe, expect, inject, it } from "vitest";
import { OUTSIDE_LABELS } from "../../scripts/data/labels.ts";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { builtPages } from "../support/site-files.ts";

const siteDir = inject("siteDir");
const { model } = loadFactSheet();
const pages = new Map(builtPages(siteDir).map((page) => [page.url, page.html]));
const page = (url: string) => load(pages.get(url)!);
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("knowledge from outside the article", () => {
  const marked = model.entities.filter((entity) => entity.outsideItems.length > 0);

  it("is in the data: the names and facts the article does not give", () => {
    const acronyms = model.entities.filter((e) => e.outsideItems.some((i) => i.kind === "acronym")).map((e) => ("acronym" in e ? e.acronym : ""));
    expect(acronyms.sort()).toEqual(["CJTF-OIR", "DoD", "ISF", "JSCD", "OIR", "SFA", "US"]);
    const english = model.entities.filter((e) => e.outsideItems.some((i) => i.kind === "english")).map((e) => e.id);
    expect(english.sort()).toEqual(["cjtf-oir", "international-coalition"]);
  });

  it("is shown on each page with the marker beside each item and what it rests on", () => {
    for (const entity of marked) {
      const $ = page(entity.url);
      const section = $("section.outside-items");
      expect(section, entity.url).toHaveLength(1);
      expect(squash(section.find("h2").text())).toBe(OUTSIDE_LABELS.marker);
      const items = section.find("li");
      expect(items, entity.url).toHaveLength(entity.outsideItems.length);
      entity.outsideItems.forEach((item, i) => {
        const text = squash(items.eq(i).text());
        expect(items.eq(i).find(".badge--outside").text()).toBe(OUTSIDE_LABELS.marker);
        expect(text).toContain(squash(item.text));
        expect(text).toContain(squash(item.basis));
      });
    }
  });

  it("marks an English name or acronym the article does not contain where the name is shown", () => {
    const $ = page("/actors/cjtf-oir/");
    const names = $("dl.names dd");
    const english = names.filter((_, dd) => $(dd).text().includes("Combined Joint Task Force"));
    const acronym = names.filter((_, dd) => squash($(dd).text()).startsWith("CJTF-OIR"));
    for (const dd of [english, acronym]) expect(dd.find(".badge--outside").text()).toBe(OUTSIDE_LABELS.marker);
    const hmc = page("/agreements/higher-military-commission/")("dl.names dd").filter((_, dd) => squash(load(dd).text()) === "HMC");
    expect(hmc).toHaveLength(1);
  });

  it("is listed on the source page, every item of every page, and the footer no longer says all is from the article", () => {
    const $ = page("/source/");
    const list = squash($("dl.outside-list").text());
    const items = model.outside.flatMap((p) => p.items);
    expect(items.length).toBeGreaterThan(marked.length);
    for (const item of items) expect(list).toContain(squash(item.basis));
    for (const p of model.outside) expect($(`dl.outside-list a[href="${p.url}"]`), p.url).toHaveLength(1);
    for (const html of pages.values()) {
      const footer = squash(load(html)("footer").text());
      expect(footer).not.toContain("كل معلومة هنا مأخوذة");
      expect(footer).toContain(OUTSIDE_LABELS.marker);
    }
  });
});

describe("an error of the source", () => {
  const wrong = "مؤسسة حمد الطبية";

  it("is no actor, no name and no organisation in the JSON-LD", () => {
    expect(model.actors.map((a) => a.name)).not.toContain(wrong);
    expect(model.entities.flatMap((e) => e.names)).not.toContain(wrong);
    expect(model.entities.flatMap((e) => e.names).some((name) => name.includes(wrong))).toBe(false);
    for (const [url, html] of pages) {
      for (const script of load(html)('script[type="application/ld+json"]').toArray()) {
        expect(load(script).text(), url).not.toContain(wrong);
      }
    }
    expect(squash(page("/actors/")("main").text())).toContain(`${model.actors.length} جهة`);
  });

  it("is shown under the source's errors on the commission's page, linked to the note that explains it", () => {
    const note = model.notes.find((n) => n.sourceError?.wording === wrong)!;
    for (const url of ["/agreements/higher-military-commission/", "/terms/hmc-process/"]) {
      const $ = page(url);
      const errors = $("section.source-errors");
      expect(errors, url).toHaveLength(1);
      expect(errors.find("q").text()).toBe(wrong);
      expect(errors.find(`a[href="${note.url}"]`)).toHaveLength(1);
      expect($("dl.names").text()).not.toContain(wrong);
    }
    expect(page("/source/")(`#${note.anchor} .note__error q`).text()).toBe(wrong);
  });
});
