/**
 * The question log in the real core (shipped knowledge, real index, real SQLite file): what a logged
 * question records, votes (one per member, changeable; counts are of votes), member ids as salted
 * hashes, when nothing is logged, retention at open and while running, a failing log write, and the
 * report's question figures and coverage gaps across languages.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Matchcut } from '../../src/core-types.js';
import { isMatchcutError } from '../../src/errors.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { openStore } from '../../src/store/open-store.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { openPlainQuestionLog } from '../helpers/plain-question-log.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// The question log wraps the core's ask in the main thread (src/operations/question-log.ts), workers or not: these
// cores answer in-thread, as `matchcut` does, instead of starting ask worker threads (~2 s CPU a core) that the
// log never sees. The Discord and Slack tests log through cores with workers.
const inThread = { askWorkers: 0 };

async function testCore(options: Parameters<typeof createTestCore>[0] = {}): Promise<TestCore> {
  const created = await createTestCore({ ...inThread, ...options });
  cleanups.push(created.cleanup);
  return created;
}

const covered = 'How many people work at IT Works Korea?';
const dayMs = 86_400_000;

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function readRows(dataDir: string, sql: string): Record<string, unknown>[] {
  const database = new Database(path.join(dataDir, 'matchcut.sqlite'), { readonly: true });
  try {
    return database.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    database.close();
  }
}

describe('question log', () => {
  it('records where a question came from and how it was answered; answers carry an answerId', async () => {
    const { core } = await testCore();
    const answer = await core.ask(covered, {
      platform: 'slack',
      communityId: 'T1',
      channelId: 'C1',
      memberId: 'slack:U1',
    });
    expect(answer.grounded).toBe(true);
    expect(answer.answerId).toMatch(/^a[\w-]{12}$/);
    const [logged, ...rest] = (await core.questions?.()) ?? [];
    expect(rest).toEqual([]);
    expect(logged).toMatchObject({
      id: answer.answerId,
      question: covered,
      language: 'en',
      platform: 'slack',
      communityId: 'T1',
      channelId: 'C1',
      path: 'extractive',
      grounded: true,
      citedArticleIds: ['uzbekistan-korea-digital-content'],
      rating: undefined,
      helpful: 0,
      notHelpful: 0,
    });
    expect(logged?.latencyMs).toBeGreaterThanOrEqual(0);
    const refused = await core.ask('Who is the mayor of Busan?', { platform: 'discord' });
    expect(refused.grounded).toBe(false);
    expect((await core.questions?.())?.[0]).toMatchObject({ path: 'refused', grounded: false, platform: 'discord' });
  });

  it('keeps one vote per member per answer: a changed vote changes the counts', async () => {
    const { core } = await testCore();
    const { answerId } = await core.ask(covered, { platform: 'discord', memberId: 'discord:1' });
    if (answerId === undefined || core.rateAnswer === undefined) throw new Error('the real core logs and rates');
    const first = await core.rateAnswer({ answerId, member: 'discord:2', rating: 'helpful' });
    expect(first).toMatchObject({ question: covered, helpful: 1, notHelpful: 0, previousRating: undefined });
    const changed = await core.rateAnswer({ answerId, member: 'discord:2', rating: 'not_helpful' });
    expect(changed).toMatchObject({ helpful: 0, notHelpful: 1, rating: 'not_helpful', previousRating: 'helpful' });
    expect((await core.questions?.())?.[0]?.rating).toBe('not_helpful');
    const second = await core.rateAnswer({ answerId, member: 'discord:3', rating: 'helpful' });
    expect(second).toMatchObject({ helpful: 1, notHelpful: 1 });
    // A tie goes to the latest vote.
    expect((await core.questions?.())?.[0]?.rating).toBe('helpful');
    expect((await core.report()).questions).toMatchObject({ asked: 1, answered: 1, helpful: 1, notHelpful: 1 });

    const unknown = await errorOf(core.rateAnswer({ answerId: 'a-none', member: 'discord:2', rating: 'helpful' }));
    expect(isMatchcutError(unknown) && unknown.code).toBe('NOT_FOUND');
    const badRating = await errorOf(core.rateAnswer({ answerId, member: 'discord:2', rating: 'great' as never }));
    expect(isMatchcutError(badRating) && badRating.code).toBe('BAD_INPUT');
    expect(isMatchcutError(badRating) && badRating.message).toMatch(/rating/);
  });

  it('stores member ids only as a salted hash, unless MATCHCUT_QUESTION_LOG_MEMBERS=1', async () => {
    const hashed = await testCore();
    const { answerId } = await hashed.core.ask(covered, { platform: 'slack', memberId: 'slack:UMEMBERONE' });
    await hashed.core.ask('Who is the mayor of Busan?', { platform: 'slack', memberId: 'slack:UMEMBERONE' });
    await hashed.core.ask('Who is the mayor of Busan?', { platform: 'slack', memberId: 'slack:UMEMBERTWO' });
    await hashed.core.rateAnswer?.({ answerId: answerId as string, member: 'slack:UMEMBERTWO', rating: 'helpful' });
    const members = ((await hashed.core.questions?.()) ?? []).map((question) => question.member);
    for (const member of members) expect(member).toMatch(/^[0-9a-f]{32}$/);
    expect(members[0]).not.toBe(members[1]);
    expect(members[1]).toBe(members[2]);
    const salt = readRows(hashed.dataDir, "SELECT value FROM store_meta WHERE key = 'question_log_member_salt'");
    expect(salt[0]?.value).toMatch(/^[0-9a-f]{64}$/);
    const stored = JSON.stringify([
      ...readRows(hashed.dataDir, 'SELECT * FROM questions'),
      ...readRows(hashed.dataDir, 'SELECT * FROM answer_votes'),
    ]);
    // Member ids long enough that a random row id cannot contain them by chance.
    expect(stored).not.toMatch(/UMEMBERONE|UMEMBERTWO/);

    // Another data folder has its own salt: the same member hashes differently there.
    const other = await testCore();
    await other.core.ask(covered, { platform: 'slack', memberId: 'slack:UMEMBERONE' });
    expect((await other.core.questions?.())?.[0]?.member).not.toBe(members[2]);

    const plain = await testCore({ environment: { MATCHCUT_QUESTION_LOG_MEMBERS: '1' } });
    await plain.core.ask(covered, { platform: 'slack', memberId: 'slack:UMEMBERONE' });
    expect((await plain.core.questions?.())?.[0]?.member).toBe('slack:UMEMBERONE');
  });

  it('logs nothing without a platform, with log: false, or with MATCHCUT_QUESTION_LOG=off', async () => {
    const { core } = await testCore();
    expect((await core.ask(covered)).answerId).toBeUndefined();
    expect((await core.ask(covered, { platform: 'cli', log: false })).answerId).toBeUndefined();
    expect(await core.questions?.()).toEqual([]);
    const off = await testCore({ environment: { MATCHCUT_QUESTION_LOG: 'off' } });
    const answer = await off.core.ask(covered, { platform: 'slack', memberId: 'slack:U1' });
    expect(answer.grounded).toBe(true);
    expect(answer.answerId).toBeUndefined();
    expect(readRows(off.dataDir, 'SELECT * FROM questions')).toEqual([]);
  });

  it('answers when the log write fails, and warns', async () => {
    const memory = createMemoryLogger('warn');
    const { core, dataDir } = await testCore({ logger: memory.logger });
    // An adapter naming an unknown platform: answered, not logged, and the field named in a warning.
    const unknownPlatform = await core.ask(covered, { platform: 'teams' as never });
    expect(unknownPlatform.grounded).toBe(true);
    expect(unknownPlatform.answerId).toBeUndefined();
    expect((await memory.waitFor((record) => record.field === 'options.platform')).level).toBe(40);
    expect(await core.questions?.()).toEqual([]);
    const database = new Database(path.join(dataDir, 'matchcut.sqlite'));
    database.exec('DROP TABLE answer_votes; DROP TABLE questions;');
    database.close();
    // The answer comes first, with its id; the row's write fails after, and is logged.
    const answer = await core.ask(covered, { platform: 'cli' });
    expect(answer.grounded).toBe(true);
    expect(answer.text).toMatch(/\b42\b/);
    const warning = await memory.waitFor((record) => /could not be logged/.test(record.msg ?? ''));
    expect(warning.level).toBe(40);
    // The answer whose row was lost cannot be rated, and says so.
    const vote = await errorOf(
      Promise.resolve(core.rateAnswer?.({ answerId: answer.answerId as string, member: 'cli', rating: 'helpful' })),
    );
    expect(isMatchcutError(vote) && vote.code).toBe('NOT_FOUND');
  });
});

describe('question log at shutdown', () => {
  it('writes the rows still queued when the core closes', async () => {
    const created = await testCore();
    await created.core.close();
    // Rows wait an hour to be written here: only the close can write this one.
    const core = await openMatchcut(created.config, {
      ...inThread,
      logger: createSilentLogger(),
      questionLogFlushDelayMs: 3_600_000,
    });
    const asked = await core.ask(covered, { platform: 'discord', memberId: 'discord:1' });
    expect(readRows(created.dataDir, 'SELECT id FROM questions')).toEqual([]);
    await core.close();
    expect(readRows(created.dataDir, 'SELECT id FROM questions')).toEqual([{ id: asked.answerId }]);
  });
});

describe('question log retention', () => {
  it('deletes questions older than MATCHCUT_QUESTION_RETENTION_DAYS when the core opens', async () => {
    const started = Date.now();
    let clock = new Date(started - 100 * dayMs);
    const created = await testCore({ environment: { MATCHCUT_QUESTION_RETENTION_DAYS: '30' }, now: () => clock });
    await created.core.ask('Who is the mayor of Busan?', { platform: 'cli' });
    clock = new Date(started - 10 * dayMs);
    await created.core.ask(covered, { platform: 'cli' });
    expect(await created.core.questions?.()).toHaveLength(2);
    await created.core.close();
    cleanups.pop();
    const reopened: Matchcut = await openMatchcut(created.config, {
      ...inThread,
      logger: createSilentLogger(),
      now: () => new Date(started),
    });
    cleanups.push(async () => {
      await reopened.close();
      await created.cleanup();
    });
    expect(((await reopened.questions?.()) ?? []).map((question) => question.question)).toEqual([covered]);
  });

  it('deletes old questions while running, without a restart', async () => {
    const temporary = await createTemporaryFolder('matchcut-question-log-');
    cleanups.push(temporary.cleanup);
    let clock = new Date('2026-01-01T00:00:00Z');
    const store = openStore(path.join(temporary.folder, 'matchcut.sqlite'), { logger: createSilentLogger() });
    cleanups.push(() => store.close());
    const log = openPlainQuestionLog(store, {
      now: () => clock,
      pruneIntervalMs: 20,
    });
    cleanups.push(async () => log.close());
    const answer = {
      text: 'x',
      citations: [],
      grounded: false,
      path: 'extractive' as const,
      language: 'en',
      query: 'q',
    };
    await log.loggedAsk('What changed?', { platform: 'cli' }, async () => answer);
    expect(await log.questions()).toHaveLength(1);
    clock = new Date('2026-04-15T00:00:00Z');
    for (let attempt = 0; attempt < 200 && (await log.questions()).length > 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await log.questions()).toEqual([]);
  });
});

describe('the report: questions and coverage gaps', () => {
  it('counts questions by language and platform, and groups one unanswered question asked in two languages', async () => {
    const started = Date.now();
    let clock = new Date(started - 40 * dayMs);
    const { core } = await testCore({ now: () => clock });
    // Before the report's default period (30 days): not counted.
    await core.ask('What is the weather in Hanoi?', { platform: 'slack' });
    clock = new Date(started);
    await core.ask('Who is the mayor of Busan?', { platform: 'slack', memberId: 'slack:U1' });
    await core.ask('부산 시장은 누구입니까?', { platform: 'discord', memberId: 'discord:9' });
    await core.ask('Who is the mayor of Busan?', { platform: 'cli' });
    await core.ask('What is the weather in Hanoi?', { platform: 'cli' });
    const helped = await core.ask(covered, { platform: 'cli' });
    const unhelpful = await core.ask('Which Netflix campaign funds training in Korea?', { platform: 'slack' });
    await core.rateAnswer?.({ answerId: helped.answerId as string, member: 'cli', rating: 'helpful' });
    await core.rateAnswer?.({ answerId: unhelpful.answerId as string, member: 'slack:U1', rating: 'not_helpful' });

    const report = await core.report();
    expect(report.questions).toEqual({
      asked: 6,
      answered: 2,
      notCovered: 4,
      helpful: 1,
      notHelpful: 1,
      byLanguage: { en: 5, ko: 1 },
      byPlatform: { cli: 3, slack: 2, discord: 1 },
    });
    expect(report.gaps?.[0]).toEqual({ example: 'Who is the mayor of Busan?', count: 3, languages: ['en', 'ko'] });
    expect(report.gaps?.slice(1)).toEqual(
      expect.arrayContaining([
        { example: 'What is the weather in Hanoi?', count: 1, languages: ['en'] },
        { example: 'Which Netflix campaign funds training in Korea?', count: 1, languages: ['en'] },
      ]),
    );
    expect(report.gaps).toHaveLength(3);
    // The matchmaking figures stay.
    expect(report).toMatchObject({ digests: 0, suggested: 0, unmetNeeds: expect.any(Array) });
    // A longer period counts the older question too.
    const longer = await core.report({ since: new Date(started - 60 * dayMs) });
    expect(longer.questions?.asked).toBe(7);
    expect(longer.gaps?.find((gap) => gap.example === 'What is the weather in Hanoi?')?.count).toBe(2);
  });
});
