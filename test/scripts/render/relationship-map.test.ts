/**
 * The relationship map as drawn: on a small data set whose relations are
 * written out below by hand, exactly those relations, each once, and past the
 * node limit the connected core, with the rest counted; on the real data,
 * well-formed XML, a link for every actor, agreement and event, edges only
 * where the data names one end from the other, text from the data escaped,
 * and the same SVG every time.
 */
import { load, type CheerioAPI } from "cheerio";
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type { Entity } from "../../../scripts/data/link.ts";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { collectRelations, relationshipMap, wrap, type RelationKind } from "../../../scripts/render/relationship-map.ts";
import { fixtureWith } from "../../support/data-fixture.ts";

const { model, data } = loadFactSheet();

/**
 * The problems that keep a string from being well-formed XML, for the markup
 * this module writes: elements properly nested and closed, attributes quoted
 * and unique, and `&` and `<` only in entities and tags.
 */
function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const checkText = (part: string, where: string) => {
    for (let i = part.indexOf("&"); i !== -1; i = part.indexOf("&", i + 1)) {
      entity.lastIndex = i;
      if (!entity.test(part)) problems.push(`bare & in ${where}: ${part.slice(i, i + 20)}`);
    }
    if (part.includes("<")) problems.push(`bare < in ${where}`);
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(part)) problems.push(`control character in ${where}`);
  };
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"]*")*)\s*(\/?)>/y;
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf("<", at);
    const textPart = text.slice(at, lt === -1 ? text.length : lt);
    checkText(textPart, "text");
    if (lt === -1) break;
    tag.lastIndex = lt;
    const match = tag.exec(text);
    if (!match) {
      problems.push(`malformed tag at ${lt}: ${text.slice(lt, lt + 40)}`);
      break;
    }
    const [, closing, name, attributes, selfClosing] = match;
    const names = new Set<string>();
    for (const [, attribute, value] of attributes!.matchAll(/([A-Za-z_:][\w:.-]*)="([^"]*)"/g)) {
      if (names.has(attribute!)) problems.push(`duplicate attribute ${attribute} on <${name}>`);
      names.add(attribute!);
      checkText(value!, `${name}@${attribute}`);
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else if (!selfClosing) stack.push(name!);
    at = lt + match[0].length;
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(" > ")}`);
  if (!/^<svg\b/.test(text.trim())) problems.push("the document is not one <svg> element");
  return problems;
}

function parse(svg: string): CheerioAPI {
  return load(svg, { xml: true });
}

/** The map's relations as "kind from to". */
const described = (relations: readonly { kind: string; from: Entity; to: Entity }[]) => relations.map((r) => `${r.kind} ${r.from.id} ${r.to.id}`);

const KIND_TYPES: Record<RelationKind, [string, string[]]> = {
  party: ["actor", ["agreement"]],
  participant: ["actor", ["event"]],
  concerns: ["event", ["agreement"]],
  term: ["term", ["actor", "agreement", "event"]],
};

/**
 * The valid fixture, and: the minister relates back to the commission (the commission already relates
 * to the minister: one relation, not two); the ministry relates to the meeting by `related`, which is no
 * participation; the meeting relates to the term "threat"; a state with no relation at all.
 */
const smallDir = fixtureWith({
  "actors.yaml": (text) =>
    text.replace("  cite: [1]\n- id: ministry", "  related: [commission]\n  cite: [1]\n- id: ministry").replace(/cite: \[2\]\n?$/, "related: [meeting]\n  cite: [2]\n") +
    "- id: loner\n  name: دولة وحيدة\n  kind: state\n  role: لا علاقة لها بغيرها.\n  cite: [2]\n",
  "events.yaml": (text) => text.replace("  actors: [minister]\n  cite: [1]\n- id: statement", "  actors: [minister]\n  related: [threat]\n  cite: [1]\n- id: statement"),
});
const small = loadFactSheet(smallDir).model;
afterAll(() => rmSync(smallDir, { recursive: true, force: true }));

describe("relationshipMap on a small data set", () => {
  const map = relationshipMap(small);

  it("draws each relation the data names once, and none that it does not", () => {
    expect(described(map.relations).sort()).toEqual(
      [
        "party minister framework-agreement",
        "party ministry framework-agreement",
        "participant minister meeting",
        "participant minister statement",
        "concerns signing framework-agreement",
        "term commission minister",
        "term commission framework-agreement",
        "term threat meeting",
      ].sort(),
    );
    const edges = parse(map.svg)("g.map-edges path.map-edge")
      .map((_, el) => `${/map-edge--(\w+)/.exec(el.attribs.class!)![1]} ${el.attribs["data-from"]} ${el.attribs["data-to"]}`)
      .get();
    expect(edges.sort()).toEqual(described(map.relations).sort());
  });

  it("draws every actor, agreement and event, and only the terms related to one of them", () => {
    expect(map.nodes.map((node) => node.entity.id).sort()).toEqual(
      ["minister", "ministry", "loner", "framework-agreement", "signing", "meeting", "statement", "commission", "threat"].sort(),
    );
    expect(map.omitted).toBe(0);
    expect(map.isolated.map((entity) => entity.id)).toEqual(["loner"]);
  });

  it("gives each entity its neighbours on the map by type", () => {
    const ids = (id: string) => Object.fromEntries(Object.entries(map.neighbours[id]!).map(([type, list]) => [type, list.map((e: Entity) => e.id)]));
    expect(ids("minister")).toEqual({ actor: [], agreement: ["framework-agreement"], event: ["meeting", "statement"], term: ["commission"] });
    expect(ids("ministry")).toEqual({ actor: [], agreement: ["framework-agreement"], event: [], term: [] });
    expect(ids("capacity")).toEqual({ actor: [], agreement: [], event: [], term: [] });
  });

  it("past its node limit draws the connected core grown from the most connected, and counts the rest", () => {
    const capped = relationshipMap(small, { maxNodes: 4 });
    expect(capped.nodes.map((node) => node.entity.id).sort()).toEqual(["commission", "framework-agreement", "meeting", "minister"]);
    expect(capped.omitted).toBe(5);
    expect(described(capped.relations).sort()).toEqual(
      ["party minister framework-agreement", "participant minister meeting", "term commission minister", "term commission framework-agreement"].sort(),
    );
    expect(parse(capped.svg)("a.map-node")).toHaveLength(4);
  });
});

describe("relationshipMap on the real data", () => {
  const map = relationshipMap(model);
  const $ = parse(map.svg);

  it("is well-formed XML: one <svg> element, named by its <title>", () => {
    expect(xmlProblems(map.svg)).toEqual([]);
    const svg = $("svg");
    expect(svg).toHaveLength(1);
    expect(svg.attr("xmlns")).toBe("http://www.w3.org/2000/svg");
    // Not an img, whose content would be hidden: its nodes are links.
    expect(svg.attr("role")).toBe("group");
    const titleId = svg.attr("aria-labelledby")!;
    expect($(`svg > title#${titleId}`).text()).toBe("خريطة العلاقات");
    expect($(`svg > desc#${svg.attr("aria-describedby")}`).text()).toContain(String(map.relations.length));
  });

  it("draws one link for every actor, agreement and event, and every term it relates", () => {
    const terms = new Set(map.relations.filter((r) => r.kind === "term").map((r) => r.from.id));
    const expected: Entity[] = [...model.actors, ...model.agreements, ...model.events, ...model.terms.filter((t) => terms.has(t.id))];
    expect($("a.map-node")).toHaveLength(expected.length);
    for (const entity of expected) {
      const link = $(`a.map-node[data-id="${entity.id}"]`);
      expect(link, entity.id).toHaveLength(1);
      expect(link.attr("href")).toBe(entity.url);
      expect(link.hasClass(`map-node--${entity.type}`), entity.id).toBe(true);
      expect(link.attr("aria-label")).toContain(entity.name);
      expect(link.find("rect.map-node__box")).toHaveLength(1);
      // The drawn lines, joined, are the name (the module wraps it; the real names fit whole).
      expect(link.find("text.map-node__name > tspan").map((_, el) => $(el).text()).get().join(" ")).toBe(entity.name);
    }
  });

  it("draws an edge only where the data names one end from the other, each pair once, joining nodes of the right types", () => {
    const found = described(map.relations);
    expect(new Set(found).size).toBe(found.length);
    expect(found.length).toBeGreaterThan(model.agreements.length);
    const referenced = new Map<string, Set<string>>();
    for (const entries of [data.terms, data.actors, data.agreements, data.events]) {
      for (const entry of entries as { id: string; [field: string]: unknown }[]) {
        const ids = ["related", "parties", "actors", "agreements"].flatMap((field) => (entry[field] as string[] | undefined) ?? []);
        referenced.set(entry.id, new Set(ids));
      }
    }
    for (const { from, to } of map.relations) {
      expect(referenced.get(from.id)!.has(to.id) || referenced.get(to.id)!.has(from.id), `${from.id} ${to.id}`).toBe(true);
    }

    const nodeType = new Map($("a.map-node").map((_, el) => [[$(el).attr("data-id")!, /map-node--(\w+)/.exec($(el).attr("class")!)![1]!]]).get() as [string, string][]);
    const edges = $("g.map-edges path.map-edge");
    expect(edges).toHaveLength(map.relations.length);
    edges.each((_, el) => {
      const edge = $(el);
      const kind = /map-edge--(\w+)/.exec(edge.attr("class")!)![1] as RelationKind;
      const from = edge.attr("data-from")!;
      const to = edge.attr("data-to")!;
      expect(nodeType.get(from), `edge from ${from}`).toBe(KIND_TYPES[kind][0]);
      expect(KIND_TYPES[kind][1], `edge to ${to}`).toContain(nodeType.get(to));
      expect(edge.attr("d")).toMatch(/^M[\d.]+ [\d.]+/);
    });
  });

  it("draws the edges behind the nodes", () => {
    const groups = $("svg > g").map((_, el) => $(el).attr("class")).get();
    expect(groups.indexOf("map-edges")).toBeLessThan(groups.indexOf("map-nodes"));
  });

  it("lays the columns out right to left: actors, then agreements and events, then terms", () => {
    const x = (type: string) => Math.min(...map.nodes.filter((n) => n.entity.type === type).map((n) => n.x));
    expect(x("actor")).toBeGreaterThan(x("agreement"));
    expect(x("agreement")).toBe(x("event"));
    expect(x("event")).toBeGreaterThan(x("term"));
    expect($("svg").attr("direction")).toBe("rtl");
    for (const node of map.nodes) {
      expect(node.x, node.entity.id).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width, node.entity.id).toBeLessThanOrEqual(map.width);
      expect(node.y + node.height, node.entity.id).toBeLessThanOrEqual(map.height);
    }
  });

  it("never lets two nodes overlap", () => {
    for (const column of [0, 1, 2]) {
      const nodes = map.nodes.filter((n) => n.column === column).sort((a, b) => a.y - b.y);
      for (let i = 1; i < nodes.length; i++) {
        expect(nodes[i]!.y, `${nodes[i - 1]!.entity.id} / ${nodes[i]!.entity.id}`).toBeGreaterThanOrEqual(nodes[i - 1]!.y + nodes[i - 1]!.height + 8);
      }
    }
  });

  it("keeps events in chronological order, top to bottom", () => {
    const ys = model.events.map((event) => map.nodes.find((n) => n.entity.id === event.id)!.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it("uses no style attribute or element, which the Content-Security-Policy would refuse", () => {
    expect($("style")).toHaveLength(0);
    expect($("[style]")).toHaveLength(0);
    expect(map.svg).not.toMatch(/\sstyle=|<style/);
  });

  it("draws the same SVG every time", () => {
    expect(relationshipMap(model).svg).toBe(map.svg);
    expect(collectRelations(model)).toEqual(map.relations);
  });

  it("stays small: a few hundred bytes a node and edge", () => {
    expect(map.svg.length).toBeLessThan(600 * (map.nodes.length + map.relations.length));
  });
});

describe("relationshipMap past its node limit", () => {
  const full = relationshipMap(model);
  const maxNodes = 20;
  const capped = relationshipMap(model, { maxNodes });
  const degree = (id: string) => full.relations.filter((r) => r.from.id === id || r.to.id === id).length;

  it("draws the whole real fact sheet, which is under the limit", () => {
    expect(full.omitted).toBe(0);
    expect(full.nodes.length).toBe(model.actors.length + model.agreements.length + model.events.length + full.shown.term.length);
  });

  it("draws a connected core grown from the most connected entity, and says how many it left off", () => {
    expect(capped.nodes).toHaveLength(maxNodes);
    expect(capped.omitted).toBe(full.nodes.length - maxNodes);
    const mostConnected = Math.max(...full.nodes.map((n) => degree(n.entity.id)));
    expect(degree(capped.nodes.map((n) => n.entity.id).sort((a, b) => degree(b) - degree(a))[0]!)).toBe(mostConnected);
    // Every drawn entity has a relation on the map, and the relations join them all into one piece.
    expect(capped.isolated).toEqual([]);
    const reached = new Set([capped.relations[0]!.from.id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const { from, to } of capped.relations) {
        if (reached.has(from.id) !== reached.has(to.id)) {
          reached.add(from.id).add(to.id);
          grew = true;
        }
      }
    }
    expect(reached.size).toBe(maxNodes);
  });

  it("keeps exactly the relations between drawn entities, and lists the drawn entities by type", () => {
    const drawn = new Set(capped.nodes.map((n) => n.entity.id));
    expect(capped.relations).toEqual(full.relations.filter((r) => drawn.has(r.from.id) && drawn.has(r.to.id)));
    const shownIds = Object.values(capped.shown).flat().map((e: Entity) => e.id);
    expect(new Set(shownIds)).toEqual(drawn);
    expect(xmlProblems(capped.svg)).toEqual([]);
    expect(parse(capped.svg)("a")).toHaveLength(maxNodes);
  });
});

describe("relationshipMap on hostile names", () => {
  const hostile = `<script>alert("x")</script> & 'q' </svg><a href="javascript:x">`;
  const dir = fixtureWith({
    "actors.yaml": (text) => text.replace("name: الوزير", `name: ${JSON.stringify(hostile)}`).replace("role: يعلن بدء اللجنة.", `role: ${JSON.stringify(`${hostile} role`)}`),
    "agreements.yaml": (text) => text.replace("name: اتفاقية الإطار", `name: ${JSON.stringify(`اتفاقية "الإطار" <b>&amp;</b> HMC-2 ${"طويل ".repeat(60).trim()}`)}`),
  });
  const hostileModel = loadFactSheet(dir).model;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const map = relationshipMap(hostileModel);
  const $ = parse(map.svg);

  it("escapes them: still well-formed, no element or link the data did not ask for", () => {
    expect(xmlProblems(map.svg)).toEqual([]);
    expect($("script")).toHaveLength(0);
    expect($("b")).toHaveLength(0);
    expect($("a").map((_, el) => $(el).attr("href")).get().every((href) => href.startsWith("/"))).toBe(true);
    expect($("a")).toHaveLength(map.nodes.length);
    expect(map.svg).not.toContain("<script");
  });

  it("keeps the text as it was: the name in the link's label, the role in its title", () => {
    const minister = $('a.map-node[data-id="minister"]');
    expect(minister.attr("aria-label")).toBe(hostile);
    expect(minister.find("title").text()).toBe(`${hostile} role`);
    // Wrapped, and a word longer than a line cut: the same characters, but for the spaces.
    const drawn = minister.find("text.map-node__name > tspan").map((_, el) => $(el).text()).get().join("");
    expect(drawn.replace(/\s/g, "")).toBe(hostile.replace(/\s/g, ""));
  });

  it("wraps a long name onto at most three lines and ends it with an ellipsis", () => {
    const lines = $('a.map-node[data-id="framework-agreement"] text.map-node__name > tspan');
    expect(lines).toHaveLength(3);
    expect(lines.last().text().endsWith("…")).toBe(true);
    // Latin runs are marked as English, as the pages' <bdi lang="en"> are.
    const latin = $('a.map-node[data-id="framework-agreement"] tspan[lang="en"]').map((_, el) => $(el).text()).get();
    expect(latin).toContain("HMC-2");
  });
});

describe("wrap", () => {
  it("keeps a short name on one line", () => {
    expect(wrap("العراق", 200, 14)).toEqual(["العراق"]);
  });

  it("breaks between words, within the width", () => {
    const lines = wrap("حوار التعاون الأمني المشترك بين الولايات المتحدة والعراق", 180, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("حوار التعاون الأمني المشترك بين الولايات المتحدة والعراق");
    for (const line of lines) expect([...line].length * 14 * 0.47).toBeLessThanOrEqual(180);
  });

  it("cuts a word longer than a line", () => {
    const lines = wrap("x".repeat(50), 100, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => [...line].length <= Math.floor(100 / (14 * 0.47)))).toBe(true);
  });
});
