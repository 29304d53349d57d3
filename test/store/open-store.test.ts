import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import type { Profile } from '../../src/matchmaking/profile-schema.js';
import type { Suggestion } from '../../src/matchmaking/types.js';
import { migrations } from '../../src/store/migrations.js';
import { type MatchcutStore, openStore, pairKeyOf } from '../../src/store/open-store.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

const logger = createSilentLogger();

function profile(id: string, name: string, origin: Profile['origin'] = 'import'): Profile {
  return {
    id,
    name,
    aliases: [],
    kind: 'studio',
    languages: ['English'],
    offers: ['VFX compositing'],
    needs: ['animators'],
    description: '',
    affiliations: [],
    sources: [],
    origin,
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

function suggestion(id: string, digestId: string, a: string, b: string): Suggestion {
  return {
    id,
    digestId,
    a: { id: a, name: a, kind: 'studio' },
    b: { id: b, name: b, kind: 'talent_center' },
    score: 0.6,
    scoreForA: 0.7,
    scoreForB: 0.5,
    reasons: [{ side: 'a', kind: 'need_offer', text: `${a} needs VFX ↔ ${b} offers VFX`, concept: 'visual-effects' }],
    citations: [{ n: 1, articleId: 'x', title: 'X', quote: 'q', chunkId: 'c', score: 0.6 }],
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
    store.close();
    await cleanup();
  });

  it('creates the file with WAL, foreign keys and recorded migrations, and migrates only once', () => {
    expect(store.schemaVersion()).toBe(migrations.at(-1)?.version);
    store.close();
    store = openStore(file, { logger });
    const database = new Database(file, { readonly: true });
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    const rows = database.prepare('SELECT version, name FROM schema_migrations').all();
    expect(rows).toHaveLength(migrations.length);
    database.close();
  });

  it('applies a new migration in its own transaction and refuses a file from a newer version', () => {
    store.close();
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

  it('saves, lists, finds by name and removes profiles; every write bumps the revision', () => {
    const before = store.profilesRevision();
    store.saveProfiles([profile('hanbit', 'Hanbit VFX'), profile('seoul-academy', 'Seoul Academy')]);
    expect(store.profilesRevision()).toBe(before + 1);
    expect(store.listProfiles().map((entry) => entry.name)).toEqual(['Hanbit VFX', 'Seoul Academy']);
    expect(store.profileIdByName('  hanbit   vfx ')).toBe('hanbit');
    expect(store.getProfile('hanbit')?.offers).toEqual(['VFX compositing']);
    store.linkMember('slack:U1', 'hanbit', 'now');
    expect(store.profileIdOfMember('slack:U1')).toBe('hanbit');
    expect(store.removeProfile('hanbit', 'now')).toBe(true);
    expect(store.removeProfile('hanbit', 'now')).toBe(false);
    // Member links go with the profile (foreign key cascade).
    expect(store.profileIdOfMember('slack:U1')).toBeUndefined();
    expect(store.profilesRevision()).toBe(before + 2);
  });

  it('syncs knowledge profiles without touching members’ profiles and remembers removed ones', () => {
    store.saveProfiles([profile('member-owned', 'Member Owned', 'member')]);
    const first = store.syncKnowledgeProfiles([
      profile('kobeta', 'KOBETA', 'knowledge'),
      profile('kocca', 'KOCCA', 'knowledge'),
      profile('member-owned', 'Member Owned', 'knowledge'),
    ]);
    expect(first).toEqual({ added: 2, updated: 0, removed: 0, skipped: 1 });
    expect(store.getProfile('member-owned')?.origin).toBe('member');
    // Same content again: nothing changes, the revision stays.
    const revision = store.profilesRevision();
    expect(
      store.syncKnowledgeProfiles([profile('kobeta', 'KOBETA', 'knowledge'), profile('kocca', 'KOCCA', 'knowledge')]),
    ).toEqual({
      added: 0,
      updated: 0,
      removed: 0,
      skipped: 0,
    });
    expect(store.profilesRevision()).toBe(revision);
    // An organizer removes KOBETA; the next sync must not bring it back. KOCCA left the file: removed.
    store.removeProfile('kobeta', 'now');
    const changed = { ...profile('kofic', 'KOFIC', 'knowledge') };
    expect(store.syncKnowledgeProfiles([profile('kobeta', 'KOBETA', 'knowledge'), changed])).toEqual({
      added: 1,
      updated: 0,
      removed: 1,
      skipped: 1,
    });
    expect(
      store
        .listProfiles()
        .map((entry) => entry.id)
        .sort(),
    ).toEqual(['kofic', 'member-owned']);
  });

  it('stores digests with their suggestions and keeps feedback state per side', () => {
    store.saveDigest({
      id: 'd-1',
      createdAt: '2025-03-01T00:00:00.000Z',
      channel: 'slack:C1',
      suggestions: [suggestion('s-1', 'd-1', 'hanbit', 'academy'), suggestion('s-2', 'd-1', 'hanbit', 'school')],
      unmetNeeds: [{ profile: { id: 'hanbit', name: 'Hanbit', kind: 'studio' }, need: 'Nuke compositors' }],
    });
    const digest = store.getDigest('d-1');
    expect(digest?.suggestions.map((entry) => entry.id)).toEqual(['s-1', 's-2']);
    expect(digest?.channel).toBe('slack:C1');
    expect(digest?.unmetNeeds[0]?.need).toBe('Nuke compositors');
    expect(store.getSuggestion('s-2')).toEqual(suggestion('s-2', 'd-1', 'hanbit', 'school'));
    expect(store.latestDigest()?.id).toBe('d-1');
    expect(store.suggestionsSince('2025-02-01T00:00:00.000Z')).toHaveLength(2);
    expect(store.suggestionsSince('2025-04-01T00:00:00.000Z')).toHaveLength(0);
    expect(store.digestPartiesSince('2025-02-01T00:00:00.000Z')).toEqual([
      { digestId: 'd-1', partyIds: ['hanbit', 'academy', 'hanbit', 'school'] },
    ]);

    const pairKey = pairKeyOf('hanbit', 'academy');
    const record = { suggestionId: 's-1', pairKey, reason: undefined, actor: 'cli', at: 'now' };
    expect(store.recordFeedback({ ...record, party: 'a', profileId: 'hanbit', verdict: 'interested' })).toEqual({
      a: 'interested',
      b: null,
    });
    expect(store.recordFeedback({ ...record, party: 'b', profileId: 'academy', verdict: 'know' })).toEqual({
      a: 'interested',
      b: 'know',
    });
    expect(store.blockedPairs().get(pairKey)).toBe('known');
    // The latest word counts.
    expect(store.recordFeedback({ ...record, party: 'b', profileId: 'academy', verdict: 'interested' })).toEqual({
      a: 'interested',
      b: 'interested',
    });
    expect(store.blockedPairs().has(pairKey)).toBe(false);
    const introduced = store.getSuggestion('s-1') as Suggestion;
    expect(store.addIntroduction(introduced, 'now')).toBe(true);
    expect(store.addIntroduction(introduced, 'now')).toBe(false);
    expect(store.blockedPairs().get(pairKey)).toBe('introduced');
    store.recordFeedback({
      suggestionId: 's-2',
      pairKey: pairKeyOf('hanbit', 'school'),
      party: 'a',
      profileId: 'hanbit',
      verdict: 'not_a_fit',
      reason: 'too far',
      actor: 'cli',
      at: 'now',
    });
    expect(store.blockedPairs().get(pairKeyOf('school', 'hanbit'))).toBe('declined');
    expect(store.counts()).toEqual({
      suggested: 2,
      interested: 1,
      introduced: 1,
      declined: 1,
      alreadyKnown: 0,
      digests: 1,
    });
  });

  it('rejects feedback for a suggestion that does not exist (foreign key)', () => {
    expect(() =>
      store.recordFeedback({
        suggestionId: 'missing',
        pairKey: 'a|b',
        party: 'a',
        profileId: 'a',
        verdict: 'interested',
        actor: 'cli',
        at: 'now',
      }),
    ).toThrow(/FOREIGN KEY/);
  });
});
