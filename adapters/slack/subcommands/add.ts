/**
 * `/matchcut add <url>`: organizers add a web page to the knowledge base. The core fetches it
 * (guarded), extracts the article and builds a new index generation; the reply names the title,
 * the language and the first passage. Members get a polite refusal.
 */
import { translate } from '../../i18n/translate.js';
import { type AddedPage, isMatchcutError } from '../../../src/index.js';
import { escapeAndTruncate, linkMrkdwn, quoteMrkdwn } from '../mrkdwn.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

const giveAddress = 'Give the page address: `/matchcut add https://…`';

/** The URL in the command text: Slack sends links as `<https://…>` or `<https://…|label>`. */
export function parseAddArgument(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const linked = /^<([^|>]+)(?:\|[^>]*)?>$/u.exec(trimmed);
  const address = (linked?.[1] ?? trimmed).replace(/&amp;/gu, '&');
  return /\s/u.test(address) ? undefined : address;
}

export function renderAddedPage(page: AddedPage): string {
  const verb =
    page.outcome === 'added' ? 'Added' : page.outcome === 'updated' ? 'Updated' : 'Already in the knowledge base:';
  return [
    `${verb} *${linkMrkdwn(page.url, page.title)}* (${escapeAndTruncate(page.language, 10)}). ` +
      'It is answerable in a few seconds.',
    quoteMrkdwn(escapeAndTruncate(page.firstPassage, 600)),
  ].join('\n');
}

export const add: SubcommandHandler = async ({ ack, respond, rest, userId }, context) => {
  await ack();
  await context.tasks.run('/matchcut add', async () => {
    if (!(await context.organizers.isOrganizer(userId))) {
      context.logger.info({ userId }, 'add refused: not an organizer');
      await respond(ephemeral(translate(await context.locales.localeFor(userId), 'onlyOrganizersAdd')));
      return;
    }
    const address = parseAddArgument(rest);
    if (address === undefined || context.core.addPage === undefined) {
      await respond(ephemeral(giveAddress));
      return;
    }
    try {
      const page = await context.core.addPage(address);
      await respond(ephemeral(renderAddedPage(page)));
    } catch (error) {
      context.logFailure('/matchcut add', error, { userId, address });
      const reason = isMatchcutError(error) && error.code === 'BAD_INPUT' ? error.userMessage : undefined;
      await respond(
        ephemeral(
          reason === undefined
            ? 'Sorry, adding that page failed on our side; the details are in the logs.'
            : `I could not add that page: ${escapeAndTruncate(reason, 600)}`,
        ),
      );
    }
  });
};
