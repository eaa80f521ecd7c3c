/**
 * What writing one file draws on: its own random stream (so that each file
 * is the same whatever the others hold), a writer, and the references,
 * citations, aliases and quotations entities carry.
 */
import type { FileName } from "../../data/schema.ts";
import type { Cast } from "./cast.ts";
import { Random, streamSeed } from "./random.ts";
import { LENGTHS, Writer } from "./writer.ts";

const ALIAS_WEIGHTS = [13, 4, 2, 1];

export class FileDraw {
  readonly random: Random;
  readonly writer: Writer;
  /** The citing entity this file is at, for where its citations fall in the source. */
  private cited: number;
  /** Each pool of ids references are drawn from, as a set: made once, as a pool has as many ids as a type has entities. */
  private readonly pools = new Map<readonly string[], ReadonlySet<string>>();

  readonly cast: Cast;

  constructor(cast: Cast, file: FileName) {
    this.cast = cast;
    this.random = new Random(streamSeed(cast.seed, file));
    this.writer = new Writer(this.random, cast.vocabulary, cast.mentionable);
    this.cited = cast.firstCiting[file];
  }

  /** `count` distinct ids from `pool`, never `self`; now and then a hub. */
  references(pool: readonly string[], count: number, self?: string): string[] {
    const { random, cast } = this;
    const inPool = this.poolSet(pool);
    const available = pool.length - (self !== undefined && inPool.has(self) ? 1 : 0);
    const want = Math.min(count, available);
    const chosen = new Set<string>();
    const anyId = pool === cast.allIds;
    let tries = 0;
    while (chosen.size < want) {
      tries += 1;
      let id: string;
      if (tries < want * 20 && random.chance(0.2)) {
        id = cast.hubOrder[cast.hubs.draw(random)]!;
        if (!anyId && !inPool.has(id)) continue;
      } else {
        id = random.pick(pool);
      }
      if (id !== self) chosen.add(id);
    }
    return [...chosen];
  }

  private poolSet(pool: readonly string[]): ReadonlySet<string> {
    let set = this.pools.get(pool);
    if (!set) this.pools.set(pool, (set = new Set(pool)));
    return set;
  }

  /** The next citing entity's paragraph: entities cite the source in order, as if each were drawn from a part of it. */
  private nextHome(): number {
    const { paragraphCount, citing } = this.cast;
    return Math.min(paragraphCount, Math.floor((this.cited++ * paragraphCount) / citing) + 1);
  }

  /** A few paragraph numbers within three of `home`, `home` among them, how many drawn by `weights`. */
  citations(weights: readonly number[], home = this.nextHome()): number[] {
    const { paragraphCount } = this.cast;
    const near = Math.min(paragraphCount, home + 3) - Math.max(1, home - 3) + 1;
    const want = Math.min(this.random.weighted(weights, 1), near);
    const chosen = new Set<number>([home]);
    while (chosen.size < want) {
      const n = home + this.random.int(-3, 3);
      if (n >= 1 && n <= paragraphCount) chosen.add(n);
    }
    return [...chosen].sort((a, b) => a - b);
  }

  /** The paragraphs a quotation or statement comes from: one or two of its entity's. */
  subset(cite: readonly number[]): number[] {
    return cite.slice(0, this.random.int(1, Math.min(2, cite.length)));
  }

  aliases(make: () => string): string[] {
    return Array.from({ length: this.random.weighted(ALIAS_WEIGHTS) }, make);
  }

  quotes(count: number, cite: readonly number[]): { text: string; cite: number[] }[] {
    return Array.from({ length: count }, () => ({ text: this.writer.line(LENGTHS.quote), cite: this.subset(cite) }));
  }
}
