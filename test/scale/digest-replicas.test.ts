/**
 * A digest schedule across Slack replicas — the real `matchcut slack` in separate processes with their
 * own data folders, one PostgreSQL, one Slack stand-in, the same MATCHCUT_DIGEST_CRON. Three replicas
 * post one digest per tick: each tick's (schedule, fire time) row is claimed once, one replica chooses
 * and posts that tick's digest, and no digest message is posted twice. A replica killed mid-digest
 * leaves the tick to another, which takes it over after the lease and posts only the missing parts.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { startSlackWebApiStandIn, type SlackWebApiStandIn } from '../stand-ins/slack-web-api.js';
import { freePort, startPostgres, type PostgresServer } from '../support/postgres-server.js';
import { type BotReplica, startReplica } from './bot-replica.js';

const botToken = 'xoxb-digest-token';
const channel = 'C0DIGESTS';
const takeoverChannel = 'C0TAKEOVER';
const leaseMs = 3_000;

let server: PostgresServer;
let template: TestCore;
let api: SlackWebApiStandIn;
const started: BotReplica[] = [];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startDigestReplica(
  name: string,
  schedule: { channel: string; cron: string; size: number; community: string },
): Promise<BotReplica> {
  const replica = await startReplica({
    name,
    command: 'slack',
    templateDataDir: template.dataDir,
    env: {
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: 'digest-signing-secret',
      SLACK_API_URL: api.apiUrl,
      PORT: String(await freePort()),
      MATCHCUT_DATABASE_URL: server.url,
      MATCHCUT_EVENT_LEASE_MS: String(leaseMs),
      MATCHCUT_DIGEST_CRON: schedule.cron,
      MATCHCUT_DIGEST_CHANNEL: `slack:${schedule.channel}`,
      MATCHCUT_DIGEST_SIZE: String(schedule.size),
      MATCHCUT_COMMUNITY: schedule.community,
    },
  });
  started.push(replica);
  await replica.waitFor((record) => record.msg === 'matchcut is running', 120_000);
  return replica;
}

interface RunRow {
  schedule_id: string;
  fire_time: string;
  attempts: number;
  done: boolean;
}

async function query<Row extends pg.QueryResultRow>(text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

/** The suggestion ids a digest message carries (its feedback buttons' values). */
function suggestionIdsOf(blocks: unknown): string[] {
  const list = Array.isArray(blocks) ? (blocks as { type?: string; elements?: { value?: unknown }[] }[]) : [];
  return list
    .filter((block) => block.type === 'actions')
    .flatMap((block) => (block.elements ?? []).map((element) => element.value))
    .filter((value): value is string => typeof value === 'string');
}

beforeAll(async () => {
  server = await startPostgres({ database: 'digest_replicas' });
  api = await startSlackWebApiStandIn({ botToken });
  template = await createTestCore();
});

afterAll(async () => {
  for (const replica of started) await replica.stop();
  await template?.cleanup();
  await api?.close();
  await server?.stop();
});

describe('a digest schedule across three Slack replicas', () => {
  it('posts one digest per tick', async () => {
    const schedule = { channel, cron: '*/4 * * * * *', size: 3, community: 'per-tick' };
    const replicas = await Promise.all(
      ['digest-a', 'digest-b', 'digest-c'].map((name) => startDigestReplica(name, schedule)),
    );
    const doneRuns = () =>
      query<RunRow>(
        'SELECT schedule_id, fire_time, attempts, done_at IS NOT NULL AS done FROM schedule_runs ' +
          `WHERE schedule_id = 'slack-digest:${channel}' ORDER BY fire_time`,
      );
    // Three ticks that every replica saw (all three were running before the first of them).
    for (let waited = 0; (await doneRuns()).filter((run) => run.done).length < 3 && waited < 60_000; waited += 500)
      await pause(500);
    const runs = (await doneRuns()).filter((run) => run.done);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const run of runs) expect(run).toMatchObject({ schedule_id: `slack-digest:${channel}`, attempts: 1 });

    const records = replicas.flatMap((replica) => replica.records());
    for (const run of runs.slice(0, 3)) {
      const posting = records.filter(
        (record) => record.msg === 'posting the scheduled digest' && record.tick === run.fire_time,
      );
      const elsewhere = records.filter(
        (record) => record.msg === 'scheduled run claimed by another replica' && record.fireTime === run.fire_time,
      );
      expect(posting).toHaveLength(1);
      expect(elsewhere.length + posting.length).toBeLessThanOrEqual(3);
    }
    const firstTick = runs[0]!.fire_time;
    const digests = await query<{ id: string }>(
      `SELECT id FROM digests WHERE community = 'per-tick' AND created_at >= '${firstTick}' AND created_at < '${runs[2]!.fire_time}'`,
    );
    // Ticks two apart: the digests chosen between the first and the third tick are those of two ticks.
    expect(digests).toHaveLength(2);
    const posts = api
      .callsTo('chat.postMessage')
      .filter((call) => call.body.channel === channel && call.status === 200);
    expect(posts.length).toBeGreaterThan(0);
    // Each suggestion's buttons carry its id; each suggestion is posted in one message, once.
    const postedIds = posts.flatMap((call) => [...new Set(suggestionIdsOf(call.body.blocks))]);
    expect(postedIds.length).toBeGreaterThan(0);
    expect(new Set(postedIds).size).toBe(postedIds.length);
    for (const replica of replicas) await replica.stop();
  });
});

/** A cron pattern firing once a day, at the local second `at` falls in. */
function dailyAt(at: Date): string {
  return `${at.getSeconds()} ${at.getMinutes()} ${at.getHours()} * * *`;
}

describe('a replica killed mid-digest', () => {
  it('leaves the tick to another, which posts only the parts not yet posted', async () => {
    // One tick, far enough ahead for both replicas to be running (and watching) when it fires: a replica
    // started after a tick never watches it. A community of its own: none of its pairs was suggested yet,
    // so the digest is long (several messages).
    const tick = new Date(Math.ceil((Date.now() + 30_000) / 1000) * 1000);
    const schedule = { channel: takeoverChannel, cron: dailyAt(tick), size: 12, community: 'takeover' };
    // The first part goes out; the next gets 429 with a long Retry-After, and its poster is killed meanwhile.
    api.rateLimit('chat.postMessage', 1, 120, 1);
    const replicas = await Promise.all(['takeover-a', 'takeover-b'].map((name) => startDigestReplica(name, schedule)));
    expect(Date.now(), 'both replicas must be running before the tick').toBeLessThan(tick.getTime());
    const toChannel = (call: { body: Record<string, unknown> }) => call.body.channel === takeoverChannel;
    await api.waitForCall('chat.postMessage', (call) => toChannel(call) && call.status === 200, 90_000);
    await api.waitForCall('chat.postMessage', (call) => toChannel(call) && call.status === 429);
    const poster = replicas.find((replica) =>
      replica.records().some((record) => record.msg === 'posting the scheduled digest'),
    );
    const other = replicas.find((replica) => replica !== poster);
    expect(poster).toBeDefined();
    await poster!.kill();
    const takenOver = await other!.waitFor(
      (record) => record.msg === 'scheduled run taken over: its claim ran out',
      60_000,
    );
    expect(takenOver).toMatchObject({ scheduleId: `slack-digest:${takeoverChannel}`, attempt: 2 });
    const resumed = await other!.waitFor((record) => record.msg === 'digest posted', 60_000);
    expect(resumed.alreadyPosted).toBe(1);
    const [digest] = await query<{ id: string; state: string; parts: number; posted: number }>(
      `SELECT d.id, d.state, COUNT(p.part_index)::integer AS parts, COUNT(p.posted_at)::integer AS posted
       FROM digests d JOIN digest_parts p ON p.community = d.community AND p.digest_id = d.id
       WHERE d.id = '${String(resumed.digestId)}' GROUP BY d.id, d.state`,
    );
    expect(digest).toMatchObject({ state: 'posted' });
    expect(digest!.parts).toBeGreaterThan(1);
    expect(digest!.posted).toBe(digest!.parts);
    const posts = api.callsTo('chat.postMessage').filter((call) => toChannel(call) && call.status === 200);
    expect(posts).toHaveLength(digest!.parts);
    const postedIds = posts.flatMap((call) => [...new Set(suggestionIdsOf(call.body.blocks))]);
    expect(new Set(postedIds).size).toBe(postedIds.length);
  });
});
