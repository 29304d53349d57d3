/**
 * Choosing the store from configuration: MATCHCUT_COMMUNITY (default "default", checked) and
 * MATCHCUT_DATABASE_URL (a PostgreSQL URL, checked without repeating it, printed by doctor without
 * its password); unset, the SQLite file in the data directory serves the configured community.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeConfig, loadConfig } from '../../src/config/config.js';
import { isMatchcutError } from '../../src/errors.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openConfiguredStore } from '../../src/store/open-configured-store.js';
import { openStore } from '../../src/store/open-store.js';
import { createTemporaryFolder, shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const configOf = (environment: Record<string, string>, cwd = '/tmp') =>
  loadConfig(environment, { cwd, defaultKnowledgeDir: shippedKnowledgeDir });

function configErrorOf(environment: Record<string, string>): string {
  try {
    configOf(environment);
  } catch (error) {
    if (isMatchcutError(error) && error.code === 'CONFIG') return error.message;
    throw error;
  }
  throw new Error('expected a CONFIG error');
}

describe('store settings', () => {
  it('serves the community "default" with SQLite when nothing is set', () => {
    const config = configOf({});
    expect(config.store).toEqual({
      community: 'default',
      databaseUrl: undefined,
      eventLeaseMs: 10_000,
      redisUrl: undefined,
    });
    expect(describeConfig(config)).toMatchObject({
      store: `SQLite ${path.join(config.dataDir, 'matchcut.sqlite')}`,
      community: 'default',
      memberRateLimit: '20 questions per 60 s per member',
    });
    expect(describeConfig(configOf({ MATCHCUT_MEMBER_RATE_LIMIT: 'off' })).memberRateLimit).toBe('off');
    expect(configErrorOf({ MATCHCUT_MEMBER_RATE_LIMIT: '20 a minute' })).toMatch(
      /^MATCHCUT_MEMBER_RATE_LIMIT: must be questions per window such as 20\/60s, 100\/1h or off/,
    );
  });

  it('checks MATCHCUT_COMMUNITY and MATCHCUT_DATABASE_URL, never repeating the URL', () => {
    expect(configOf({ MATCHCUT_COMMUNITY: ' film-korea.2026 ' }).store?.community).toBe('film-korea.2026');
    expect(configErrorOf({ MATCHCUT_COMMUNITY: 'film korea' })).toMatch(/^MATCHCUT_COMMUNITY: must be letters/);
    const message = configErrorOf({ MATCHCUT_DATABASE_URL: 'mysql://matchcut:hunter2secret@db/matchcut' });
    expect(message).toMatch(/^MATCHCUT_DATABASE_URL: must be a PostgreSQL URL/);
    expect(message).not.toContain('hunter2secret');
    expect(configErrorOf({ MATCHCUT_DATABASE_URL: 'postgres://' })).toMatch(/MATCHCUT_DATABASE_URL/);
  });

  it('prints a PostgreSQL URL without its password', () => {
    const url = 'postgresql://matchcut:hunter2secret@db.internal:5432/matchcut?sslmode=require&password=other2secret';
    const config = configOf({ MATCHCUT_DATABASE_URL: url, MATCHCUT_COMMUNITY: 'games' });
    expect(config.store).toMatchObject({ community: 'games', databaseUrl: url });
    const printed = JSON.stringify(describeConfig(config));
    expect(printed).toContain('PostgreSQL postgresql://matchcut:***@db.internal:5432/matchcut?sslmode=require');
    expect(printed).not.toMatch(/hunter2secret|other2secret/);
    expect(printed).toContain('"community":"games"');
  });

  it('reads the event lease and the Redis URL, never repeating or printing its password', () => {
    const redisUrl = 'redis://:hunter2secret@cache.internal:6379/2';
    const config = configOf({ MATCHCUT_EVENT_LEASE_MS: '2500', MATCHCUT_REDIS_URL: redisUrl });
    expect(config.store).toMatchObject({ eventLeaseMs: 2_500, redisUrl });
    expect(describeConfig(config).eventClaims).toBe('Redis redis://:***@cache.internal:6379/2 first, lease 2500 ms');
    expect(describeConfig(configOf({})).eventClaims).toBe('lease 10000 ms');
    expect(configErrorOf({ MATCHCUT_EVENT_LEASE_MS: '0' })).toMatch(/^MATCHCUT_EVENT_LEASE_MS: /);
    expect(configErrorOf({ MATCHCUT_EVENT_LEASE_MS: 'ten' })).toMatch(/^MATCHCUT_EVENT_LEASE_MS: /);
    const message = configErrorOf({ MATCHCUT_REDIS_URL: 'http://:hunter2secret@cache.internal' });
    expect(message).toMatch(/^MATCHCUT_REDIS_URL: must be a Redis URL/);
    expect(message).not.toContain('hunter2secret');
  });

  it('opens the SQLite file of the data directory for the configured community when no URL is set', async () => {
    const { folder, cleanup } = await createTemporaryFolder('matchcut-configured-store-');
    cleanups.push(cleanup);
    const logger = createSilentLogger();
    const config = configOf({ MATCHCUT_DATA_DIR: 'data', MATCHCUT_COMMUNITY: 'games' }, folder);
    const store = await openConfiguredStore(config, { logger });
    cleanups.push(() => store.close());
    expect(store).toMatchObject({ backend: 'sqlite', community: 'games' });
    expect(store.location).toBe(path.join(folder, 'data', 'matchcut.sqlite'));
    await store.setChannelMode({ platform: 'slack', channelId: 'C1' }, 'off', 'cli', 'now');
    // The same file seen by the default community: the setting is not there.
    const other = openStore(path.join(folder, 'data', 'matchcut.sqlite'), { logger });
    cleanups.push(() => other.close());
    expect((await other.channelSetting({ platform: 'slack', channelId: 'C1' })).configured).toBe(false);
    expect((await store.channelSetting({ platform: 'slack', channelId: 'C1' })).mode).toBe('off');
  });
});
