/**
 * `/matchcut add <url>`: organizers add a web page to the knowledge base. The core fetches it
 * (guarded), extracts the article and builds a new index generation; the reply names the title,
 * the language and the first passage. Members get a polite refusal.
 */
import { pageRefusalText } from '../../i18n/error-messages.js';
import { defaultLocale, type Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { type AddedPage, isMatchcutError } from '../../../src/index.js';
import { escapeAndTruncate, linkMrkdwn, quoteMrkdwn } from '../mrkdwn.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

/** The URL in the command text: Slack sends links as `<https://…>` or `<https://…|label>`. */
export function parseAddArgument(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const linked = /^<([^|>]+)(?:\|[^>]*)?>$/u.exec(trimmed);
  const address = (linked?.[1] ?? trimmed).replace(/&amp;/gu, '&');
  return /\s/u.test(address) ? undefined : address;
}

export function renderAddedPage(page: AddedPage, locale: Locale = defaultLocale): string {
  const key = page.outcome === 'added' ? 'addAdded' : page.outcome === 'updated' ? 'addUpdated' : 'addAlreadyThere';
  const title = `*${linkMrkdwn(page.url, page.title)}*`;
  const heading = translate(locale, key, { title, language: escapeAndTruncate(page.language, 10) });
  return [
    `${heading} ${translate(locale, 'addAnswerableSoon')}`,
    quoteMrkdwn(escapeAndTruncate(page.firstPassage, 600)),
  ].join('\n');
}

export const add: SubcommandHandler = async ({ ack, respond, rest, userId }, context) => {
  await ack();
  await context.tasks.run('/matchcut add', async () => {
    const locale = await context.locales.localeFor(userId);
    if (!(await context.organizers.isOrganizer(userId))) {
      context.logger.info({ userId }, 'add refused: not an organizer');
      await respond(ephemeral(translate(locale, 'onlyOrganizersAdd')));
      return;
    }
    const address = parseAddArgument(rest);
    if (address === undefined || context.core.addPage === undefined) {
      await respond(ephemeral(translate(locale, 'addGiveAddress')));
      return;
    }
    try {
      const page = await context.core.addPage(address);
      await respond(ephemeral(renderAddedPage(page, locale)));
    } catch (error) {
      context.logFailure('/matchcut add', error, { userId, address });
      const reason = isMatchcutError(error) ? pageRefusalText(error, locale) : undefined;
      await respond(
        ephemeral(
          reason === undefined
            ? translate(locale, 'addFailed')
            : translate(locale, 'addRefused', { reason: escapeAndTruncate(reason, 600) }),
        ),
      );
    }
  });
};
