/**
 * `/matchcut <subcommand> …`: a table of small handlers (adapters/slack/subcommands/). An
 * unknown subcommand gets the usage, only for the member who typed it.
 */
import type { App } from '@slack/bolt';
import { translate } from '../../i18n/translate.js';
import { escapeAndTruncate } from '../mrkdwn.js';
import type { SlackContext } from '../slack-context.js';
import { add } from '../subcommands/add.js';
import { ask } from '../subcommands/ask.js';
import { digest } from '../subcommands/digest.js';
import { match } from '../subcommands/match.js';
import { partners } from '../subcommands/partners.js';
import { profile } from '../subcommands/profile.js';
import { settings } from '../subcommands/settings.js';
import { ephemeral, type SubcommandHandler } from '../subcommands/subcommand.js';

/** In the member's language when Slack already told us their locale (the acknowledgement never waits for it). */
const help: SubcommandHandler = async ({ ack, userId }, context) => {
  await ack(ephemeral(translate(context.locales.localeNow(userId), 'slackHelp')));
};

export const subcommands: Readonly<Record<string, SubcommandHandler>> = {
  '': help,
  help,
  ask,
  match,
  partners,
  profile,
  digest,
  add,
  settings,
};

/** `ask Who …?` → { subcommand: 'ask', rest: 'Who …?' } */
export function parseCommandText(text: string): { subcommand: string; rest: string } {
  const match = /^(\S+)\s*([\s\S]*)$/.exec(text.trim());
  if (match === null) return { subcommand: '', rest: '' };
  return { subcommand: (match[1] ?? '').toLowerCase(), rest: (match[2] ?? '').trim() };
}

export function register(app: App, context: SlackContext): void {
  app.command('/matchcut', async ({ command, ack, respond }) => {
    const { subcommand, rest } = parseCommandText(command.text);
    const handler = Object.hasOwn(subcommands, subcommand) ? subcommands[subcommand] : undefined;
    if (handler === undefined) {
      const locale = context.locales.localeNow(command.user_id);
      const unknown = translate(locale, 'slackUnknownSubcommand', { subcommand: escapeAndTruncate(subcommand, 50) });
      await ack(ephemeral(`${unknown}\n${translate(locale, 'slackHelp')}`));
      return;
    }
    await handler({ command, ack, respond, rest, userId: command.user_id }, context);
  });
}
