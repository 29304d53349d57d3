/**
 * The message shortcut "Ask matchcut" (callback id `matchcut_ask_message`): the selected
 * message's text is answered in that message's thread, like a mention would be. In a channel
 * where an organizer turned answers off, the member is told so privately.
 */
import { translate } from '../../i18n/translate.js';
import type { App, MessageShortcut } from '@slack/bolt';
import { z } from 'zod';
import { answerQuestion, channelModeOf } from '../answer-question.js';
import { plainTextFromSlack } from '../mrkdwn.js';
import { type SlackContext, slackErrorCode } from '../slack-context.js';

export const askAboutMessageCallbackId = 'matchcut_ask_message';

const shortcutSchema = z.object({
  user: z.object({ id: z.string() }),
  team: z.object({ id: z.string() }).nullish(),
  channel: z.object({ id: z.string() }),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional(), text: z.string().optional() }).passthrough(),
});

const privately = (text: string) => ({ response_type: 'ephemeral' as const, text });

export function register(app: App, context: SlackContext): void {
  app.shortcut<MessageShortcut>(
    { callback_id: askAboutMessageCallbackId, type: 'message_action' },
    async ({ ack, shortcut, respond, context: bolt }) => {
      await ack();
      const parsed = shortcutSchema.safeParse(shortcut);
      if (!parsed.success) {
        context.logger.warn({ issues: parsed.error.issues.length }, 'message shortcut without the fields it needs');
        return;
      }
      const { user, team, channel, message } = parsed.data;
      await context.tasks.run('Ask matchcut shortcut', async () => {
        const locale = context.locales.localeNow(user.id);
        if (plainTextFromSlack(message.text ?? '', bolt.botUserId) === '') {
          await respond(privately(translate(locale, 'noTextToAnswer')));
          return;
        }
        if ((await channelModeOf(context, channel.id)) === 'off') {
          await respond(privately(translate(locale, 'answersOff', { command: '`/matchcut ask`' })));
          return;
        }
        try {
          await answerQuestion(context, {
            channel: channel.id,
            threadTs: message.thread_ts ?? message.ts,
            currentTs: message.ts,
            rawText: message.text ?? '',
            botUserId: bolt.botUserId,
            history: [],
            teamId: team?.id,
            userId: user.id,
          });
        } catch (error) {
          context.logFailure('answering a message from the shortcut', error, { channel: channel.id });
          const code = slackErrorCode(error);
          await respond(
            privately(
              code === 'not_in_channel' || code === 'channel_not_found'
                ? 'I am not in this channel: invite me with `/invite @matchcut`, then try again.'
                : 'Sorry, I could not post the answer here; the details are in the logs.',
            ),
          );
        }
      });
    },
  );
}
