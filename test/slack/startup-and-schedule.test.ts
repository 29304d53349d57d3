/**
 * Starting and stopping: configuration problems named at start, a token Slack rejects,
 * the health route, the scheduled digest, and a digest too big for one message.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackApp } from '../../adapters/slack/app.js';
import { loadSlackConfig } from '../../adapters/slack/config.js';
import { startSlack } from '../../adapters/slack/main.js';
import type { Matchcut } from '../../src/core-types.js';
import { MatchcutError } from '../../src/errors.js';
import { type SlackWebApiStandIn, startSlackWebApiStandIn } from '../stand-ins/slack-web-api.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { createTestCore } from '../helpers/test-core.js';
import { seedProfiles } from './seed-profiles.js';

const botToken = 'xoxb-test-token';
let core: Matchcut;
let cleanupCore: () => Promise<void>;
let api: SlackWebApiStandIn | undefined;
const stops: Array<() => Promise<void>> = [];

beforeEach(async () => {
  const created = await createTestCore();
  core = created.core;
  cleanupCore = created.cleanup;
  await seedProfiles(core);
});
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
  await api?.close();
  api = undefined;
  await cleanupCore();
});

async function rejection(promise: Promise<unknown>): Promise<MatchcutError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MatchcutError) return error;
    throw error;
  }
  throw new Error('expected startSlack to fail');
}

const delay = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('startSlack', () => {
  it('fails at start naming the missing variable', async () => {
    const error = await rejection(
      startSlack({ env: { SLACK_BOT_TOKEN: botToken }, core, logger: createMemoryLogger().logger }),
    );
    expect(error.code).toBe('CONFIG');
    expect(error.message).toContain('Set SLACK_SIGNING_SECRET');
    expect(error.message).toContain('unset SLACK_BOT_TOKEN');
  });

  it('fails at start when Slack rejects the bot token, without logging it', async () => {
    api = await startSlackWebApiStandIn({ botToken: 'xoxb-the-real-one' });
    const log = createMemoryLogger();
    const error = await rejection(
      startSlack({
        env: { SLACK_BOT_TOKEN: 'xoxb-revoked-token', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: api.apiUrl },
        core,
        logger: log.logger,
        listen: { port: 0, host: '127.0.0.1' },
      }),
    );
    expect(error.code).toBe('CONFIG');
    expect(error.message).toMatch(
      /^Slack did not accept SLACK_BOT_TOKEN \(auth\.test at http:\/\/127\.0\.0\.1:\d+\/api\/ failed: invalid_auth\)/,
    );
    expect(log.lines.join('\n')).not.toContain('xoxb-revoked-token');
  });

  it('serves events and health checks (/live, /health, /ready) on the port, and stops cleanly', async () => {
    api = await startSlackWebApiStandIn({ botToken });
    const running = await startSlack({
      env: { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: api.apiUrl },
      core,
      logger: createMemoryLogger().logger,
      listen: { port: 0, host: '127.0.0.1' },
    });
    if (running.started.mode !== 'http') throw new Error('expected HTTP mode');
    const live = await fetch(`http://127.0.0.1:${running.started.port}/live`);
    expect(live.status).toBe(200);
    expect(await live.text()).toBe('ok');
    const health = await fetch(`http://127.0.0.1:${running.started.port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ healthy: true, index: true, store: true });
    const ready = await fetch(`http://127.0.0.1:${running.started.port}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, index: true, store: true, platforms: { slack: true } });
    await running.stop();
    await expect(fetch(`http://127.0.0.1:${running.started.port}/health`)).rejects.toThrow();
  });
});

describe('digests', () => {
  it('posts the scheduled digest on its own and stops with the app', async () => {
    api = await startSlackWebApiStandIn({ botToken });
    const config = loadSlackConfig({
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: api.apiUrl,
      MATCHCUT_DIGEST_CRON: '* * * * * *',
      MATCHCUT_DIGEST_CHANNEL: 'slack:C0SCHEDULED',
    });
    const slack = createSlackApp({ core, config, logger: createMemoryLogger().logger });
    await slack.start({ port: 0, host: '127.0.0.1' });
    stops.push(() => slack.stop());
    const post = await api.waitForCall('chat.postMessage', (call) => call.body.channel === 'C0SCHEDULED', 4_000);
    expect(post.response.ok).toBe(true);
    expect(String(post.body.text)).toMatch(/^Matchmaking digest: \d+ suggestions/);
    expect((post.body.blocks as Array<{ type: string }>).some((block) => block.type === 'actions')).toBe(true);
    await slack.stop();
    stops.length = 0;
    const count = api.callsTo('chat.postMessage').length;
    await delay(1_500);
    expect(api.callsTo('chat.postMessage')).toHaveLength(count);
  });

  it('splits a digest that would exceed 50 blocks into messages Slack accepts', async () => {
    api = await startSlackWebApiStandIn({ botToken });
    const config = loadSlackConfig({ SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: api.apiUrl });
    const slack: SlackApp = createSlackApp({ core, config, logger: createMemoryLogger().logger });
    await slack.start({ port: 0, host: '127.0.0.1' });
    stops.push(() => slack.stop());
    const { digest, timestamps } = await slack.postDigest('C0PARTNERS', { size: 12 });
    expect(digest.suggestions.length).toBeGreaterThanOrEqual(9);
    const posts = api.callsTo('chat.postMessage');
    expect(timestamps.length).toBeGreaterThan(1);
    expect(posts).toHaveLength(timestamps.length);
    for (const post of posts) {
      expect(post.response.ok).toBe(true);
      expect((post.body.blocks as unknown[]).length).toBeLessThanOrEqual(50);
    }
    const blocks = posts.flatMap((post) => post.body.blocks as Array<{ type: string; block_id?: string }>);
    expect(blocks.length).toBeGreaterThan(50);
    // Every suggestion keeps its buttons and status line, in order, however the digest was split.
    expect(blocks.filter((block) => block.type === 'actions').map((block) => block.block_id)).toEqual(
      digest.suggestions.map((_, index) => `feedback-${index + 1}`),
    );
    for (const post of posts) {
      const ids = (post.body.blocks as Array<{ block_id?: string }>).map((block) => block.block_id ?? '');
      for (const id of ids.filter((value) => value.startsWith('match-')))
        expect(ids).toContain(`status-${id.slice('match-'.length)}`);
    }
    // The same blocks in one message are what Slack refuses.
    await expect(
      slack.bolt.client.chat.postMessage({ channel: 'C0PARTNERS', text: 'all at once', blocks: blocks as never }),
    ).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
  });
});
