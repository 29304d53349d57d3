/**
 * The buttons under an answer: Helpful / Not helpful record the member's vote (one per member per
 * answer; a new click changes it) and confirm it privately; after "Not helpful", Ask an organizer
 * posts the question in the answer's thread mentioning the organizers (SLACK_ORGANIZERS) and
 * nobody else. Share with channel posts a private `/matchcut ask` answer in the channel,
 * attributed to the member.
 */
import { translate } from '../../i18n/translate.js';
import type { App, BlockAction, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import type { AnswerRating, CoreAnswer } from '../../../src/index.js';
import { channelModeOf, slackAskOrigin } from '../answer-question.js';
import { answerCacheOf, shareValueSchema } from '../answer-cache.js';
import { replyForError } from '../error-replies.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { answerActionIds, renderAnswer, renderEscalation, renderVoteRecorded } from '../render.js';
import type { SlackContext } from '../slack-context.js';

const buttonSchema = z.object({ type: z.literal('button'), action_id: z.string(), value: z.string().max(2_000) });

/** Where a click happened: the channel, and the message's thread when the message is not ephemeral. */
const clickSchema = z.object({
  user: z.object({ id: z.string(), name: z.string().optional(), username: z.string().optional() }),
  team: z.object({ id: z.string() }).nullish(),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ channel_id: z.string().optional() }).passthrough().optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).passthrough().optional(),
});

const escalationValueSchema = z
  .string()
  .transform((value, problem) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      problem.addIssue({ code: 'custom', message: 'answer-actions: escalation button value is not JSON' });
      return z.NEVER;
    }
  })
  .pipe(
    z.object({ answerId: z.string().min(1).max(100), channel: z.string().min(1), threadTs: z.string().optional() }),
  );

type Click = z.infer<typeof clickSchema>;

const privately = (text: string) => ({ response_type: 'ephemeral' as const, replace_original: false, text });

function channelOf(click: Click): string | undefined {
  return click.channel?.id ?? click.container?.channel_id;
}

async function vote(context: SlackContext, click: Click, answerId: string, rating: AnswerRating, respond: RespondFn) {
  const userId = click.user.id;
  if (context.core.rateAnswer === undefined) {
    await respond(privately(translate(await context.locales.localeFor(userId), 'votesNotRecorded')));
    return;
  }
  try {
    const result = await context.core.rateAnswer({ answerId, member: `slack:${userId}`, rating });
    context.logger.info({ userId, answerId, rating, changed: result.previousRating !== undefined }, 'answer rated');
    const channel = channelOf(click) ?? result.channelId ?? '';
    const threadTs = click.message === undefined ? undefined : (click.message.thread_ts ?? click.message.ts);
    const value = JSON.stringify({ answerId, channel, ...(threadTs === undefined ? {} : { threadTs }) });
    // Organizers are asked in a channel's thread; a DM with the bot has nobody else in it.
    const organizers = context.config.organizers.length > 0 && channel !== '' && !channel.startsWith('D');
    const message = renderVoteRecorded(result, { value, organizers }, await context.locales.localeFor(userId));
    await respond({ ...privately(message.text), blocks: message.blocks });
  } catch (error) {
    context.logFailure('rating an answer', error, { userId, answerId });
    await respond(privately(escapeMrkdwn(replyForError(error, await context.locales.localeFor(userId)))));
  }
}

async function escalate(context: SlackContext, click: Click, value: string, respond: RespondFn) {
  const userId = click.user.id;
  const parsed = escalationValueSchema.safeParse(value);
  const locale = await context.locales.localeFor(userId);
  if (!parsed.success || context.core.rateAnswer === undefined) {
    await respond(privately(translate(locale, 'buttonInactive')));
    return;
  }
  const { answerId, channel, threadTs } = parsed.data;
  try {
    // The member's vote stays "not helpful"; the result carries the question as it was asked.
    const result = await context.core.rateAnswer({ answerId, member: `slack:${userId}`, rating: 'not_helpful' });
    const escalation = renderEscalation(context.config.organizers, result.question, locale);
    await context.postMessages(channel, [escalation], threadTs);
    context.logger.info({ userId, answerId, channel }, 'question escalated to the organizers');
    await respond({
      response_type: 'ephemeral',
      replace_original: true,
      text: translate(locale, 'askedOrganizers'),
    });
  } catch (error) {
    context.logFailure('asking an organizer', error, { userId, answerId, channel });
    await respond(privately(escapeMrkdwn(replyForError(error, await context.locales.localeFor(userId)))));
  }
}

async function share(context: SlackContext, click: Click, value: string, respond: RespondFn) {
  const userId = click.user.id;
  const parsed = shareValueSchema.safeParse(value);
  const channel = channelOf(click);
  // Looked up beside the work, not before it: sharing never waits for users.info.
  const locale = context.locales.localeFor(userId);
  if (!parsed.success || channel === undefined) {
    await respond(privately(translate(await locale, 'buttonInactive')));
    return;
  }
  const { key, question, answerId } = parsed.data;
  if ((await channelModeOf(context, channel)) === 'off') {
    await respond(privately(translate(await locale, 'answersOffCannotShare')));
    return;
  }
  try {
    // The answer the member saw; after a restart, the same question answered again (not logged twice).
    const kept = answerCacheOf(context).get(key);
    const answer: CoreAnswer =
      kept ??
      (await context.core.ask(question, {
        ...slackAskOrigin({ teamId: click.team?.id, channel, userId }),
        log: false,
      }));
    const askedBy = click.user.name ?? click.user.username ?? 'a member';
    const messages = renderAnswer(answer, { question, askedBy, actions: { answerId: answerId ?? answer.answerId } });
    await context.respondAll(respond, messages, 'in_channel', channel);
    const text = translate(await locale, 'sharedWithChannel');
    await respond({ response_type: 'ephemeral', replace_original: true, text });
    context.logger.info({ userId, channel, cached: kept !== undefined }, 'private answer shared');
  } catch (error) {
    context.logFailure('sharing an answer', error, { userId, channel });
    await respond(privately(escapeMrkdwn(replyForError(error, await locale))));
  }
}

export function register(app: App, context: SlackContext): void {
  const handle =
    (what: string, work: (click: Click, value: string, respond: RespondFn) => Promise<void>) =>
    async ({
      ack,
      body,
      action,
      respond,
    }: {
      ack: () => Promise<void>;
      body: BlockAction;
      action: unknown;
      respond: RespondFn;
    }) => {
      await ack();
      const button = buttonSchema.safeParse(action);
      const click = clickSchema.safeParse(body);
      if (!button.success || !click.success) {
        context.logger.warn({ what }, 'answer button click without the fields it needs ignored');
        return;
      }
      await context.tasks.run(what, () => work(click.data, button.data.value, respond));
    };
  app.action<BlockAction>(
    answerActionIds.helpful,
    handle('helpful vote', (click, value, respond) => vote(context, click, value, 'helpful', respond)),
  );
  app.action<BlockAction>(
    answerActionIds.notHelpful,
    handle('not helpful vote', (click, value, respond) => vote(context, click, value, 'not_helpful', respond)),
  );
  app.action<BlockAction>(
    answerActionIds.escalate,
    handle('asking an organizer', (click, value, respond) => escalate(context, click, value, respond)),
  );
  app.action<BlockAction>(
    answerActionIds.share,
    handle('sharing an answer', (click, value, respond) => share(context, click, value, respond)),
  );
}
