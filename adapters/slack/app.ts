/**
 * The Slack adapter: a real @slack/bolt App whose listeners translate Slack events into
 * calls on the core (`Matchcut`) and render the neutral results as Block Kit. Nothing here
 * decides an answer or a match.
 *
 * Platform rules kept here: commands and actions are acknowledged before any slow work;
 * events are de-duplicated by event_id; the bot ignores its own and other bots' messages;
 * rate-limited calls are retried by the WebClient after Retry-After; messages stay within
 * Slack's limits (render.ts); only organizers send digests.
 */
import type { Server } from 'node:http';
import { App, type webApi } from '@slack/bolt';
import { z } from 'zod';
import {
  type Answer,
  configError,
  type ConversationTurn,
  type Digest,
  type FeedbackVerdict,
  isMatchcutError,
  type Logger,
  type Matchcut,
  profileInputSchema,
  type Suggestion,
  toMatchcutError,
} from '../../src/index.js';
import { createBoltLogger } from './bolt-logger.js';
import type { SlackConfig } from './config.js';
import { startDigestSchedule, type DigestScheduleHandle } from './digest-schedule.js';
import { replyForError } from './error-replies.js';
import { createEventDeduplicator, type EventDeduplicator } from './event-deduplicator.js';
import { escapeMrkdwn, plainTextFromSlack } from './mrkdwn.js';
import { createOrganizerCheck, type OrganizerCheck } from './organizer-check.js';
import {
  errorsForBlocks,
  parseProfileModalMetadata,
  problemsFromError,
  profileModalCallbackId,
  readProfileSubmission,
  renderProfileModal,
} from './profile-modal.js';
import {
  type Block,
  feedbackActionIds,
  helpText,
  renderAnswer,
  renderDigest,
  renderFeedbackState,
  renderIntroduction,
  renderMatches,
  renderNote,
  renderUsage,
  type SlackMessage,
  updateDigestBlocks,
} from './render.js';
import { createTaskTracker } from './task-tracker.js';
import { botTakesPart, createThreadMemory, historyFromThread, type ThreadMessage } from './thread-context.js';

/** WebClient retries: after a 429 it waits Retry-After, then this policy adds its own backoff. Five tries in about a minute. */
export const defaultRetryConfig: webApi.RetryOptions = { retries: 5, factor: 2, minTimeout: 1_000, maxTimeout: 30_000, randomize: true };

export interface SlackAppDependencies {
  core: Matchcut;
  config: SlackConfig;
  logger: Logger;
  /** WebClient retry policy (tests shorten the backoff; Retry-After is always honoured). */
  retryConfig?: webApi.RetryOptions;
  /** Per-request timeout of Web API calls. */
  requestTimeoutMilliseconds?: number;
  deduplicator?: EventDeduplicator;
}

export interface ListenOptions {
  port?: number;
  host?: string;
}

export type SlackStartResult = { mode: 'http'; port: number } | { mode: 'socket' };

export interface SlackApp {
  readonly bolt: App;
  start(listen?: ListenOptions): Promise<SlackStartResult>;
  /** Stops listening, lets running work finish (bounded), stops the schedule. */
  stop(): Promise<void>;
  /** Chooses a digest with the core and posts it to a channel. */
  postDigest(channel: string, options?: { size?: number }): Promise<{ digest: Digest; timestamps: string[] }>;
  /** Resolves when the work started so far has finished (tests, shutdown). */
  idle(timeoutMilliseconds?: number): Promise<void>;
}

const messageEventSchema = z.object({
  type: z.string(),
  subtype: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
});
type MessageEvent = z.infer<typeof messageEventSchema>;

const repliesSchema = z.object({
  messages: z
    .array(
      z.object({
        ts: z.string().optional(),
        text: z.string().optional(),
        user: z.string().optional(),
        bot_id: z.string().optional(),
        subtype: z.string().optional(),
      }),
    )
    .default([]),
});

const buttonActionSchema = z.object({
  type: z.literal('button'),
  action_id: z.string(),
  block_id: z.string(),
  value: z.string().optional(),
});

/** Message subtypes that are a member writing something new. */
const answerableSubtypes = new Set([undefined, 'thread_broadcast', 'file_share']);

const verdictByActionId = new Map<string, FeedbackVerdict>(Object.entries(feedbackActionIds).map(([verdict, actionId]) => [actionId, verdict as FeedbackVerdict]));

const messageOptions = { unfurl_links: false, unfurl_media: false } as const;

/** Slack caps a group DM at 8 people besides the bot. */
const groupDirectMessageLimit = 8;

export function createSlackApp(dependencies: SlackAppDependencies): SlackApp {
  const { core, config } = dependencies;
  const logger = dependencies.logger.child({ adapter: 'slack' });
  const deduplicator = dependencies.deduplicator ?? createEventDeduplicator();
  const tasks = createTaskTracker(logger);
  const threads = createThreadMemory();
  let schedule: DigestScheduleHandle | undefined;
  let started = false;

  const bolt = new App({
    token: config.botToken,
    ...(config.mode === 'socket' ? { socketMode: true, appToken: config.appToken } : { signingSecret: config.signingSecret }),
    logger: createBoltLogger(logger),
    deferInitialization: true,
    // Replaced by the middleware below, which also drops other bots' messages and says so in the log.
    ignoreSelf: false,
    convoStore: false,
    processBeforeResponse: false,
    clientOptions: {
      slackApiUrl: config.apiUrl,
      retryConfig: dependencies.retryConfig ?? defaultRetryConfig,
      rejectRateLimitedCalls: false,
      timeout: dependencies.requestTimeoutMilliseconds ?? 20_000,
    },
    // HTTP mode: one port for events, commands and interactivity, plus a health check for load balancers.
    ...(config.mode === 'socket'
      ? {}
      : {
          customRoutes: [
            {
              path: '/health',
              method: ['GET'],
              handler: (_request, response) => {
                response.writeHead(200, { 'content-type': 'text/plain' });
                response.end('ok');
              },
            },
          ],
        }),
  });
  const client = bolt.client;

  const organizers: OrganizerCheck = createOrganizerCheck({
    organizers: config.organizers,
    logger,
    directory: {
      async membersOf(groupId) {
        const result = await client.usergroups.users.list({ usergroup: groupId });
        return result.users ?? [];
      },
    },
  });

  // -------------------------------------------------------------------------
  // Posting

  async function postMessages(channel: string, messages: SlackMessage[], threadTs?: string): Promise<string[]> {
    const timestamps: string[] = [];
    for (const message of messages) {
      const result = await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        ...messageOptions,
        ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
      });
      if (result.ts !== undefined) timestamps.push(result.ts);
    }
    return timestamps;
  }

  /** Replies through response_url (up to 5 per command); anything beyond goes through chat.postMessage. */
  async function respondAll(
    respond: (message: Record<string, unknown>) => Promise<unknown>,
    messages: SlackMessage[],
    responseType: 'ephemeral' | 'in_channel',
    channel: string,
  ): Promise<void> {
    const viaResponseUrl = messages.slice(0, 5);
    for (const message of viaResponseUrl) {
      await respond({ response_type: responseType, replace_original: false, text: message.text, blocks: message.blocks, ...messageOptions });
    }
    const rest = messages.slice(5);
    if (rest.length === 0) return;
    if (responseType === 'in_channel') await postMessages(channel, rest);
    else logger.warn({ dropped: rest.length }, 'an ephemeral reply needed more than the 5 messages a response_url allows');
  }

  // -------------------------------------------------------------------------
  // Asking

  async function threadMessages(channel: string, threadTs: string): Promise<ThreadMessage[]> {
    const result = await client.conversations.replies({ channel, ts: threadTs, limit: 50 });
    return repliesSchema.parse(result).messages;
  }

  async function answerQuestion(request: { channel: string; threadTs: string; currentTs: string; rawText: string; botUserId: string | undefined; history: ConversationTurn[] }): Promise<void> {
    const question = plainTextFromSlack(request.rawText, request.botUserId);
    if (question === '') {
      await postMessages(request.channel, [renderNote(`Ask me a question about partnerships, programs or players, e.g. _Who trains post-production crews in Korea?_\n${helpText}`)], request.threadTs);
      return;
    }
    let answer: Answer;
    try {
      answer = await core.ask(question, { history: request.history });
    } catch (error) {
      logFailure('answering a question', error, { channel: request.channel });
      await postMessages(request.channel, [renderNote(escapeMrkdwn(replyForError(error)))], request.threadTs);
      return;
    }
    await postMessages(request.channel, renderAnswer(answer), request.threadTs);
    threads.set(request.channel, request.threadTs, true);
    logger.info(
      { channel: request.channel, grounded: answer.grounded, citations: answer.citations.length, path: answer.path, historyTurns: request.history.length },
      'answered in Slack',
    );
  }

  function logFailure(what: string, error: unknown, details: Record<string, unknown> = {}): void {
    const matchcutError = toMatchcutError(error);
    const level = isMatchcutError(error) && ['BAD_INPUT', 'NOT_FOUND', 'FORBIDDEN'].includes(error.code) ? 'info' : 'error';
    logger[level]({ ...details, code: matchcutError.code, err: error }, `${what} failed`);
  }

  const fromBot = (event: { bot_id?: string | undefined; subtype?: string | undefined }) => event.bot_id !== undefined || event.subtype === 'bot_message';

  // De-duplicate retried events (Slack re-sends with the same event_id; Bolt does not check).
  bolt.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !deduplicator.isFirstDelivery(eventId)) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'duplicate Slack event ignored');
      return;
    }
    await next();
  });

  // Never answer a bot, ourselves included (no loops, no bot-to-bot chatter).
  bolt.use(async ({ body, context, next }) => {
    const event = (body as { event?: { type?: unknown; user?: unknown; bot_id?: unknown; subtype?: unknown; ts?: unknown } }).event;
    if (event !== undefined && (event.type === 'message' || event.type === 'app_mention')) {
      const self = (context.botUserId !== undefined && event.user === context.botUserId) || (context.botId !== undefined && event.bot_id === context.botId);
      if (self || event.bot_id !== undefined || event.subtype === 'bot_message') {
        logger.debug({ ts: event.ts, self }, 'bot message ignored');
        return;
      }
    }
    await next();
  });

  bolt.event('app_mention', async ({ event, context }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success) return;
    const mention = parsed.data;
    // In a DM the message listener answers; other bots are never answered.
    if (fromBot(mention) || mention.channel.startsWith('D') || mention.user === undefined) return;
    await tasks.run('app_mention', async () => {
      const threadTs = mention.thread_ts ?? mention.ts;
      const history = mention.thread_ts === undefined ? [] : await historyOf(mention, threadTs, context.botUserId, context.botId);
      await answerQuestion({ channel: mention.channel, threadTs, currentTs: mention.ts, rawText: mention.text ?? '', botUserId: context.botUserId, history });
    });
  });

  async function historyOf(message: MessageEvent, threadTs: string, botUserId: string | undefined, botId: string | undefined): Promise<ConversationTurn[]> {
    try {
      const messages = await threadMessages(message.channel, threadTs);
      return historyFromThread(messages, { botUserId, botId, currentTs: message.ts });
    } catch (error) {
      logger.warn({ err: error, channel: message.channel }, 'could not read the thread; answering without its context');
      return [];
    }
  }

  bolt.event('message', async ({ event, context }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success) return;
    const message = parsed.data;
    if (!answerableSubtypes.has(message.subtype) || fromBot(message) || message.user === undefined || message.text === undefined) return;
    const botUserId = context.botUserId;
    const botId = context.botId;
    const isDirect = message.channel_type === 'im' || message.channel.startsWith('D');
    if (!isDirect) {
      // A mention is answered by the app_mention listener; a plain channel message is not for us.
      if (botUserId !== undefined && message.text.includes(`<@${botUserId}`)) return;
      if (message.thread_ts === undefined || message.thread_ts === message.ts) return;
    }
    // A thread already known to be someone else's conversation costs no API call.
    if (!isDirect && message.thread_ts !== undefined && threads.get(message.channel, message.thread_ts) === false) {
      logger.debug({ channel: message.channel, ts: message.ts }, 'message in a thread without the bot ignored');
      return;
    }
    await tasks.run('message', async () => {
      const threadTs = message.thread_ts ?? message.ts;
      let history: ConversationTurn[] = [];
      if (message.thread_ts !== undefined) {
        let thread: ThreadMessage[];
        try {
          thread = await threadMessages(message.channel, threadTs);
        } catch (error) {
          logger.warn({ err: error, channel: message.channel }, 'could not read the thread');
          thread = [];
        }
        if (!isDirect) {
          const known = threads.get(message.channel, threadTs);
          const takesPart = known === true || botTakesPart(thread, { botUserId, botId });
          threads.set(message.channel, threadTs, takesPart);
          if (!takesPart) {
            logger.debug({ channel: message.channel, ts: message.ts }, 'message in a thread without the bot ignored');
            return;
          }
        }
        history = historyFromThread(thread, { botUserId, botId, currentTs: message.ts });
      }
      await answerQuestion({ channel: message.channel, threadTs, currentTs: message.ts, rawText: message.text ?? '', botUserId, history });
    });
  });

  // -------------------------------------------------------------------------
  // /matchcut

  bolt.command('/matchcut', async ({ command, ack, respond }) => {
    const { subcommand, rest } = parseCommandText(command.text);
    const userId = command.user_id;
    switch (subcommand) {
      case '':
      case 'help':
        await ack({ response_type: 'ephemeral', text: helpText });
        return;
      case 'ask': {
        const question = plainTextFromSlack(rest);
        if (question === '') {
          await ack({ response_type: 'ephemeral', text: 'Add your question after `ask`, e.g. `/matchcut ask Who trains post-production crews in Korea?`' });
          return;
        }
        await ack();
        await tasks.run('/matchcut ask', async () => {
          try {
            const answer = await core.ask(question);
            await respondAll(respond, renderAnswer(answer, { question }), 'in_channel', command.channel_id);
          } catch (error) {
            logFailure('/matchcut ask', error, { userId });
            await respond({ response_type: 'ephemeral', text: escapeMrkdwn(replyForError(error)) });
          }
        });
        return;
      }
      case 'match': {
        await ack();
        await tasks.run('/matchcut match', async () => {
          try {
            const name = plainTextFromSlack(rest);
            const profile = name === '' ? await core.profiles.forMember(`slack:${userId}`) : await core.profiles.get(name);
            if (profile === undefined) {
              await respond({
                response_type: 'ephemeral',
                text: 'You are not linked to an organization yet. Create or claim yours with `/matchcut profile`, or name one: `/matchcut match <organization>`.',
              });
              return;
            }
            const matches = await core.match(profile.id, { limit: 5 });
            await respondAll(respond, renderMatches(profile.name, matches), 'ephemeral', command.channel_id);
          } catch (error) {
            logFailure('/matchcut match', error, { userId });
            await respond({ response_type: 'ephemeral', text: escapeMrkdwn(replyForError(error)) });
          }
        });
        return;
      }
      case 'profile': {
        await ack();
        // The trigger_id expires 3 s after the command: open the modal before anything slow.
        await tasks.run('/matchcut profile', async () => {
          let profile: Awaited<ReturnType<Matchcut['profiles']['forMember']>>;
          try {
            profile = await core.profiles.forMember(`slack:${userId}`);
          } catch (error) {
            logFailure('looking up the member profile', error, { userId });
            profile = undefined;
          }
          try {
            await client.views.open({
              trigger_id: command.trigger_id,
              view: renderProfileModal(profile, { profileId: profile?.id, channelId: command.channel_id }),
            });
          } catch (error) {
            logger.warn({ err: error, userId }, 'could not open the profile modal');
            await respond({ response_type: 'ephemeral', text: 'I could not open the profile form in time. Please run `/matchcut profile` again.' });
          }
        });
        return;
      }
      case 'digest': {
        await ack();
        await tasks.run('/matchcut digest', async () => {
          if (!(await organizers.isOrganizer(userId))) {
            logger.info({ userId }, 'digest refused: not an organizer');
            await respond({
              response_type: 'ephemeral',
              text: 'Sorry, only organizers can send a matchmaking digest. To see suggestions for your own organization, try `/matchcut match`.',
            });
            return;
          }
          const target = parseChannelArgument(rest);
          if (target === 'invalid') {
            await respond({ response_type: 'ephemeral', text: 'Pick the channel from the list as you type `#` (for example `/matchcut digest #partners`), or leave it out to post here.' });
            return;
          }
          const channel = target ?? command.channel_id;
          try {
            const { digest } = await postDigest(channel);
            const count = digest.suggestions.length;
            await respond({
              response_type: 'ephemeral',
              text:
                count === 0
                  ? 'No new suggestions to send right now: every good pair was suggested recently or already answered. Add or update profiles, or try again later.'
                  : `Posted a matchmaking digest with ${count} suggestion${count === 1 ? '' : 's'} to <#${channel}>.`,
            });
          } catch (error) {
            logFailure('/matchcut digest', error, { userId, channel });
            await respond({ response_type: 'ephemeral', text: digestFailureReply(error, channel) });
          }
        });
        return;
      }
      default:
        await ack({ response_type: 'ephemeral', text: renderUsage(subcommand) });
    }
  });

  /** mrkdwn: the channel link is ours, the error text is escaped. */
  function digestFailureReply(error: unknown, channel: string): string {
    const code = slackErrorCode(error);
    if (code === 'not_in_channel' || code === 'channel_not_found') {
      return `I can't post in that channel (${code}). Invite me first with \`/invite @matchcut\` in <#${channel}>, then try again.`;
    }
    return escapeMrkdwn(replyForError(error));
  }

  async function postDigest(channel: string, options: { size?: number } = {}): Promise<{ digest: Digest; timestamps: string[] }> {
    const digest = await core.digest({ channel: `slack:${channel}`, ...(options.size === undefined ? {} : { limit: options.size }) });
    if (digest.suggestions.length === 0) {
      logger.info({ channel, digestId: digest.id }, 'digest had no suggestions; nothing posted');
      return { digest, timestamps: [] };
    }
    const messages = renderDigest(digest);
    let timestamps: string[];
    try {
      timestamps = await postMessages(channel, messages);
    } catch (error) {
      // A public channel the bot is not in yet: join it once and try again.
      if (slackErrorCode(error) !== 'not_in_channel') throw error;
      await client.conversations.join({ channel });
      timestamps = await postMessages(channel, messages);
    }
    logger.info({ channel, digestId: digest.id, suggestions: digest.suggestions.length, messages: messages.length }, 'digest posted');
    return { digest, timestamps };
  }

  // -------------------------------------------------------------------------
  // Profile modal

  bolt.view(profileModalCallbackId, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const member = `slack:${userId}`;
    const metadata = parseProfileModalMetadata(view.private_metadata);
    const submitted = readProfileSubmission(view.state.values, metadata);
    // Keep what the modal does not show (aliases, affiliations, sources) when editing a profile,
    // or when claiming one that already exists under exactly this name.
    const existing = await core.profiles.get(metadata.profileId ?? submitted.name).catch(() => undefined);
    const sameProfile = existing !== undefined && (existing.id === metadata.profileId || existing.name.toLowerCase() === submitted.name.toLowerCase());
    const input = sameProfile ? { ...submitted, aliases: existing.aliases, affiliations: existing.affiliations, sources: existing.sources } : submitted;
    // The core's own schema first: precise field paths for the modal.
    const checked = profileInputSchema.safeParse(input);
    if (!checked.success) {
      await ack({ response_action: 'errors', errors: errorsForBlocks(checked.error.issues) });
      return;
    }
    let saved: Awaited<ReturnType<Matchcut['profiles']['upsert']>>;
    try {
      saved = await core.profiles.upsert(input, { owner: member });
    } catch (error) {
      logFailure('saving a profile', error, { userId });
      const matchcutError = toMatchcutError(error);
      const errors = matchcutError.code === 'BAD_INPUT' ? errorsForBlocks(problemsFromError(matchcutError)) : { name: replyForError(error) };
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    await tasks.run('profile saved', async () => {
      await core.profiles.linkMember(member, saved.id);
      await postMessages(userId, [
        renderNote(
          `Saved the profile of *${escapeMrkdwn(saved.name)}* and linked it to you. Run \`/matchcut match\` to see suggested partners; organizers' digests will include it.`,
        ),
      ]);
      logger.info({ userId, profileId: saved.id }, 'profile saved from Slack');
    });
  });

  // -------------------------------------------------------------------------
  // Digest buttons

  bolt.action(/^matchcut_feedback_/, async ({ ack, body, action, respond }) => {
    await ack();
    const button = buttonActionSchema.safeParse(action);
    if (body.type !== 'block_actions' || !button.success) return;
    const verdict = verdictByActionId.get(button.data.action_id);
    const suggestionId = button.data.value;
    if (verdict === undefined || suggestionId === undefined) return;
    const userId = body.user.id;
    await tasks.run('digest feedback', async () => {
      let result: Awaited<ReturnType<Matchcut['feedback']>>;
      try {
        result = await core.feedback({ suggestionId, verdict, actor: `slack:${userId}` });
      } catch (error) {
        logFailure('recording feedback', error, { userId, suggestionId });
        await respond({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(replyForError(error)) });
        return;
      }
      logger.info({ userId, suggestionId, verdict, party: result.party, introduce: result.introduce }, 'feedback recorded');
      const channel = body.channel?.id;
      const message = body.message;
      if (channel !== undefined && message !== undefined) {
        const blocks = updateDigestBlocks((message.blocks ?? []) as Block[], button.data.block_id, renderFeedbackState(result.suggestion, result.state, { userId, verdict }));
        if (blocks !== undefined) {
          await client.chat.update({ channel, ts: message.ts, text: typeof message.text === 'string' ? message.text : 'Matchmaking digest', blocks });
        }
      }
      if (result.introduce) await introduce(result.suggestion, result.members, channel, message?.ts);
    });
  });

  async function introduce(suggestion: Suggestion, members: { a: string[]; b: string[] }, digestChannel: string | undefined, digestTs: string | undefined): Promise<void> {
    const slackUsers = [...new Set([...members.a, ...members.b].filter((member) => member.startsWith('slack:')).map((member) => member.slice('slack:'.length)))];
    const users = slackUsers.slice(0, groupDirectMessageLimit);
    if (users.length > 0) {
      const opened = await client.conversations.open({ users: users.join(',') });
      const channel = opened.channel?.id;
      if (channel !== undefined) {
        await postMessages(channel, [renderIntroduction(suggestion, users)]);
        logger.info({ suggestionId: suggestion.id, people: users.length }, 'introduction sent');
        return;
      }
    }
    // Nobody on this Slack is linked to either side: introduce them where the digest is.
    if (digestChannel !== undefined) await postMessages(digestChannel, [renderIntroduction(suggestion, [])], digestTs);
  }

  bolt.error(async (error) => {
    logger.error({ err: error, code: (error as { code?: unknown }).code }, 'Slack listener error');
  });

  return {
    bolt,
    async start(listen = {}) {
      try {
        await bolt.init();
      } catch (error) {
        throw configError(
          `Slack did not accept SLACK_BOT_TOKEN (auth.test at ${config.apiUrl} failed: ${slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error))}). Check SLACK_BOT_TOKEN and SLACK_API_URL, or run without Slack: unset SLACK_BOT_TOKEN.`,
          { cause: error },
        );
      }
      let result: SlackStartResult;
      if (config.mode === 'socket') {
        try {
          await bolt.start();
        } catch (error) {
          throw configError(
            `Socket Mode could not connect (${slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error))}). Check SLACK_APP_TOKEN (xapp-…, scope connections:write) and that Socket Mode is on in the app settings, or unset SLACK_APP_TOKEN to use HTTP.`,
            { cause: error },
          );
        }
        result = { mode: 'socket' };
      } else {
        const server = (await bolt.start({ port: listen.port ?? config.port, ...(listen.host === undefined ? {} : { host: listen.host }) })) as Server;
        const address = server.address();
        result = { mode: 'http', port: typeof address === 'object' && address !== null ? address.port : (listen.port ?? config.port) };
      }
      started = true;
      if (config.digestSchedule !== undefined) {
        schedule = startDigestSchedule({
          schedule: config.digestSchedule,
          logger,
          post: async (channel, size) => {
            await tasks.run('scheduled digest', async () => {
              await postDigest(channel, { size });
            });
          },
        });
      }
      logger.info({ ...result, apiUrl: config.apiUrl, organizers: config.organizers.length }, 'Slack adapter started');
      return result;
    },
    async stop() {
      schedule?.stop();
      schedule = undefined;
      if (started) {
        started = false;
        await bolt.stop();
      }
      await tasks.idle(10_000);
      logger.info('Slack adapter stopped');
    },
    postDigest: (channel, options) => postDigest(channel, options),
    idle: (timeoutMilliseconds) => tasks.idle(timeoutMilliseconds),
  };
}

/** `ask Who …?` → { subcommand: 'ask', rest: 'Who …?' } */
export function parseCommandText(text: string): { subcommand: string; rest: string } {
  const trimmed = text.trim();
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  if (match === null) return { subcommand: '', rest: '' };
  return { subcommand: (match[1] ?? '').toLowerCase(), rest: (match[2] ?? '').trim() };
}

/**
 * The channel of `/matchcut digest #channel`: `<#C123|name>` (escaped by Slack when the
 * command has "Escape channels" on, as in the manifest) or a bare id. A plain `#name`
 * cannot be resolved without extra scopes: 'invalid'.
 */
export function parseChannelArgument(text: string): string | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const escaped = /^<#([CGD][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(trimmed);
  if (escaped?.[1] !== undefined) return escaped[1];
  if (/^[CG][A-Z0-9]{2,}$/.test(trimmed)) return trimmed;
  return 'invalid';
}

function slackErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
