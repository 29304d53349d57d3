/**
 * The question log through the real `matchcut` command (test/helpers/run-cli.ts) and a real SQLite
 * file: ask and chat log with platform cli, --no-log and batch input write nothing, chat's /good and
 * /bad rate the last answer, `questions --json` has its shape and honours --since, and
 * `report --json` gains questions and gaps beside the matchmaking figures.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { runCli } from '../helpers/run-cli.js';
import { copyTemplateIndex } from '../helpers/test-core.js';
import { createTemporaryFolder, shippedKnowledgeDir } from '../helpers/temporary-folder.js';

let dataDir: string;
let cleanup: () => Promise<void>;
const env = () => ({ MATCHCUT_DATA_DIR: dataDir });

beforeAll(async () => {
  ({ folder: dataDir, cleanup } = await createTemporaryFolder('matchcut-questions-'));
  await copyTemplateIndex(dataDir);
});
afterAll(async () => cleanup());

function loggedCount(): number {
  const database = new Database(path.join(dataDir, 'matchcut.sqlite'), { readonly: true });
  try {
    return (database.prepare('SELECT COUNT(*) AS count FROM questions').get() as { count: number }).count;
  } finally {
    database.close();
  }
}

async function listQuestions(...args: string[]): Promise<Record<string, unknown>[]> {
  const result = await runCli(['questions', '--json', ...args], { env: env() });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>[];
}

// Each test runs the command several times (each run opens the core).
const commandsTimeoutMs = 240_000;

describe('question log commands', () => {
  it(
    'ask logs with platform cli; --no-log and batch input write nothing',
    async () => {
      const noLog = await runCli(['ask', '--no-log', 'How many people work at IT Works Korea?'], { env: env() });
      expect(noLog.code).toBe(0);
      expect(noLog.stdout).toMatch(/\b42\b/);
      expect(loggedCount()).toBe(0);
      const batch = await runCli(['ask', '--json', '-'], { env: env(), input: 'Who is the mayor of Busan?\n' });
      expect(batch.code).toBe(0);
      expect(JSON.parse(batch.stdout).answerId).toBeUndefined();
      expect(loggedCount()).toBe(0);

      const logged = await runCli(['ask', '--json', 'Who is the mayor of Busan?'], { env: env() });
      expect(logged.code).toBe(0);
      expect(JSON.parse(logged.stdout).answerId).toEqual(expect.any(String));
      const questions = await listQuestions();
      expect(questions).toHaveLength(1);
      expect(questions[0]).toEqual({
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        question: 'Who is the mayor of Busan?',
        language: 'en',
        platform: 'cli',
        path: 'refused',
        grounded: false,
        rating: null,
      });
    },
    commandsTimeoutMs,
  );

  it(
    'chat logs its questions, and /good and /bad rate the last answer (the latest vote counts)',
    async () => {
      const input = ['/good', 'How many people work at IT Works Korea?', '/good', '/bad', '/exit'].join('\n');
      const result = await runCli(['chat'], { env: env(), input });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('(no answer to rate yet)');
      expect(result.stdout).toContain('(marked helpful: 1 helpful, 0 not helpful)');
      expect(result.stdout).toContain('(marked not helpful: 0 helpful, 1 not helpful)');
      const [latest] = await listQuestions('--limit', '1');
      expect(latest).toMatchObject({
        question: 'How many people work at IT Works Korea?',
        platform: 'cli',
        path: 'extractive',
        grounded: true,
        rating: 'not_helpful',
      });

      const before = loggedCount();
      const unlogged = await runCli(['chat', '--no-log'], { env: env(), input: 'Who is the mayor of Busan?\n/bad\n' });
      expect(unlogged.code).toBe(0);
      expect(unlogged.stdout).toContain('nothing to rate');
      expect(loggedCount()).toBe(before);
    },
    commandsTimeoutMs,
  );

  it(
    'questions --since leaves out older questions; report --json adds questions and gaps',
    async () => {
      // A Slack question asked ten days ago, logged by the core as a bot would.
      const config = loadConfig(
        { MATCHCUT_DATA_DIR: dataDir },
        { cwd: dataDir, defaultKnowledgeDir: shippedKnowledgeDir },
      );
      const core = await openMatchcut(config, {
        // One ask, answered in this thread (the log wraps the core's ask either way): no ask worker threads to start.
        askWorkers: 0,
        logger: createSilentLogger(),
        now: () => new Date(Date.now() - 10 * 86_400_000),
      });
      await core.ask('부산 시장은 누구입니까?', { platform: 'slack', channelId: 'C1', memberId: 'slack:U1' });
      await core.close();

      const all = await listQuestions();
      expect(all.map((question) => question.platform)).toEqual(['cli', 'cli', 'slack']);
      const recent = await listQuestions('--since', '7d');
      expect(recent.map((question) => question.question)).toEqual([
        'How many people work at IT Works Korea?',
        'Who is the mayor of Busan?',
      ]);
      const badSince = await runCli(['questions', '--since', 'last week'], { env: env() });
      expect(badSince.code).toBe(2);
      expect(badSince.stderr).toMatch(/--since must be a period such as 7d/);

      const report = await runCli(['report', '--json'], { env: env() });
      expect(report.code).toBe(0);
      const parsed = JSON.parse(report.stdout);
      expect(parsed).toMatchObject({ digests: 0, unmetNeeds: expect.any(Array), unplacedPhrases: expect.any(Array) });
      expect(parsed.questions).toEqual({
        asked: 3,
        answered: 1,
        notCovered: 2,
        helpful: 0,
        notHelpful: 1,
        byLanguage: { en: 2, ko: 1 },
        byPlatform: { cli: 2, slack: 1 },
      });
      // The same unanswered question in English and Korean is one gap; the answer voted not helpful is another.
      expect(parsed.gaps).toEqual([
        { example: 'Who is the mayor of Busan?', count: 2, languages: ['en', 'ko'] },
        { example: 'How many people work at IT Works Korea?', count: 1, languages: ['en'] },
      ]);
      const lastWeek = JSON.parse((await runCli(['report', '--json', '--since', '7d'], { env: env() })).stdout);
      expect(lastWeek.questions).toMatchObject({ asked: 2, byPlatform: { cli: 2 } });
      const text = await runCli(['report'], { env: env() });
      expect(text.stdout).toMatch(/questions since \d{4}-\d{2}-\d{2}: 3 asked, 1 answered, 2 not covered/);
      expect(text.stdout).toContain('2× “Who is the mayor of Busan?” (en, ko)');
    },
    commandsTimeoutMs,
  );
});
