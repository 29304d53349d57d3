/**
 * Two Slack replicas — the real `matchcut slack` in two processes, each with its own data folder, both
 * on one PostgreSQL (test/support/postgres-server.ts) and one Slack stand-in — answer each event once:
 * the same event delivered to both, and Slack's retries of it, get one answer; a replica killed after
 * acknowledging (its answer held up by a 429) leaves the event to the other, which takes it over when
 * a retry arrives after the lease (MATCHCUT_EVENT_LEASE_MS) has run out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCallback, postSignedJson } from '../helpers/slack-signing.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { startSlackWebApiStandIn, type SlackWebApiStandIn } from '../stand-ins/slack-web-api.js';
import { freePort, startPostgres, type PostgresServer } from '../support/postgres-server.js';
import { type BotReplica, type ReplicaLogRecord, startReplica } from './bot-replica.js';

const botToken = 'xoxb-replica-token';
const signingSecret = 'replica-signing-secret';
const teamId = 'T0REPLICA';
const leaseMs = 3_000;

let server: PostgresServer;
let template: TestCore;
let api: SlackWebApiStandIn;
const replicas: { replica: BotReplica; url: string }[] = [];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startSlackReplica(name: string): Promise<{ replica: BotReplica; url: string }> {
  const port = await freePort();
  const replica = await startReplica({
    name,
    command: 'slack',
    templateDataDir: template.dataDir,
    env: {
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
      MATCHCUT_DATABASE_URL: server.url,
      MATCHCUT_EVENT_LEASE_MS: String(leaseMs),
    },
  });
  await replica.waitFor((record) => record.msg === 'matchcut is running', 120_000);
  return { replica, url: `http://127.0.0.1:${port}/slack/events` };
}

function sendEvent(url: string, eventId: string, event: Record<string, unknown>, retryNum?: number) {
  const body = eventCallback({ teamId, appId: 'A0REPLICA', botUserId: api.botUserId, eventId, event });
  return postSignedJson(url, body, { signingSecret, ...(retryNum === undefined ? {} : { retryNum }) });
}

const mention = (ts: string, question: string) => ({
  type: 'app_mention',
  user: 'U0MEMBER1',
  text: `<@${api.botUserId}> ${question}`,
  ts,
  channel: 'C0GENERAL',
});

const isDuplicate = (eventId: string) => (record: ReplicaLogRecord) =>
  record.eventId === eventId &&
  typeof record.msg === 'string' &&
  record.msg.startsWith('duplicate Slack event ignored');

const answersIn = (threadTs: string) =>
  api.callsTo('chat.postMessage').filter((call) => call.body.thread_ts === threadTs && call.status === 200);

beforeAll(async () => {
  server = await startPostgres({ database: 'slack_replicas' });
  api = await startSlackWebApiStandIn({ botToken, teamId });
  template = await createTestCore();
  replicas.push(...(await Promise.all([startSlackReplica('slack-a'), startSlackReplica('slack-b')])));
});

afterAll(async () => {
  for (const { replica } of replicas) await replica.stop();
  await template?.cleanup();
  await api?.close();
  await server?.stop();
});

describe('two Slack replicas on one PostgreSQL', () => {
  it('answer an event delivered to both, and its retries, once', async () => {
    const [a, b] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    const event = mention('1710000100.000100', 'Who trains post-production crews in Korea?');
    const deliveries = await Promise.all([
      sendEvent(a.url, 'Ev0SHARED01', event),
      sendEvent(b.url, 'Ev0SHARED01', event),
    ]);
    const retries = await Promise.all([
      sendEvent(a.url, 'Ev0SHARED01', event, 1),
      sendEvent(b.url, 'Ev0SHARED01', event, 1),
      sendEvent(b.url, 'Ev0SHARED01', event, 2),
    ]);
    for (const response of [...deliveries, ...retries]) expect(response.status).toBe(200);
    await api.waitForCall('chat.postMessage', (call) => call.body.thread_ts === event.ts && call.status === 200);
    // Four of the five deliveries are dropped: in memory (a repeat to the same replica) or by the shared claim.
    const dropped = () => [a, b].flatMap(({ replica }) => replica.records().filter(isDuplicate('Ev0SHARED01')));
    for (let waited = 0; dropped().length < 4 && waited < 30_000; waited += 100) await pause(100);
    expect(dropped()).toHaveLength(4);
    const acrossReplicas = dropped().filter((record) => record.msg?.includes('claimed by another delivery'));
    expect(acrossReplicas.length).toBeGreaterThanOrEqual(1);
    expect(answersIn(event.ts)).toHaveLength(1);
  });

  it('leave an event whose replica was killed after its acknowledgement to the other, after the lease', async () => {
    const [a, b] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    const event = mention('1710000200.000100', 'What did KOCCA open in Vietnam?');
    // A's answer is held up: its post gets 429 with a long Retry-After, and it is killed meanwhile.
    api.rateLimit('chat.postMessage', 1, 120);
    expect((await sendEvent(a.url, 'Ev0KILLED01', event)).status).toBe(200);
    await api.waitForCall('chat.postMessage', (call) => call.body.thread_ts === event.ts && call.status === 429);
    await a.replica.kill();
    // A retry while A's lease lasts is acknowledged and dropped; one after it has run out is answered.
    expect((await sendEvent(b.url, 'Ev0KILLED01', event, 1)).status).toBe(200);
    const held = await b.replica.waitFor(isDuplicate('Ev0KILLED01'));
    expect(held).toMatchObject({ done: false, retryNum: 1 });
    await pause(leaseMs * 2);
    expect((await sendEvent(b.url, 'Ev0KILLED01', event, 2)).status).toBe(200);
    const takenOver = await b.replica.waitFor(
      (record) =>
        record.eventId === 'Ev0KILLED01' && record.msg === 'Slack event taken over: its earlier claim ran out',
    );
    expect(takenOver).toMatchObject({ retryNum: 2, attempt: 2 });
    await api.waitForCall('chat.postMessage', (call) => call.body.thread_ts === event.ts && call.status === 200);
    expect(answersIn(event.ts)).toHaveLength(1);
  });
});
