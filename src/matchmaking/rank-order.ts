/**
 * The order every scan reads an inverted list in: by the profiles' ranks (`stableRank` of the id), by id where two
 * share one. Worked out once over all the index's profiles (a place per ordinal) whenever a profile comes or goes,
 * so that ordering a list is sorting small integers (or marking places), not comparing ranks and ids list by list:
 * a first digest after opening orders a few thousand lists, some holding most of the profiles.
 */

/** Ordinals below this pack under a 32-bit rank into one exact double (2^21 · 2^32 = 2^53). */
const ordinalSpan = 2 ** 21;

/** A list at least this share of all the profiles is ordered by marking places, not by sorting them. */
const markShare = 1 / 8;

export class RankOrder {
  /** Per ordinal, its place in the order (meaningful for profiles held when the order was made). */
  private places = new Int32Array(0);
  /** Per place, its ordinal. */
  private ordinals = new Int32Array(0);
  /** Per place, set while ordering one list by marks (all zero between calls). */
  private marks = new Uint8Array(0);
  private stale = true;

  constructor(
    /** The profiles' ranks by ordinal (see `stableRank`). */
    private readonly ranks: () => Uint32Array,
    /** One past the largest ordinal handed out. */
    private readonly end: () => number,
    /** The id of the profile with this ordinal; undefined for an ordinal no profile holds. */
    private readonly idOf: (ordinal: number) => string | undefined,
  ) {}

  /** A profile came or went: the order is made again when next read. */
  invalidate(): void {
    this.stale = true;
  }

  /** These ordinals (of profiles the index holds) in rank order, by id where two share a rank. */
  sort(members: ReadonlySet<number>): Int32Array {
    if (this.stale) this.rebuild();
    const { places, ordinals } = this;
    const size = members.size;
    const sorted = new Int32Array(size);
    if (size >= markShare * ordinals.length) {
      const { marks } = this;
      for (const ordinal of members) marks[places[ordinal] as number] = 1;
      let at = 0;
      for (let place = 0; at < size; place += 1) {
        if (marks[place] === 0) continue;
        marks[place] = 0;
        sorted[at++] = ordinals[place] as number;
      }
      return sorted;
    }
    let at = 0;
    for (const ordinal of members) sorted[at++] = places[ordinal] as number;
    sorted.sort();
    for (let position = 0; position < size; position += 1)
      sorted[position] = ordinals[sorted[position] as number] as number;
    return sorted;
  }

  private rebuild(): void {
    const ranks = this.ranks();
    const end = this.end();
    const live: number[] = [];
    for (let ordinal = 0; ordinal < end; ordinal += 1) if (this.idOf(ordinal) !== undefined) live.push(ordinal);
    const keys = new Float64Array(live.length);
    for (let position = 0; position < live.length; position += 1) {
      const ordinal = live[position] as number;
      keys[position] = (ranks[ordinal] as number) * ordinalSpan + ordinal;
    }
    keys.sort();
    const ordinals = new Int32Array(keys.length);
    for (let position = 0; position < keys.length; position += 1)
      ordinals[position] = (keys[position] as number) % ordinalSpan;
    // Two ids of one rank: by id.
    for (let start = 0, stop = 1; stop <= ordinals.length; stop += 1) {
      if (stop < ordinals.length && ranks[ordinals[stop] as number] === ranks[ordinals[start] as number]) continue;
      if (stop - start > 1) {
        const run = [...ordinals.subarray(start, stop)].sort((left, right) =>
          (this.idOf(left) as string) < (this.idOf(right) as string) ? -1 : 1,
        );
        ordinals.set(run, start);
      }
      start = stop;
    }
    const places = new Int32Array(Math.max(end, 1)).fill(-1);
    for (let place = 0; place < ordinals.length; place += 1) places[ordinals[place] as number] = place;
    this.places = places;
    this.ordinals = ordinals;
    this.marks = new Uint8Array(ordinals.length);
    this.stale = false;
  }
}
