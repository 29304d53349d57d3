/**
 * The shape of a `/matchcut` subcommand handler. Each handler acknowledges first (within
 * Slack's 3 seconds; with the reply itself when it is immediate), then works.
 */
import type { AckFn, RespondArguments, RespondFn, SlashCommand } from '@slack/bolt';
import type { SlackContext } from '../slack-context.js';

export interface SubcommandInput {
  command: SlashCommand;
  ack: AckFn<string | RespondArguments>;
  respond: RespondFn;
  /** The text after the subcommand's name. */
  rest: string;
  userId: string;
}

export type SubcommandHandler = (input: SubcommandInput, context: SlackContext) => Promise<void>;

/** An ephemeral reply, only for the member who ran the command. */
export const ephemeral = (text: string) => ({ response_type: 'ephemeral' as const, text });
