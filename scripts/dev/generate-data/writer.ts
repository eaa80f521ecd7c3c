/** Prose, names and titles of the lengths real data has, from a run's vocabulary. */
import { FAMILY_NAMES, FIRST_NAMES, LATIN_WORDS, type Vocabulary } from "./vocabulary.ts";
import type { Random } from "./random.ts";

/**
 * Field lengths in words, [min, mean, max], after the real data's (measured in
 * data/ when this was written). Lengths are drawn skewed to the mean, as real
 * ones are: most bodies are short, a few are long.
 */
export const LENGTHS = {
  definition: [9, 15, 21],
  body: [30, 52, 97],
  quote: [3, 5.3, 9],
  role: [12, 18, 23],
  statement: [9, 15.5, 24],
  summary: [17, 22, 29],
  provides: [6, 10.6, 15],
  status: [9, 13.5, 18],
  derivation: [15, 30, 56],
  noteTitle: [2, 5.4, 8],
  noteBody: [46, 71, 110],
  opening: [5, 5.5, 6],
  paragraphSummary: [15, 20.7, 24],
  keyFact: [15, 20, 25],
  wording: [2, 4, 8],
} as const satisfies Record<string, readonly [number, number, number]>;
export type Length = readonly [number, number, number];

export class Writer {
  readonly random: Random;
  private readonly vocabulary: Vocabulary;
  /** Names that prose may mention. */
  private readonly mentionable: readonly string[];

  constructor(random: Random, vocabulary: Vocabulary, mentionable: readonly string[] = []) {
    this.random = random;
    this.vocabulary = vocabulary;
    this.mentionable = mentionable;
  }

  /** A length in words: skewed towards the mean, at least 1. */
  length([min, mean, max]: Length): number {
    const skew = mean > min ? (max - min) / (mean - min) - 1 : 1;
    const words = Math.min(max, min + Math.floor((max - min + 1) * this.random.next() ** skew));
    return Math.max(1, words);
  }

  word(): string {
    return this.vocabulary.words[this.vocabulary.zipf.draw(this.random)]!;
  }

  nameWord(): string {
    return this.vocabulary.nameWords[this.vocabulary.nameZipf.draw(this.random)]!;
  }

  /** `count` words of running text, commas here and there. */
  phrase(count: number): string {
    const out: string[] = [];
    for (let i = 0; i < count; i += 1) out.push(this.word() + (i < count - 1 && this.random.chance(0.07) ? "،" : ""));
    return out.join(" ");
  }

  /** One sentence of about `count` words; it may mention an entity by name or quote a phrase. */
  sentence(count: number): string {
    let text = this.phrase(Math.max(1, count));
    if (count >= 6 && this.mentionable.length > 0 && this.random.chance(0.35)) {
      const words = text.split(" ");
      const at = this.random.int(1, words.length - 1);
      words.splice(at, 0, this.random.pick(["مع", "عن", "في", "إلى", "بحسب"]), this.random.pick(this.mentionable));
      text = words.join(" ");
    } else if (count >= 8 && this.random.chance(0.15)) {
      const words = text.split(" ");
      const at = this.random.int(1, words.length - 3);
      words[at] = `«${words[at]}`;
      words[at + 2] = `${words[at + 2]}»`;
      text = words.join(" ");
    }
    return `${text.replace(/،$/, "")}.`;
  }

  /** Sentences adding up to `words` words. */
  sentences(words: number): string {
    let left = words;
    const out: string[] = [];
    while (left > 0) {
      const count = left < 20 ? left : this.random.int(8, Math.min(24, left));
      out.push(this.sentence(count));
      left -= count;
    }
    return out.join(" ");
  }

  /** Prose of a length drawn for the field. */
  text(length: Length): string {
    return this.sentences(this.length(length));
  }

  /** A title or a name-like line: no full stop. */
  line(length: Length): string {
    return this.phrase(this.length(length));
  }

  /** Markdown prose: paragraphs, some bold, now and then a list, Latin acronyms in brackets. */
  markdown(length: Length, acronyms: readonly string[]): string {
    let left = this.length(length);
    const paragraphs: string[] = [];
    const count = Math.min(this.random.weighted([0, 2, 6, 2, 1], 0), Math.max(1, Math.floor(left / 10)));
    for (let p = 0; p < count && left > 0; p += 1) {
      const words = p === count - 1 ? left : Math.max(8, Math.round(left / (count - p)));
      left -= words;
      if (p > 0 && words >= 12 && this.random.chance(0.15)) {
        const items = Math.min(4, Math.floor(words / 6));
        const each = Math.floor(words / items);
        paragraphs.push(Array.from({ length: items }, () => `- ${this.sentences(each).replace(/\.$/, "؛")}`).join("\n"));
        continue;
      }
      let paragraph = this.sentences(words);
      if (this.random.chance(0.3)) {
        const parts = paragraph.split(" ");
        const at = this.random.int(0, parts.length - 2);
        parts[at] = `**${parts[at]}**`;
        paragraph = parts.join(" ");
      }
      if (acronyms.length > 0 && this.random.chance(0.25)) {
        paragraph = paragraph.replace(/\.$/, ` (${this.random.pick(acronyms)}).`);
      }
      paragraphs.push(paragraph);
    }
    return paragraphs.join("\n\n");
  }

  /** A name of `count` words, its first word from `heads` when given. */
  name(count: number, heads: readonly string[] = []): string {
    const words: string[] = heads.length > 0 ? [this.random.pick(heads)] : [];
    while (words.length < count) words.push(this.nameWord());
    return words.join(" ");
  }

  personName(): string {
    return `${this.random.pick(FIRST_NAMES)} ${this.random.pick(FAMILY_NAMES)}`;
  }

  latinWords(count: number): string[] {
    return Array.from({ length: count }, () => this.random.pick(LATIN_WORDS));
  }

  english(count: number): string {
    return this.latinWords(count)
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join(" ");
  }
}
