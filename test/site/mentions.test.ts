/**
 * Mentions in the real data's prose are linked: the first mention of each
 * term, actor and agreement on a page, never its own page, never in a heading
 * or an existing link, the attached prefix outside the link. The links found
 * are listed in test-results/mentions.txt.
 */
import { load } from "cheerio";
import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { words } from "../../scripts/text/arabic.ts";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { buildMentionIndex, findMentions } from "../../scripts/text/mentions.ts";
import { builtPages } from "../support/site-files.ts";

const { model } = loadFactSheet();
const pages = builtPages(inject("siteDir"));
const byUrl = new Map(model.entities.map((entity) => [entity.url, entity]));
/** The places prose is rendered on an entity page, in document order. */
const PROSE = ".entity__lead, .prose, .statements li > p:first-child, .provides li";

describe("linked mentions", () => {
  const found: string[] = [];

  it("links by a name of the target, with no prefix inside the link", () => {
    for (const page of pages) {
      const $ = load(page.html);
      $(".mention > a").each((_, a) => {
        const target = byUrl.get($(a).attr("href")!);
        expect(target, `${page.url}: ${$(a).attr("href")}`).toBeDefined();
        const text = $(a).text();
        const spelled = (name: string) => words(name).join(" ");
        expect(target!.names.map(spelled), `${page.url}: «${text}»`).toContain(spelled(text));
        found.push(`${page.url}\t«${text}» → ${target!.url}`);
      });
    }
    expect(found.length).toBeGreaterThan(100);
    mkdirSync("test-results", { recursive: true });
    writeFileSync("test-results/mentions.txt", `${found.join("\n")}\n`);
  });

  it("links each entity at most once per page, never on its own page, never in headings or links", () => {
    for (const page of pages) {
      const $ = load(page.html);
      const targets = $(".mention > a").map((_, a) => $(a).attr("href")).get();
      expect(new Set(targets).size, page.url).toBe(targets.length);
      expect(targets, page.url).not.toContain(page.url);
      expect($("h1 .mention, h2 .mention, h3 .mention, a .mention"), page.url).toHaveLength(0);
    }
  });

  it("links every first mention in an entity page's prose", () => {
    const index = buildMentionIndex([...model.agreements, ...model.actors, ...model.terms]);
    for (const entity of model.entities) {
      const $ = load(pages.find((p) => p.url === entity.url)!.html);
      // The previews are not prose of this page: they are other pages' descriptions.
      $(".mention__preview").remove();
      const linked = new Set<string>();
      const expected = $(PROSE)
        .map((_, el) => $(el).text())
        .get()
        .flatMap((text) =>
          findMentions(text, index, (target) => target.url !== entity.url && !linked.has(target.id) && (linked.add(target.id), true)),
        )
        .map((mention) => mention.entity.url);
      const actual = $(PROSE).find(".mention > a").map((_, a) => $(a).attr("href")).get();
      expect(actual, entity.url).toEqual(expected);
    }
  });

  it("gives each link a preview of its target, tied to it with aria-describedby", () => {
    for (const page of pages) {
      const $ = load(page.html);
      $(".mention > a").each((_, a) => {
        const preview = $(`#${$(a).attr("aria-describedby")}`);
        expect(preview.attr("role"), page.url).toBe("tooltip");
        expect(preview.text(), page.url).toBe(byUrl.get($(a).attr("href")!)!.description);
      });
    }
  });
});
