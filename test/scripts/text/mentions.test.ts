import { describe, expect, it } from "vitest";
import { buildMentionIndex, findMentions, type Mentionable } from "../../../scripts/text/mentions.ts";

const entities: Mentionable[] = [
  { id: "hmc", url: "/agreements/hmc/", names: ["اللجنة العسكرية العليا", "HMC"] },
  { id: "iraq", url: "/actors/iraq/", names: ["العراق"] },
  { id: "us", url: "/actors/us/", names: ["الولايات المتحدة"] },
  { id: "committee", url: "/terms/committee/", names: ["اللجنة"] },
  { id: "isis", url: "/actors/isis/", names: ["داعش"] },
  { id: "short", url: "/terms/short/", names: ["ال"] },
];
const index = buildMentionIndex(entities);

function linked(text: string, accept?: (e: Mentionable) => boolean): string[] {
  return findMentions(text, index, accept).map((m) => `${text.slice(m.start, m.end)}→${m.entity.id}`);
}

describe("findMentions", () => {
  it("finds names with attached prefixes and keeps the prefix outside", () => {
    expect(linked("بدأت واللجنة العسكرية العليا عملها بالعراق ولداعش")).toEqual([
      "اللجنة العسكرية العليا→hmc",
      "العراق→iraq",
      "داعش→isis",
    ]);
  });

  it("prefers the longer name over a shorter one it contains", () => {
    expect(linked("اللجنة العسكرية العليا واللجنة")).toEqual(["اللجنة العسكرية العليا→hmc", "اللجنة→committee"]);
  });

  it("matches however the text is spelled, and keeps diacritics of the prefix outside", () => {
    expect(linked("وَالْعِرَاق واللجنه العسكريه العليا و(HMC)")).toEqual(["الْعِرَاق→iraq", "اللجنه العسكريه العليا→hmc", "HMC→hmc"]);
  });

  it("lets the caller refuse an entity, as on its own page or when already linked", () => {
    const seen = new Set<string>();
    const once = (e: Mentionable) => (seen.has(e.id) ? false : (seen.add(e.id), true));
    expect(linked("العراق ثم العراق ثم داعش", once)).toEqual(["العراق→iraq", "داعش→isis"]);
  });

  it("ignores names too short to be safe, and words inside other words", () => {
    expect(linked("العراقيون يقولون ال")).toEqual([]);
  });
});
