/** `/matchcut digest [#channel]`: organizers post a matchmaking digest here or to the channel named. */
import { digestFailureReply, postDigest } from '../digest-posting.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

const notAnOrganizer =
  'Sorry, only organizers can send a matchmaking digest. ' +
  'To see suggestions for your own organization, try `/matchcut match`.';
const pickChannel =
  'Pick the channel from the list as you type `#` (for example `/matchcut digest #partners`), ' +
  'or leave it out to post here.';
const nothingNew =
  'No new suggestions to send right now: every good pair was suggested recently or already answered. ' +
  'Add or update profiles, or try again later.';

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

export const digest: SubcommandHandler = async ({ command, ack, respond, rest, userId }, context) => {
  await ack();
  await context.tasks.run('/matchcut digest', async () => {
    if (!(await context.organizers.isOrganizer(userId))) {
      context.logger.info({ userId }, 'digest refused: not an organizer');
      await respond(ephemeral(notAnOrganizer));
      return;
    }
    const target = parseChannelArgument(rest);
    if (target === 'invalid') {
      await respond(ephemeral(pickChannel));
      return;
    }
    const channel = target ?? command.channel_id;
    try {
      const { digest: posted, alreadyPosted } = await postDigest(context, channel);
      const count = posted.suggestions.length;
      const plural = count === 1 ? '' : 's';
      const what = alreadyPosted > 0 ? 'the rest of the matchmaking digest' : 'a matchmaking digest';
      await respond(
        ephemeral(count === 0 ? nothingNew : `Posted ${what} with ${count} suggestion${plural} to <#${channel}>.`),
      );
    } catch (error) {
      context.logFailure('/matchcut digest', error, { userId, channel });
      await respond(ephemeral(digestFailureReply(error, channel)));
    }
  });
};
