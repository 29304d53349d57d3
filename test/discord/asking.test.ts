/**
 * Asking on Discord, end to end: the real discord.js Client against the Discord stand-in, the
 * real core on a temporary directory. /ask, mentions, thread and reply-chain follow-ups, DMs,
 * splitting of long answers, errors, and no payload that allows a mention.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { renderAnswer } from '../../adapters/discord/render.js';
import { createTestCore, type TestCore as OpenedTestCore } from '../helpers/test-core.js';
import type { RecordedRequest } from '../stand-ins/discord-server.js';
import { type OpenAiStandIn, startOpenAiStandIn } from '../stand-ins/openai-server.js';
import {
  bodyOf,
  buttonClick,
  type DiscordHarness,
  embedsOf,
  expectNoMentionsAllowed,
  isCallbackOf,
  isChannelPost,
  isFollowUpOf,
  isOriginalEditOf,
  slashCommand,
  startHarness,
  stringOption,
  type TestCore,
} from './discord-harness.js';

const applicationCommand = 2;
const deferredChannelMessage = 5;
const ephemeral = 64;

let harness: DiscordHarness | undefined;
let model: OpenAiStandIn | undefined;

// The tests without a model share one real core (shipped knowledge, index, SQLite file; its ask workers start
// once, not per test): each test still starts its own stand-in and discord.js client, whose `stop` leaves the
// core open (the core belongs to the caller), so the harness's cleanup of it is a no-op and the file closes it.
let sharedCore: Promise<OpenedTestCore> | undefined;
const openSharedCore = async (): Promise<TestCore> => {
  sharedCore ??= createTestCore();
  const { core } = await sharedCore;
  return { core, cleanup: async () => {} };
};
afterAll(async () => (await sharedCore)?.cleanup());

afterEach(async () => {
  try {
    // Every test also checks that nothing the bot sent could ping anyone.
    if (harness !== undefined) expect(expectNoMentionsAllowed(harness.standIn)).toBeGreaterThan(0);
  } finally {
    await harness?.close();
    await model?.close();
    harness = undefined;
    model = undefined;
  }
});

const contentOf = (request: RecordedRequest): string => String(bodyOf(request).content ?? '');

// The question asks "where" (it asked "what did … open in Samarkand?", which the typed offline answerer now
// refuses — an answer-quality regression noted on the answers issue); these tests are about Discord.
describe('Discord: asking', () => {
  it('reaches READY asking only for non-privileged intents (Guilds, GuildMessages, DirectMessages)', async () => {
    harness = await startHarness({ openCore: openSharedCore });
    const identify = await harness.standIn.waitForIdentify();
    expect(identify.intents).toBe(1 | (1 << 9) | (1 << 12));
    expect(harness.standIn.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', status: 200 });
    // A payload for the afterEach check: the bot answers once it is ready.
    const user = harness.standIn.user('mina');
    const sent = harness.standIn.interaction({
      type: applicationCommand,
      data: slashCommand('ask', [stringOption('question', 'Who trains production crews in Korea?')]),
      user,
    });
    await harness.standIn.waitForRequest(isOriginalEditOf(sent.token));
  });

  it('defers /ask at once, then edits the original response with the answer and an embed of numbered sources', async () => {
    harness = await startHarness({ openCore: openSharedCore });
    const question = 'Who trains production crews in Korea?';
    const expected = await harness.core.ask(question);
    expect(expected.citations.length).toBeGreaterThan(0);
    const user = harness.standIn.user('mina');
    const dispatchedAt = Date.now();
    const sent = harness.standIn.interaction({
      type: applicationCommand,
      data: slashCommand('ask', [stringOption('question', question)]),
      user,
    });

    const callback = await harness.standIn.waitForRequest(isCallbackOf(sent.id));
    expect(bodyOf(callback).type).toBe(deferredChannelMessage);
    expect(callback.at - dispatchedAt).toBeLessThan(3_000);
    const edit = await harness.standIn.waitForRequest(isOriginalEditOf(sent.token));
    expect(harness.standIn.requests.indexOf(callback)).toBeLessThan(harness.standIn.requests.indexOf(edit));

    expect(contentOf(edit)).toBe(renderAnswer(expected, { question })[0]?.content);
    expect(contentOf(edit)).toMatch(/\[1\]/);
    const [sources] = embedsOf(edit);
    expect(sources?.title).toBe(expected.grounded ? 'Sources' : 'Closest sources (they do not answer the question)');
    const description = String(sources?.description ?? '');
    for (const citation of expected.citations) {
      expect(description).toContain(`**[${citation.n}]**`);
      expect(description).toContain(citation.title.slice(0, 40));
      for (const detail of [citation.outlet, citation.published])
        if (detail !== undefined) expect(description).toContain(detail);
      expect(description).toContain(`> ${citation.quote.replace(/\s+/g, ' ').slice(0, 40)}`);
    }
  });

  it('replies to a mention with a message reference, reading the question without MessageContent', async () => {
    harness = await startHarness({ openCore: openSharedCore });
    const { standIn } = harness;
    const question = 'Where did IT Works Korea open an office?';
    const expected = await harness.core.ask(question);
    const posted = standIn.userMessage({
      author: standIn.user('jun'),
      channelId: standIn.generalChannelId,
      content: `<@${standIn.botUser.id}> ${question}`,
    });

    const reply = await standIn.waitForRequest(isChannelPost(standIn.generalChannelId));
    expect(bodyOf(reply).message_reference).toMatchObject({ message_id: posted.id, fail_if_not_exists: false });
    expect(contentOf(reply)).toBe(renderAnswer(expected)[0]?.content);
    expect(embedsOf(reply)[0]?.title).toBe('Sources');
    expect(standIn.requests.some((request) => request.path === `/channels/${standIn.generalChannelId}/typing`)).toBe(
      true,
    );
  });

  it('uses the thread as history for a follow-up (and skips chatter it cannot read)', async () => {
    harness = await startHarness({ openCore: openSharedCore });
    const { standIn, core } = harness;
    const firstQuestion = 'Where did IT Works Korea open an office?';
    const followUp = 'How many people does it employ?';
    const member = standIn.user('jun');
    const mention = `<@${standIn.botUser.id}>`;

    standIn.userMessage({ author: member, channelId: standIn.threadChannelId, content: `${mention} ${firstQuestion}` });
    await standIn.waitForRequest(isChannelPost(standIn.threadChannelId));
    // Chatter without a mention: Discord blanks its content for a bot without MessageContent.
    standIn.userMessage({ author: standIn.user('ara'), channelId: standIn.threadChannelId, content: 'lunch anyone?' });
    standIn.userMessage({ author: member, channelId: standIn.threadChannelId, content: `${mention} ${followUp}` });
    const replies = await standIn.waitForRequests(isChannelPost(standIn.threadChannelId), 2);

    const first = await core.ask(firstQuestion);
    const withHistory = await core.ask(followUp, {
      history: [
        { role: 'user', text: firstQuestion },
        { role: 'assistant', text: first.text },
      ],
    });
    const withoutHistory = await core.ask(followUp);
    const expected = renderAnswer(withHistory)[0]?.content;
    // The test only means something if the conversation changes the answer.
    expect(expected).not.toBe(renderAnswer(withoutHistory)[0]?.content);
    expect(contentOf(replies[1] as RecordedRequest)).toBe(expected);
    expect(
      standIn.requests.some(
        (request) => request.method === 'GET' && request.path === `/channels/${standIn.threadChannelId}/messages`,
      ),
    ).toBe(true);
  });

  it('counts a shared /ask answer in a thread as part of the conversation for a follow-up', async () => {
    harness = await startHarness({ openCore: openSharedCore });
    const { standIn, core } = harness;
    const firstQuestion = 'Where did IT Works Korea open an office?';
    const followUp = 'How many people does it employ?';
    const member = standIn.user('jun');
    const asked = standIn.interaction({
      type: applicationCommand,
      data: slashCommand('ask', [stringOption('question', firstQuestion)]),
      user: member,
      channelId: standIn.threadChannelId,
    });
    await standIn.waitForRequest(isOriginalEditOf(asked.token));
    // The answer is private (/ask): shared with the channel, it becomes part of the thread's conversation.
    const privateAnswer = standIn
      .messagesIn(standIn.threadChannelId)
      .find((message) => JSON.stringify(message.components).includes('matchcut_answer_share:'));
    const shareId = /"custom_id":"(matchcut_answer_share:[^"]+)"/.exec(JSON.stringify(privateAnswer?.components));
    const clicked = standIn.interaction({
      type: 3,
      data: buttonClick(shareId?.[1] ?? ''),
      user: member,
      message: privateAnswer,
    });
    await standIn.waitForRequest(isFollowUpOf(clicked.token));
    standIn.userMessage({
      author: member,
      channelId: standIn.threadChannelId,
      content: `<@${standIn.botUser.id}> ${followUp}`,
    });
    const reply = await standIn.waitForRequest(isChannelPost(standIn.threadChannelId));

    const first = await core.ask(firstQuestion);
    const expected = await core.ask(followUp, {
      history: [
        { role: 'user', text: firstQuestion },
        { role: 'assistant', text: first.text },
      ],
    });
    expect(contentOf(reply)).toBe(renderAnswer(expected)[0]?.content);
  });

  it('uses the reply chain as history when a member replies to an answer', async () => {
    harness = await startHarness({ openCore: openSharedCore });
    const { standIn, core } = harness;
    const firstQuestion = 'Where did IT Works Korea open an office?';
    const followUp = 'How many people does it employ?';
    const member = standIn.user('jun');
    const question = standIn.userMessage({
      author: member,
      channelId: standIn.generalChannelId,
      content: `<@${standIn.botUser.id}> ${firstQuestion}`,
    });
    await standIn.waitForRequest(isChannelPost(standIn.generalChannelId));
    const answer = standIn
      .messagesIn(standIn.generalChannelId)
      .find((message) => message.author.id === standIn.botUser.id);
    expect(answer?.message_reference).toMatchObject({ message_id: question.id });

    // A reply pings the bot (it is in `mentions`), so Discord delivers the content.
    standIn.userMessage({ author: member, channelId: standIn.generalChannelId, content: followUp, replyTo: answer });
    const replies = await standIn.waitForRequests(isChannelPost(standIn.generalChannelId), 2);

    const first = await core.ask(firstQuestion);
    const expected = await core.ask(followUp, {
      history: [
        { role: 'user', text: firstQuestion },
        { role: 'assistant', text: first.text },
      ],
    });
    expect(contentOf(replies[1] as RecordedRequest)).toBe(renderAnswer(expected)[0]?.content);
  });

  it('answers a direct message without a mention (DM channels need Partials.Channel)', async () => {
    harness = await startHarness({ openCore: openSharedCore });
    const { standIn } = harness;
    const member = standIn.user('linh');
    const channelId = standIn.dmChannelOf(member);
    const question = 'Who trains production crews in Korea?';
    standIn.userMessage({ author: member, channelId, content: question });
    const reply = await standIn.waitForRequest(isChannelPost(channelId));
    expect(contentOf(reply)).toBe(renderAnswer(await harness.core.ask(question))[0]?.content);
  });

  it('ignores other bots and guild messages that do not mention it', async () => {
    harness = await startHarness({ openCore: openSharedCore });
    const { standIn } = harness;
    const mention = `<@${standIn.botUser.id}>`;
    standIn.userMessage({
      author: standIn.otherBot('echo-bot'),
      channelId: standIn.generalChannelId,
      content: `${mention} Who trains production crews in Korea?`,
    });
    standIn.userMessage({
      author: standIn.user('ara'),
      channelId: standIn.generalChannelId,
      content: 'Who trains production crews in Korea?',
    });
    const human = standIn.userMessage({
      author: standIn.user('jun'),
      channelId: standIn.generalChannelId,
      content: `${mention} Where did IT Works Korea open an office?`,
    });
    await standIn.waitForRequest(isChannelPost(standIn.generalChannelId));
    // Let anything else the bot might still send arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const posts = standIn.requests.filter(isChannelPost(standIn.generalChannelId));
    expect(posts).toHaveLength(1);
    expect(bodyOf(posts[0] as RecordedRequest).message_reference).toMatchObject({ message_id: human.id });
  });

  it('defuses @everyone and role mentions in the question it quotes', async () => {
    harness = await startHarness({ openCore: openSharedCore });
    const { standIn } = harness;
    const sent = standIn.interaction({
      type: applicationCommand,
      data: slashCommand('ask', [
        stringOption('question', `@everyone <@&${standIn.organizerRoleId}> who trains production crews in Korea?`),
      ]),
      user: standIn.user('mallory'),
    });
    const edit = await standIn.waitForRequest(isOriginalEditOf(sent.token));
    expect(contentOf(edit)).not.toMatch(/@everyone/);
    expect(bodyOf(edit).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers /ask privately, so a refused question shows its error only to the asker', async () => {
    harness = await startHarness({ openCore: openSharedCore });
    const { standIn } = harness;
    const sent = standIn.interaction({
      type: applicationCommand,
      data: slashCommand('ask', [stringOption('question', '   ')]),
      user: standIn.user('mina'),
    });
    const callback = await standIn.waitForRequest(isCallbackOf(sent.id));
    expect(bodyOf(callback)).toMatchObject({ type: deferredChannelMessage, data: { flags: ephemeral } });
    const edit = await standIn.waitForRequest(isOriginalEditOf(sent.token));
    expect(contentOf(edit)).toMatch(/^⚠️ That did not work: The question is empty/);
  });

  it('splits an answer longer than 2,000 characters across the original response and follow-ups, never cutting a citation', async () => {
    model = await startOpenAiStandIn();
    const sentence =
      'Netflix, KOCCA and KOFIC run short-term training programs for video production and postproduction crews in Korea [1].';
    const longAnswer = Array.from({ length: 45 }, () => sentence).join(' ');
    model.setReply(longAnswer);
    const baseUrl = model.baseUrl;
    harness = await startHarness({ openCore: () => openCoreWithModel(baseUrl) });
    const { standIn } = harness;
    const sent = standIn.interaction({
      type: applicationCommand,
      data: slashCommand('ask', [stringOption('question', 'Who trains production crews in Korea?')]),
      user: standIn.user('mina'),
    });

    const edit = await standIn.waitForRequest(isOriginalEditOf(sent.token));
    const followUps = await standIn.waitForRequests(isFollowUpOf(sent.token), 2);
    const parts = [edit, ...followUps].map(contentOf);
    expect(longAnswer.length).toBeGreaterThan(2 * 2_000);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2_000);
    // Every part ends a cited sentence; together they hold all 45 markers.
    for (const part of parts) expect(part).toMatch(/\[1\]\.$/);
    expect(parts.join(' ').match(/\[1\]/g)).toHaveLength(45);
    expect(embedsOf(followUps.at(-1) as RecordedRequest)[0]?.title).toBe('Sources');
    expect(embedsOf(edit)).toHaveLength(0);
    expect(model.chatRequests().length).toBeGreaterThan(0);
  });
});

/**
 * The real core with an OpenAI-compatible chat model (the stand-in), so answers are generated. It answers in-thread
 * (the shared core's ask workers cover the bot with workers): one ask, no worker threads to start (~2 s CPU).
 */
function openCoreWithModel(baseUrl: string): Promise<TestCore> {
  return createTestCore({
    askWorkers: 0,
    environment: {
      OPENAI_BASE_URL: baseUrl,
      OPENAI_API_KEY: 'stand-in-key',
      MATCHCUT_CHAT_MODEL: 'stand-in-chat',
      MATCHCUT_MODEL_MAX_RETRIES: '0',
    },
  });
}
