/**
 * The digest's feedback buttons: the verdict is recorded, the suggestion in the digest shows
 * it, and when both sides are interested they are introduced (a group DM of the members linked
 * to either side, or a reply under the digest when nobody is linked), in each member's language: one
 * message per language when their Slack locales differ.
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { FeedbackResult, FeedbackVerdict, Suggestion } from '../../../src/index.js';
import type { Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { replyForError } from '../error-replies.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import {
  type Block,
  feedbackActionIds,
  renderFeedbackState,
  renderIntroduction,
  updateDigestBlocks,
} from '../render.js';
import { digestLocaleOf } from '../render-matchmaking.js';
import type { SlackContext } from '../slack-context.js';
import { publishAppHome } from './app-home.js';

const buttonActionSchema = z.object({
  type: z.literal('button'),
  action_id: z.string(),
  block_id: z.string(),
  value: z.string().optional(),
});

const verdictByActionId = new Map<string, FeedbackVerdict>(
  Object.entries(feedbackActionIds).map(([verdict, actionId]) => [actionId, verdict as FeedbackVerdict]),
);

/** Slack caps a group DM at 8 people besides the bot. */
const groupDirectMessageLimit = 8;

/** The members' languages, in the members' order, each once (Slack's user locale; English when unknown). */
export async function languagesOf(context: SlackContext, userIds: readonly string[]): Promise<Locale[]> {
  const locales = await Promise.all(userIds.map((userId) => context.locales.localeFor(userId)));
  return [...new Set(locales)];
}

/**
 * Introduces both sides of a suggestion (exported for the Interested button of partner search results):
 * one message per language of the members (each addressing everyone), in a group DM; where the digest is
 * when nobody on this Slack is linked, in the language of whoever clicked.
 */
export async function introduce(
  context: SlackContext,
  suggestion: Suggestion,
  members: { a: string[]; b: string[] },
  digest: { channel: string | undefined; ts: string | undefined; clickedBy?: string | undefined },
): Promise<void> {
  const linked = [...members.a, ...members.b].filter((member) => member.startsWith('slack:'));
  const users = [...new Set(linked.map((member) => member.slice('slack:'.length)))].slice(0, groupDirectMessageLimit);
  if (users.length > 0) {
    const opened = await context.client.conversations.open({ users: users.join(',') });
    const channel = opened.channel?.id;
    if (channel !== undefined) {
      const languages = await languagesOf(context, users);
      const messages = languages.map((locale) => renderIntroduction(suggestion, users, locale));
      await context.postMessages(channel, messages);
      context.logger.info({ suggestionId: suggestion.id, people: users.length, languages }, 'introduction sent');
      return;
    }
  }
  // Nobody on this Slack is linked to either side: introduce them where the digest is.
  if (digest.channel !== undefined) {
    const [locale = 'en'] = digest.clickedBy === undefined ? [] : await languagesOf(context, [digest.clickedBy]);
    await context.postMessages(digest.channel, [renderIntroduction(suggestion, [], locale)], digest.ts);
  }
}

export function register(app: App, context: SlackContext): void {
  const { core, logger, client } = context;
  app.action(/^matchcut_feedback_/, async ({ ack, body, action, respond }) => {
    await ack();
    const button = buttonActionSchema.safeParse(action);
    if (body.type !== 'block_actions' || !button.success) return;
    const verdict = verdictByActionId.get(button.data.action_id);
    const suggestionId = button.data.value;
    if (verdict === undefined || suggestionId === undefined) return;
    const userId = body.user.id;
    await context.tasks.run('digest feedback', async () => {
      let result: FeedbackResult;
      try {
        result = await core.feedback({ suggestionId, verdict, actor: `slack:${userId}` });
      } catch (error) {
        context.logFailure('recording feedback', error, { userId, suggestionId });
        const text = escapeMrkdwn(replyForError(error, await context.locales.localeFor(userId)));
        // A click in the App Home has no response_url: the Home shows the reply instead.
        if (body.view?.type === 'home') await publishAppHome(context, userId, `:warning: ${text}`);
        else await respond({ response_type: 'ephemeral', replace_original: false, text });
        return;
      }
      const { party, introduce: both } = result;
      logger.info({ userId, suggestionId, verdict, party, introduce: both }, 'feedback recorded');
      const channel = body.channel?.id;
      const message = body.message;
      if (channel !== undefined && message !== undefined) {
        const shown = (message.blocks ?? []) as Block[];
        // The status line in the digest's own language (its header says which); the member's in the App Home.
        const locale = digestLocaleOf(shown) ?? (await context.locales.localeFor(userId));
        const state = renderFeedbackState(result.suggestion, result.state, { userId, verdict }, locale);
        const blocks = updateDigestBlocks(shown, button.data.block_id, state);
        if (blocks !== undefined) {
          const text = typeof message.text === 'string' ? message.text : translate(locale, 'digestTitle');
          await client.chat.update({ channel, ts: message.ts, text, blocks });
        }
      }
      if (result.introduce) {
        await introduce(context, result.suggestion, result.members, { channel, ts: message?.ts, clickedBy: userId });
      }
      // Clicked in the App Home: draw it again with the new status.
      if (body.view?.type === 'home') await publishAppHome(context, userId);
    });
  });
}
