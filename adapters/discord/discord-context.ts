/**
 * What every Discord handler is given: the core, the settings, the logger, the client, and the
 * shared helpers for errors (logged once, shown only to the member when Discord allows it),
 * multi-message replies and channel look-ups. `createDiscordContext` builds it once per bot.
 */
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
  type TextBasedChannel,
} from 'discord.js';
import { isMatchcutError, type Logger, type Matchcut, type MatchcutError } from '../../src/index.js';
import type { DiscordConfig } from './config.js';
import { chooseLocale } from '../i18n/locales.js';
import { describeDiscordFailure } from './discord-errors.js';
import { type DiscordMessage, renderError } from './render.js';

/** How an error reaches the member: a first reply, an edit of the deferred reply, a replacement, or a follow-up. */
export type ErrorDelivery = 'reply' | 'edit' | 'replace' | 'follow-up';

export type RepliableInteraction =
  ChatInputCommandInteraction | ModalSubmitInteraction | ButtonInteraction | MessageContextMenuCommandInteraction;

export interface DiscordContext {
  core: Matchcut;
  config: DiscordConfig;
  logger: Logger;
  client: Client;
  /** The member as the core knows them: "discord:<user id>". */
  actorOf(userId: string): string;
  /** The error as a MatchcutError, logged once at the level its code deserves. */
  failureOf(error: unknown, doing: string): MatchcutError;
  /** Shows an error to whoever triggered the interaction, only to them when Discord allows it. */
  respondWithError(
    interaction: RepliableInteraction,
    error: unknown,
    doing: string,
    delivery: ErrorDelivery,
    fieldLabel?: (path: string) => string,
  ): Promise<void>;
  /** Sends the first message one way (a reply, an edit) and the rest another (follow-ups). */
  sendAll(
    first: (message: DiscordMessage) => Promise<unknown>,
    rest: (message: DiscordMessage) => Promise<unknown>,
    messages: DiscordMessage[],
  ): Promise<void>;
  /** The interaction's channel, fetched when Discord did not include it. */
  channelOf(interaction: Interaction): Promise<TextBasedChannel | null>;
}

async function deliver(interaction: RepliableInteraction, message: DiscordMessage, delivery: ErrorDelivery) {
  if (delivery === 'reply' && !interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
  } else if (delivery === 'edit' && !interaction.replied) {
    await interaction.editReply(message);
  } else if (delivery === 'replace' && !interaction.replied) {
    // A public "thinking…" reply: remove it and tell only the member.
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
  }
}

export function createDiscordContext(base: {
  core: Matchcut;
  config: DiscordConfig;
  logger: Logger;
  client: Client;
}): DiscordContext {
  const { logger, client } = base;
  const failureOf = (error: unknown, doing: string): MatchcutError => {
    const failure = isMatchcutError(error) ? error : describeDiscordFailure(error, doing);
    const serious = failure.code === 'INTERNAL' || failure.code === 'CONFIG' || failure.code === 'KNOWLEDGE';
    logger[serious ? 'error' : 'warn']({ err: failure, code: failure.code, doing }, failure.message);
    return failure;
  };
  return {
    ...base,
    actorOf: (userId) => `discord:${userId}`,
    failureOf,
    async respondWithError(interaction, error, doing, delivery, fieldLabel) {
      const locale = chooseLocale({ memberLocale: interaction.locale });
      const message = renderError(failureOf(error, doing), fieldLabel, locale);
      try {
        await deliver(interaction, message, delivery);
      } catch (deliveryError) {
        logger.warn({ err: deliveryError, doing }, 'could not show an error to the member');
      }
    },
    async sendAll(first, rest, messages) {
      const [head, ...tail] = messages;
      if (head !== undefined) await first(head);
      for (const message of tail) await rest(message);
    },
    async channelOf(interaction) {
      if (interaction.channel !== null) return interaction.channel;
      if (interaction.channelId === null) return null;
      const channel = await client.channels.fetch(interaction.channelId).catch(() => null);
      return channel?.isTextBased() === true ? channel : null;
    },
  };
}
