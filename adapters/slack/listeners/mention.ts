/**
 * `@matchcut …` in a channel: answered in the message's thread, with the thread so far as the
 * conversation, unless an organizer turned answers off in the channel. In a DM the message
 * listener answers instead.
 */
import type { App } from '@slack/bolt';
import { answerQuestion, channelModeOf, fromBot, historyOf, messageEventSchema } from '../answer-question.js';
import type { SlackContext } from '../slack-context.js';

export function register(app: App, context: SlackContext): void {
  app.event('app_mention', async ({ event, context: bolt }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success) return;
    const mention = parsed.data;
    if (fromBot(mention) || mention.channel.startsWith('D') || mention.user === undefined) return;
    await context.tasks.run('app_mention', async () => {
      if ((await channelModeOf(context, mention.channel)) === 'off') {
        context.logger.info({ channel: mention.channel, ts: mention.ts }, 'mention ignored: answers are off here');
        return;
      }
      const threadTs = mention.thread_ts ?? mention.ts;
      const identity = { botUserId: bolt.botUserId, botId: bolt.botId };
      const history = mention.thread_ts === undefined ? [] : await historyOf(context, mention, threadTs, identity);
      await answerQuestion(context, {
        channel: mention.channel,
        threadTs,
        currentTs: mention.ts,
        rawText: mention.text ?? '',
        botUserId: bolt.botUserId,
        history,
        teamId: bolt.teamId,
        userId: mention.user,
      });
    });
  });
}
