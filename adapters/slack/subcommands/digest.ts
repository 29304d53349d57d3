/**
 * `/matchcut digest [#channel]`: organizers post a matchmaking digest here or to the channel named,
 * written in the organizer's language (the replies too).
 */
import type { Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { digestFailureReply } from '../digest-posting.js';
import { sendDigest } from '../digest-job.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

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

/** "Posted a matchmaking digest with 3 suggestions to #partners." (or the rest of one, after a failed try). */
export function digestPostedText(locale: Locale, count: number, alreadyPosted: number, channel: string): string {
  if (alreadyPosted > 0) {
    return count === 1
      ? translate(locale, 'slackDigestPostedRestOne', { channel })
      : translate(locale, 'slackDigestPostedRestMany', { channel, count });
  }
  return count === 1
    ? translate(locale, 'slackDigestPostedOne', { channel })
    : translate(locale, 'slackDigestPostedMany', { channel, count });
}

export const digest: SubcommandHandler = async ({ command, ack, respond, rest, userId }, context) => {
  await ack();
  await context.tasks.run('/matchcut digest', async () => {
    const locale = await context.locales.localeFor(userId);
    if (!(await context.organizers.isOrganizer(userId))) {
      context.logger.info({ userId }, 'digest refused: not an organizer');
      await respond(ephemeral(translate(locale, 'slackDigestNotOrganizer')));
      return;
    }
    const target = parseChannelArgument(rest);
    if (target === 'invalid') {
      await respond(ephemeral(translate(locale, 'slackDigestPickChannel')));
      return;
    }
    const channel = target ?? command.channel_id;
    try {
      // PostgreSQL mode: one job per channel and minute, posted by whichever Slack replica takes it.
      const { count, alreadyPosted } = await sendDigest(context, channel, locale);
      await respond(
        ephemeral(
          count === 0
            ? translate(locale, 'slackDigestNothingNew')
            : digestPostedText(locale, count, alreadyPosted, `<#${channel}>`),
        ),
      );
    } catch (error) {
      context.logFailure('/matchcut digest', error, { userId, channel });
      await respond(ephemeral(digestFailureReply(error, channel, locale)));
    }
  });
};
