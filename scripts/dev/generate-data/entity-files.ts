/** The lists of a synthetic data folder: terms, actors, agreements, events, notes and the source's paragraphs. */
import { DATE_PRECISIONS, type ActorData, type AgreementData, type EventData, type NoteData, type Paragraph, type TermData } from "../../data/schema.ts";
import { acronymOf } from "./cast.ts";
import { factDate } from "./fact-dates.ts";
import type { FileDraw } from "./file-draw.ts";
import { AGREEMENT_HEADS } from "./vocabulary.ts";
import { LENGTHS } from "./writer.ts";

export function makeTerms(draw: FileDraw): Omit<TermData, "search_aliases">[] {
  const { random, writer, cast } = draw;
  return cast.ids.term.map((id, i): Omit<TermData, "search_aliases"> => {
    const acronym = random.chance(0.12) ? acronymOf(cast.english.term[i]!) : "";
    const cite = draw.citations([6, 3, 2, 1]);
    return {
      id,
      name: cast.names.term[i]!,
      aliases: draw.aliases(() => writer.name(random.int(2, 4))),
      english: cast.english.term[i]!,
      acronym: acronym.length > 1 ? acronym : undefined,
      definition: writer.text(LENGTHS.definition),
      body: writer.markdown(LENGTHS.body, cast.acronyms),
      quotes: draw.quotes(random.weighted([0, 5, 2, 1]), cite),
      related: draw.references(cast.allIds, random.int(2, 5), id),
      cite,
    };
  });
}

export function makeActors(draw: FileDraw): Omit<ActorData, "search_aliases">[] {
  const { random, writer, cast } = draw;
  return cast.ids.actor.map((id, i): Omit<ActorData, "search_aliases"> => {
    const englishName = random.chance(0.6) ? cast.english.actor[i] : undefined;
    const acronym = englishName && random.chance(0.2) ? acronymOf(englishName) : "";
    const cite = draw.citations([6, 4, 2, 1, 1]);
    return {
      id,
      name: cast.names.actor[i]!,
      aliases: draw.aliases(() => (cast.actorKinds[i] === "person" ? writer.personName() : writer.name(random.int(2, 3)))),
      english: englishName,
      acronym: acronym.length > 1 ? acronym : undefined,
      kind: cast.actorKinds[i]!,
      role: writer.text(LENGTHS.role),
      statements: Array.from({ length: random.weighted([5, 7, 3, 1, 1, 0, 0, 1]) }, () => ({
        text: writer.text(LENGTHS.statement),
        quote: random.chance(0.6) ? writer.line(LENGTHS.quote) : undefined,
        cite: draw.subset(cite),
      })),
      related: draw.references(cast.allIds, random.int(2, 7), id),
      cite,
    };
  });
}

export function makeAgreements(draw: FileDraw): Omit<AgreementData, "search_aliases">[] {
  const { random, writer, cast } = draw;
  return cast.ids.agreement.map((id, i): Omit<AgreementData, "search_aliases"> => {
    const cite = draw.citations([4, 4, 2, 1]);
    const english = cast.english.agreement[i]!;
    return {
      id,
      name: cast.names.agreement[i]!,
      aliases: draw.aliases(() => writer.name(random.int(2, 5), AGREEMENT_HEADS[cast.agreementKinds[i]!])),
      english,
      acronym: random.chance(0.5) && acronymOf(english).length > 1 ? acronymOf(english) : undefined,
      kind: cast.agreementKinds[i]!,
      summary: writer.text(LENGTHS.summary),
      date: random.chance(0.7) ? factDate(writer) : undefined,
      parties: draw.references(cast.ids.actor, random.int(1, 4)),
      provides: Array.from({ length: random.int(1, 3) }, () => writer.text(LENGTHS.provides)),
      status: writer.text(LENGTHS.status),
      quotes: draw.quotes(random.int(0, 4), cite),
      related: draw.references(cast.allIds, random.int(3, 7), id),
      cite,
    };
  });
}

export function makeEvents(draw: FileDraw): EventData[] {
  const { random, writer, cast } = draw;
  return cast.ids.event.map((id, i): EventData => ({
    id,
    name: writer.line([4, 6.8, 9]),
    // The first events have one precision each, so that every precision is present at any size.
    date: factDate(writer, DATE_PRECISIONS[i]),
    summary: writer.text(LENGTHS.summary),
    actors: draw.references(cast.ids.actor, random.int(1, 3)),
    agreements: random.chance(0.9) ? draw.references(cast.ids.agreement, random.weighted([0, 6, 2, 1])) : [],
    related: draw.references(cast.allIds, random.int(2, 6), id),
    cite: draw.citations([5, 3, 1]),
  }));
}

export function makeNotes(draw: FileDraw): NoteData[] {
  const { random, writer, cast } = draw;
  return cast.noteIds.map((id): NoteData => ({
    id,
    title: writer.line(LENGTHS.noteTitle),
    body: writer.markdown(LENGTHS.noteBody, cast.acronyms),
    related: draw.references(cast.allIds, random.int(2, 5)),
    cite: draw.citations([4, 4, 2, 1, 1]),
  }));
}

export function makeSource(draw: FileDraw): Paragraph[] {
  const { random, writer, cast } = draw;
  return Array.from({ length: cast.paragraphCount }, (_, i): Paragraph => ({
    paragraph: i + 1,
    opening: writer.line(LENGTHS.opening),
    summary: writer.text(LENGTHS.paragraphSummary),
    speaker: random.chance(0.9) ? random.pick(cast.ids.actor) : undefined,
  }));
}
