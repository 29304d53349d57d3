/**
 * `/matchcut ask <question>`: answered privately (only the member sees it), with its sources, the
 * vote buttons and **Share with channel**, which posts the same answer in the channel, attributed
 * to the member.
 */
import { translate } from '../../i18n/translate.js';
import { slackAskOrigin } from '../answer-question.js';
import { answerCacheOf } from '../answer-cache.js';
import { replyForError } from '../error-replies.js';
import { escapeMrkdwn, plainTextFromSlack } from '../mrkdwn.js';
import { renderAnswer } from '../render.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

export const ask: SubcommandHandler = async ({ command, ack, respond, rest, userId }, context) => {
  const question = plainTextFromSlack(rest);
  if (question === '') {
    await ack(ephemeral(translate(context.locales.localeNow(userId), 'slackAskUsage')));
    return;
  }
  await ack();
  await context.tasks.run('/matchcut ask', async () => {
    try {
      const origin = slackAskOrigin({ teamId: command.team_id, channel: command.channel_id, userId });
      const answer = await context.core.ask(question, origin);
      const share = answerCacheOf(context).keep(question, answer);
      const messages = renderAnswer(answer, { question, actions: { answerId: answer.answerId, share } });
      await context.respondAll(respond, messages, 'ephemeral', command.channel_id);
    } catch (error) {
      context.logFailure('/matchcut ask', error, { userId });
      await respond(ephemeral(escapeMrkdwn(replyForError(error, await context.locales.localeFor(userId)))));
    }
  });
};
