/**
 * Issue 14 on Slack, against the Web API stand-in with the real Bolt app and the real core:
 * votes recorded and changed, escalation that mentions only the organizers, /matchcut ask
 * answered privately then shared, the "Ask matchcut" message shortcut, and channel modes set by
 * an organizer and obeyed after a restart of the bot and the core.
 */
import { rm } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Matchcut } from '../../src/core-types.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';
import type { RecordedCall } from '../stand-ins/slack-web-api.js';
import { type SlackHarness, startSlackHarness } from './slack-harness.js';

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: Array<{ type?: string; text?: string | { text: string }; action_id?: string; value?: string }>;
};

const organizers = { SLACK_ORGANIZERS: 'U0ORGANIZER,S0ORGTEAM' };
const question = 'Where did IT Works Korea open an office?';
/** The machine running the suite is shared: answers may take a while. */
const slowMs = 30_000;

/** One core for the flows (each test gets its own bot); the restart test opens its own. */
let sharedCore: TestCore;
let testCore: TestCore | undefined;
let harness: SlackHarness | undefined;
let extraCore: Matchcut | undefined;

beforeAll(async () => {
  sharedCore = await createTestCore();
}, 120_000);
afterAll(async () => {
  await sharedCore.cleanup();
});

afterEach(async () => {
  await harness?.close();
  await extraCore?.close();
  if (testCore !== undefined) await rm(testCore.dataDir, { recursive: true, force: true });
  harness = undefined;
  extraCore = undefined;
  testCore = undefined;
});

async function start(environment: Record<string, string> = organizers): Promise<SlackHarness> {
  harness = await startSlackHarness(sharedCore.core, environment);
  return harness;
}

/** Answers take a while on a busy machine. */
const flowTimeoutMs = 90_000;

function buttonsOf(blocks: unknown): NonNullable<Block['elements']> {
  return ((blocks ?? []) as Block[])
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? []);
}

function button(blocks: unknown, actionId: string) {
  const found = buttonsOf(blocks).find((element) => element.action_id === actionId);
  if (found === undefined) throw new Error(`no ${actionId} button in ${JSON.stringify(blocks)}`);
  return found;
}

/** A click on a button of a message the bot posted in a channel (or of an ephemeral one: no message). */
function clickPayload(
  actionId: string,
  value: string | undefined,
  options: { userId: string; channel: string; message?: RecordedCall; responseId: string; api: SlackHarness['api'] },
) {
  const message = options.message;
  return {
    type: 'block_actions',
    user: { id: options.userId, username: options.userId.toLowerCase(), name: 'Mina Park', team_id: 'T0TEST01' },
    container:
      message === undefined
        ? { type: 'message', message_ts: '1700000099.000001', channel_id: options.channel, is_ephemeral: true }
        : { type: 'message', message_ts: message.response.ts, channel_id: options.channel, is_ephemeral: false },
    trigger_id: 'trigger-click',
    channel: { id: options.channel, name: 'general' },
    ...(message === undefined
      ? {}
      : {
          message: {
            type: 'message',
            user: options.api.botUserId,
            bot_id: options.api.botId,
            ts: message.response.ts,
            thread_ts: message.body.thread_ts,
            text: message.body.text,
            blocks: message.body.blocks,
          },
        }),
    response_url: options.api.responseUrl(options.responseId),
    actions: [{ type: 'button', action_id: actionId, block_id: 'answer-actions', value, action_ts: '1' }],
  };
}

/** Every `<…>` Slack would treat as a mention or a special link in a text. */
const slackMentions = (text: string) => [...text.matchAll(/<([@!#][^>]*)>/g)].map((match) => match[1]);

describe('Slack: answer feedback', () => {
  it(
    'records a vote under an answer and changes it; Not helpful offers Ask an organizer, which mentions only them',
    async () => {
      const { api, sendEvent, sendInteraction, slack } = await start();
      // A member's question carrying a channel-wide ping: the bot must never repeat it as one.
      await sendEvent({
        type: 'app_mention',
        user: 'U0MEMBER1',
        text: `<@${api.botUserId}> ${question} <!channel>`,
        ts: '1710000000.000100',
        channel: 'C0GENERAL',
      });
      const answerPost = await api.waitForCall('chat.postMessage', undefined, slowMs);
      expect(answerPost.body.thread_ts).toBe('1710000000.000100');
      const helpful = button(answerPost.body.blocks, 'matchcut_answer_helpful');
      const notHelpful = button(answerPost.body.blocks, 'matchcut_answer_not_helpful');
      expect(helpful.value).toBeTruthy();
      expect(notHelpful.value).toBe(helpful.value);
      const answerId = String(helpful.value);

      const where = { userId: 'U0MEMBER2', channel: 'C0GENERAL', message: answerPost, api };
      await sendInteraction(clickPayload('matchcut_answer_helpful', answerId, { ...where, responseId: 'vote-1' }));
      const first = await api.waitForResponsePost((post) => post.id === 'vote-1', slowMs);
      expect(first.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(String(first.body.text)).toMatch(/^Thanks, recorded \*Helpful\*\. \(1 helpful · 0 not helpful\)/);
      expect(buttonsOf(first.body.blocks)).toHaveLength(0);

      await sendInteraction(clickPayload('matchcut_answer_not_helpful', answerId, { ...where, responseId: 'vote-2' }));
      const second = await api.waitForResponsePost((post) => post.id === 'vote-2', slowMs);
      expect(String(second.body.text)).toMatch(/^Changed your vote to \*Not helpful\*\. \(0 helpful · 1 not helpful\)/);
      const escalateButton = button(second.body.blocks, 'matchcut_answer_escalate');

      // The store holds one vote per member: the changed one.
      const logged = await sharedCore.core.questions?.();
      expect(logged?.find((entry) => entry.id === answerId)).toMatchObject({
        question: `${question} @channel`,
        platform: 'slack',
        channelId: 'C0GENERAL',
        helpful: 0,
        notHelpful: 1,
      });

      await sendInteraction(
        clickPayload('matchcut_answer_escalate', escalateButton.value, {
          ...where,
          message: undefined,
          responseId: 'escalate',
        }),
      );
      const escalation = await api.waitForCall(
        'chat.postMessage',
        (call) => call.body.thread_ts !== undefined && call !== answerPost,
        slowMs,
      );
      await slack.idle();
      expect(escalation.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1710000000.000100' });
      const text = String(escalation.body.text);
      expect(text).toContain(question);
      // Exactly the organizers are mentioned: the user and the user group from SLACK_ORGANIZERS, nobody else.
      expect(slackMentions(text).sort()).toEqual(['!subteam^S0ORGTEAM', '@U0ORGANIZER']);
      expect(text).not.toContain('<!channel>');
      const blockText = ((escalation.body.blocks ?? []) as Block[]).map((block) => block.text?.text ?? '').join('\n');
      expect(slackMentions(blockText).sort()).toEqual(['!subteam^S0ORGTEAM', '@U0ORGANIZER']);
      const confirmation = await api.waitForResponsePost((post) => post.id === 'escalate', slowMs);
      expect(confirmation.body).toMatchObject({
        replace_original: true,
        text: 'I asked the organizers in the thread.',
      });
    },
    flowTimeoutMs,
  );

  it(
    'offers no Ask an organizer button when no organizers are configured',
    async () => {
      const { api, sendEvent, sendInteraction } = await start({});
      await sendEvent({
        type: 'app_mention',
        user: 'U0MEMBER1',
        text: `<@${api.botUserId}> ${question}`,
        ts: '1710000000.000200',
        channel: 'C0GENERAL',
      });
      const answerPost = await api.waitForCall('chat.postMessage', undefined, slowMs);
      const answerId = button(answerPost.body.blocks, 'matchcut_answer_not_helpful').value;
      await sendInteraction(
        clickPayload('matchcut_answer_not_helpful', answerId, {
          userId: 'U0MEMBER2',
          channel: 'C0GENERAL',
          message: answerPost,
          responseId: 'vote',
          api,
        }),
      );
      const vote = await api.waitForResponsePost((post) => post.id === 'vote', slowMs);
      expect(String(vote.body.text)).toMatch(/Not helpful/);
      expect(buttonsOf(vote.body.blocks)).toHaveLength(0);
    },
    flowTimeoutMs,
  );
  it(
    'offers no Ask an organizer button under an answer in a DM (nobody else is in it)',
    async () => {
      const { api, sendEvent, sendInteraction } = await start();
      await sendEvent({
        type: 'message',
        channel_type: 'im',
        channel: 'D0MEMBER1',
        user: 'U0MEMBER1',
        text: question,
        ts: '1710000000.000300',
      });
      const answerPost = await api.waitForCall('chat.postMessage', undefined, slowMs);
      const answerId = button(answerPost.body.blocks, 'matchcut_answer_not_helpful').value;
      const where = { userId: 'U0MEMBER1', channel: 'D0MEMBER1', message: answerPost, responseId: 'dm-vote', api };
      await sendInteraction(clickPayload('matchcut_answer_not_helpful', answerId, where));
      const vote = await api.waitForResponsePost((post) => post.id === 'dm-vote', slowMs);
      expect(String(vote.body.text)).toMatch(/Not helpful/);
      expect(buttonsOf(vote.body.blocks)).toHaveLength(0);
    },
    flowTimeoutMs,
  );
});

describe('Slack: private first', () => {
  it(
    'answers /matchcut ask ephemerally, then Share with channel posts the same answer attributed to the asker',
    async () => {
      const { api, sendCommand, sendInteraction, slack } = await start();
      await sendCommand(`ask ${question}`, { userId: 'U0MEMBER1', channelId: 'C0GENERAL' });
      const privateAnswer = await api.waitForResponsePost(undefined, slowMs);
      expect(privateAnswer.body.response_type).toBe('ephemeral');
      const share = button(privateAnswer.body.blocks, 'matchcut_answer_share');
      const answerId = button(privateAnswer.body.blocks, 'matchcut_answer_helpful').value;

      await sendInteraction(
        clickPayload('matchcut_answer_share', share.value, {
          userId: 'U0MEMBER1',
          channel: 'C0GENERAL',
          responseId: 'share',
          api,
        }),
      );
      const posts = async () => {
        await slack.idle();
        return api.responsePosts.filter((post) => post.id === 'share');
      };
      await api.waitForResponsePost((post) => post.id === 'share' && post.body.replace_original === true, slowMs);
      const [shared, replaced] = await posts();
      expect(shared?.body).toMatchObject({ response_type: 'in_channel', unfurl_links: false });
      expect(replaced?.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
      const sharedBlocks = shared?.body.blocks as Block[];
      const privateBlocks = privateAnswer.body.blocks as Block[];
      // The same answer: every section (answer text and citations) is identical.
      const sections = (blocks: Block[]) =>
        blocks.filter((block) => block.type === 'section').map((block) => block.text?.text);
      expect(sections(sharedBlocks)).toEqual(sections(privateBlocks));
      // Attributed to the asker by name (no ping), with the vote buttons of the same answer and no share button.
      const heading = sharedBlocks[0]?.elements?.[0]?.text;
      expect(heading).toBe(`*Q:* ${question} _(asked by Mina Park)_`);
      expect(slackMentions(JSON.stringify(sharedBlocks))).toEqual([]);
      expect(button(sharedBlocks, 'matchcut_answer_helpful').value).toBe(answerId);
      expect(buttonsOf(sharedBlocks).some((element) => element.action_id === 'matchcut_answer_share')).toBe(false);
    },
    flowTimeoutMs,
  );

  it(
    'escapes a shared answer attribution so a crafted name cannot ping',
    async () => {
      const { api, sendCommand, sendInteraction } = await start();
      await sendCommand(`ask ${question}`, { userId: 'U0MEMBER1', channelId: 'C0GENERAL' });
      const privateAnswer = await api.waitForResponsePost(undefined, slowMs);
      const share = button(privateAnswer.body.blocks, 'matchcut_answer_share');
      const payload = clickPayload('matchcut_answer_share', share.value, {
        userId: 'U0MEMBER1',
        channel: 'C0GENERAL',
        responseId: 'share',
        api,
      });
      await sendInteraction({ ...payload, user: { ...payload.user, name: '<!channel> boss' } });
      const shared = await api.waitForResponsePost(
        (post) => post.id === 'share' && post.body.response_type === 'in_channel',
        slowMs,
      );
      const heading = (shared.body.blocks as Block[])[0]?.elements?.[0]?.text;
      expect(heading).toContain('&lt;!channel&gt; boss');
      expect(slackMentions(JSON.stringify(shared.body.blocks))).toEqual([]);
    },
    flowTimeoutMs,
  );

  it(
    'does not share an answer in a channel where answers are off',
    async () => {
      const { api, sendCommand, sendInteraction, slack } = await start();
      const quiet = { platform: 'slack' as const, channelId: 'C0QUIET' };
      await sharedCore.core.channelSettings?.setMode(quiet, 'off', 'slack:U0ORGANIZER');
      await sendCommand(`ask ${question}`, { userId: 'U0MEMBER1', channelId: 'C0QUIET' });
      const privateAnswer = await api.waitForResponsePost(undefined, slowMs);
      expect(privateAnswer.body.response_type).toBe('ephemeral');
      const share = button(privateAnswer.body.blocks, 'matchcut_answer_share');
      const where = { userId: 'U0MEMBER1', channel: 'C0QUIET', responseId: 'share', api };
      await sendInteraction(clickPayload('matchcut_answer_share', share.value, where));
      const refusal = await api.waitForResponsePost((post) => post.id === 'share', slowMs);
      await slack.idle();
      expect(refusal.body).toMatchObject({
        response_type: 'ephemeral',
        text: expect.stringMatching(/^Answers are off/),
      });
      expect(api.responsePosts.filter((post) => post.body.response_type === 'in_channel')).toHaveLength(0);
      expect(api.callsTo('chat.postMessage')).toHaveLength(0);
    },
    flowTimeoutMs,
  );
});

describe('Slack: Ask matchcut message shortcut', () => {
  it(
    'is declared in the manifest and answers the selected message in its thread',
    async () => {
      const manifest = parse(await readFile(path.join(repositoryRoot, 'adapters/slack/manifest.yaml'), 'utf8')) as {
        features: { shortcuts?: { name: string; type: string; callback_id: string }[] };
      };
      expect(manifest.features.shortcuts).toContainEqual(
        expect.objectContaining({ name: 'Ask matchcut', type: 'message', callback_id: 'matchcut_ask_message' }),
      );
      const { api, sendInteraction, slack } = await start();
      const messageTs = api.addMessage({ channel: 'C0GENERAL', user: 'U0MEMBER2', text: question });
      await sendInteraction({
        type: 'message_action',
        callback_id: 'matchcut_ask_message',
        trigger_id: 'trigger-shortcut',
        response_url: api.responseUrl('shortcut'),
        user: { id: 'U0MEMBER1', username: 'member', name: 'Member One', team_id: 'T0TEST01' },
        channel: { id: 'C0GENERAL', name: 'general' },
        message_ts: messageTs,
        message: { type: 'message', user: 'U0MEMBER2', ts: messageTs, text: question },
      });
      const post = await api.waitForCall('chat.postMessage', undefined, slowMs);
      await slack.idle();
      expect(post.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: messageTs, unfurl_links: false });
      const expected = await sharedCore.core.ask(question);
      expect(String(post.body.text).startsWith(String(expected?.text.slice(0, 40)))).toBe(true);
      const answerId = button(post.body.blocks, 'matchcut_answer_helpful').value;
      const logged = await sharedCore.core.questions?.();
      expect(logged?.find((entry) => entry.id === answerId)).toMatchObject({
        question,
        platform: 'slack',
        channelId: 'C0GENERAL',
      });
    },
    flowTimeoutMs,
  );
});

describe('Slack: where it answers', () => {
  it(
    'lets organizers set a channel mode, refuses members, and obeys the modes after a restart',
    async () => {
      testCore = await createTestCore();
      const first = await startSlackHarness(testCore.core, organizers);
      harness = first;
      const setAuto = await first.sendCommand('settings auto', { userId: 'U0ORGANIZER', channelId: 'C0AUTO' });
      expect(setAuto.status).toBe(200);
      const autoReply = await first.api.waitForResponsePost(
        (post) => post.id === setAuto.responseUrl.split('/').pop(),
        slowMs,
      );
      expect(String(autoReply.body.text)).toMatch(/^Answers in <#C0AUTO> are now `auto`/);
      const setOff = await first.sendCommand('settings off', { userId: 'U0ORGANIZER', channelId: 'C0QUIET' });
      await first.api.waitForResponsePost((post) => post.id === setOff.responseUrl.split('/').pop(), slowMs);
      const refused = await first.sendCommand('settings off', { userId: 'U0MEMBER1', channelId: 'C0GENERAL' });
      const refusal = await first.api.waitForResponsePost(
        (post) => post.id === refused.responseUrl.split('/').pop(),
        slowMs,
      );
      expect(String(refusal.body.text)).toMatch(/^Sorry, only organizers can change where I answer/);
      await first.close();
      harness = undefined;

      // A restart: a new core on the same data folder, a new bot.
      const saved = testCore as TestCore;
      await saved.core.close();
      extraCore = await openMatchcut(saved.config, { logger: createSilentLogger() });
      const second = await startSlackHarness(extraCore, organizers);
      harness = second;
      const shown = await second.sendCommand('settings', { userId: 'U0MEMBER1', channelId: 'C0AUTO' });
      const shownReply = await second.api.waitForResponsePost(
        (post) => post.id === shown.responseUrl.split('/').pop(),
        slowMs,
      );
      expect(String(shownReply.body.text)).toMatch(/^Answers in <#C0AUTO>: `auto` \(set by an organizer\)/);

      const ungrounded = 'Which team won the 1998 football world cup final?';
      expect((await extraCore.ask(ungrounded)).grounded).toBe(false);
      expect((await extraCore.ask(question)).grounded).toBe(true);
      // auto: a question the sources cover is answered in its thread; chatter and uncovered questions are not.
      await second.sendEvent({
        type: 'message',
        channel: 'C0AUTO',
        channel_type: 'channel',
        user: 'U0MEMBER1',
        text: 'Lunch is at noon today, everyone.',
        ts: '1710000001.000100',
      });
      await second.sendEvent({
        type: 'message',
        channel: 'C0AUTO',
        channel_type: 'channel',
        user: 'U0MEMBER1',
        text: ungrounded,
        ts: '1710000001.000200',
      });
      await second.sendEvent({
        type: 'message',
        channel: 'C0AUTO',
        channel_type: 'channel',
        user: 'U0MEMBER1',
        text: question,
        ts: '1710000001.000300',
      });
      // off: not even a mention is answered; mention (the default) elsewhere: mentions only.
      await second.sendEvent({
        type: 'app_mention',
        channel: 'C0QUIET',
        user: 'U0MEMBER1',
        text: `<@${second.api.botUserId}> ${question}`,
        ts: '1710000002.000100',
      });
      await second.sendEvent({
        type: 'message',
        channel: 'C0GENERAL',
        channel_type: 'channel',
        user: 'U0MEMBER1',
        text: question,
        ts: '1710000003.000100',
      });
      await second.sendEvent({
        type: 'app_mention',
        channel: 'C0GENERAL',
        user: 'U0MEMBER1',
        text: `<@${second.api.botUserId}> ${question}`,
        ts: '1710000003.000200',
      });
      await second.api.waitForCalls('chat.postMessage', 2, slowMs);
      await second.slack.idle();
      const posts = second.api.callsTo('chat.postMessage').map((call) => [call.body.channel, call.body.thread_ts]);
      expect(posts.sort()).toEqual([
        ['C0AUTO', '1710000001.000300'],
        ['C0GENERAL', '1710000003.000200'],
      ]);
      expect(second.log.records().some((record) => record.msg === 'mention ignored: answers are off here')).toBe(true);
    },
    flowTimeoutMs,
  );
});
