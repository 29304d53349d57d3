/**
 * The real Bolt app in HTTP mode, driven by signed Events API requests, answering through
 * the Web API stand-in with the real core.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Matchcut } from '../../src/core-types.js';
import { postSignedJson } from '../helpers/slack-signing.js';
import { createTestCore } from '../helpers/test-core.js';
import { botToken, signingSecret, type SlackHarness, startSlackHarness } from './slack-harness.js';

let core: Matchcut;
let cleanupCore: () => Promise<void>;
let harness: SlackHarness;

beforeAll(async () => {
  const created = await createTestCore();
  core = created.core;
  cleanupCore = created.cleanup;
});
afterAll(async () => {
  await cleanupCore();
});
beforeEach(async () => {
  harness = await startSlackHarness(core);
});
afterEach(async () => {
  await harness.close();
});

type Blocks = Array<{ type: string; block_id?: string; text?: { text: string }; elements?: Array<{ text?: string }> }>;

describe('Slack events over HTTP', () => {
  it('answers an app_mention in its thread with sources, links unfurled off', async () => {
    const response = await harness.sendEvent({
      type: 'app_mention',
      user: 'U0MEMBER1',
      text: `<@${harness.api.botUserId}> Who trains post-production crews in Korea?`,
      ts: '1710000000.000100',
      channel: 'C0GENERAL',
    });
    expect(response.status).toBe(200);
    const post = await harness.api.waitForCall('chat.postMessage');
    expect(post.token).toBe(botToken);
    expect(post.body).toMatchObject({
      channel: 'C0GENERAL',
      thread_ts: '1710000000.000100',
      unfurl_links: false,
      unfurl_media: false,
    });
    expect(post.response.ok).toBe(true);
    const blocks = post.body.blocks as Blocks;
    expect(blocks[0]?.block_id).toBe('answer-1');
    const citations = blocks.filter((block) => block.block_id?.startsWith('citation-'));
    expect(citations.length).toBeGreaterThan(0);
    for (const [index, citation] of citations.entries())
      expect(citation.text?.text).toMatch(new RegExp(`^\\*\\[${index + 1}\\] .+\\*\\n(?:.+\\n)?> .+`, 's'));
    expect(typeof post.body.text).toBe('string');
    expect(String(post.body.text)).toContain('Sources: [1]');
  });

  it('answers a retried event (same event_id, X-Slack-Retry-Num: 1) only once', async () => {
    const event = {
      type: 'app_mention',
      user: 'U0MEMBER1',
      text: `<@${harness.api.botUserId}> What did KOCCA open in Vietnam?`,
      ts: '1710000000.000200',
      channel: 'C0GENERAL',
    };
    const first = await harness.sendEvent(event, { eventId: 'Ev0RETRY0001' });
    expect(first.status).toBe(200);
    await harness.api.waitForCall('chat.postMessage');
    const retry = await harness.sendEvent(event, { eventId: 'Ev0RETRY0001', retryNum: 1, retryReason: 'http_timeout' });
    expect(retry.status).toBe(200);
    const ignored = await harness.log.waitFor((record) => record.msg === 'duplicate Slack event ignored');
    expect(ignored).toMatchObject({ eventId: 'Ev0RETRY0001', retryNum: 1, retryReason: 'http_timeout' });
    await harness.slack.idle();
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('rejects a bad signature and a stale timestamp without answering', async () => {
    const event = {
      type: 'app_mention',
      user: 'U0MEMBER1',
      text: `<@${harness.api.botUserId}> hello`,
      ts: '1710000000.000300',
      channel: 'C0GENERAL',
    };
    const forged = await harness.sendEvent(event, { signWith: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const stale = await harness.sendEvent(event, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);
    await harness.slack.idle();
    expect(harness.api.calls.map((call) => call.method)).toEqual(['auth.test']);
    // The same event, correctly signed, is answered: the rejections were about the signature.
    await harness.sendEvent(event);
    await harness.api.waitForCall('chat.postMessage');
  });

  it('answers the url_verification challenge when signed', async () => {
    const response = await postSignedJson(
      harness.url,
      { token: 'x', challenge: 'challenge-123', type: 'url_verification' },
      { signingSecret },
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ challenge: 'challenge-123' });
  });

  it('answers a direct message in its thread', async () => {
    await harness.sendEvent({
      type: 'message',
      channel_type: 'im',
      channel: 'D0MEMBER1',
      user: 'U0MEMBER1',
      text: 'Who signed the MOU with Netflix?',
      ts: '1710000000.000400',
    });
    const post = await harness.api.waitForCall('chat.postMessage');
    expect(post.body).toMatchObject({ channel: 'D0MEMBER1', thread_ts: '1710000000.000400', unfurl_links: false });
    expect((post.body.blocks as Blocks).some((block) => block.block_id === 'citation-1')).toBe(true);
  });

  it('answers a follow-up in a thread it takes part in, with the thread as history', async () => {
    const parent = harness.api.addMessage({
      channel: 'C0GENERAL',
      user: 'U0MEMBER1',
      text: `<@${harness.api.botUserId}> Who trains post-production crews in Korea?`,
    });
    await harness.sendEvent({
      type: 'app_mention',
      user: 'U0MEMBER1',
      text: `<@${harness.api.botUserId}> Who trains post-production crews in Korea?`,
      ts: parent,
      channel: 'C0GENERAL',
    });
    await harness.api.waitForCall('chat.postMessage');
    const followUpTs = harness.api.addMessage({
      channel: 'C0GENERAL',
      user: 'U0MEMBER1',
      text: 'When did they sign it?',
      thread_ts: parent,
    });
    await harness.sendEvent({
      type: 'message',
      channel_type: 'channel',
      channel: 'C0GENERAL',
      user: 'U0MEMBER1',
      text: 'When did they sign it?',
      ts: followUpTs,
      thread_ts: parent,
    });
    const answers = await harness.api.waitForCalls('chat.postMessage', 2);
    expect(answers[1]?.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: parent });
    const replies = harness.api.callsTo('conversations.replies');
    expect(replies.at(-1)?.body).toMatchObject({ channel: 'C0GENERAL', ts: parent });
    // The history the core received: the first question and the bot's answer (not the follow-up itself).
    await harness.slack.idle();
    const answered = harness.log.records().filter((record) => record.msg === 'answered in Slack');
    expect(answered.map((record) => record.historyTurns)).toEqual([0, 2]);
  });

  it('stays out of threads it does not take part in and out of plain channel chatter', async () => {
    const parent = harness.api.addMessage({ channel: 'C0GENERAL', user: 'U0OTHER', text: 'Lunch?' });
    const replyTs = harness.api.addMessage({
      channel: 'C0GENERAL',
      user: 'U0MEMBER1',
      text: 'Sure',
      thread_ts: parent,
    });
    await harness.sendEvent({
      type: 'message',
      channel_type: 'channel',
      channel: 'C0GENERAL',
      user: 'U0MEMBER1',
      text: 'Sure',
      ts: replyTs,
      thread_ts: parent,
    });
    await harness.sendEvent({
      type: 'message',
      channel_type: 'channel',
      channel: 'C0GENERAL',
      user: 'U0MEMBER1',
      text: 'Who trains crews?',
      ts: '1710000000.000900',
    });
    await harness.api.waitForCall('conversations.replies');
    await harness.slack.idle();
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(0);
    // The next reply in that thread is recognised without asking Slack again.
    const againTs = harness.api.addMessage({
      channel: 'C0GENERAL',
      user: 'U0OTHER',
      text: 'Noodles?',
      thread_ts: parent,
    });
    await harness.sendEvent({
      type: 'message',
      channel_type: 'channel',
      channel: 'C0GENERAL',
      user: 'U0OTHER',
      text: 'Noodles?',
      ts: againTs,
      thread_ts: parent,
    });
    await harness.log.waitFor(
      (record) => record.msg === 'message in a thread without the bot ignored' && record.ts === againTs,
    );
    await harness.slack.idle();
    expect(harness.api.callsTo('conversations.replies')).toHaveLength(1);
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('ignores its own messages and other bots, and answers the person after them', async () => {
    const { botUserId, botId } = harness.api;
    await harness.sendEvent({
      type: 'message',
      channel_type: 'im',
      channel: 'D0MEMBER1',
      user: botUserId,
      bot_id: botId,
      text: 'an answer of mine',
      ts: '1710000001.000100',
    });
    await harness.sendEvent({
      type: 'message',
      subtype: 'bot_message',
      channel_type: 'im',
      channel: 'D0MEMBER1',
      bot_id: 'B0OTHERBOT',
      text: '<!channel> buy now',
      ts: '1710000001.000200',
    });
    await harness.sendEvent({
      type: 'message',
      channel_type: 'im',
      channel: 'D0MEMBER1',
      user: 'U0OTHERBOT',
      bot_id: 'B0OTHERBOT',
      text: 'question from a bot',
      ts: '1710000001.000300',
    });
    await harness.sendEvent({
      type: 'app_mention',
      channel: 'C0GENERAL',
      user: 'U0OTHERBOT',
      bot_id: 'B0OTHERBOT',
      text: `<@${botUserId}> loop?`,
      ts: '1710000001.000400',
    });
    for (const ts of ['1710000001.000100', '1710000001.000200', '1710000001.000300', '1710000001.000400']) {
      await harness.log.waitFor((record) => record.msg === 'bot message ignored' && record.ts === ts);
    }
    await harness.sendEvent({
      type: 'message',
      channel_type: 'im',
      channel: 'D0MEMBER1',
      user: 'U0MEMBER1',
      text: 'Who signed the MOU?',
      ts: '1710000001.000500',
    });
    await harness.api.waitForCall('chat.postMessage');
    await harness.slack.idle();
    const posts = harness.api.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body.thread_ts).toBe('1710000001.000500');
  });

  it('retries chat.postMessage after a 429 once Retry-After has passed', async () => {
    harness.api.rateLimit('chat.postMessage', 1, 1);
    await harness.sendEvent({
      type: 'message',
      channel_type: 'im',
      channel: 'D0MEMBER1',
      user: 'U0MEMBER1',
      text: 'Who signed the MOU?',
      ts: '1710000002.000100',
    });
    const [limited, accepted] = await harness.api.waitForCalls('chat.postMessage', 2, 15_000);
    expect(limited?.status).toBe(429);
    expect(accepted?.status).toBe(200);
    expect(accepted?.response.ok).toBe(true);
    expect((accepted?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
    expect(accepted?.body).toEqual(limited?.body);
  }, 20_000);

  it('replies with a safe message when the core rejects the question', async () => {
    await harness.sendEvent({
      type: 'message',
      channel_type: 'im',
      channel: 'D0MEMBER1',
      user: 'U0MEMBER1',
      text: `Why ${'really '.repeat(2_000)}?`,
      ts: '1710000003.000100',
    });
    const post = await harness.api.waitForCall('chat.postMessage');
    expect(post.body.thread_ts).toBe('1710000003.000100');
    expect(String(post.body.text)).toMatch(
      /^The question is \d+ characters long; keep it to 2,000 characters or fewer/,
    );
    expect(
      harness.log
        .records()
        .some((record) => record.msg === 'answering a question failed' && record.code === 'BAD_INPUT'),
    ).toBe(true);
  });

  it('never logs the bot token or the signing secret', async () => {
    await harness.sendEvent({
      type: 'message',
      channel_type: 'im',
      channel: 'D0MEMBER1',
      user: 'U0MEMBER1',
      text: 'Who signed the MOU?',
      ts: '1710000004.000100',
    });
    await harness.api.waitForCall('chat.postMessage');
    await harness.slack.idle();
    const everything = harness.log.lines.join('\n');
    expect(harness.log.lines.length).toBeGreaterThan(5);
    expect(everything).toContain('http request url');
    expect(everything).not.toContain(botToken);
    expect(everything).not.toContain(signingSecret);
  });
});
