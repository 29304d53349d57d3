/**
 * `matchcut serve` with Slack and Discord in one process and one MATCHCUT_DIGEST_CHANNEL naming a
 * channel on each ("slack:C…,discord:…"): each platform posts its own scheduled digest to its own
 * channel (issue 18 item 3), against the Slack and Discord stand-ins with the real core.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startBots } from '../../adapters/cli/commands/bots.js';
import { bodyOf, isChannelPost } from '../discord/discord-harness.js';
import { runContextFor } from '../helpers/run-context.js';
import { createTestCore } from '../helpers/test-core.js';
import { DiscordStandIn } from '../stand-ins/discord-server.js';
import { startSlackSocketModeStandIn } from '../stand-ins/slack-socket-mode.js';
import { startSlackWebApiStandIn } from '../stand-ins/slack-web-api.js';

const botToken = 'xoxb-test-token';
const appToken = 'xapp-1-test-app-token';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  cleanups = [];
});

describe('scheduled digests on Slack and Discord at once', () => {
  it('posts one digest to the Slack channel and one to the Discord channel of the same list', async () => {
    const testCore = await createTestCore();
    cleanups.push(() => testCore.cleanup());
    const slackApi = await startSlackWebApiStandIn({ botToken, appToken });
    const socket = await startSlackSocketModeStandIn();
    slackApi.setSocketModeUrl(socket.url);
    const discord = await DiscordStandIn.start();
    cleanups.push(
      () => slackApi.close(),
      () => socket.close(),
      () => discord.close(),
    );
    const environment = {
      MATCHCUT_DATA_DIR: testCore.dataDir,
      SLACK_BOT_TOKEN: botToken,
      SLACK_APP_TOKEN: appToken,
      SLACK_API_URL: slackApi.apiUrl,
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      MATCHCUT_DIGEST_CRON: '* * * * * *',
      MATCHCUT_DIGEST_CHANNEL: `slack:C0SCHEDULED, discord:${discord.matchmakingChannelId}`,
    };
    const context = runContextFor({ environment, dataDir: testCore.dataDir, openCore: async () => testCore.core });
    const running = await startBots(context, { slack: true, discord: true, discordWaitGuildTimeoutMs: 300 });
    cleanups.push(() => running.stop());

    const slackPost = await slackApi.waitForCall(
      'chat.postMessage',
      (call) => call.body.channel === 'C0SCHEDULED',
      8_000,
    );
    expect(String(slackPost.body.text)).toMatch(/^Matchmaking digest/);
    const discordPost = await discord.waitForRequest(
      (request) => isChannelPost(discord.matchmakingChannelId)(request) && Array.isArray(bodyOf(request).components),
    );
    expect(discordPost.method).toBe('POST');
    // Neither platform posts into the other's channel.
    expect(slackApi.callsTo('chat.postMessage').every((call) => call.body.channel === 'C0SCHEDULED')).toBe(true);
  }, 60_000);
});
