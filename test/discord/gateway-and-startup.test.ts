/**
 * The connection itself, with the real discord.js Client against the Discord stand-in:
 * op 7 → RESUME at resume_gateway_url with replay, 429 → wait and retry, and start-up
 * failures that name the variable to fix.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscord } from '../../adapters/discord/main.js';
import { MatchcutError } from '../../src/errors.js';
import { DiscordStandIn, type RecordedRequest } from '../stand-ins/discord-server.js';
import {
  bodyOf,
  type DiscordHarness,
  expectNoMentionsAllowed,
  isChannelPost,
  isOriginalEditOf,
  slashCommand,
  startHarness,
  stringOption,
  type TestCore,
} from './discord-harness.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { createTestCore } from '../helpers/test-core.js';

const applicationCommand = 2;

let harness: DiscordHarness | undefined;
let standIn: DiscordStandIn | undefined;
let testCore: TestCore | undefined;

afterEach(async () => {
  try {
    if (harness !== undefined) expect(expectNoMentionsAllowed(harness.standIn)).toBeGreaterThan(0);
  } finally {
    await harness?.close();
    await standIn?.close();
    await testCore?.cleanup();
    harness = undefined;
    standIn = undefined;
    testCore = undefined;
  }
});

describe('Discord: gateway', () => {
  it('resumes the session after op 7, replays what it missed and keeps answering', async () => {
    harness = await startHarness();
    const { standIn: server } = harness;
    const sessionId = server.sessionId;
    const member = server.user('mina');

    server.requestReconnect();
    await server.waitForDisconnect();
    const sequenceWhenAway = server.sequence;
    // Sent while the client is away: Discord replays it after RESUME.
    const missed = server.interaction({
      type: applicationCommand,
      data: slashCommand('ask', [stringOption('question', 'Who trains production crews in Korea?')]),
      user: member,
    });

    const resume = await server.waitForResume();
    expect(resume).toMatchObject({ path: '/resume', sessionId, sequence: sequenceWhenAway, token: server.token });
    await server.waitForRequest(isOriginalEditOf(missed.token));

    const after = server.interaction({
      type: applicationCommand,
      data: slashCommand('ask', [stringOption('question', 'What did IT Works Korea open in Samarkand?')]),
      user: member,
    });
    const edit = await server.waitForRequest(isOriginalEditOf(after.token));
    expect(String(bodyOf(edit).content)).toMatch(/Samarkand/);
    // Resumed, not re-identified; the old connection closed with the resume code.
    expect(server.identifies).toHaveLength(1);
    expect(server.closeCodes[0]).toBe(4200);
    expect(harness.log.records().some((record) => record.msg === 'Discord gateway session resumed')).toBe(true);
  });

  it('waits for Retry-After and retries a message post answered 429', async () => {
    harness = await startHarness();
    const { standIn: server } = harness;
    server.rateLimitNext('POST', /^\/channels\/\d+\/messages$/, 1, 1);
    server.userMessage({
      author: server.user('jun'),
      channelId: server.generalChannelId,
      content: `<@${server.botUser.id}> What did IT Works Korea open in Samarkand?`,
    });

    const posts = await server.waitForRequests(
      (request) => request.method === 'POST' && request.path === `/channels/${server.generalChannelId}/messages`,
      2,
    );
    const [limited, retried] = posts as [RecordedRequest, RecordedRequest];
    expect(limited.status).toBe(429);
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual(limited.body);
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(900);
    expect(
      server.messagesIn(server.generalChannelId).filter((message) => message.author.id === server.botUser.id),
    ).toHaveLength(1);
    expect(harness.log.records().some((record) => record.msg === 'Discord rate limit: waiting before retrying')).toBe(
      true,
    );
  });
});

describe('Discord: start-up', () => {
  async function startFailure(
    environment: (server: DiscordStandIn) => Record<string, string | undefined>,
  ): Promise<MatchcutError> {
    standIn = await DiscordStandIn.start();
    testCore = await createTestCore();
    const server = standIn;
    try {
      const running = await startDiscord({
        env: environment(server),
        core: testCore.core,
        logger: createMemoryLogger().logger,
        waitGuildTimeoutMs: 300,
      });
      await running.stop();
    } catch (error) {
      if (error instanceof MatchcutError) return error;
      throw error;
    }
    throw new Error('expected startDiscord to fail');
  }

  it('fails before connecting when a variable is missing, naming it', async () => {
    const error = await startFailure((server) => ({ DISCORD_TOKEN: server.token, DISCORD_API_URL: server.apiUrl }));
    expect(error.code).toBe('CONFIG');
    expect(error.message).toMatch(/^DISCORD_APPLICATION_ID is missing/);
    expect(standIn?.requests).toHaveLength(0);
  });

  it('fails when Discord rejects the token, naming DISCORD_TOKEN', async () => {
    const error = await startFailure((server) => ({
      DISCORD_TOKEN: 'not-the-token',
      DISCORD_APPLICATION_ID: server.applicationId,
      DISCORD_API_URL: server.apiUrl,
    }));
    expect(error.code).toBe('CONFIG');
    expect(error.message).toMatch(/Discord rejected DISCORD_TOKEN/);
    expect(standIn?.requests[0]).toMatchObject({ path: '/gateway/bot', status: 401 });
  });

  it('fails when DISCORD_APPLICATION_ID is not the application of the token, and disconnects', async () => {
    const error = await startFailure((server) => ({
      DISCORD_TOKEN: server.token,
      DISCORD_APPLICATION_ID: '1100000000000000999',
      DISCORD_API_URL: server.apiUrl,
    }));
    expect(error.code).toBe('CONFIG');
    expect(error.message).toMatch(
      /^DISCORD_APPLICATION_ID is 1100000000000000999 but DISCORD_TOKEN belongs to application 1100000000000000001/,
    );
    await standIn?.waitForDisconnect();
  });

  it('says it cannot reach Discord, pointing at DISCORD_API_URL, when nothing answers there', async () => {
    // A port that was just free: nothing listens there.
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await startFailure((server) => ({
      DISCORD_TOKEN: server.token,
      DISCORD_APPLICATION_ID: server.applicationId,
      DISCORD_API_URL: `http://127.0.0.1:${port}/api`,
    }));
    expect(error.code).toBe('UPSTREAM');
    expect(error.message).toMatch(
      /Could not reach Discord \(ECONNREFUSED\) while logging in to Discord: check the network, or DISCORD_API_URL/,
    );
  });

  it('explains a gateway refusal of its intents (close code 4014)', async () => {
    const error = await startFailure((server) => {
      // Refuse even the plain Guilds intent, as Discord does for intents an application may not use.
      server.disallowedIntents = 1;
      return {
        DISCORD_TOKEN: server.token,
        DISCORD_APPLICATION_ID: server.applicationId,
        DISCORD_API_URL: server.apiUrl,
      };
    });
    expect(error.code).toBe('CONFIG');
    expect(error.message).toMatch(/Discord refused the gateway intents/);
    expect(standIn?.identifies[0]?.refusedWith).toBe(4014);
  });

  it('posts nothing that allows mentions while answering in a channel, a thread and a DM', async () => {
    harness = await startHarness();
    const { standIn: server } = harness;
    const mention = `<@${server.botUser.id}>`;
    const member = server.user('jun');
    server.userMessage({
      author: member,
      channelId: server.generalChannelId,
      content: `${mention} @everyone who trains production crews in Korea?`,
    });
    server.userMessage({
      author: member,
      channelId: server.threadChannelId,
      content: `${mention} <@&${server.organizerRoleId}> what did IT Works Korea open?`,
    });
    const dm = server.dmChannelOf(member);
    server.userMessage({ author: member, channelId: dm, content: '@here hello?' });
    await Promise.all(
      [server.generalChannelId, server.threadChannelId, dm].map((channelId) =>
        server.waitForRequest(isChannelPost(channelId)),
      ),
    );
    expect(expectNoMentionsAllowed(server)).toBeGreaterThanOrEqual(3);
  });
});
