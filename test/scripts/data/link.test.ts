/** Linking the small valid data set: references, backlinks, orders, dates, and the lookups rendering uses. */
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, REFERENCES } from "../../../scripts/data/entity-types.ts";
import { entityUrl, referencesOf, type Entity } from "../../../scripts/data/link.ts";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { entityAtUrl, entityById, mentionTargets } from "../../../scripts/data/lookups.ts";
import { fixtureWith, VALID_FIXTURE } from "../../support/data-fixture.ts";

const { model } = loadFactSheet(VALID_FIXTURE);
const ids = (entities: readonly { id: string }[]) => entities.map((entity) => entity.id);
const get = (id: string): Entity => {
  const entity = model.entities.find((e) => e.id === id);
  if (!entity) throw new Error(`no entity ${id}`);
  return entity;
};

describe("linkEntities: references", () => {
  it("resolves every reference field to the entity objects, of the types the field names", () => {
    const commission = get("commission");
    expect(commission.related.map((e) => [e.type, e.id])).toEqual([
      ["actor", "minister"],
      ["agreement", "framework-agreement"],
    ]);
    // The objects themselves, not copies: a page reads the related entity's own name and URL.
    expect(commission.related[0]).toBe(get("minister"));
    const agreement = model.agreements[0]!;
    expect(ids(agreement.parties)).toEqual(["minister", "ministry"]);
    expect(ids(model.events.find((e) => e.id === "signing")!.agreements)).toEqual(["framework-agreement"]);
    expect(ids(model.events.find((e) => e.id === "meeting")!.actors)).toEqual(["minister"]);
  });

  it("resolves the home page's positions and factors, notes and speakers", () => {
    expect(model.home.positions.map((p) => p.actor)).toEqual([get("minister"), get("ministry")]);
    expect(model.home.factors!.terms.every((term) => term.type === "term")).toBe(true);
    expect(model.notes[0]!.related).toEqual([get("commission")]);
    expect(get("commission").notes).toEqual([model.notes[0]]);
    expect(model.paragraphs[0]!.speakerActor).toBe(get("minister"));
  });

  it("walks every reference field the references table lists for an entity's file", () => {
    // referencesOf reads the linked fields; the table is what validation checks. They must name the same fields.
    const linkedFields: Record<string, string[]> = { term: ["related"], actor: ["related"], agreement: ["parties", "related"], event: ["actors", "agreements", "related"] };
    for (const { type, file } of ENTITY_TYPES) expect(Object.keys(REFERENCES[file]).sort(), type).toEqual(linkedFields[type]!.sort());
  });
});

describe("linkEntities: backlinks", () => {
  it("tells each entity who names it, by any field, terms first then by type and name", () => {
    expect(ids(get("minister").mentionedIn)).toEqual(["commission", "framework-agreement", "meeting", "statement"]);
    expect(ids(get("ministry").mentionedIn)).toEqual(["framework-agreement"]);
    expect(ids(get("framework-agreement").mentionedIn)).toEqual(["commission", "signing"]);
    expect(get("alliance").mentionedIn).toEqual([]);
  });

  // An entry naming itself is refused by validation (test/scripts/data), so only the double naming is made here.
  it("lists an entity that another names in two fields once", () => {
    const dir = fixtureWith({
      "events.yaml": (text) => text.replace("  actors: [minister]\n  cite: [1]\n- id: statement", "  actors: [minister]\n  related: [minister]\n  cite: [1]\n- id: statement"),
    });
    const linked = loadFactSheet(dir).model;
    rmSync(dir, { recursive: true, force: true });
    const meeting = linked.events.find((e) => e.id === "meeting")!;
    expect(ids(linked.actors.find((a) => a.id === "minister")!.mentionedIn)).toEqual(["commission", "framework-agreement", "meeting", "statement"]);
    expect(ids(referencesOf(meeting))).toEqual(["minister"]);
  });

  it("tells each source paragraph who cites it, in the same order", () => {
    expect(ids(model.paragraphs[0]!.citedBy)).toEqual(["commission", "minister", "meeting", "statement"]);
    expect(model.paragraphs.map((p) => p.paragraph)).toEqual([1, 2, 3]);
  });
});

describe("linkEntities: order, URLs and counts", () => {
  it("sorts names in dictionary order, ignoring the article", () => {
    expect(model.terms.map((t) => t.name)).toEqual(["الأمن", "التهديد", "القدرة", "اللجنة العسكرية العليا"]);
    expect(model.letters.filter((l) => l.terms.length > 0).map((l) => l.letter)).toEqual(["ا", "ت", "ق", "ل"]);
  });

  it("sorts events by date, earliest first, and lists every entity by type in the table's order", () => {
    expect(ids(model.events)).toEqual(["signing", "meeting", "statement"]);
    expect([...new Set(model.entities.map((e) => e.type))]).toEqual(ENTITY_TYPES.map((t) => t.type));
    expect(model.counts).toEqual({ term: 4, actor: 2, agreement: 1, event: 3, notes: 1, paragraphs: 3 });
  });

  it("places each entity's page in its type's folder", () => {
    expect(get("meeting").url).toBe("/events/meeting/");
    expect(entityUrl("agreement", "x")).toBe("/agreements/x/");
    for (const entity of model.entities) expect(entity.url).toBe(`/${ENTITY_TYPES.find((t) => t.type === entity.type)!.folder}/${entity.id}/`);
  });
});

describe("linkEntities: dates", () => {
  it("labels each date in Arabic at its precision and keeps the machine-readable start", () => {
    const meeting = model.events.find((e) => e.id === "meeting")!;
    expect(meeting.date).toMatchObject({ iso: "2023-08-07", label: "7–8 آب/أغسطس 2023" });
    expect(model.events.find((e) => e.id === "statement")!.date.label).toBe("نحو 2024");
    expect(model.agreements[0]!.date?.label).toBe("2008");
  });

  it("shows only stated dates among the home page's key dates", () => {
    expect(ids(model.home.keyEvents)).toEqual(["signing", "meeting"]);
  });
});

describe("the model", () => {
  it("is frozen", () => {
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(get("commission").related)).toBe(true);
  });
});

describe("lookups", () => {
  it("find an entity by id and by its page's URL, and nothing for an unknown one", () => {
    expect(entityById(model, "ministry")).toBe(get("ministry"));
    expect(entityAtUrl(model, "/terms/commission/")).toBe(get("commission"));
    expect(entityById(model, "names")).toBeUndefined();
    expect(entityAtUrl(model, "/terms/")).toBeUndefined();
  });

  it("give mention targets agreements first, then actors and terms, and no events", () => {
    const targets = mentionTargets(model);
    expect([...new Set(targets.map((t) => t.type))]).toEqual(["agreement", "actor", "term"]);
    expect(targets).toHaveLength(model.agreements.length + model.actors.length + model.terms.length);
  });
});
