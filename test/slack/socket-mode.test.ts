/**
 * Socket Mode: the real Bolt app (SocketModeReceiver) gets its WebSocket URL from
 * apps.connections.open on the Web API stand-in, connects to the Socket Mode stand-in,
 * receives envelopes and acks them.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackApp } from '../../adapters/slack/app.js';
import { loadSlackConfig } from '../../adapters/slack/config.js';
import type { Matchcut } from '../../src/core-types.js';
import { type SlackSocketModeStandIn, startSlackSocketModeStandIn } from '../stand-ins/slack-socket-mode.js';
import { type SlackWebApiStandIn, startSlackWebApiStandIn } from '../stand-ins/slack-web-api.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { createTestCore } from '../helpers/test-core.js';

const appToken = 'xapp-1-test-app-token';
const botToken = 'xoxb-test-token';

let core: Matchcut;
let cleanupCore: () => Promise<void>;
let api: SlackWebApiStandIn;
let socket: SlackSocketModeStandIn;
let slack: SlackApp;

beforeAll(async () => {
  const created = await createTestCore();
  core = created.core;
  cleanupCore = created.cleanup;
});
afterAll(async () => {
  await cleanupCore();
});
beforeEach(async () => {
  api = await startSlackWebApiStandIn({ botToken, appToken });
  socket = await startSlackSocketModeStandIn();
  api.setSocketModeUrl(socket.url);
  const config = loadSlackConfig({ SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_API_URL: api.apiUrl });
  slack = createSlackApp({ core, config, logger: createMemoryLogger().logger });
  expect(await slack.start()).toEqual({ mode: 'socket' });
});
afterEach(async () => {
  await slack.stop();
  await socket.close();
  await api.close();
});

describe('Socket Mode', () => {
  it('connects with the app token and answers an app_mention that arrives over the socket', async () => {
    expect(api.callsTo('apps.connections.open')[0]?.token).toBe(appToken);
    expect(socket.connectionCount()).toBe(1);
    const envelopeId = socket.send('events_api', {
      token: 'legacy',
      team_id: api.teamId,
      api_app_id: 'A0TESTAPP',
      type: 'event_callback',
      event_id: 'Ev0SOCKET0001',
      event_time: 1_710_000_000,
      authorizations: [{ team_id: api.teamId, user_id: api.botUserId, is_bot: true }],
      event: {
        type: 'app_mention',
        user: 'U0MEMBER1',
        text: `<@${api.botUserId}> Who trains post-production crews in Korea?`,
        ts: '1710000000.000100',
        channel: 'C0GENERAL',
        event_ts: '1710000000.000100',
      },
    });
    const ack = await socket.waitForAck(envelopeId);
    expect(ack.payload).toEqual({});
    const post = await api.waitForCall('chat.postMessage');
    expect(post.token).toBe(botToken);
    expect(post.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1710000000.000100', unfurl_links: false });
    expect((post.body.blocks as Array<{ block_id?: string }>).some((block) => block.block_id === 'citation-1')).toBe(
      true,
    );

    // A retried envelope with the same event_id is acked but not answered again.
    const retry = socket.send(
      'events_api',
      {
        team_id: api.teamId,
        api_app_id: 'A0TESTAPP',
        type: 'event_callback',
        event_id: 'Ev0SOCKET0001',
        event_time: 1_710_000_000,
        authorizations: [{ team_id: api.teamId, user_id: api.botUserId, is_bot: true }],
        event: {
          type: 'app_mention',
          user: 'U0MEMBER1',
          text: `<@${api.botUserId}> Who trains post-production crews in Korea?`,
          ts: '1710000000.000100',
          channel: 'C0GENERAL',
        },
      },
      { retryAttempt: 1, retryReason: 'timeout' },
    );
    await socket.waitForAck(retry);
    await slack.idle();
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('acks a slash command over the socket with the reply in the ack payload', async () => {
    const envelopeId = socket.send('slash_commands', {
      token: 'legacy',
      team_id: api.teamId,
      channel_id: 'C0GENERAL',
      user_id: 'U0MEMBER1',
      command: '/matchcut',
      text: 'help',
      api_app_id: 'A0TESTAPP',
      response_url: api.responseUrl(),
      trigger_id: 'trigger-1',
    });
    const ack = await socket.waitForAck(envelopeId);
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/matchcut ask') });
  });
});
