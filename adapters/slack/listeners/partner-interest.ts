/**
 * The Interested button of a partner search result (`/matchcut partners`): recorded by the core
 * as feedback on the pair's suggestion; the member is told privately, and when the other side has
 * said Interested too (in its own search or in a digest) both are introduced in a group DM.
 * A member linked to no organization is told how to link one with `/matchcut profile`.
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { type FeedbackResult, toMatchcutError } from '../../../src/index.js';
import { defaultLocale, type Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { replyForError } from '../error-replies.js';
import { escapeAndTruncate, escapeMrkdwn } from '../mrkdwn.js';
import type { SlackContext } from '../slack-context.js';
import { partnerInterestActionId } from '../subcommands/partners.js';
import { introduce } from './actions.js';

const buttonActionSchema = z.object({
  type: z.literal('button'),
  action_id: z.literal(partnerInterestActionId),
  value: z.string().min(1).max(200),
});

export const notLinkedReply = translate('en', 'slackInterestNotLinked');

/** What the member is told after the click. */
export function interestReply(result: FeedbackResult, locale: Locale = defaultLocale): string {
  const partner = result.party === 'a' ? result.suggestion.b : result.suggestion.a;
  const name = `*${escapeAndTruncate(partner.name, 150)}*`;
  if (result.introduce) return translate(locale, 'slackInterestIntroduced', { name });
  const theirs = result.party === 'a' ? result.state.b : result.state.a;
  if (theirs === 'interested') return translate(locale, 'interestAlreadyIntroduced', { name });
  return translate(locale, 'interestNoted', { name });
}

export function register(app: App, context: SlackContext): void {
  const { core, logger } = context;
  app.action(partnerInterestActionId, async ({ ack, body, action, respond }) => {
    await ack();
    const button = buttonActionSchema.safeParse(action);
    if (body.type !== 'block_actions' || !button.success) return;
    const userId = body.user.id;
    const partner = button.data.value;
    await context.tasks.run('partner interest', async () => {
      const locale = await context.locales.localeFor(userId);
      let result: FeedbackResult;
      try {
        result = await core.partnerInterest({ actor: `slack:${userId}`, partner });
      } catch (error) {
        context.logFailure('recording interest in a partner', error, { userId, partner });
        const notLinked = toMatchcutError(error).details?.reason === 'NOT_LINKED';
        const text = notLinked
          ? translate(locale, 'slackInterestNotLinked')
          : escapeMrkdwn(replyForError(error, locale));
        await respond({ response_type: 'ephemeral', replace_original: false, text });
        return;
      }
      logger.info({ userId, partner, suggestionId: result.suggestion.id, introduce: result.introduce }, 'interest');
      await respond({ response_type: 'ephemeral', replace_original: false, text: interestReply(result, locale) });
      if (result.introduce) {
        const where = { channel: body.channel?.id, ts: undefined, clickedBy: userId };
        await introduce(context, result.suggestion, result.members, where);
      }
    });
  });
}
