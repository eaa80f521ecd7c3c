/**
 * The built /map/ page: the SVG map inline, a node linking to every actor,
 * agreement and event, a horizontally scrolling region a keyboard can reach,
 * and a text equivalent that lists every relation the map draws.
 */
import { load, type CheerioAPI } from "cheerio";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ENTITY_TYPE } from "../../scripts/data/entity-types.ts";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { relationshipMap } from "../../scripts/render/relationship-map.ts";

const siteDir = inject("siteDir");
const { model } = loadFactSheet();
const map = relationshipMap(model);
let $: CheerioAPI;

beforeAll(() => {
  $ = load(readFileSync(join(siteDir, "map", "index.html"), "utf8"));
});

/** The text equivalent's entry for an entity: the list item whose subject links to it. */
function entry(url: string) {
  return $(".map-relations .map-relations__entry").filter((_, li) => $(li).children("a.map-relations__subject").attr("href") === url);
}

/** The URLs an entry lists under a heading (its <dt>). */
function listed(url: string, label: string): string[] {
  const dt = entry(url).find("dt").filter((_, el) => $(el).text().trim() === label);
  expect(dt, `${url}: ${label}`).toHaveLength(1);
  return dt.next("dd").find("a").map((_, a) => $(a).attr("href")!).get();
}

describe("the /map/ page", () => {
  it("is titled خريطة العلاقات, with a description and breadcrumbs", () => {
    expect($("h1").text().trim()).toBe("خريطة العلاقات");
    expect($("title").text()).toMatch(/^خريطة العلاقات \| /);
    expect($('meta[name="description"]').attr("content")).toBeTruthy();
    expect($("nav.breadcrumbs [aria-current=page]").text()).toBe("خريطة العلاقات");
  });

  it("holds the map inline, in a scrolling region a keyboard can reach, named by its own title", () => {
    // A <section> with a name is a region landmark.
    const region = $("main section.relationship-map");
    expect(region.attr("tabindex")).toBe("0");
    expect(region.attr("aria-label")).toBeTruthy();
    const svg = region.children("svg");
    expect(svg).toHaveLength(1);
    expect(svg.attr("role")).toBe("group");
    expect($(`#${svg.attr("aria-labelledby")}`).is("svg > title")).toBe(true);
  });

  it("is the map the module draws for the data, with no style attribute or element", () => {
    expect($("main svg a.map-node")).toHaveLength(map.nodes.length);
    expect($("main svg path.map-edge[data-from]")).toHaveLength(map.relations.length);
    expect($("main [style], main style")).toHaveLength(0);
  });

  it("has a node for every actor, agreement and event, linking to its page", () => {
    for (const entity of [...model.actors, ...model.agreements, ...model.events]) {
      const node = $(`main svg a.map-node[data-id="${entity.id}"]`);
      expect(node, entity.id).toHaveLength(1);
      expect(node.attr("href")).toBe(entity.url);
      expect(node.attr("aria-label")).toContain(entity.name);
      expect(node.find("rect")).toHaveLength(1);
    }
  });

  it("joins every edge to two nodes on the page", () => {
    const ids = new Set($("main svg a.map-node").map((_, a) => $(a).attr("data-id")!).get());
    $("main svg path.map-edge[data-from]").each((_, path) => {
      expect(ids.has($(path).attr("data-from")!)).toBe(true);
      expect(ids.has($(path).attr("data-to")!)).toBe(true);
    });
  });
});

describe("the text equivalent", () => {
  it("lists every relation the map draws", () => {
    const terms = ENTITY_TYPE.term.plural;
    for (const { kind, from, to } of map.relations) {
      const what = `${kind}: ${from.id} → ${to.id}`;
      if (kind === "party") expect(listed(to.url, "الأطراف"), what).toContain(from.url);
      if (kind === "participant") expect(listed(to.url, ENTITY_TYPE.actor.plural), what).toContain(from.url);
      if (kind === "concerns") expect(listed(from.url, ENTITY_TYPE.agreement.plural), what).toContain(to.url);
      if (kind === "term") expect(listed(to.url, terms), what).toContain(from.url);
    }
  });

  it("lists nothing the map does not draw", () => {
    const links = $(".map-relations__facts dd a").length;
    expect(links).toBe(map.relations.length);
  });

  it("has an entry, a link, for every agreement, event and actor, and names those without relations", () => {
    for (const entity of [...model.agreements, ...model.events, ...model.actors]) {
      expect(entry(entity.url), entity.id).toHaveLength(1);
    }
    const isolated = $("#relations-isolated").nextAll("ul").first().find("a").map((_, a) => $(a).attr("href")).get();
    expect(isolated).toEqual(map.isolated.map((entity) => entity.url));
  });

  it("makes every entity it names a link to its page", () => {
    const urls = new Set(model.entities.map((entity) => entity.url));
    const links = $(".map-relations a").filter((_, a) => !$(a).attr("href")!.startsWith("#"));
    expect(links.length).toBeGreaterThan(0);
    links.each((_, a) => {
      expect(urls.has($(a).attr("href")!), $(a).attr("href")).toBe(true);
    });
  });
});
