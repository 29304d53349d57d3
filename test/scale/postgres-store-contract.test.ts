/**
 * The PostgreSQL store against a real PostgreSQL 15 (test/support/postgres-server.ts): the shared
 * store contract (test/support/store-contract.ts, each test on a fresh database), migrations run by
 * several processes and pools at once on an empty database, two replicas choosing digests at once
 * never reserving the same pair, communities kept apart on one database, transactions, and the
 * repositories' behaviour.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import { postgresMigrations } from '../../src/store/postgres/postgres-migrations.js';
import type { MatchcutStore } from '../../src/store/store-interface.js';
import { pairKeyOf } from '../../src/store/store-types.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { openPlainQuestionLog } from '../helpers/plain-question-log.js';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';
import { registerStoreContract } from '../support/store-contract.js';
import { testDigest, testProfile, testSuggestion } from './postgres-fixtures.js';

let server: PostgresServer;
const opened: MatchcutStore[] = [];
let databaseCount = 0;

async function freshDatabase(): Promise<string> {
  databaseCount += 1;
  return server.createDatabase(`contract_${databaseCount}`);
}

async function openStore(url: string, community?: string): Promise<MatchcutStore> {
  const store = await openPostgresStore({ url, community, logger: createSilentLogger() });
  opened.push(store);
  return store;
}

beforeAll(async () => {
  server = await startPostgres();
});

afterAll(async () => {
  for (const store of opened) await store.close();
  await server?.stop();
});

let contractDatabase: { name: string; url: string } | undefined;

registerStoreContract('PostgreSQL', {
  async openStore(community) {
    if (contractDatabase === undefined) {
      databaseCount += 1;
      const name = `contract_${databaseCount}`;
      contractDatabase = { name, url: await server.createDatabase(name) };
    }
    return openPostgresStore({ url: contractDatabase.url, community, logger: createSilentLogger() });
  },
  async cleanup() {
    if (contractDatabase === undefined) return;
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query(`DROP DATABASE "${contractDatabase.name}" WITH (FORCE)`);
    await client.end();
    contractDatabase = undefined;
  },
});

function runChild(url: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'open-postgres-store-child.ts'), [url], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('PostgreSQL store: migrations', () => {
  it('several processes and pools migrating one empty database at once leave one schema and no error', async () => {
    const url = await freshDatabase();
    const children = Array.from({ length: 3 }, () => runChild(url));
    const pools = Array.from({ length: 3 }, () => openStore(url));
    const results = await Promise.all(children);
    const stores = await Promise.all(pools);
    for (const result of results) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toBe(String(postgresMigrations.at(-1)?.version));
    }
    for (const store of stores) expect(await store.schemaVersion()).toBe(postgresMigrations.at(-1)?.version);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const ledger = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    const withoutCommunity = await client.query<{ name: string }>(
      `SELECT t.table_name AS name FROM information_schema.tables t
       WHERE t.table_schema = 'public' AND t.table_name <> 'schema_migrations' AND NOT EXISTS (
         SELECT 1 FROM information_schema.columns c
         WHERE c.table_name = t.table_name AND c.column_name = 'community')`,
    );
    await client.end();
    expect(ledger.rows.map((row) => row.version)).toEqual(postgresMigrations.map((migration) => migration.version));
    expect(tables.rows.map((row) => row.name)).toEqual([
      'answer_votes',
      'channel_settings',
      'digest_parts',
      'digests',
      'event_claims',
      'feed_items',
      'feedback',
      'feeds',
      'index_generation_parts',
      'index_generations',
      'ingested_articles',
      'introductions',
      'jobs',
      'member_links',
      'member_turns',
      'profile_tombstones',
      'profiles',
      'questions',
      'schedule_runs',
      'schema_migrations',
      'store_meta',
      'suggestions',
    ]);
    expect(withoutCommunity.rows).toEqual([]);
  });

  it('refuses a database migrated by a newer matchcut, naming the setting', async () => {
    const url = await freshDatabase();
    await (await openStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO schema_migrations VALUES (999, 'from the future', '2030-01-01T00:00:00Z')");
    await client.end();
    await expect(openStore(url)).rejects.toThrow(/newer matchcut \(schema version 999\).*MATCHCUT_DATABASE_URL/);
  });

  it('names MATCHCUT_DATABASE_URL and never shows the password when the server cannot be reached', async () => {
    const memory = createMemoryLogger();
    const url = `postgres://matchcut:s3cret-word@127.0.0.1:${server.port + 1}/nowhere`;
    const failure = await openPostgresStore({ url, logger: memory.logger }).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/MATCHCUT_DATABASE_URL/);
    expect((failure as Error).message).toContain('postgres://matchcut:***@127.0.0.1');
    expect((failure as Error).message).not.toContain('s3cret-word');
    expect(memory.lines.join('\n')).not.toContain('s3cret-word');
  });

  it('logs the location without the password when it migrates', async () => {
    const memory = createMemoryLogger();
    const plain = new URL(await freshDatabase());
    plain.password = 'trust-ignores-this-password';
    const store = await openPostgresStore({ url: plain.toString(), logger: memory.logger });
    opened.push(store);
    expect(store.location).not.toContain('trust-ignores-this-password');
    expect(store.location).toContain(':***@');
    const applied = memory.records().filter((record) => record.msg === 'store migration applied');
    expect(applied).toHaveLength(postgresMigrations.length);
    expect(memory.lines.join('\n')).not.toContain('trust-ignores-this-password');
  });
});

describe('PostgreSQL store: two replicas choosing digests at once', () => {
  it('never reserves one pair in two digests', async () => {
    const url = await freshDatabase();
    const replicas = [await openStore(url), await openStore(url)];
    const pairs = Array.from({ length: 24 }, (_, index) => [`studio-${index}`, `center-${index}`] as const);
    const now = '2026-12-04T06:00:00.000Z';
    const hold = { claimedUntil: '2026-12-04T06:10:00.000Z', reservedUntil: '2026-12-04T12:00:00.000Z' };
    const chooseDigest = (store: MatchcutStore, id: string) =>
      store.transaction(async (session) => {
        const reserved = new Set((await session.reservedSuggestions(now)).map((entry) => entry.pairKey));
        const free = pairs.filter(([a, b]) => !reserved.has(pairKeyOf(a, b))).slice(0, 3);
        // Give the other replica every chance to choose in between.
        await new Promise((resolve) => setTimeout(resolve, 15));
        if (free.length === 0) return undefined;
        const digest = testDigest(id, now, free);
        await session.saveDigestPlan(digest, [digest.suggestions.map((suggestion) => suggestion.id)], hold);
        return id;
      });
    const rounds = await Promise.all(
      replicas.map(async (store, replica) => {
        const ids: string[] = [];
        for (let round = 0; round < 6; round += 1) {
          const id = await chooseDigest(store, `replica${replica}-round${round}`);
          if (id !== undefined) ids.push(id);
        }
        return ids;
      }),
    );
    expect(rounds.flat()).toHaveLength(8);
    const reservedPairs = (await replicas[0]!.reservedSuggestions(now)).map((entry) => entry.pairKey);
    expect(reservedPairs).toHaveLength(24);
    expect(new Set(reservedPairs).size).toBe(24);
  });
});

describe('PostgreSQL store: member rate windows shared by replicas', () => {
  it('counts one member across replicas at once, and prunes windows that are over', async () => {
    const url = await freshDatabase();
    const replicas = [await openStore(url), await openStore(url), await openStore(url)];
    const counts = await Promise.all(
      replicas.flatMap((store) => [
        store.countTurn('member-a:1000:7', 1_000),
        store.countTurn('member-a:1000:7', 1_000),
      ]),
    );
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await replicas[0]!.deleteClaimsBefore('2000-01-01T00:00:00.000Z')).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await replicas[1]!.deleteClaimsBefore('2000-01-01T00:00:00.000Z')).toBe(1);
    expect(await replicas[2]!.countTurn('member-a:1000:7', 1_000)).toBe(1);
  });
});

describe('PostgreSQL store: communities on one database', () => {
  it('keeps the same ids, names, members, feeds and channels apart per community', async () => {
    const url = await freshDatabase();
    const north = await openStore(url, 'north');
    const south = await openStore(url, 'south');
    expect(north.community).toBe('north');
    await north.saveProfiles([testProfile('acme', 'Acme Studio')]);
    await south.saveProfiles([testProfile('acme', 'Acme Studio', 'member')]);
    await north.linkMember('slack:U1', 'acme', '2026-12-04T00:00:00.000Z');
    expect(await south.profileIdOfMember('slack:U1')).toBeUndefined();
    expect((await north.getProfile('acme'))?.origin).toBe('import');
    expect((await south.getProfile('acme'))?.origin).toBe('member');
    expect(await north.profilesRevision()).toBe(1);
    await north.removeProfile('acme', '2026-12-04T01:00:00.000Z');
    expect(await north.listProfiles()).toEqual([]);
    expect((await south.listProfiles()).map((profile) => profile.id)).toEqual(['acme']);
    const northFeed = await north.addFeed({ url: 'https://x.test/feed', title: 'X', kind: 'rss', at: 'T' });
    const southFeed = await south.addFeed({ url: 'https://x.test/feed', title: 'X', kind: 'rss', at: 'T' });
    expect(northFeed.id).not.toBe(southFeed.id);
    expect(await north.feedById(southFeed.id)).toBeUndefined();
    await north.setChannelMode({ platform: 'slack', channelId: 'C1' }, 'auto', 'slack:U1', 'T');
    expect((await south.channelSetting({ platform: 'slack', channelId: 'C1' })).mode).toBe('mention');
    expect(await north.questionLogSalt()).not.toBe(await south.questionLogSalt());
  });
});

describe('PostgreSQL store: transactions and repositories', () => {
  let store: MatchcutStore;
  beforeAll(async () => {
    store = await openStore(await freshDatabase());
  });

  it('rolls a failed transaction back whole and rethrows', async () => {
    const failure = store.transaction(async (session) => {
      await session.saveProfiles([testProfile('rolled-back', 'Rolled Back')]);
      throw new Error('stop here');
    });
    await expect(failure).rejects.toThrow('stop here');
    expect(await store.getProfile('rolled-back')).toBeUndefined();
    expect(await store.transaction(async (session) => session.community)).toBe('default');
  });

  it('syncs knowledge profiles, keeps tombstones and counts the revision', async () => {
    const first = await store.syncKnowledgeProfiles([testProfile('k-one', 'K One', 'knowledge')]);
    expect(first).toEqual({ added: 1, updated: 0, removed: 0, skipped: 0 });
    const again = await store.syncKnowledgeProfiles([testProfile('k-one', 'K One', 'knowledge')]);
    expect(again).toEqual({ added: 0, updated: 0, removed: 0, skipped: 0 });
    expect(await store.removeProfile('k-one', '2026-12-04T02:00:00.000Z')).toBe(true);
    const afterRemoval = await store.syncKnowledgeProfiles([testProfile('k-one', 'K One', 'knowledge')]);
    expect(afterRemoval.skipped).toBe(1);
    expect(await store.profileIdByName('  k   ONE ')).toBeUndefined();
    await store.saveProfiles([testProfile('owned', 'Owned Co')], { owner: 'slack:U9' });
    await store.saveProfiles([testProfile('owned', 'Owned Co')]);
    expect(await store.profileOwner('owned')).toBe('slack:U9');
    expect(await store.profileIdByName('owned  co')).toBe('owned');
  });

  it('posts a digest part by part, counts, feedback and introductions', async () => {
    const hold = { claimedUntil: '2026-12-04T06:10:00.000Z', reservedUntil: '2026-12-04T12:00:00.000Z' };
    const digest = testDigest('d1', '2026-12-04T06:00:00.000Z', [
      ['a1', 'b1'],
      ['a2', 'b2'],
    ]);
    await store.saveDigestPlan(digest, [['d1-s0'], ['d1-s1']], hold);
    expect((await store.reservedSuggestions('2026-12-04T07:00:00.000Z')).map((entry) => entry.id)).toEqual([
      'd1-s0',
      'd1-s1',
    ]);
    await store.releaseDigest('d1');
    const resumable = await store.resumableDigest('slack:C2', '2026-12-04T07:00:00.000Z');
    expect(resumable?.digest.id).toBe('d1');
    await store.claimDigest('d1', 'slack:C2', hold);
    await store.recordDigestPart('d1', 0, '111.1', '2026-12-04T06:01:00.000Z', hold);
    await store.recordDigestPart('d1', 0, '111.2', '2026-12-04T06:02:00.000Z', hold);
    let plan = await store.getDigestPlan('d1');
    expect(plan?.state).toBe('posting');
    expect(plan?.parts.map((part) => part.messageRef)).toEqual(['111.1', undefined]);
    await store.recordDigestPart('d1', 1, '111.3', '2026-12-04T06:03:00.000Z', hold);
    plan = await store.latestDigestPlan();
    expect(plan?.state).toBe('posted');
    expect(plan?.digest.channel).toBe('slack:C2');
    expect(plan?.digest.suggestions).toEqual(digest.suggestions);
    expect(await store.suggestionsSince('2026-12-04T06:02:30.000Z')).toHaveLength(1);
    expect(await store.digestPartiesSince('2026-12-04T00:00:00.000Z')).toEqual([
      { digestId: 'd1', partyIds: ['a1', 'b1', 'a2', 'b2'] },
    ]);
    const state = await store.recordFeedback({
      suggestionId: 'd1-s0',
      party: 'a',
      profileId: 'a1',
      pairKey: pairKeyOf('a1', 'b1'),
      verdict: 'interested',
      actor: 'slack:U1',
      at: '2026-12-04T06:05:00.000Z',
    });
    expect(state).toEqual({ a: 'interested', b: null });
    const suggestion = await store.getSuggestion('d1-s0');
    expect(suggestion).toBeDefined();
    expect(await store.addIntroduction(suggestion!, '2026-12-04T06:06:00.000Z')).toBe(true);
    expect(await store.addIntroduction(suggestion!, '2026-12-04T06:07:00.000Z')).toBe(false);
    expect((await store.blockedPairs()).get(pairKeyOf('a1', 'b1'))).toBe('introduced');
    expect(await store.counts()).toEqual({
      suggested: 2,
      interested: 1,
      introduced: 1,
      declined: 0,
      alreadyKnown: 0,
      digests: 1,
    });
    await store.savePartnerSuggestion(testSuggestion('p1', 'a2', 'b2'), '2026-12-04T08:00:00.000Z');
    expect((await store.latestSuggestionOfPair(pairKeyOf('b2', 'a2')))?.id).toBe('p1');
  });

  it('logs questions and counts each member key once per answer', async () => {
    const base = {
      language: 'en',
      platform: 'slack' as const,
      communityId: 'T1',
      channelId: undefined,
      member: undefined,
      path: 'extractive' as const,
      grounded: true,
      citedArticleIds: ['article-1'],
      latencyMs: 12.6,
    };
    await store.addQuestion({ ...base, id: 'q1', at: '2026-12-04T06:00:00.000Z', question: 'First?' });
    await store.addQuestion({ ...base, id: 'q2', at: '2026-12-04T06:00:00.000Z', question: 'Second?' });
    expect(await store.vote('missing', 'k1', 'helpful', 'T')).toBeUndefined();
    await store.vote('q1', 'k1', 'helpful', '2026-12-04T06:01:00.000Z');
    const changed = await store.vote('q1', 'k1', 'not_helpful', '2026-12-04T06:02:00.000Z');
    expect(changed?.previousRating).toBe('helpful');
    expect(changed?.question).toMatchObject({ helpful: 0, notHelpful: 1, rating: 'not_helpful' });
    const listed = await store.listQuestions({});
    expect(listed.map((question) => question.id)).toEqual(['q2', 'q1']);
    expect(listed[1]).toMatchObject({ latencyMs: 13, grounded: true, citedArticleIds: ['article-1'] });
    expect(await store.listQuestions({ limit: 1 })).toHaveLength(1);
    expect(await store.deleteQuestionsBefore('2026-12-04T07:00:00.000Z')).toBe(2);
  });

  it('keeps feed items and forgets removed articles', async () => {
    const feed = await store.addFeed({ url: 'https://news.test/rss', title: undefined, kind: 'rss', at: 'T0' });
    const item = {
      feedId: feed.id,
      key: 'guid-1',
      link: 'https://news.test/a',
      marker: 'm1',
      articleUrl: 'https://news.test/a-canonical',
      articleId: 'article-a',
      contentHash: 'h1',
      failure: undefined,
      seenAt: 'T1',
    };
    await store.saveItem(item);
    expect(await store.itemByUrl('https://news.test/a-canonical')).toEqual(item);
    expect((await store.feedByUrl('https://news.test/rss'))?.articles).toBe(1);
    await store.forgetArticle('article-a');
    expect(await store.itemByUrl('https://news.test/a')).toBeUndefined();
    await store.markSynced(feed.id, 'T2', 'HTTP 500');
    expect((await store.listFeeds())[0]).toMatchObject({ syncedAt: 'T2', lastError: 'HTTP 500', items: 1 });
    expect(await store.removeFeed(feed.id)).toBe(true);
    expect(await store.item(feed.id, 'guid-1')).toBeUndefined();
  });

  it('answers pings while open and refuses work once closed', async () => {
    const own = await openPostgresStore({ url: await freshDatabase(), logger: createSilentLogger() });
    expect(await own.ping()).toBe(true);
    expect(own.isOpen()).toBe(true);
    await own.close();
    await own.close();
    expect(own.isOpen()).toBe(false);
    expect(await own.ping()).toBe(false);
    await expect(own.listProfiles()).rejects.toThrow();
  });
});

describe('PostgreSQL store: the question log written off the answer path', () => {
  const row = (id: string, question: string) => ({
    id,
    at: '2026-12-04T06:00:00.000Z',
    question,
    language: 'en',
    platform: 'discord' as const,
    communityId: undefined,
    channelId: undefined,
    member: undefined,
    path: 'extractive' as const,
    grounded: true,
    citedArticleIds: [],
    latencyMs: 3,
  });
  const answer = { text: 'x', citations: [], grounded: true, path: 'extractive' as const, language: 'en', query: 'q' };

  it('adds a batch of rows in one statement: all or none', async () => {
    const store = await openStore(await freshDatabase());
    await store.addQuestions([row('b1', 'One?'), row('b2', 'Two?')]);
    await expect(store.addQuestions([row('b3', 'Three?'), row('b1', 'One again?')])).rejects.toThrow();
    expect((await store.listQuestions({})).map((question) => question.id).sort()).toEqual(['b1', 'b2']);
  });

  it('counts a vote that comes before its row, and writes queued rows at close', async () => {
    const store = await openStore(await freshDatabase());
    const log = openPlainQuestionLog(store, {
      // Rows wait an hour: only the vote and the close write them here.
      flushDelayMs: 3_600_000,
    });
    const voted = await log.loggedAsk('Voted?', { platform: 'discord', memberId: 'discord:1' }, async () => answer);
    expect(await store.listQuestions({})).toEqual([]);
    const vote = await log.rateAnswer({ answerId: voted.answerId as string, member: 'discord:2', rating: 'helpful' });
    expect(vote).toMatchObject({ question: 'Voted?', helpful: 1, rating: 'helpful' });
    const queued = await log.loggedAsk('Queued?', { platform: 'discord' }, async () => answer);
    expect((await store.listQuestions({})).map((question) => question.id)).toEqual([voted.answerId]);
    await log.close();
    expect((await store.listQuestions({})).map((question) => question.id).sort()).toEqual(
      [voted.answerId, queued.answerId].sort(),
    );
  });
});
