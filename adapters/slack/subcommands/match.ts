/** `/matchcut match [organization]`: suggestions for the member's organization (or the one named), only for them. */
import { translate } from '../../i18n/translate.js';
import { replyForError } from '../error-replies.js';
import { escapeMrkdwn, plainTextFromSlack } from '../mrkdwn.js';
import { renderMatches } from '../render.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

export const match: SubcommandHandler = async ({ command, ack, respond, rest, userId }, context) => {
  const { core } = context;
  await ack();
  await context.tasks.run('/matchcut match', async () => {
    // Looked up while the core works; only the replies below wait for it.
    const locale = context.locales.localeFor(userId);
    try {
      const name = plainTextFromSlack(rest);
      const profile = name === '' ? await core.profiles.forMember(`slack:${userId}`) : await core.profiles.get(name);
      if (profile === undefined) {
        await respond(ephemeral(translate(await locale, 'slackNotLinked')));
        return;
      }
      const matches = await core.match(profile.id, { limit: 5 });
      await context.respondAll(
        respond,
        renderMatches(profile.name, matches, await locale),
        'ephemeral',
        command.channel_id,
      );
    } catch (error) {
      context.logFailure('/matchcut match', error, { userId });
      await respond(ephemeral(escapeMrkdwn(replyForError(error, await locale))));
    }
  });
};
