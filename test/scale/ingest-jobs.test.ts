/**
 * Jobs across replicas (issue 18 item 5), end to end with two real cores (their own data folders, one
 * PostgreSQL 15, the queue in its table): an organizer's `/add` reaching replica A twice (a double click)
 * and replica B once is one job — the page is fetched once, by one replica, which shares the article,
 * builds and publishes a generation — and replica B, which fetched nothing, answers from the new article.
 * A second page added through B keeps the first in the generation it publishes (the ingested articles are
 * shared), so A answers from both. `matchcut doctor` shows the published generation. An organizer's
 * `/matchcut digest` sent twice to one Slack replica (real Bolt apps in HTTP mode) and once to the other
 * posts one digest, and every command gets its reply; the same for Discord's `/digest` (real discord.js
 * clients against stand-ins).
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import type { Matchcut } from '../../src/core-types.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { runCli } from '../helpers/run-cli.js';
import { startSlackHarness } from '../slack/slack-harness.js';
import { runDigest, startHarness } from '../discord/discord-harness.js';
import { seedProfiles } from '../slack/seed-profiles.js';
import { newsPages, type NewsSite, startNewsSite } from '../stand-ins/news-site.js';
import { createTemporaryFolder, shippedKnowledgeDir } from '../helpers/temporary-folder.js';
import { type PostgresServer, startPostgres } from '../support/postgres-server.js';

let server: PostgresServer;
let site: NewsSite;
let scratch: { folder: string; cleanup: () => Promise<void> };
const cores: Matchcut[] = [];
let a: Matchcut;
let b: Matchcut;

const english = {
  page: newsPages[0]!,
  question: 'How many trainees will the Harbor Lantern stop-motion workshop take?',
  fact: /36/u,
};
const korean = { page: newsPages[1]!, question: '서울 웹툰 채색 아카데미는 수강생을 몇 명 모집하나요?', fact: /48명/u };

async function replica(name: string): Promise<Matchcut> {
  const template = inject('testCoreTemplate');
  const dataDir = path.join(scratch.folder, name);
  if (template !== undefined) {
    for (const entry of ['index', 'cache'])
      await cp(path.join(template, entry), path.join(dataDir, entry), { recursive: true });
  }
  const config = loadConfig(
    {
      MATCHCUT_DATA_DIR: dataDir,
      MATCHCUT_DATABASE_URL: server.url,
      MATCHCUT_ALLOW_PRIVATE_URLS: '127.0.0.1',
    },
    { cwd: dataDir, defaultKnowledgeDir: shippedKnowledgeDir },
  );
  const core = await openMatchcut(config, {
    logger: createSilentLogger(),
    askWorkers: 0,
    jobSettings: { pollMs: 200 },
  });
  cores.push(core);
  // What the bots do at start: every replica takes ingest jobs.
  await core.jobs?.workIngest();
  return core;
}

/** Asks until the answer cites the page (the replica has switched to the published generation), or 15 s pass. */
async function answerFromPage(core: Matchcut, probe: typeof english) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const answer = await core.ask(probe.question);
    const cited =
      answer.grounded && answer.citations.some((citation) => citation.url?.includes(probe.page.path) === true);
    if (cited || Date.now() > deadline) return { answer, cited };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const fetchesOf = (page: { path: string }) => site.requests.filter((request) => request.path === page.path).length;

beforeAll(async () => {
  [server, site, scratch] = await Promise.all([
    startPostgres({ database: 'ingest_jobs' }),
    startNewsSite(),
    createTemporaryFolder('matchcut-ingest-jobs-'),
  ]);
  [a, b] = await Promise.all([replica('a'), replica('b')]);
});

afterAll(async () => {
  for (const core of cores) await core.close();
  await site?.close();
  await server?.stop();
  await scratch?.cleanup();
});

describe('ingest jobs across replicas', () => {
  it('runs a page added on one replica once, and the other replica answers from it', async () => {
    expect(a.jobs?.backend).toBe('postgres');
    const before = await b.ask(english.question);
    expect(before.citations.some((citation) => citation.url?.includes(english.page.path) === true)).toBe(false);

    const url = `${site.base}${english.page.path}`;
    const added = await Promise.all([a.addPage!(url), a.addPage!(url), b.addPage!(url)]);
    expect(added[0]).toMatchObject({ outcome: 'added', title: english.page.headline });
    expect(added[1]).toEqual(added[0]);
    expect(added[2]).toEqual(added[0]);
    expect(fetchesOf(english.page)).toBe(1);

    const sql = new pg.Client({ connectionString: server.url });
    await sql.connect();
    try {
      const jobs = await sql.query<{ kind: string; state: string; attempts: number }>(
        'SELECT kind, state, attempts FROM jobs',
      );
      expect(jobs.rows).toEqual([{ kind: 'ingest-page', state: 'done', attempts: 1 }]);
      const shared = await sql.query<{ name: string }>('SELECT name FROM ingested_articles WHERE content IS NOT NULL');
      expect(shared.rows.map((row) => row.name)).toEqual([`${added[0]!.id}.md`]);
    } finally {
      await sql.end();
    }

    const fromB = await answerFromPage(b, english);
    expect(fromB.cited).toBe(true);
    expect(fromB.answer.text).toMatch(english.fact);

    // A page added through B: the generation B's job publishes still holds A's page.
    const second = await b.addPage!(`${site.base}${korean.page.path}`);
    expect(second.outcome).toBe('added');
    const fromA = await answerFromPage(a, korean);
    expect(fromA.cited).toBe(true);
    expect(fromA.answer.text).toMatch(korean.fact);
    const stillFromA = await answerFromPage(a, english);
    expect(stillFromA.cited).toBe(true);
    expect(fetchesOf(english.page)).toBe(1);
  });

  it('matchcut doctor shows the published generation (id, when, size) and the queue', async () => {
    const sql = new pg.Client({ connectionString: server.url });
    await sql.connect();
    const current = await sql
      .query<{ name: string; created_at: Date }>(
        "SELECT name, created_at FROM index_generations WHERE state = 'current'",
      )
      .finally(() => sql.end());
    const published = current.rows[0];
    expect(published).toBeDefined();
    const dataDir = path.join(scratch.folder, 'b');
    const doctor = await runCli(['doctor'], {
      cwd: dataDir,
      env: { MATCHCUT_DATA_DIR: dataDir, MATCHCUT_DATABASE_URL: server.url },
      timeoutMs: 60_000,
    });
    expect(doctor.code, doctor.stderr).toBe(0);
    const line = doctor.stdout.split('\n').find((text) => text.startsWith('published '));
    const size = /, ([\d.]+) MB \(/u.exec(line ?? '')?.[1];
    expect(Number(size)).toBeGreaterThan(0);
    expect(line).toBe(
      `published       ${published!.name}, published ${published!.created_at.toISOString()}, ` +
        `${size} MB (answering from ${published!.name})`,
    );
    expect(doctor.stdout).toContain(
      'jobs            digests and pages added from chat queue in the PostgreSQL jobs table',
    );
  });

  it('posts one digest for a double click on one Slack replica and a click on the other', async () => {
    await seedProfiles(a);
    const organizers = { SLACK_ORGANIZERS: 'U0ORGANIZER' };
    const [slackA, slackB] = await Promise.all([startSlackHarness(a, organizers), startSlackHarness(b, organizers)]);
    try {
      // The three commands fall in one minute (the job's key), not across a minute's turn.
      const toTurn = 60_000 - (Date.now() % 60_000);
      if (toTurn < 3_000) await new Promise((resolve) => setTimeout(resolve, toTurn + 100));
      const command = 'digest <#C0PARTNERS|partners>';
      const options = { userId: 'U0ORGANIZER' };
      const sent = await Promise.all([
        slackA.sendCommand(command, options),
        slackA.sendCommand(command, options),
        slackB.sendCommand(command, options),
      ]);
      expect(sent.map((response) => response.status)).toEqual([200, 200, 200]);
      const replies = await Promise.all(
        sent.map((response, index) =>
          (index < 2 ? slackA : slackB).api.waitForResponsePost(
            (post) => response.responseUrl.endsWith(`/response/${post.id}`),
            30_000,
          ),
        ),
      );
      const texts = replies.map((reply) => String(reply.body.text));
      expect(texts[0]).toMatch(/^Posted a matchmaking digest with \d+ suggestions to <#C0PARTNERS>\.$/u);
      expect(texts).toEqual([texts[0], texts[0], texts[0]]);
      const posted = [...slackA.api.callsTo('chat.postMessage'), ...slackB.api.callsTo('chat.postMessage')].filter(
        (call) => call.body.channel === 'C0PARTNERS',
      );
      // One digest: its messages posted once, by one replica.
      const suggestions = Number(/with (\d+) suggestions/u.exec(texts[0]!)?.[1]);
      expect(posted.length).toBeGreaterThan(0);
      expect(posted.length).toBeLessThanOrEqual(suggestions + 1);
      expect(new Set(posted.map((call) => JSON.stringify(call.body.blocks))).size).toBe(posted.length);
      expect((await a.report()).digests).toBe(1);
    } finally {
      await slackA.close();
      await slackB.close();
    }
  });
  it('posts one Discord digest for a double click on one replica and a click on the other', async () => {
    await seedProfiles(a);
    const discordA = await startHarness({ openCore: async () => ({ core: a, cleanup: async () => undefined }) });
    const discordB = await startHarness({ openCore: async () => ({ core: b, cleanup: async () => undefined }) });
    try {
      const toTurn = 60_000 - (Date.now() % 60_000);
      if (toTurn < 3_000) await new Promise((resolve) => setTimeout(resolve, toTurn + 100));
      const before = (await a.report()).digests;
      const clicks = [discordA, discordA, discordB].map((running) => runDigest(running, { timeoutMs: 30_000 }));
      const replies = await Promise.all(clicks);
      expect(replies[0]).toMatch(/^Posted \d+ suggestions to/u);
      expect(replies).toEqual([replies[0], replies[0], replies[0]]);
      const count = Number(/^Posted (\d+)/u.exec(replies[0]!)?.[1]);
      const channelId = discordA.standIn.matchmakingChannelId;
      const sentMessages = [discordA, discordB].flatMap((running) => running.standIn.messagesIn(channelId));
      expect(sentMessages).toHaveLength(count);
      expect((await a.report()).digests).toBe(before + 1);
    } finally {
      await discordA.close();
      await discordB.close();
    }
  });
});
