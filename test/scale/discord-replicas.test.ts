/**
 * Two Discord replicas — the real `matchcut discord` in two processes with their own data folders, on
 * one PostgreSQL — handle an interaction or a message once when both receive it: each replica runs
 * against its own gateway stand-in (test/stand-ins/discord-server.ts serves one session), and the same
 * INTERACTION_CREATE or MESSAGE_CREATE (same id) is dispatched to both; the id is claimed, so one
 * replica answers and the other drops it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { DiscordStandIn, type RecordedRequest } from '../stand-ins/discord-server.js';
import { isCallbackOf, slashCommand, stringOption } from '../discord/discord-harness.js';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';
import { type BotReplica, type ReplicaLogRecord, startReplica } from './bot-replica.js';

const applicationCommand = 2;

let server: PostgresServer;
let template: TestCore;
const pairs: { standIn: DiscordStandIn; replica: BotReplica }[] = [];

async function startDiscordReplica(name: string): Promise<{ standIn: DiscordStandIn; replica: BotReplica }> {
  const standIn = await DiscordStandIn.start();
  const replica = await startReplica({
    name,
    command: 'discord',
    templateDataDir: template.dataDir,
    env: {
      ...standIn.botEnv(),
      MATCHCUT_DATABASE_URL: server.url,
    },
  });
  pairs.push({ standIn, replica });
  await replica.waitFor((record) => record.msg === 'matchcut is running', 120_000);
  return { standIn, replica };
}

const duplicateOf = (what: string) => (record: ReplicaLogRecord) =>
  record.msg === `duplicate ${what} ignored: claimed by another delivery`;

/** Resolves with the index of the first stand-in that records a matching request. */
function firstToAnswer(standIns: DiscordStandIn[], predicate: (request: RecordedRequest) => boolean) {
  return Promise.any(standIns.map(async (standIn, index) => (await standIn.waitForRequest(predicate, 60_000), index)));
}

/**
 * Brings the stand-ins' id counters level (a replica's replies take ids from its own stand-in), so the
 * next interaction or message gets the same id on both. A user is the cheapest thing that takes an id.
 */
function alignIds(standIns: DiscordStandIn[]): void {
  let last = standIns.map((standIn) => BigInt(standIn.user('probe').id));
  for (let round = 0; new Set(last).size > 1 && round < 1_000; round += 1) {
    const highest = last.reduce((a, b) => (a > b ? a : b));
    last = standIns.map((standIn, index) => (last[index]! < highest ? BigInt(standIn.user('probe').id) : last[index]!));
  }
}

beforeAll(async () => {
  server = await startPostgres({ database: 'discord_replicas' });
  template = await createTestCore();
  // One after the other: each stand-in then hands out the same ids in the same order.
  await startDiscordReplica('discord-a');
  await startDiscordReplica('discord-b');
});

afterAll(async () => {
  for (const { replica, standIn } of pairs) {
    await replica.stop();
    await standIn.close();
  }
  await template?.cleanup();
  await server?.stop();
});

describe('two Discord replicas on one PostgreSQL', () => {
  it('answer an interaction both receive once', async () => {
    const standIns = pairs.map((pair) => pair.standIn);
    alignIds(standIns);
    const sent = standIns.map((standIn) =>
      standIn.interaction({
        type: applicationCommand,
        data: slashCommand('ask', [stringOption('question', 'Who trains production crews in Korea?')]),
        user: standIn.user('mina'),
      }),
    );
    expect(sent[1]!.id).toBe(sent[0]!.id);
    const answering = await firstToAnswer(standIns, isCallbackOf(sent[0]!.id));
    const other = pairs[1 - answering]!;
    const dropped = await other.replica.waitFor(duplicateOf('Discord interaction'));
    expect(dropped).toMatchObject({ interactionId: sent[0]!.id });
    expect(other.standIn.requests.filter(isCallbackOf(sent[0]!.id))).toHaveLength(0);
  });

  it('answer a mention both receive once', async () => {
    const standIns = pairs.map((pair) => pair.standIn);
    alignIds(standIns);
    const before = standIns.map((standIn) => standIn.requests.length);
    const sentAt = Date.now();
    const posted = standIns.map((standIn) =>
      standIn.userMessage({
        author: standIn.user('jun'),
        channelId: standIn.generalChannelId,
        content: `<@${standIn.botUser.id}> What did KOCCA open in Vietnam?`,
      }),
    );
    expect(posted[1]!.id).toBe(posted[0]!.id);
    const isReply = (request: RecordedRequest) =>
      request.method === 'POST' &&
      request.path.startsWith('/channels/') &&
      request.status === 200 &&
      request.at >= sentAt;
    const answering = await firstToAnswer(standIns, isReply);
    const other = pairs[1 - answering]!;
    const dropped = await other.replica.waitFor(duplicateOf('Discord message'));
    expect(dropped).toMatchObject({ messageId: posted[0]!.id });
    expect(other.standIn.requests.slice(before[1 - answering]).filter(isReply)).toHaveLength(0);
  });
});
