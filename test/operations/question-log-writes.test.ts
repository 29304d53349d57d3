/**
 * The question log's rows are written off the answer path (src/operations/question-log-writer.ts),
 * on a real SQLite file: the answer returns before its row is written, a vote that comes first
 * still counts, rows still queued are written when the log (and the core) closes, a failing write
 * is logged once without the question or the member and never fails an answer, and retention
 * still deletes old rows (the core's close: ./question-log.test.ts). Rows wait an hour to be written
 * here, so "not yet written" is certain.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { isMatchcutError } from '../../src/errors.js';
import { createSilentLogger, type Logger } from '../../src/logging/logger.js';
import { openQuestionLog } from '../../src/operations/question-log.js';
import { openStore } from '../../src/store/open-store.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const hourMs = 3_600_000;
const answer: Answer = { text: 'x', citations: [], grounded: true, path: 'extractive', language: 'en', query: 'q' };
const answered = async () => answer;

async function openLog(options: { logger?: Logger; now?: () => Date; retentionDays?: number } = {}) {
  const temporary = await createTemporaryFolder('matchcut-question-writes-');
  cleanups.push(temporary.cleanup);
  const file = path.join(temporary.folder, 'matchcut.sqlite');
  const store = openStore(file, { logger: options.logger ?? createSilentLogger() });
  cleanups.push(() => store.close());
  const log = openQuestionLog({
    store,
    config: { enabled: true, retentionDays: options.retentionDays ?? 90, storeMemberIds: false },
    logger: options.logger ?? createSilentLogger(),
    now: options.now ?? (() => new Date()),
    findConcepts: () => [],
    flushDelayMs: hourMs,
  });
  cleanups.push(() => log.close());
  return { log, store, file };
}

function storedRows(file: string, sql = 'SELECT id, question, member, rating FROM questions') {
  const database = new Database(file, { readonly: true });
  try {
    return database.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    database.close();
  }
}

describe('question log writes off the answer path', () => {
  it('returns the answer before its row is written; a vote that comes first still counts', async () => {
    const { log, file } = await openLog();
    const first = await log.loggedAsk('Who funds films?', { platform: 'slack', memberId: 'slack:U1' }, answered);
    const second = await log.loggedAsk('Who funds games?', { platform: 'slack', memberId: 'slack:U2' }, answered);
    expect(first.answerId).toMatch(/^a[\w-]{12}$/);
    expect(storedRows(file)).toEqual([]);

    const vote = await log.rateAnswer({ answerId: first.answerId as string, member: 'slack:U3', rating: 'helpful' });
    expect(vote).toMatchObject({ question: 'Who funds films?', helpful: 1, notHelpful: 0, rating: 'helpful' });
    // The vote wrote the queue: both rows, the voted one rated.
    const rows = storedRows(file);
    expect(rows.map((row) => [row.id, row.rating])).toEqual(
      expect.arrayContaining([
        [first.answerId, 'helpful'],
        [second.answerId, null],
      ]),
    );
    expect(rows).toHaveLength(2);
    const changed = await log.rateAnswer({
      answerId: first.answerId as string,
      member: 'slack:U3',
      rating: 'not_helpful',
    });
    expect(changed).toMatchObject({ helpful: 0, notHelpful: 1, previousRating: 'helpful' });
  });

  it('writes the rows still queued when the log closes', async () => {
    const { log, file } = await openLog();
    for (const question of ['One?', 'Two?', 'Three?']) await log.loggedAsk(question, { platform: 'cli' }, answered);
    expect(storedRows(file)).toEqual([]);
    await log.close();
    expect(storedRows(file).map((row) => row.question)).toEqual(expect.arrayContaining(['One?', 'Two?', 'Three?']));
  });

  it('never fails an answer on a failing write: logged once, without the question or member', async () => {
    const memory = createMemoryLogger('info');
    const { log, file } = await openLog({ logger: memory.logger });
    const database = new Database(file);
    cleanups.push(async () => void database.close());
    database.exec('ALTER TABLE questions RENAME TO questions_away');
    const asked = [];
    for (const question of ['Secret plan of UMEMBERSEVEN?', 'Second secret?']) {
      asked.push(await log.loggedAsk(question, { platform: 'slack', memberId: 'slack:UMEMBERSEVEN' }, answered));
      await log.questions().catch(() => []);
    }
    expect(asked.every((result) => result.text === 'x' && result.answerId !== undefined)).toBe(true);
    const failures = memory.records().filter((record) => /could not be logged/.test(record.msg ?? ''));
    expect(failures).toHaveLength(1);
    expect(failures[0]?.level).toBe(40);
    expect(memory.lines.join('\n')).not.toMatch(/secret|UMEMBERSEVEN/i);
    // A failing write fails its batch; the SQLite store's write thread keeps running.
    expect(memory.lines.join('\n')).not.toMatch(/write thread/);
    const vote = await log
      .rateAnswer({ answerId: asked[0]?.answerId as string, member: 'slack:U9', rating: 'helpful' })
      .catch((error: unknown) => error);
    expect(isMatchcutError(vote) && vote.code).toBe('NOT_FOUND');

    // Writing works again: said once, with how many questions were lost.
    database.exec('ALTER TABLE questions_away RENAME TO questions');
    await log.loggedAsk('Back?', { platform: 'cli' }, answered);
    expect((await log.questions()).map((question) => question.question)).toEqual(['Back?']);
    expect(memory.records().find((record) => /writing again/.test(record.msg ?? ''))).toMatchObject({ lost: 2 });
  });

  it('adds a batch of rows in one transaction: all or none', async () => {
    const { store, file } = await openLog();
    const row = (id: string) => ({
      id,
      at: '2026-12-04T06:00:00.000Z',
      question: `${id}?`,
      language: 'en',
      platform: 'cli' as const,
      communityId: undefined,
      channelId: undefined,
      member: undefined,
      path: 'extractive' as const,
      grounded: true,
      citedArticleIds: [],
      latencyMs: 1,
    });
    await store.addQuestions([row('b1'), row('b2')]);
    await expect(store.addQuestions([row('b3'), row('b1')])).rejects.toThrow();
    expect(storedRows(file, 'SELECT id FROM questions ORDER BY id')).toEqual([{ id: 'b1' }, { id: 'b2' }]);
  });

  it('still deletes questions older than the retention period', async () => {
    let clock = new Date('2026-01-01T00:00:00Z');
    const { log, file } = await openLog({ now: () => clock, retentionDays: 30 });
    await log.loggedAsk('Old question?', { platform: 'cli' }, answered);
    clock = new Date('2026-03-01T00:00:00Z');
    await log.loggedAsk('New question?', { platform: 'cli' }, answered);
    // Both rows are written (a listing waits for the queue), then the old one is deleted.
    expect(await log.questions()).toHaveLength(2);
    expect(await log.prune()).toBe(1);
    expect(storedRows(file).map((row) => row.question)).toEqual(['New question?']);
  });
});
