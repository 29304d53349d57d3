/**
 * MATCHCUT_DISCORD_SHARDS: the real `matchcut discord` (bin/matchcut.js) runs discord.js's
 * ShardingManager, which forks one real child process per shard, against the Discord stand-in
 * serving two shards and two guilds (one on each). Each guild's events reach only its shard, DMs
 * only shard 0, and only the child holding the digest channel's server runs the scheduled digest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDiscordShards } from '../../adapters/discord/sharding.js';
import { MatchcutError } from '../../src/errors.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { type BotReplica, type ReplicaLogRecord, startReplica } from '../scale/bot-replica.js';
import { DiscordStandIn, shardOfGuild } from '../stand-ins/discord-server.js';
import { freePort } from '../support/postgres-server.js';
import { isCallbackOf, isChannelPost, isOriginalEditOf, slashCommand, stringOption } from './discord-harness.js';

const applicationCommand = 2;

let template: TestCore;
const started: { standIn: DiscordStandIn; replica: BotReplica }[] = [];

async function startSharded(
  name: string,
  shards: string,
  env: (standIn: DiscordStandIn) => Record<string, string>,
): Promise<{ standIn: DiscordStandIn; replica: BotReplica }> {
  const standIn = await DiscordStandIn.start({ shards: 2, secondGuild: true });
  const replica = await startReplica({
    name,
    command: 'discord',
    templateDataDir: template.dataDir,
    env: {
      ...standIn.botEnv(),
      MATCHCUT_DISCORD_SHARDS: shards,
      ...env(standIn),
    },
  });
  started.push({ standIn, replica });
  return { standIn, replica };
}

const isMessage = (msg: string) => (record: ReplicaLogRecord) => record.msg === msg;

beforeAll(async () => {
  template = await createTestCore();
});

afterAll(async () => {
  for (const { replica, standIn } of started) {
    await replica.stop();
    await standIn.close();
  }
  await template?.cleanup();
});

describe('MATCHCUT_DISCORD_SHARDS', () => {
  it('is auto or a whole number; anything else is a CONFIG error naming it', () => {
    expect(readDiscordShards({})).toBeUndefined();
    expect(readDiscordShards({ MATCHCUT_DISCORD_SHARDS: 'auto' })).toBe('auto');
    expect(readDiscordShards({ MATCHCUT_DISCORD_SHARDS: ' 3 ' })).toBe(3);
    for (const bad of ['0', 'two', '1.5', '-2']) {
      let error: unknown;
      try {
        readDiscordShards({ MATCHCUT_DISCORD_SHARDS: bad });
      } catch (caught) {
        error = caught;
      }
      expect(error, bad).toBeInstanceOf(MatchcutError);
      expect(error).toMatchObject({ code: 'CONFIG', message: expect.stringMatching(/^MATCHCUT_DISCORD_SHARDS /) });
    }
  });

  // One run (children start one after another, 5.5 s apart, as Discord's IDENTIFY limit asks): `auto` takes the
  // count GET /gateway/bot recommends through DISCORD_API_URL (2); a number goes to the same manager.
  it('=auto (2 recommended): two shard processes; each guild answered by its shard, DMs by shard 0, one digest per tick', async () => {
    const healthPort = await freePort();
    const { standIn, replica } = await startSharded('shards-auto', 'auto', (server) => ({
      MATCHCUT_HEALTH_PORT: String(healthPort),
      MATCHCUT_DIGEST_CRON: '* * * * * *',
      MATCHCUT_DIGEST_CHANNEL: `discord:${server.generalChannelId}`,
    }));
    await replica.waitFor(isMessage('matchcut is running'), 60_000);
    const identifies = await standIn.waitForIdentifies(2, 30_000);
    expect(identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(standIn.requests.some((request) => request.path === '/gateway/bot' && request.status === 200)).toBe(true);
    // The manager is ready once both children report their shard ready; it alone serves the port.
    await replica.waitFor((record) => record.msg === 'Discord shard ready' && record.shardId === 1, 30_000);
    const ready = await fetch(`http://127.0.0.1:${healthPort}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, platforms: { discord: true } });

    // Each guild's GUILD_CREATE went only to its shard.
    const guildShards = standIn.deliveries
      .filter((delivery) => delivery.type === 'GUILD_CREATE')
      .map(({ id, shard }) => [id, shard]);
    expect(guildShards.sort()).toEqual(
      [
        [standIn.guildId, shardOfGuild(standIn.guildId, 2)],
        [standIn.secondGuildId, shardOfGuild(standIn.secondGuildId, 2)],
      ].sort(),
    );
    expect(shardOfGuild(standIn.guildId, 2)).not.toBe(shardOfGuild(standIn.secondGuildId, 2));

    const member = standIn.user('mina');
    const sent = [standIn.generalChannelId, standIn.secondGuildChannelId].map((channelId) =>
      standIn.interaction({
        type: applicationCommand,
        data: slashCommand('ask', [stringOption('question', 'Who trains production crews in Korea?')]),
        user: member,
        channelId,
      }),
    );
    for (const interaction of sent) await standIn.waitForRequest(isOriginalEditOf(interaction.token), 30_000);
    expect(sent.map((interaction) => standIn.deliveries.filter((delivery) => delivery.id === interaction.id))).toEqual([
      [{ shard: shardOfGuild(standIn.guildId, 2), type: 'INTERACTION_CREATE', id: sent[0]!.id }],
      [{ shard: shardOfGuild(standIn.secondGuildId, 2), type: 'INTERACTION_CREATE', id: sent[1]!.id }],
    ]);
    for (const interaction of sent) expect(standIn.requests.filter(isCallbackOf(interaction.id))).toHaveLength(1);

    const dm = standIn.dmChannelOf(member);
    const message = standIn.userMessage({ author: member, channelId: dm, content: 'What did KOCCA open in Vietnam?' });
    await standIn.waitForRequest(isChannelPost(dm), 30_000);
    expect(standIn.deliveries.filter((delivery) => delivery.id === message.id)).toEqual([
      { shard: 0, type: 'MESSAGE_CREATE', id: message.id },
    ]);

    // One child scheduled the digest: the one holding the channel's server; each tick's digest is posted once.
    const digestShard = shardOfGuild(standIn.guildId, 2);
    const scheduled = replica.records().filter(isMessage('scheduled the Discord digest'));
    expect(scheduled.map((record) => record.shardId)).toEqual([digestShard]);
    const posts = () => replica.records().filter(isMessage('scheduled digest posted'));
    const deadline = Date.now() + 15_000;
    while (posts().length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    const posted = posts();
    expect(posted.length).toBeGreaterThanOrEqual(2);
    expect(posted.every((record) => record.shardId === digestShard)).toBe(true);
    expect(replica.records().filter(isMessage('the scheduled digest failed; it will run again on schedule'))).toEqual(
      [],
    );
    expect(new Set(posted.map((record) => record.digestId)).size).toBe(posted.length);
    expect(standIn.requests.filter(isChannelPost(dm))).toHaveLength(1);
  }, 90_000);
});
