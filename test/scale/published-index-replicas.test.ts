/**
 * One knowledge base for every replica (issue 18 item 4), end to end: `matchcut ingest` on one "machine"
 * (its own data folder) publishes its new generation to PostgreSQL; a Slack replica (the real `matchcut
 * slack` process) started with an empty data folder downloads it and answers from it; an ingest on another
 * machine publishes a newer one and the running replica, asked again and again meanwhile, answers from it
 * within 15 s with every question answered; a publish that fails (a server-side error part-way) makes ingest
 * exit non-zero naming the cause, and a published generation damaged before the replica fetches it (a part
 * altered) is refused on download — the replica answers from its generation all along.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCallback, postSignedJson } from '../helpers/slack-signing.js';
import { runCli } from '../helpers/run-cli.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { startSlackWebApiStandIn, type SlackWebApiStandIn } from '../stand-ins/slack-web-api.js';
import { freePort, startPostgres, type PostgresServer } from '../support/postgres-server.js';
import { type BotReplica, startReplica } from './bot-replica.js';

const botToken = 'xoxb-published-index';
const signingSecret = 'published-index-secret';
const teamId = 'T0PUBLISH';

const articles = {
  lab: {
    file: 'kestrel-animation-lab.md',
    text: [
      '# Kestrel Animation Lab opens in Nukus',
      '',
      'Kestrel Animation Lab, a new training studio in Nukus, will accept 64 trainees each year in its 2D',
      'animation course. The lab was founded by three animators who worked on European series.',
    ].join('\n'),
    question: 'How many trainees does Kestrel Animation Lab accept each year?',
    fact: /\b64\b/,
  },
  stage: {
    file: 'harrow-sound-stage.md',
    text: [
      '# Harrow Sound opens a Foley stage in Almaty',
      '',
      'Harrow Sound, a post-production house in Almaty, opened a Foley stage with 17 recording booths for',
      'film and series dubbing. The stage also rents its booths to game studios.',
    ].join('\n'),
    question: 'How many recording booths does the Harrow Sound Foley stage have?',
    fact: /\b17\b/,
  },
  grading: {
    file: 'tamsin-colour-house.md',
    text: [
      '# Tamsin Colour House grades features in Da Nang',
      '',
      'Tamsin Colour House, a colour grading studio in Da Nang, grades 48 feature films a year for',
      'distributors across South-East Asia.',
    ].join('\n'),
    question: 'How many feature films does Tamsin Colour House grade a year?',
    fact: /\b48\b/,
  },
};

let server: PostgresServer;
let api: SlackWebApiStandIn;
let template: TestCore;
let scratch: { folder: string; cleanup: () => Promise<void> };
let sql: pg.Client;
let replica: BotReplica;
let eventsUrl: string;
let asked = 0;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Another machine's data folder: the shipped knowledge base's index already built there. */
async function machine(name: string): Promise<string> {
  const dataDir = path.join(scratch.folder, name);
  for (const entry of ['index', 'cache'])
    await cp(path.join(template.dataDir, entry), path.join(dataDir, entry), { recursive: true });
  return dataDir;
}

async function ingest(dataDir: string, article?: keyof typeof articles) {
  const args = ['ingest'];
  if (article !== undefined) {
    const file = path.join(scratch.folder, 'sources', articles[article].file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, articles[article].text);
    args.push(file);
  }
  return runCli(args, {
    cwd: dataDir,
    env: { MATCHCUT_DATA_DIR: dataDir, MATCHCUT_DATABASE_URL: server.url },
    timeoutMs: 120_000,
  });
}

async function currentPublished(): Promise<string | undefined> {
  const result = await sql.query<{ name: string }>("SELECT name FROM index_generations WHERE state = 'current'");
  return result.rows[0]?.name;
}

/** Mentions the bot with `question` in a new thread; resolves with the text of its one answer. */
async function ask(question: string): Promise<string> {
  asked += 1;
  const ts = `1720000000.${String(asked).padStart(6, '0')}`;
  const body = eventCallback({
    teamId,
    appId: 'A0PUBLISH',
    botUserId: api.botUserId,
    eventId: `Ev0PUBLISH${asked}`,
    event: {
      type: 'app_mention',
      user: 'U0MEMBER1',
      text: `<@${api.botUserId}> ${question}`,
      ts,
      channel: 'C0GENERAL',
    },
  });
  const response = await postSignedJson(eventsUrl, body, { signingSecret });
  expect(response.status).toBe(200);
  const call = await api.waitForCall('chat.postMessage', (posted) => posted.body.thread_ts === ts);
  expect(call.status).toBe(200);
  return JSON.stringify(call.body);
}

const failedAnswer = /Something went wrong|Busy:/;

beforeAll(async () => {
  server = await startPostgres({ database: 'published_replicas' });
  api = await startSlackWebApiStandIn({ botToken, teamId });
  template = await createTestCore();
  scratch = await createTemporaryFolder('matchcut-published-replicas-');
  sql = new pg.Client({ connectionString: server.url });
  await sql.connect();
});

afterAll(async () => {
  await replica?.stop();
  await sql?.end();
  await template?.cleanup();
  await api?.close();
  await scratch?.cleanup();
  await server?.stop();
});

describe('one published knowledge base for every replica', () => {
  it('ingest publishes; a replica started with an empty data folder downloads it and answers from it', async () => {
    const first = await ingest(await machine('machine-1'), 'lab');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /index generation gen-[a-z0-9-]+ published: \d+ files, [\d.]+ MB in \d+ parts to postgres:/,
    );
    const published = await currentPublished();
    expect(first.stdout).toContain(published);

    const port = await freePort();
    const empty = path.join(scratch.folder, 'replica-template');
    await mkdir(empty, { recursive: true });
    replica = await startReplica({
      name: 'slack-published',
      command: 'slack',
      templateDataDir: empty,
      env: {
        SLACK_BOT_TOKEN: botToken,
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: api.apiUrl,
        PORT: String(port),
        MATCHCUT_DATABASE_URL: server.url,
        // One member asks every question of this file, faster than the default 20 a minute allows.
        MATCHCUT_MEMBER_RATE_LIMIT: 'off',
      },
    });
    eventsUrl = `http://127.0.0.1:${port}/slack/events`;
    await replica.waitFor((record) => record.msg === 'matchcut is running', 120_000);
    const downloaded = replica.records().find((record) => record.msg === 'downloaded the published index generation');
    expect(downloaded).toMatchObject({ generation: published });
    expect(replica.records().some((record) => record.msg === 'building the knowledge index')).toBe(false);
    expect(await ask(articles.lab.question)).toMatch(articles.lab.fact);
  });

  it('a running replica answers from a generation published on another machine within 15 s, every question answered', async () => {
    const before = await ask(articles.stage.question);
    expect(before).not.toMatch(articles.stage.fact);
    const errorsBefore = replica.records().filter((record) => record.level >= 50).length;

    const ingesting = ingest(await machine('machine-2'), 'stage');
    const answers: { at: number; text: string }[] = [];
    let published: number | undefined;
    void ingesting.then(() => {
      published = Date.now();
    });
    // Keep asking while the new generation is published, downloaded and switched to.
    for (;;) {
      const text = await ask(articles.stage.question);
      answers.push({ at: Date.now(), text });
      if (published !== undefined && articles.stage.fact.test(text)) break;
      if (published !== undefined && Date.now() - published > 15_000) break;
      await pause(300);
    }
    const result = await ingesting;
    expect(result.code, result.stderr).toBe(0);
    const switched = answers.find((answer) => articles.stage.fact.test(answer.text));
    expect(switched, 'the replica never answered from the new generation').toBeDefined();
    expect((switched?.at ?? Infinity) - (published ?? 0)).toBeLessThan(15_000);
    for (const answer of answers) expect(answer.text).not.toMatch(failedAnswer);
    expect(replica.records().filter((record) => record.level >= 50)).toHaveLength(errorsBefore);
    expect(replica.records().some((record) => record.msg === 'switched to the new index generation')).toBe(true);
  });

  it('a failed publish exits non-zero naming the cause; a damaged published generation is refused; answers go on', async () => {
    const kept = await currentPublished();
    const machine3 = await machine('machine-3');
    // A server-side failure part-way through the upload (as a full disk would cause): at the sixth of eight files.
    await sql.query(`CREATE FUNCTION fail_part_way() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.file = 'manifest.json' THEN RAISE EXCEPTION 'could not extend file: No space left on device (simulated)'; END IF;
      RETURN NEW; END $$`);
    await sql.query(
      'CREATE TRIGGER fail_part_way BEFORE INSERT ON index_generation_parts FOR EACH ROW EXECUTE FUNCTION fail_part_way()',
    );
    const failed = await ingest(machine3, 'grading');
    await sql.query('DROP TRIGGER fail_part_way ON index_generation_parts');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(
      new RegExp(
        `could not publish the index generation gen-[a-z0-9-]+ .*No space left on device \\(simulated\\); ${kept} stays the published one`,
      ),
    );
    expect(await currentPublished()).toBe(kept);
    expect(await ask(articles.grading.question)).not.toMatch(articles.grading.fact);

    // Published now (ingest again, nothing new: the generation built before), then damaged before the replica
    // reads it: the replica is paused meanwhile, so the notice waits for it.
    replica.child.kill('SIGSTOP');
    let again;
    try {
      again = await ingest(machine3);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/index up to date: .*\nindex generation gen-[a-z0-9-]+ published: /);
      await sql.query(
        `UPDATE index_generation_parts SET data = set_byte(data, 10, (get_byte(data, 10) + 1) % 256)
         WHERE generation = $1 AND file = 'chunks.jsonl' AND part = 0`,
        [await currentPublished()],
      );
    } finally {
      replica.child.kill('SIGCONT');
    }
    const refused = await replica.waitFor(
      (record) => record.msg === 'could not take the published index generation; keeping the loaded one',
      20_000,
    );
    expect(JSON.stringify(refused.err)).toMatch(/hash mismatch: chunks\.jsonl/);
    expect(refused.answeringFrom).toBe(kept);
    expect(await ask(articles.grading.question)).not.toMatch(articles.grading.fact);
    expect(await ask(articles.stage.question)).toMatch(articles.stage.fact);
  });
});
