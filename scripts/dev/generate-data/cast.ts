/**
 * The cast of a synthetic data folder: every entity's id, name, kind and
 * English name, drawn first from a stream of their own, so that references and
 * prose in any file can point anywhere. A few entities are hubs that much
 * refers to, as the commission is in the real data.
 */
import { ENTITY_TYPES, type EntityType } from "../../data/entity-types.ts";
import { ACTOR_KINDS, AGREEMENT_KINDS, type ActorKind, type AgreementKind, type FileName } from "../../data/schema.ts";
import { Random, streamSeed, Zipf } from "./random.ts";
import { ACTOR_HEADS, AGREEMENT_HEADS, type Vocabulary } from "./vocabulary.ts";
import { Writer } from "./writer.ts";

export interface Cast {
  seed: number;
  vocabulary: Vocabulary;
  counts: Record<EntityType, number>;
  paragraphCount: number;
  ids: Record<EntityType, string[]>;
  noteIds: string[];
  /** Every entity's id, type by type in ENTITY_TYPES order. */
  allIds: string[];
  /** The ids in the order of how much they are referred to: references draw a Zipf rank over it a fifth of the time. */
  hubOrder: string[];
  hubs: Zipf;
  names: { term: string[]; actor: string[]; agreement: string[] };
  actorKinds: ActorKind[];
  agreementKinds: AgreementKind[];
  /** Names that prose may mention. */
  mentionable: string[];
  english: { term: string[]; actor: string[]; agreement: string[] };
  /** The agreements' acronyms, for Markdown prose to cite in brackets. */
  acronyms: string[];
  /** The entities and notes that cite paragraphs, and the first of each file's: each draws on the paragraphs near "its" part of the source. */
  citing: number;
  firstCiting: Record<FileName, number>;
}

export const acronymOf = (name: string) => name.split(" ").map((word) => word[0]).join("").toUpperCase();

export function castEntities(seed: number, vocabulary: Vocabulary, counts: Record<EntityType, number>, noteCount: number, paragraphCount: number): Cast {
  const random = new Random(streamSeed(seed, "names"));
  const namer = new Writer(random, vocabulary);
  let serial = 0;
  const makeId = () => `${namer.latinWords(random.int(1, 3)).join("-")}-${(serial += 1)}`;
  const ids = Object.fromEntries(ENTITY_TYPES.map(({ type }) => [type, Array.from({ length: counts[type] }, makeId)])) as Record<EntityType, string[]>;
  const noteIds = Array.from({ length: noteCount }, () => `note-${makeId()}`);
  const allIds = ENTITY_TYPES.flatMap(({ type }) => ids[type]);
  const hubOrder = shuffled(allIds, random);
  const termNames = ids.term.map(() => namer.name(random.weighted([0, 0, 5, 6, 3, 1, 1], 0)));
  const actorKinds = ids.actor.map(() => random.pick(ACTOR_KINDS));
  const actorNames = actorKinds.map((kind) => (kind === "person" ? namer.personName() : namer.name(random.int(2, 4), ACTOR_HEADS[kind])));
  const agreementKinds = ids.agreement.map(() => random.pick(AGREEMENT_KINDS));
  const agreementNames = agreementKinds.map((kind) => namer.name(random.int(3, 8), AGREEMENT_HEADS[kind]));
  const englishNames = (count: number, words: [number, number]) => Array.from({ length: count }, () => namer.english(random.int(...words)));
  const english = { term: englishNames(counts.term, [1, 4]), actor: englishNames(counts.actor, [1, 3]), agreement: englishNames(counts.agreement, [2, 5]) };
  return {
    seed,
    vocabulary,
    counts,
    paragraphCount,
    ids,
    noteIds,
    allIds,
    hubOrder,
    hubs: new Zipf(hubOrder.length, 1.0),
    names: { term: termNames, actor: actorNames, agreement: agreementNames },
    actorKinds,
    agreementKinds,
    mentionable: [...termNames, ...actorNames, ...agreementNames],
    english,
    acronyms: english.agreement.map(acronymOf).filter((acronym) => acronym.length > 1),
    citing: allIds.length + noteCount,
    firstCiting: firstCitingOf(counts, allIds.length),
  };
}

/** A copy of `list` in a random order (Fisher–Yates). */
function shuffled<T>(list: readonly T[], random: Random): T[] {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The first citing entity of each file: the entity files in ENTITY_TYPES order, then the notes. */
function firstCitingOf(counts: Record<EntityType, number>, entities: number): Record<FileName, number> {
  const first: Record<FileName, number> = { "site.yaml": 0, "source.yaml": 0, "terms.yaml": 0, "actors.yaml": 0, "agreements.yaml": 0, "events.yaml": 0, "notes.yaml": entities };
  let before = 0;
  for (const { type, file } of ENTITY_TYPES) {
    first[file] = before;
    before += counts[type];
  }
  return first;
}
