import { describe, expect, it } from 'vitest';
import { stableRank } from '../../src/matchmaking/packed-profiles.js';
import { RankOrder } from '../../src/matchmaking/rank-order.js';

/** A small deterministic generator (the order must not hang on Math.random). */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
}

/** Ordinals by rank, then id: what every list must read in. */
const reference = (members: Iterable<number>, ranks: Uint32Array, ids: (string | undefined)[]) =>
  [...members].sort(
    (left, right) =>
      (ranks[left] as number) - (ranks[right] as number) || ((ids[left] as string) < (ids[right] as string) ? -1 : 1),
  );

describe('the rank order posting lists are read in', () => {
  it('orders lists of every size by rank, then id, with ranks shared and ordinals left empty', () => {
    const next = generator(7);
    const count = 2_000;
    const ids: (string | undefined)[] = [];
    const ranks = new Uint32Array(count);
    for (let ordinal = 0; ordinal < count; ordinal += 1) {
      ids.push(ordinal % 97 === 0 ? undefined : `org-${next().toString(36)}`);
      // A few ranks shared by many profiles, as hash collisions would be, and the rest from the id.
      ranks[ordinal] = ordinal % 11 === 0 ? next() % 3 : stableRank(ids[ordinal] ?? '');
    }
    const order = new RankOrder(
      () => ranks,
      () => count,
      (ordinal) => ids[ordinal],
    );
    const live = [...ids.keys()].filter((ordinal) => ids[ordinal] !== undefined);
    // Small lists (sorted by place) and lists of a large share of the profiles (marked by place).
    for (const size of [0, 1, 2, 30, 200, 600, live.length]) {
      const members = new Set<number>();
      while (members.size < size) members.add(live[next() % live.length] as number);
      expect([...order.sort(members)]).toEqual(reference(members, ranks, ids));
    }
  });

  it('follows profiles that come and go once told', () => {
    const ids: (string | undefined)[] = ['b', 'a', 'c', 'd'];
    const ranks = new Uint32Array([5, 5, 1, 9, 0, 0]);
    let end = 4;
    const order = new RankOrder(
      () => ranks,
      () => end,
      (ordinal) => ids[ordinal],
    );
    expect([...order.sort(new Set([0, 1, 2, 3]))]).toEqual([2, 1, 0, 3]);
    ids[2] = undefined;
    ids.push('e', 'f');
    end = 6;
    order.invalidate();
    expect([...order.sort(new Set([0, 1, 3, 4, 5]))]).toEqual([4, 5, 1, 0, 3]);
    expect([...order.sort(new Set([3, 5]))]).toEqual([5, 3]);
  });
});
