/**
 * Issue 14 on Discord, against the stand-in with the real discord.js client and the real core:
 * votes recorded and changed, escalation that mentions only the organizer role, /ask answered
 * privately then shared, the "Ask matchcut" message command answering in the message's thread,
 * and channel modes set by an organizer and obeyed after a restart of the bot and the core.
 */
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Matchcut } from '../../src/core-types.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { createTestCore, type TestCore as FullTestCore } from '../helpers/test-core.js';
import type { Json, RecordedRequest, StandInMessage } from '../stand-ins/discord-server.js';
import {
  bodyOf,
  buttonClick,
  type DiscordHarness,
  expectNoMentionsAllowed,
  isCallbackOf,
  isChannelPost,
  isFollowUpOf,
  isOriginalEditOf,
  slashCommand,
  startHarness,
  stringOption,
} from './discord-harness.js';

const command = 2;
const component = 3;
const ephemeral = 64;
const question = 'Where did IT Works Korea open an office?';
const flowTimeoutMs = 90_000;

let harness: DiscordHarness | undefined;
let ownCore: FullTestCore | undefined;
let reopened: Matchcut | undefined;

afterEach(async () => {
  await harness?.close();
  await reopened?.close();
  if (ownCore !== undefined) await rm(ownCore.dataDir, { recursive: true, force: true });
  harness = undefined;
  reopened = undefined;
  ownCore = undefined;
});

const contentOf = (request: RecordedRequest): string => String(bodyOf(request).content ?? '');

function customIds(payload: Json | StandInMessage | undefined): string[] {
  return [...JSON.stringify(payload?.components ?? []).matchAll(/"custom_id":"([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

const customIdStarting = (payload: Json | StandInMessage | undefined, prefix: string) => {
  const found = customIds(payload).find((id) => id.startsWith(prefix));
  if (found === undefined) throw new Error(`no ${prefix} button in ${JSON.stringify(payload?.components)}`);
  return found;
};

/** The bot's latest message in a channel. */
const lastBotMessage = (harnessNow: DiscordHarness, channelId: string) =>
  harnessNow.standIn
    .messagesIn(channelId)
    .filter((message) => message.author.id === harnessNow.standIn.botUser.id)
    .at(-1);

describe('Discord: answer feedback', () => {
  it(
    'records a vote and changes it; Ask an organizer mentions the organizer role and nobody else',
    async () => {
      harness = await startHarness();
      const { standIn } = harness;
      const member = standIn.user('jun');
      standIn.userMessage({
        author: member,
        channelId: standIn.generalChannelId,
        content: `<@${standIn.botUser.id}> ${question} @everyone`,
      });
      await standIn.waitForRequest(isChannelPost(standIn.generalChannelId), 30_000);
      const answer = lastBotMessage(harness, standIn.generalChannelId);
      const helpfulId = customIdStarting(answer, 'matchcut_answer_helpful:');
      const answerId = helpfulId.slice('matchcut_answer_helpful:'.length);
      expect(customIds(answer)).toContain(`matchcut_answer_not_helpful:${answerId}`);

      const voter = standIn.user('mina');
      const first = standIn.interaction({
        type: component,
        data: buttonClick(helpfulId),
        user: voter,
        message: answer,
      });
      const firstReply = await standIn.waitForRequest(isCallbackOf(first.id), 30_000);
      expect(bodyOf(firstReply)).toMatchObject({ type: 4, data: { flags: ephemeral } });
      expect(String((bodyOf(firstReply).data as Json).content)).toBe(
        'Thanks, recorded **Helpful**. (1 helpful · 0 not helpful)',
      );

      const second = standIn.interaction({
        type: component,
        data: buttonClick(`matchcut_answer_not_helpful:${answerId}`),
        user: voter,
        message: answer,
      });
      const secondReply = await standIn.waitForRequest(isCallbackOf(second.id), 30_000);
      const secondData = bodyOf(secondReply).data as Json;
      expect(String(secondData.content)).toMatch(
        /^Changed your vote to \*\*Not helpful\*\*\. \(0 helpful · 1 not helpful\)/,
      );
      const escalateId = customIdStarting(secondData, 'matchcut_answer_escalate:');
      const logged = await harness.core.questions?.();
      expect(logged?.find((entry) => entry.id === answerId)).toMatchObject({
        platform: 'discord',
        channelId: standIn.generalChannelId,
        helpful: 0,
        notHelpful: 1,
      });

      const ephemeralMessage = standIn.messagesIn(standIn.generalChannelId).at(-1);
      const escalate = standIn.interaction({
        type: component,
        data: buttonClick(escalateId),
        user: voter,
        message: ephemeralMessage,
      });
      const posts = await standIn.waitForRequests(isChannelPost(standIn.generalChannelId), 2, 30_000);
      const escalation = posts[1] as RecordedRequest;
      expect(contentOf(escalation)).toMatch(new RegExp(`^<@&${standIn.organizerRoleId}> `));
      expect(contentOf(escalation)).toContain(question);
      expect(contentOf(escalation)).not.toMatch(/@everyone/);
      // The one deliberate mention: exactly the organizer role may be pinged.
      expect(bodyOf(escalation).allowed_mentions).toEqual({
        parse: [],
        roles: [standIn.organizerRoleId],
        users: [],
        replied_user: false,
      });
      const done = await standIn.waitForRequest(isCallbackOf(escalate.id), 30_000);
      expect(bodyOf(done)).toMatchObject({
        type: 7,
        data: { content: 'I asked the organizers here.', components: [] },
      });
      // Every other payload pings nobody.
      const others = standIn.requests.filter((request) => request !== escalation);
      expect(expectNoMentionsAllowed({ ...standIn, requests: others } as typeof standIn)).toBeGreaterThan(3);
    },
    flowTimeoutMs,
  );
});

describe('Discord: private first', () => {
  it(
    'answers /ask ephemerally; Share with channel posts the same answer attributed to the asker',
    async () => {
      harness = await startHarness();
      const { standIn } = harness;
      const member = standIn.user('linh');
      const asked = standIn.interaction({
        type: command,
        data: slashCommand('ask', [stringOption('question', question)]),
        user: member,
      });
      const deferred = await standIn.waitForRequest(isCallbackOf(asked.id), 30_000);
      expect(bodyOf(deferred)).toMatchObject({ type: 5, data: { flags: ephemeral } });
      const edit = await standIn.waitForRequest(isOriginalEditOf(asked.token), 30_000);
      const shareId = customIdStarting(bodyOf(edit), 'matchcut_answer_share:');
      const answerId = customIdStarting(bodyOf(edit), 'matchcut_answer_helpful:');
      const privateAnswer = standIn.messagesIn(standIn.generalChannelId).at(-1);
      expect(privateAnswer?.flags).toBe(ephemeral);

      const clicked = standIn.interaction({
        type: component,
        data: buttonClick(shareId),
        user: member,
        message: privateAnswer,
      });
      const shared = await standIn.waitForRequest(isFollowUpOf(clicked.token), 30_000);
      const sharedBody = bodyOf(shared);
      expect(sharedBody.flags ?? 0).toBe(0);
      // The same answer: the private text, then who asked (shown as a mention that pings nobody).
      expect(contentOf(shared)).toBe(`${contentOf(edit)}\n\n-# Asked by <@${member.id}>`);
      expect(sharedBody.embeds).toEqual(bodyOf(edit).embeds);
      expect(sharedBody.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
      expect(customIds(sharedBody)).toEqual([answerId, answerId.replace('helpful', 'not_helpful')]);
      // The private copy loses its buttons.
      const cleared = await standIn.waitForRequest(
        (request) => isOriginalEditOf(clicked.token)(request) && Array.isArray(bodyOf(request).components),
        30_000,
      );
      expect(bodyOf(cleared).components).toEqual([]);
      expectNoMentionsAllowed(standIn);
    },
    flowTimeoutMs,
  );
});

describe('Discord: Ask matchcut message command', () => {
  it(
    'answers the selected message in a thread started on it',
    async () => {
      harness = await startHarness();
      const { standIn } = harness;
      const author = standIn.user('ara');
      const target = standIn.userMessage({ author, channelId: standIn.generalChannelId, content: question });
      const asker = standIn.user('jun');
      const sent = standIn.interaction({
        type: command,
        data: {
          id: '1600000000000000099',
          name: 'Ask matchcut',
          type: 3,
          target_id: target.id,
          resolved: { messages: { [target.id]: target } },
        },
        user: asker,
      });
      const inThread = await standIn.waitForRequest(isChannelPost(target.id), 30_000);
      const threadOpened = standIn.requests.find(
        (request) =>
          request.method === 'POST' &&
          request.path === `/channels/${standIn.generalChannelId}/messages/${target.id}/threads`,
      );
      expect(threadOpened).toBeDefined();
      expect(bodyOf(threadOpened as RecordedRequest).name).toBe(question);
      const expected = await harness.core.ask(question);
      expect(contentOf(inThread).startsWith(expected.text.slice(0, 40))).toBe(true);
      expect(customIds(bodyOf(inThread))[0]).toMatch(/^matchcut_answer_helpful:/);
      const pointer = await standIn.waitForRequest(isOriginalEditOf(sent.token), 30_000);
      expect(contentOf(pointer)).toBe(`Answered in <#${target.id}>.`);
      expect(expectNoMentionsAllowed(standIn)).toBeGreaterThan(1);
    },
    flowTimeoutMs,
  );
});

describe('Discord: where it answers', () => {
  it(
    'lets organizers set channel modes, refuses members, and obeys the modes after a restart',
    async () => {
      ownCore = await createTestCore();
      const first = ownCore;
      harness = await startHarness({ openCore: async () => ({ core: first.core, cleanup: () => first.core.close() }) });
      const { standIn } = harness;
      const organizer = standIn.user('organizer');
      const settings = (mode: string | undefined, channelId: string, roles: string[]) =>
        standIn.interaction({
          type: command,
          data: slashCommand('settings', mode === undefined ? [] : [stringOption('mode', mode)]),
          user: mode === undefined || roles.length > 0 ? organizer : standIn.user('member'),
          channelId,
          roles,
        });
      const auto = settings('auto', standIn.generalChannelId, [standIn.organizerRoleId]);
      expect(contentOf(await standIn.waitForRequest(isOriginalEditOf(auto.token), 30_000))).toMatch(
        /^Answers in <#\d+> are now `auto`.*DISCORD_MESSAGE_CONTENT=on/s,
      );
      const off = settings('off', standIn.matchmakingChannelId, [standIn.organizerRoleId]);
      await standIn.waitForRequest(isOriginalEditOf(off.token), 30_000);
      const refused = settings('off', standIn.generalChannelId, []);
      const refusal = await standIn.waitForRequest(isCallbackOf(refused.id), 30_000);
      expect(String((bodyOf(refusal).data as Json).content)).toMatch(/^Only organizers can change where I answer/);
      await harness.close();
      harness = undefined;

      // A restart: a new core on the same data folder, a new bot, now allowed to read messages (Message Content).
      reopened = await openMatchcut(first.config, { logger: createSilentLogger() });
      const core = reopened;
      harness = await startHarness({
        openCore: async () => ({ core, cleanup: async () => undefined }),
        env: { DISCORD_MESSAGE_CONTENT: 'on' },
        allowPrivilegedIntents: true,
      });
      const restarted = harness.standIn;
      const member = restarted.user('mina');
      const shown = restarted.interaction({
        type: command,
        data: slashCommand('settings'),
        user: member,
        channelId: restarted.generalChannelId,
      });
      expect(contentOf(await restarted.waitForRequest(isOriginalEditOf(shown.token), 30_000))).toMatch(
        /^Answers in <#\d+>: `auto` \(set by an organizer\)/,
      );
      // off: even a mention is not answered.
      restarted.userMessage({
        author: member,
        channelId: restarted.matchmakingChannelId,
        content: `<@${restarted.botUser.id}> ${question}`,
      });
      await harness.log.waitFor((record) => record.msg === 'mention ignored: answers are off here', 30_000);
      // auto: chatter is ignored; a question the sources cover is answered in a thread on it.
      restarted.userMessage({
        author: member,
        channelId: restarted.generalChannelId,
        content: 'Lunch is at noon, everyone.',
      });
      const asked = restarted.userMessage({ author: member, channelId: restarted.generalChannelId, content: question });
      const answered = await restarted.waitForRequest(isChannelPost(asked.id), 30_000);
      expect(contentOf(answered)).toContain('Samarkand');
      const threads = restarted.requests.filter(
        (request) => request.method === 'POST' && request.path.endsWith('/threads'),
      );
      expect(threads.map((request) => request.path)).toEqual([
        `/channels/${restarted.generalChannelId}/messages/${asked.id}/threads`,
      ]);
      expect(restarted.requests.some(isChannelPost(restarted.matchmakingChannelId))).toBe(false);
      expect(restarted.requests.some(isChannelPost(restarted.generalChannelId))).toBe(false);
    },
    flowTimeoutMs,
  );
});
