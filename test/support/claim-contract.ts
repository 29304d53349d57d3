/**
 * The claims part of the store contract (./store-contract.ts): event claims and schedule runs with a
 * lease — one claimer among replicas claiming at once, duplicates in flight and done, take-over once
 * the lease has run out (and not before), renewal, release, communities apart, pruning; rate windows.
 */
import { expect, it } from 'vitest';
import type { MatchcutStore } from '../../src/store/store-interface.js';

type Open = (community?: string) => Promise<MatchcutStore>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Long enough that a test never sees it run out. */
const longLease = 600_000;

export function registerClaimTests(open: Open): void {
  it('claims an event once among replicas claiming at once; the rest are duplicates, in flight then done', async () => {
    const replicas = [await open(), await open(), await open()];
    const results = await Promise.all(
      replicas.flatMap((store) => [store.claimEvent('slack:Ev1', longLease), store.claimEvent('slack:Ev1', longLease)]),
    );
    expect(results.filter((result) => result.outcome === 'claimed')).toEqual([{ outcome: 'claimed', attempt: 1 }]);
    expect(results.filter((result) => result.outcome === 'duplicate')).toHaveLength(5);
    expect(results.filter((result) => result.outcome === 'duplicate' && !result.done)).toHaveLength(5);
    await replicas[1]!.completeEvent('slack:Ev1');
    expect(await replicas[2]!.claimEvent('slack:Ev1', longLease)).toEqual({ outcome: 'duplicate', done: true });
    expect(await replicas[0]!.renewEvent('slack:Ev1', longLease)).toBe(false);
    // Another event is its own claim.
    expect(await replicas[0]!.claimEvent('slack:Ev2', longLease)).toEqual({ outcome: 'claimed', attempt: 1 });
  });

  it('lets a later claim take over an unfinished event only once its lease has run out', async () => {
    const [first, second] = [await open(), await open()];
    expect(await first.claimEvent('discord:1', 40)).toEqual({ outcome: 'claimed', attempt: 1 });
    expect(await second.claimEvent('discord:2', longLease)).toEqual({ outcome: 'claimed', attempt: 1 });
    await pause(200);
    expect(await second.claimEvent('discord:1', longLease)).toEqual({ outcome: 'taken-over', attempt: 2 });
    expect(await first.claimEvent('discord:1', longLease)).toEqual({ outcome: 'duplicate', done: false });
    expect(await first.claimEvent('discord:2', longLease)).toEqual({ outcome: 'duplicate', done: false });
    // Renewed, a short claim is not taken over; released, it is taken over at once.
    expect(await first.claimEvent('discord:3', 40)).toMatchObject({ outcome: 'claimed' });
    expect(await first.renewEvent('discord:3', longLease)).toBe(true);
    await pause(200);
    expect(await second.claimEvent('discord:3', longLease)).toEqual({ outcome: 'duplicate', done: false });
    await first.releaseEvent('discord:3');
    expect(await second.claimEvent('discord:3', longLease)).toEqual({ outcome: 'taken-over', attempt: 2 });
    await second.completeEvent('discord:3');
    await first.releaseEvent('discord:3');
    expect(await first.claimEvent('discord:3', longLease)).toEqual({ outcome: 'duplicate', done: true });
  });

  it('claims a scheduled run by schedule and fire time, once per tick, taken over after its lease', async () => {
    const replicas = [await open(), await open(), await open()];
    const tick = '2026-12-04T09:00:00.000Z';
    const results = await Promise.all(replicas.map((store) => store.claimScheduleRun('slack:C1', tick, 40)));
    expect(results.filter((result) => result.outcome === 'claimed')).toHaveLength(1);
    expect(await replicas[0]!.claimScheduleRun('slack:C1', '2026-12-04T10:00:00.000Z', longLease)).toMatchObject({
      outcome: 'claimed',
    });
    expect(await replicas[0]!.claimScheduleRun('discord:9', tick, longLease)).toMatchObject({ outcome: 'claimed' });
    await pause(200);
    expect(await replicas[1]!.claimScheduleRun('slack:C1', tick, longLease)).toEqual({
      outcome: 'taken-over',
      attempt: 2,
    });
    expect(await replicas[1]!.renewScheduleRun('slack:C1', tick, longLease)).toBe(true);
    await replicas[1]!.completeScheduleRun('slack:C1', tick);
    expect(await replicas[2]!.claimScheduleRun('slack:C1', tick, longLease)).toEqual({
      outcome: 'duplicate',
      done: true,
    });
    expect(await replicas[2]!.renewScheduleRun('slack:C1', tick, longLease)).toBe(false);
  });

  it('keeps claims per community and prunes old ones', async () => {
    const film = await open('film');
    const games = await open('games');
    expect(await film.claimEvent('slack:Ev9', longLease)).toMatchObject({ outcome: 'claimed' });
    expect(await games.claimEvent('slack:Ev9', longLease)).toMatchObject({ outcome: 'claimed' });
    await film.completeEvent('slack:Ev9');
    expect(await games.claimEvent('slack:Ev9', longLease)).toEqual({ outcome: 'duplicate', done: false });
    expect(await games.claimScheduleRun('s', '2026-12-04T09:00:00.000Z', longLease)).toMatchObject({
      outcome: 'claimed',
    });
    expect(await film.deleteClaimsBefore('2000-01-01T00:00:00.000Z')).toBe(0);
    expect(await film.deleteClaimsBefore('2999-01-01T00:00:00.000Z')).toBe(1);
    expect(await film.claimEvent('slack:Ev9', longLease)).toMatchObject({ outcome: 'claimed', attempt: 1 });
    expect(await games.deleteClaimsBefore('2999-01-01T00:00:00.000Z')).toBe(2);
  });

  it('counts turns in a rate window per key and community', async () => {
    const film = await open('film');
    const games = await open('games');
    expect(await film.countTurn('member-a:60000:1', 60_000)).toBe(1);
    expect(await film.countTurn('member-a:60000:1', 60_000)).toBe(2);
    expect(await film.countTurn('member-b:60000:1', 60_000)).toBe(1);
    expect(await film.countTurn('member-a:60000:2', 60_000)).toBe(1);
    expect(await games.countTurn('member-a:60000:1', 60_000)).toBe(1);
    expect(await film.countTurn('member-a:60000:1', 60_000)).toBe(3);
  });
}
