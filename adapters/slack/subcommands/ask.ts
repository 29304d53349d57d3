/** `/matchcut ask <question>`: the answer is posted in the channel, with its sources. */
import { replyForError } from '../error-replies.js';
import { escapeMrkdwn, plainTextFromSlack } from '../mrkdwn.js';
import { renderAnswer } from '../render.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

export const ask: SubcommandHandler = async ({ command, ack, respond, rest, userId }, context) => {
  const question = plainTextFromSlack(rest);
  if (question === '') {
    await ack(
      ephemeral('Add your question after `ask`, e.g. `/matchcut ask Who trains post-production crews in Korea?`'),
    );
    return;
  }
  await ack();
  await context.tasks.run('/matchcut ask', async () => {
    try {
      const answer = await context.core.ask(question);
      await context.respondAll(respond, renderAnswer(answer, { question }), 'in_channel', command.channel_id);
    } catch (error) {
      context.logFailure('/matchcut ask', error, { userId });
      await respond(ephemeral(escapeMrkdwn(replyForError(error))));
    }
  });
};
