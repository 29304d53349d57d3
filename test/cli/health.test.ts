/**
 * Health checks for every run mode (issue 16 item 5): with MATCHCUT_HEALTH_PORT set, a Slack
 * Socket Mode run and a Discord run serve /live (alive) from the start, /health (index loaded, store
 * open; issue 18 item 1) and /ready (and platforms connected), which turn true once the core is open and both
 * platforms are connected — against the Slack and Discord stand-ins, with the real core.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startBots } from '../../adapters/cli/commands/bots.js';
import type { Matchcut } from '../../src/core-types.js';
import { runContextFor } from '../helpers/run-context.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { DiscordStandIn } from '../stand-ins/discord-server.js';
import { type SlackSocketModeStandIn, startSlackSocketModeStandIn } from '../stand-ins/slack-socket-mode.js';
import { type SlackWebApiStandIn, startSlackWebApiStandIn } from '../stand-ins/slack-web-api.js';

const botToken = 'xoxb-test-token';
const appToken = 'xapp-1-test-app-token';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address !== 'object') throw new Error('no port');
  return address.port;
}

async function get(port: number, path: string): Promise<{ status: number; body: string } | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: response.status, body: await response.text() };
  } catch {
    return undefined;
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  cleanups = [];
});

describe('/health and /ready on MATCHCUT_HEALTH_PORT', () => {
  it('Slack Socket Mode and Discord: alive at once, ready once the core is open and both are connected', async () => {
    const testCore: TestCore = await createTestCore();
    cleanups.push(() => testCore.cleanup());
    const slackApi: SlackWebApiStandIn = await startSlackWebApiStandIn({ botToken, appToken });
    const socket: SlackSocketModeStandIn = await startSlackSocketModeStandIn();
    slackApi.setSocketModeUrl(socket.url);
    const discord = await DiscordStandIn.start();
    cleanups.push(
      () => slackApi.close(),
      () => socket.close(),
      () => discord.close(),
    );

    const port = await freePort();
    const environment = {
      MATCHCUT_DATA_DIR: testCore.dataDir,
      MATCHCUT_HEALTH_PORT: String(port),
      SLACK_BOT_TOKEN: botToken,
      SLACK_APP_TOKEN: appToken,
      SLACK_API_URL: slackApi.apiUrl,
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
    };
    // The core opens only when the test says so: /ready must stay false until then.
    let openTheCore: () => void = () => undefined;
    const coreOpened = new Promise<Matchcut>((resolve) => {
      openTheCore = () => resolve(testCore.core);
    });
    const context = runContextFor({ environment, dataDir: testCore.dataDir, openCore: () => coreOpened });
    expect(context.config.healthPort).toBe(port);
    const starting = startBots(context, { slack: true, discord: true, discordWaitGuildTimeoutMs: 300 });
    starting.catch(() => undefined);

    const alive = await waitFor(() => get(port, '/live'), '/live');
    expect(alive).toEqual({ status: 200, body: 'ok' });
    // Not healthy before the core's index and store are open: a load balancer sends it no work yet.
    const unhealthy = await get(port, '/health');
    expect(unhealthy?.status).toBe(503);
    expect(JSON.parse(unhealthy?.body ?? '{}')).toEqual({ healthy: false, index: false, store: false });
    const early = await get(port, '/ready');
    expect(early?.status).toBe(503);
    expect(JSON.parse(early?.body ?? '{}')).toEqual({
      ready: false,
      index: false,
      store: false,
      platforms: { slack: false, discord: false },
    });

    openTheCore();
    const running = await starting;
    cleanups.push(() => running.stop());
    expect(running.health?.port).toBe(port);
    expect(socket.connectionCount()).toBe(1);
    const healthy = await get(port, '/health');
    expect(healthy?.status).toBe(200);
    expect(JSON.parse(healthy?.body ?? '{}')).toEqual({ healthy: true, index: true, store: true });
    const ready = await get(port, '/ready');
    expect(ready?.status).toBe(200);
    expect(JSON.parse(ready?.body ?? '{}')).toEqual({
      ready: true,
      index: true,
      store: true,
      platforms: { slack: true, discord: true },
    });
    expect((await get(port, '/nothing'))?.status).toBe(404);

    // Stopping closes the bots, the core and the health server.
    await running.stop();
    cleanups.pop();
    expect(testCore.core.readiness?.()).toEqual({ index: false, store: false });
    expect(await get(port, '/live')).toBeUndefined();
  }, 60_000);
});
