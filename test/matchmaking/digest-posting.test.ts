/**
 * Digests that lose nothing and never repeat (issue 13 item 3), on the real matchmaking service
 * and a real SQLite file: a planned digest marks nothing until its parts are recorded, a released
 * (failed) digest is resumed by a retry with the same pairs, concurrent planners (two processes)
 * never share a pair, a dry run changes nothing in the store, `showDigest`, and the migration of
 * digests stored before version 3.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import type { Digest } from '../../src/matchmaking/types.js';
import { migrations } from '../../src/store/migrations.js';
import { openStore, pairKeyOf } from '../../src/store/open-store.js';
import { openDatabase } from '../../src/store/sqlite-database.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { partnerProfiles } from './digest-profiles.js';
import { createHarness, type Harness } from './matchmaking-harness.js';

const pairsOf = (digest: Digest) => digest.suggestions.map((suggestion) => pairKeyOf(suggestion.a.id, suggestion.b.id));
const everPosted = async (harness: Harness) =>
  (await harness.store.suggestionsSince('1970-01-01T00:00:00.000Z')).map((suggestion) => suggestion.pairKey);
/** Two parts: the first two suggestions, then the rest. */
const twoParts = (digest: Digest) => {
  const ids = digest.suggestions.map((suggestion) => suggestion.id);
  return [ids.slice(0, 2), ids.slice(2)];
};

/** Every row of the digest tables, to compare the store before and after. */
function storeSnapshot(file: string): unknown {
  const database = new Database(file, { readonly: true });
  try {
    return ['digests', 'digest_parts', 'suggestions', 'feedback', 'introductions'].map((table) =>
      database.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
    );
  } finally {
    database.close();
  }
}

describe('digest postings', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness({
      profiles: partnerProfiles(),
      deps: { digestPolicy: { maxPerParty: 2, maxPerPartyRecent: 8 } },
    });
  });
  afterEach(async () => harness.close());

  it('marks nothing when chosen; each recorded part marks only its own pairs; the last makes it posted', async () => {
    const plan = await harness.matchmaking.planDigest({ limit: 6, channel: 'slack:C1', split: twoParts });
    expect(plan.digest.suggestions.length).toBeGreaterThanOrEqual(4);
    expect(plan.state).toBe('posting');
    expect(plan.parts.map((part) => part.suggestionIds)).toEqual(twoParts(plan.digest));
    expect(await everPosted(harness)).toEqual([]);
    expect(await harness.matchmaking.report()).toMatchObject({ suggested: 0, digests: 0 });

    const afterFirst = await harness.matchmaking.recordDigestPart(plan.digest.id, 0, '1700000000.000001');
    const [first, rest] = [pairsOf(plan.digest).slice(0, 2), pairsOf(plan.digest).slice(2)];
    expect((await everPosted(harness)).sort()).toEqual([...first].sort());
    expect(afterFirst.parts[0]).toMatchObject({ messageRef: '1700000000.000001', postedAt: expect.any(String) });
    expect(afterFirst.parts[1]?.postedAt).toBeUndefined();
    expect(afterFirst.state).toBe('posting');
    expect(await harness.matchmaking.report()).toMatchObject({ suggested: 2, digests: 1 });

    const done = await harness.matchmaking.recordDigestPart(plan.digest.id, 1, '1700000000.000002');
    expect(done.state).toBe('posted');
    expect((await everPosted(harness)).sort()).toEqual([...first, ...rest].sort());
    // Recording a part twice changes nothing; an unknown part or digest is refused.
    expect((await harness.matchmaking.recordDigestPart(plan.digest.id, 0, 'other')).parts[0]?.messageRef).toBe(
      '1700000000.000001',
    );
    await expect(harness.matchmaking.recordDigestPart(plan.digest.id, 2)).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(harness.matchmaking.recordDigestPart('d-none', 0)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a failed post marks nothing and a retry posts the same digest, from its first unposted part', async () => {
    // Nothing posted: the retry (even to the channel the organizer corrected) gets the same pairs.
    const failed = await harness.matchmaking.planDigest({ limit: 6, channel: 'slack:CWRONG', split: twoParts });
    await harness.matchmaking.releaseDigest(failed.digest.id);
    expect(await everPosted(harness)).toEqual([]);
    expect((await harness.matchmaking.showDigest()).state).toBe('released');
    // Meanwhile another digest does not take the reserved pairs.
    const other = await harness.matchmaking.previewDigest({ limit: 6, channel: 'discord:42' });
    for (const key of pairsOf(other)) expect(pairsOf(failed.digest)).not.toContain(key);

    const retry = await harness.matchmaking.planDigest({ limit: 6, channel: 'slack:CRIGHT', split: twoParts });
    expect(retry.digest.id).toBe(failed.digest.id);
    expect(pairsOf(retry.digest)).toEqual(pairsOf(failed.digest));
    expect(retry.digest.channel).toBe('slack:CRIGHT');

    // Part 1 posted, part 2 failed: only part 1 is recorded; the retry resumes with part 2 only.
    await harness.matchmaking.recordDigestPart(retry.digest.id, 0, 'ts-1');
    await harness.matchmaking.releaseDigest(retry.digest.id);
    expect((await everPosted(harness)).sort()).toEqual(pairsOf(retry.digest).slice(0, 2).sort());
    // Partly posted, it belongs to its channel: another channel gets a digest of its own.
    const elsewhere = await harness.matchmaking.planDigest({ limit: 2, channel: 'slack:COTHER' });
    expect(elsewhere.digest.id).not.toBe(retry.digest.id);
    for (const key of pairsOf(elsewhere.digest)) expect(pairsOf(retry.digest)).not.toContain(key);
    const resumed = await harness.matchmaking.planDigest({ limit: 6, channel: 'slack:CRIGHT', split: twoParts });
    expect(resumed.digest.id).toBe(retry.digest.id);
    expect(resumed.parts.filter((part) => part.postedAt === undefined).map((part) => part.index)).toEqual([1]);
    expect((await harness.matchmaking.recordDigestPart(resumed.digest.id, 1, 'ts-2')).state).toBe('posted');
  });

  it('a digest being posted is not taken over until its poster’s hold ends; one not retried in time frees its pairs', async () => {
    const first = await harness.matchmaking.planDigest({ limit: 4, channel: 'slack:C1' });
    // Still held by its poster: a second planner for the same channel chooses other pairs.
    const second = await harness.matchmaking.planDigest({ limit: 4, channel: 'slack:C1' });
    expect(second.digest.id).not.toBe(first.digest.id);
    for (const key of pairsOf(second.digest)) expect(pairsOf(first.digest)).not.toContain(key);
    // A poster that died without releasing holds its digest only for a while (10 minutes by default).
    harness.clock.advanceDays(11 / 1_440);
    const takenOver = await harness.matchmaking.planDigest({ limit: 4, channel: 'slack:C1' });
    expect([first.digest.id, second.digest.id]).toContain(takenOver.digest.id);
    await harness.matchmaking.releaseDigest(first.digest.id);
    await harness.matchmaking.releaseDigest(second.digest.id);
    // The reservation (6 hours by default) ends: the pairs were never suggested, so they come back.
    harness.clock.advanceDays(1);
    const later = await harness.matchmaking.planDigest({ limit: 4, channel: 'slack:C1' });
    expect([first.digest.id, second.digest.id]).not.toContain(later.digest.id);
    expect(pairsOf(later.digest).some((key) => pairsOf(first.digest).includes(key))).toBe(true);
    expect(await everPosted(harness)).toEqual([]);
  });

  it('a dry run gives what the digest would be and leaves the store unchanged; show finds stored digests', async () => {
    await expect(harness.matchmaking.showDigest()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const before = storeSnapshot(harness.file);
    const preview = await harness.matchmaking.previewDigest({ limit: 5 });
    expect(preview.suggestions.length).toBeGreaterThan(0);
    expect(storeSnapshot(harness.file)).toEqual(before);
    const made = await harness.matchmaking.digest({ limit: 5 });
    expect(pairsOf(made)).toEqual(pairsOf(preview));
    const shown = await harness.matchmaking.showDigest();
    expect(shown.digest).toEqual(made);
    expect(shown.state).toBe('posted');
    expect((await harness.matchmaking.showDigest(made.id)).digest.id).toBe(made.id);
    await expect(harness.matchmaking.showDigest('d-unknown')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

const child = path.join(import.meta.dirname, 'digest-planner-child.ts');

interface PlannerChild {
  ready: Promise<void>;
  go(): void;
  result: Promise<string[]>;
}

/** A second process that opens the store file and plans a digest when told to. */
function startPlanner(file: string, channel: string): PlannerChild {
  const process = fork(child, [file, channel, '6'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  process.stderr?.on('data', (data: Buffer) => {
    stderr += data.toString();
  });
  const messages: unknown[] = [];
  const waiters: (() => void)[] = [];
  process.on('message', (message) => {
    messages.push(message);
    for (const wake of waiters.splice(0)) wake();
  });
  const next = (index: number) =>
    new Promise<unknown>((resolve, reject) => {
      const check = () => (messages.length > index ? resolve(messages[index]) : waiters.push(check));
      process.once('exit', (code) => reject(new Error(`planner exited (${code}): ${stderr}`)));
      check();
    });
  return {
    ready: next(0).then(() => undefined),
    go: () => process.send('go'),
    result: next(1).then((message) => (message as { pairs: string[] }).pairs),
  };
}

describe('concurrent digests', () => {
  let folder: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ folder, cleanup } = await createTemporaryFolder('matchcut-digest-race-'));
  });
  afterEach(async () => cleanup());

  it('two processes choosing at the same moment never suggest the same pair', async () => {
    const seeded = await createHarness({ profiles: partnerProfiles() });
    const file = path.join(folder, 'matchcut.sqlite');
    // The seeded store file, copied while no one writes to it.
    await seeded.matchmaking.close();
    const database = new Database(seeded.file);
    await database.backup(file);
    database.close();
    await seeded.close();

    const planners = [startPlanner(file, 'slack:C1'), startPlanner(file, 'discord:42')];
    await Promise.all(planners.map((planner) => planner.ready));
    for (const planner of planners) planner.go();
    const [first, second] = await Promise.all(planners.map((planner) => planner.result));
    expect(first?.length).toBeGreaterThan(0);
    expect(second?.length).toBeGreaterThan(0);
    const all = [...(first ?? []), ...(second ?? [])];
    expect(new Set(all).size).toBe(all.length);
  }, 60_000);
});

describe('migration to digest postings (version 3)', () => {
  it('keeps digests stored before it, counted as posted whole', async () => {
    const { folder, cleanup } = await createTemporaryFolder('matchcut-digest-migration-');
    try {
      const file = path.join(folder, 'matchcut.sqlite');
      const logger = createSilentLogger();
      // The schema of version 2, as an older matchcut left it.
      const database = openDatabase(
        file,
        migrations.filter((migration) => migration.version <= 2),
        logger,
      );
      database.exec(`
        INSERT INTO digests (id, created_at, channel, unmet_needs) VALUES ('d-old', '2025-04-01T09:00:00.000Z',
          'slack:C1', '[]');
        INSERT INTO suggestions (id, digest_id, position, pair_key, a_id, b_id, a_party, b_party, score, score_for_a,
          score_for_b, reasons, citations, created_at)
        VALUES ('s-old', 'd-old', 0, 'academy|studio', 'studio', 'academy',
          '{"id":"studio","name":"Studio","kind":"studio"}', '{"id":"academy","name":"Academy","kind":"talent_center"}',
          0.8, 0.8, 0.7, '[]', '[]', '2025-04-01T09:00:00.000Z');`);
      database.close();

      const store = openStore(file, { logger });
      expect(await store.schemaVersion()).toBeGreaterThanOrEqual(3);
      const plan = await store.getDigestPlan('d-old');
      expect(plan?.state).toBe('posted');
      expect(plan?.parts).toEqual([
        { index: 0, suggestionIds: ['s-old'], postedAt: '2025-04-01T09:00:00.000Z', messageRef: undefined },
      ]);
      expect((await store.suggestionsSince('2025-03-01T00:00:00.000Z')).map((entry) => entry.pairKey)).toEqual([
        'academy|studio',
      ]);
      expect(await store.counts()).toMatchObject({ suggested: 1, digests: 1 });
      expect(await store.reservedSuggestions('2025-04-01T10:00:00.000Z')).toEqual([]);
      await store.close();
    } finally {
      await cleanup();
    }
  });
});
