/**
 * The ack-first HTTP receiver (adapters/slack/ack-first-receivers.ts) under a real Bolt App: a signed Events API
 * request is answered 200 before Bolt runs anything for it (middleware, listeners), which waits for the task
 * tracker's turn, with the event's retry headers kept; a bad signature is refused without reaching Bolt; a slash
 * command still reaches its listener at once and is acknowledged with the listener's reply.
 */
import type { Server } from 'node:http';
import { App } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { AckFirstHTTPReceiver } from '../../adapters/slack/ack-first-receivers.js';
import { createBoltLogger } from '../../adapters/slack/bolt-logger.js';
import { createTaskTracker } from '../../adapters/slack/task-tracker.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { eventCallback, postSignedForm, postSignedJson } from '../helpers/slack-signing.js';

const signingSecret = 'ack-first-secret';
let stop: (() => Promise<unknown>) | undefined;

afterEach(async () => {
  await stop?.();
  stop = undefined;
});

/** A real Bolt App on the receiver; what its middleware and listeners saw, in order. */
async function startApp() {
  const { logger } = createMemoryLogger();
  // A quiet moment of 400 ms: processing waits that long after the last request arrived.
  const tasks = createTaskTracker(logger, { quietMs: 400, maxHoldMs: 5_000 });
  const boltLogger = createBoltLogger(logger);
  const app = new App({
    receiver: new AckFirstHTTPReceiver({ signingSecret, logger: boltLogger }, tasks),
    authorize: async () => ({ botToken: 'xoxb-ack-first', botUserId: 'U0BOT', botId: 'B0BOT' }),
    logger: boltLogger,
  });
  const seen: string[] = [];
  const retries: (number | undefined)[] = [];
  app.use(async ({ next }) => {
    seen.push('middleware');
    await next();
  });
  app.event('app_mention', async ({ context }) => {
    seen.push('app_mention');
    retries.push(context.retryNum);
  });
  app.command('/matchcut', async ({ ack }) => {
    seen.push('command');
    await ack({ text: 'from the listener' });
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  stop = () => app.stop();
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/slack/events`, seen, retries, tasks };
}

const mention = (eventId: string) =>
  eventCallback({
    teamId: 'T0ACK',
    appId: 'A0ACK',
    botUserId: 'U0BOT',
    eventId,
    event: { type: 'app_mention', user: 'U0MEMBER', text: '<@U0BOT> hello', ts: '1710000000.000100', channel: 'C0ACK' },
  });

describe('the ack-first HTTP receiver', () => {
  it('acknowledges an event before Bolt runs anything for it, then processes it on its turn', async () => {
    const { url, seen, retries, tasks } = await startApp();
    const first = await postSignedJson(url, mention('Ev0ACK1'), { signingSecret });
    const retry = await postSignedJson(url, mention('Ev0ACK1'), { signingSecret, retryNum: 1 });
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect([first.body, retry.body]).toEqual(['', '']);
    // Both acknowledged; neither has reached Bolt's middleware yet (the tracker waits for a quiet moment).
    expect(seen).toEqual([]);
    await tasks.idle(10_000);
    expect(seen).toEqual(['middleware', 'app_mention', 'middleware', 'app_mention']);
    expect(retries).toEqual([undefined, 1]);
  });

  it('refuses a request with a bad signature without reaching Bolt', async () => {
    const { url, seen, tasks } = await startApp();
    const refused = await postSignedJson(url, mention('Ev0ACK2'), { signingSecret, signWith: 'not-the-secret' });
    expect(refused.status).toBe(401);
    await tasks.idle(10_000);
    expect(seen).toEqual([]);
  });

  it('passes a slash command to its listener at once, acknowledged with the listener reply', async () => {
    const { url, seen } = await startApp();
    const reply = await postSignedForm(
      url,
      {
        command: '/matchcut',
        text: 'help',
        team_id: 'T0ACK',
        user_id: 'U0MEMBER',
        channel_id: 'C0ACK',
        response_url: 'http://127.0.0.1:9/unused',
        trigger_id: '1.2.3',
      },
      { signingSecret },
    );
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ text: 'from the listener' });
    expect(seen).toEqual(['middleware', 'command']);
  });
});
