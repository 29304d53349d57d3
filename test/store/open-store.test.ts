/**
 * What only the SQLite store does: the file (WAL, migrations in their own transaction, a newer
 * file refused), migration 6 moving old rows into the community "default", the lane refusing a
 * call from inside a transaction, and community names. Every backend's behaviour:
 * test/support/store-contract.ts (run on SQLite by sqlite-store-contract.test.ts).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import { migrations } from '../../src/store/migrations.js';
import { type MatchcutStore, openStore } from '../../src/store/open-store.js';
import { openDatabase } from '../../src/store/sqlite-database.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

const logger = createSilentLogger();

/** What a profile row stores besides its columns. */
function profileData(name: string) {
  return {
    id: 'hanbit',
    name,
    aliases: [],
    kind: 'studio',
    languages: ['English'],
    offers: ['VFX compositing'],
    needs: ['animators'],
    description: '',
    affiliations: [],
    sources: [],
  };
}

describe('openStore', () => {
  let folder: string;
  let cleanup: () => Promise<void>;
  let store: MatchcutStore;
  let file: string;
  beforeEach(async () => {
    ({ folder, cleanup } = await createTemporaryFolder());
    file = path.join(folder, 'nested', 'matchcut.sqlite');
    store = openStore(file, { logger });
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('creates the file with WAL, foreign keys and recorded migrations, and migrates only once', async () => {
    expect(await store.schemaVersion()).toBe(migrations.at(-1)?.version);
    await store.close();
    store = openStore(file, { logger });
    const database = new Database(file, { readonly: true });
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    const rows = database.prepare('SELECT version, name FROM schema_migrations').all();
    expect(rows).toHaveLength(migrations.length);
    database.close();
  });

  it('applies a new migration in its own transaction and refuses a file from a newer version', async () => {
    await store.close();
    const failing = [
      ...migrations,
      {
        version: (migrations.at(-1)?.version ?? 0) + 1,
        name: 'half-done',
        up(database: Database.Database) {
          database.exec('CREATE TABLE extra (id TEXT)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => openStore(file, { logger, migrations: failing })).toThrow('boom');
    const database = new Database(file);
    // The failed migration left nothing behind.
    expect(database.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined();
    database.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'now')").run();
    database.close();
    expect(() => openStore(file, { logger })).toThrow(/newer matchcut/);
    const cleanup = new Database(file);
    cleanup.prepare('DELETE FROM schema_migrations WHERE version = 99').run();
    cleanup.close();
    store = openStore(file, { logger });
  });

  it('moves every row of a version-5 file into the community "default" (migration 6), ids and order kept', async () => {
    await store.close();
    const old = path.join(folder, 'old.sqlite');
    const database = openDatabase(
      old,
      migrations.filter((migration) => migration.version <= 5),
      logger,
    );
    database.exec(`
      INSERT INTO profiles (id, name, name_key, kind, origin, owner, data, updated_at)
        VALUES ('hanbit', 'Hanbit VFX', 'hanbit vfx', 'studio', 'import', NULL, '${JSON.stringify(
          profileData('Hanbit VFX'),
        )}', '2025-01-01T00:00:00.000Z');
      UPDATE store_meta SET value = '7' WHERE key = 'profiles_revision';
      INSERT INTO member_links (member, profile_id, linked_at) VALUES ('slack:U1', 'hanbit', 'now');
      INSERT INTO feeds (url, title, kind, added_at) VALUES ('https://example.com/feed', 'Example', 'rss', 'now');
      INSERT INTO questions (id, asked_at, question, language, platform, path, grounded, cited_article_ids, latency_ms)
        VALUES ('a1', '2025-01-01T00:00:00.000Z', 'Who?', 'en', 'cli', 'refused', 0, '[]', 5);
      INSERT INTO channel_settings (platform, channel_id, mode, updated_by, updated_at)
        VALUES ('slack', 'C1', 'off', 'slack:U1', 'now');`);
    database.close();

    store = openStore(old, { logger });
    expect(await store.schemaVersion()).toBe(migrations.at(-1)?.version);
    expect(await store.profilesRevision()).toBe(7);
    expect((await store.getProfile('hanbit'))?.name).toBe('Hanbit VFX');
    expect(await store.profileIdOfMember('slack:U1')).toBe('hanbit');
    expect((await store.listFeeds()).map((feed) => [feed.id, feed.url])).toEqual([[1, 'https://example.com/feed']]);
    expect((await store.listQuestions({})).map((question) => question.id)).toEqual(['a1']);
    expect((await store.channelSetting({ platform: 'slack', channelId: 'C1' })).mode).toBe('off');
    // A new feed continues the old numbering.
    expect((await store.addFeed({ url: 'https://example.com/2', title: undefined, kind: 'atom', at: 'now' })).id).toBe(
      2,
    );
    const other = openStore(old, { logger, community: 'other' });
    expect(await other.listProfiles()).toEqual([]);
    expect(await other.profilesRevision()).toBe(0);
    await other.close();
    const check = new Database(old, { readonly: true });
    expect(check.pragma('foreign_key_check')).toEqual([]);
    expect(check.prepare('SELECT DISTINCT community FROM profiles').all()).toEqual([{ community: 'default' }]);
    check.close();
  });

  it('queues calls made while a transaction awaits: they run after it and see what it committed', async () => {
    const events: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = store.transaction(async (session) => {
      await session.setChannelMode({ platform: 'slack', channelId: 'C1' }, 'auto', 'cli', 'now');
      events.push('written');
      await gate;
      events.push('committing');
    });
    const read = store.channelSetting({ platform: 'slack', channelId: 'C1' }).then((setting) => {
      events.push(`read ${setting.mode}`);
    });
    // Real waiting (timers, I/O) inside the transaction: the read still waits for it.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(events).toEqual(['written']);
    release();
    await Promise.all([transaction, read]);
    expect(events).toEqual(['written', 'committing', 'read auto']);
  });

  it('refuses a call on the store from inside its own transaction instead of waiting forever', async () => {
    await expect(
      store.transaction(async () => {
        await store.listProfiles();
      }),
    ).rejects.toThrow(/inside one of its own transactions; use the transaction's session/);
    // The lane is free again.
    expect(await store.listProfiles()).toEqual([]);
  });

  it('refuses a community name that is not a simple word, naming it', () => {
    expect(() => openStore(file, { logger, community: 'two words' })).toThrow(/community "two words" is not a valid/);
  });
});
