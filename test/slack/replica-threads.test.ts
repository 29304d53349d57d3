/**
 * Thread memory across replicas (issue 18 item 2): two Slack apps sharing the work (event claims on one
 * store) and one workspace (the Web API stand-in). A replica that saw a thread without the bot must
 * not keep ignoring it once another replica has answered there: replicas remember only where the bot
 * takes part, and read the thread (conversations.replies) otherwise. One process alone still
 * remembers threads without the bot (the second message there costs no call; see http-events.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackApp } from '../../adapters/slack/app.js';
import { loadSlackConfig } from '../../adapters/slack/config.js';
import { loadConfig } from '../../src/config/config.js';
import { type EventClaims, openEventClaims } from '../../src/store/claims/open-event-claims.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { eventCallback, postSignedJson } from '../helpers/slack-signing.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';
import { type SlackWebApiStandIn, startSlackWebApiStandIn } from '../stand-ins/slack-web-api.js';
import { botToken, signingSecret, teamId } from './slack-harness.js';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  cleanups = [];
});

let eventCounter = 0;

describe('Slack thread memory across replicas', () => {
  it('answers a follow-up on one replica after another replica joined the thread it had seen without the bot', async () => {
    const test: TestCore = await createTestCore();
    cleanups.push(() => test.cleanup());
    const api: SlackWebApiStandIn = await startSlackWebApiStandIn({ botToken, teamId });
    cleanups.push(() => api.close());
    const config = loadSlackConfig({
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: api.apiUrl,
    });
    const claims: EventClaims = await openEventClaims(
      loadConfig({ MATCHCUT_DATA_DIR: test.dataDir }, { cwd: test.dataDir, defaultKnowledgeDir: shippedKnowledgeDir }),
      { logger: createMemoryLogger().logger },
    );
    cleanups.push(() => claims.close());
    const replicas: { app: SlackApp; url: string; log: ReturnType<typeof createMemoryLogger> }[] = [];
    for (let index = 0; index < 2; index += 1) {
      const log = createMemoryLogger();
      const app = createSlackApp({ core: test.core, config, logger: log.logger, claims });
      const started = await app.start({ port: 0, host: '127.0.0.1' });
      cleanups.push(() => app.stop());
      if (started.mode !== 'http') throw new Error('expected HTTP mode');
      replicas.push({ app, url: `http://127.0.0.1:${started.port}/slack/events`, log });
    }
    const [first, second] = replicas as [(typeof replicas)[number], (typeof replicas)[number]];
    const send = async (replica: (typeof replicas)[number], event: Record<string, unknown>) => {
      eventCounter += 1;
      const body = eventCallback({
        teamId,
        appId: 'A0TESTAPP',
        botUserId: api.botUserId,
        eventId: `Ev0REPLICA${String(eventCounter).padStart(4, '0')}`,
        event,
      });
      const response = await postSignedJson(replica.url, body, { signingSecret });
      expect(response.status).toBe(200);
      await replica.app.idle();
    };
    const threadMessage = async (replica: (typeof replicas)[number], user: string, text: string, parent: string) => {
      const ts = api.addMessage({ channel: 'C0GENERAL', user, text, thread_ts: parent });
      await send(replica, {
        type: 'message',
        channel_type: 'channel',
        channel: 'C0GENERAL',
        user,
        text,
        ts,
        thread_ts: parent,
      });
      return ts;
    };

    // A thread without the bot, seen by the first replica.
    const parent = api.addMessage({ channel: 'C0GENERAL', user: 'U0OTHER', text: 'Anyone at the market this week?' });
    await threadMessage(first, 'U0MEMBER1', 'I am going on Tuesday', parent);
    expect(api.callsTo('chat.postMessage')).toHaveLength(0);

    // The bot is mentioned in that thread; the second replica answers there.
    const mention = `<@${api.botUserId}> Who trains post-production crews in Korea?`;
    const mentionTs = api.addMessage({ channel: 'C0GENERAL', user: 'U0MEMBER1', text: mention, thread_ts: parent });
    await send(second, {
      type: 'app_mention',
      user: 'U0MEMBER1',
      text: mention,
      ts: mentionTs,
      thread_ts: parent,
      channel: 'C0GENERAL',
    });
    await api.waitForCall('chat.postMessage', (call) => call.body.thread_ts === parent);

    // A follow-up without a mention reaches the first replica: it is answered, with the thread as history.
    await threadMessage(first, 'U0MEMBER1', 'When did they sign it?', parent);
    const answers = await api.waitForCalls('chat.postMessage', 2);
    expect(answers[1]?.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: parent });
    // The replica logs the answer once its post has returned, which can be a turn after the stand-in saw it.
    await first.log.waitFor((record) => record.msg === 'answered in Slack');
    const answered = first.log.records().filter((record) => record.msg === 'answered in Slack');
    expect(answered).toHaveLength(1);
    expect(answered[0]?.historyTurns).toBeGreaterThanOrEqual(2);
  });
});
