/**
 * Event claims with MATCHCUT_REDIS_URL against a real Redis 7 and PostgreSQL 15 (test/support): the
 * claim goes to Redis (SET NX PX) — one claimer among replicas at once, duplicates in flight and
 * done, a claim free again once its lease has run out or it was released, communities apart — and to
 * the store while Redis cannot be reached; scheduled runs stay in the store.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { type EventClaims, openEventClaims } from '../../src/store/claims/open-event-claims.js';
import { createRedisTurnCounter } from '../../src/store/claims/redis-turn-counter.js';
import { counterWithFallback } from '../../src/operations/member-rate-limit.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { createTemporaryFolder, shippedKnowledgeDir } from '../helpers/temporary-folder.js';
import { type RedisServer, startRedis } from '../support/redis-server.js';
import { type PostgresServer, startPostgres } from '../support/postgres-server.js';

let postgres: PostgresServer;
let redis: RedisServer;
let folder: { folder: string; cleanup: () => Promise<void> };
const opened: EventClaims[] = [];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function claimsOf(environment: Record<string, string>, logger = createSilentLogger()): Promise<EventClaims> {
  const config = loadConfig(
    { MATCHCUT_DATA_DIR: folder.folder, MATCHCUT_DATABASE_URL: postgres.url, ...environment },
    { cwd: folder.folder, defaultKnowledgeDir: shippedKnowledgeDir },
  );
  const claims = await openEventClaims(config, { logger });
  opened.push(claims);
  return claims;
}

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres({ database: 'redis_claims' }), startRedis()]);
  folder = await createTemporaryFolder('matchcut-redis-claims-');
});

afterAll(async () => {
  for (const claims of opened) await claims.close();
  await redis?.stop();
  await postgres?.stop();
  await folder?.cleanup();
});

describe('event claims in Redis', () => {
  it('claim each event once among replicas, in Redis; free it after its lease or a release', async () => {
    const environment = { MATCHCUT_REDIS_URL: redis.url, MATCHCUT_EVENT_LEASE_MS: '150' };
    const replicas = await Promise.all([claimsOf(environment), claimsOf(environment), claimsOf(environment)]);
    expect(replicas.map((claims) => claims.backend)).toEqual(['redis', 'redis', 'redis']);
    const results = await Promise.all(replicas.map((claims) => claims.claimEvent('slack:EvREDIS1')));
    expect(results.filter((result) => result.outcome === 'claimed')).toHaveLength(1);
    expect(results.filter((result) => result.outcome === 'duplicate' && !result.done)).toHaveLength(2);
    const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    await client.connect();
    expect(await client.exists('matchcut:default:event:slack:EvREDIS1')).toBe(1);
    await replicas[0]!.completeEvent('slack:EvREDIS1');
    await pause(300);
    expect(await replicas[1]!.claimEvent('slack:EvREDIS1')).toEqual({ outcome: 'duplicate', done: true });
    // Unfinished: free again once the lease has run out; released: free at once.
    expect(await replicas[0]!.claimEvent('slack:EvREDIS2')).toMatchObject({ outcome: 'claimed' });
    expect(await replicas[1]!.claimEvent('slack:EvREDIS2')).toEqual({ outcome: 'duplicate', done: false });
    await pause(300);
    expect(await replicas[1]!.claimEvent('slack:EvREDIS2')).toMatchObject({ outcome: 'claimed' });
    await replicas[1]!.releaseEvent('slack:EvREDIS2');
    expect(await replicas[2]!.claimEvent('slack:EvREDIS2')).toMatchObject({ outcome: 'claimed' });
    expect(await replicas[2]!.renewEvent('slack:EvREDIS2')).toBe(true);
    // Nothing of it went to the store.
    const other = await claimsOf({ MATCHCUT_COMMUNITY: 'default' });
    expect(other.backend).toBe('postgres');
    expect(await other.claimEvent('slack:EvREDIS1')).toMatchObject({ outcome: 'claimed' });
    // Another community has its own keys.
    const games = await claimsOf({ ...environment, MATCHCUT_COMMUNITY: 'games' });
    expect(await games.claimEvent('slack:EvREDIS2')).toMatchObject({ outcome: 'claimed' });
    await client.quit();
  });

  it('claim in the store while Redis cannot be reached, and keep scheduled runs in the store', async () => {
    const memory = createMemoryLogger();
    const down = await startRedis();
    const claims = await claimsOf({ MATCHCUT_REDIS_URL: down.url }, memory.logger);
    const plain = await claimsOf({});
    expect(await claims.claimEvent('discord:interaction:1')).toMatchObject({ outcome: 'claimed' });
    await down.stop();
    expect(await claims.claimEvent('discord:interaction:2')).toMatchObject({ outcome: 'claimed' });
    expect(await plain.claimEvent('discord:interaction:2')).toEqual({ outcome: 'duplicate', done: false });
    await claims.completeEvent('discord:interaction:2');
    expect(await plain.claimEvent('discord:interaction:2')).toEqual({ outcome: 'duplicate', done: true });
    const warnings = memory.records().filter((record) => record.msg?.startsWith('Redis cannot be reached'));
    expect(warnings).toHaveLength(1);
    expect(await claims.claimScheduleRun('slack-digest:C1', '2026-12-04T09:00:00.000Z')).toMatchObject({
      outcome: 'claimed',
    });
    expect(await plain.claimScheduleRun('slack-digest:C1', '2026-12-04T09:00:00.000Z')).toEqual({
      outcome: 'duplicate',
      done: false,
    });
  });
});

describe('member rate windows in Redis', () => {
  it('counts one member across replicas in Redis, each window key expiring with its window', async () => {
    const replicas = [createRedisTurnCounter(redis.url, 'default'), createRedisTurnCounter(redis.url, 'default')];
    const games = createRedisTurnCounter(redis.url, 'games');
    try {
      const counts = await Promise.all(
        replicas.flatMap((counter) => [0, 1, 2].map(() => counter.countTurn('m:60000:1', 60_000))),
      );
      expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(await games.countTurn('m:60000:1', 60_000)).toBe(1);
      const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
      await client.connect();
      const ttl = await client.pttl('matchcut:default:turns:m:60000:1');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
      await client.quit();
    } finally {
      for (const counter of [...replicas, games]) await counter.close();
    }
  });

  it('counts in the store while Redis cannot be reached, warning once', async () => {
    const memory = createMemoryLogger();
    const down = await startRedis();
    const redisCounter = createRedisTurnCounter(down.url, 'default');
    const counted: string[] = [];
    const counter = counterWithFallback(redisCounter, { countTurn: async (key) => counted.push(key) }, memory.logger);
    try {
      expect(await counter.countTurn('m:60000:9', 60_000)).toBe(1);
      await down.stop();
      expect(await counter.countTurn('m:60000:9', 60_000)).toBe(1);
      expect(await counter.countTurn('m:60000:9', 60_000)).toBe(2);
      expect(counted).toEqual(['m:60000:9', 'm:60000:9']);
      expect(memory.records().filter((record) => record.msg?.startsWith('Redis cannot be reached'))).toHaveLength(1);
    } finally {
      await redisCounter.close();
    }
  });
});
