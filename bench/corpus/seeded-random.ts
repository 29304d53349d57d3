/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same
 * corpus on every machine and Node version, so figures can be compared across commits.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [minimum, maximum]. */
  integer(minimum: number, maximum: number): number {
    return minimum + Math.floor(this.next() * (maximum - minimum + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick: the list is empty');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Zipf-like pick: early items much more often than late ones (word-frequency statistics). */
  pickSkewed<T>(items: readonly T[], exponent = 1.1): T {
    if (items.length === 0) throw new Error('pickSkewed: the list is empty');
    const rank = Math.floor(items.length * this.next() ** (1 + exponent));
    return items[Math.min(items.length - 1, rank)] as T;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [items[index], items[other]] = [items[other] as T, items[index] as T];
    }
    return items;
  }
}
