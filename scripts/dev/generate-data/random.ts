/** Seeded randomness: the same seed gives the same data, and each file draws from a stream of its own. */

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** A count from a small table of weights: weights[k] is the weight of k + offset. */
  weighted(weights: readonly number[], offset = 0): number {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let k = 0; k < weights.length; k += 1) {
      r -= weights[k]!;
      if (r < 0) return k + offset;
    }
    return weights.length - 1 + offset;
  }
}

/** Draws ranks 0…n−1 with probability ∝ 1/(rank + 1)^s, by binary search over the cumulative weights. */
export class Zipf {
  private readonly cumulative: Float64Array;
  readonly size: number;

  constructor(size: number, exponent: number) {
    this.size = size;
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let rank = 0; rank < size; rank += 1) {
      sum += 1 / (rank + 1) ** exponent;
      this.cumulative[rank] = sum;
    }
  }
  draw(random: Random): number {
    const target = random.next() * this.cumulative[this.size - 1]!;
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A seed for one part of the data, so that each file can be written again on its own. */
export function streamSeed(seed: number, part: string): number {
  let hash = 2166136261 ^ seed;
  for (const char of part) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}
