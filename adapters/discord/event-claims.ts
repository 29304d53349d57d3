/**
 * Each Discord interaction and message handled once across replicas (issue 18): with claims (a
 * deployment sharing state: MATCHCUT_DATABASE_URL or MATCHCUT_REDIS_URL), the interaction or message
 * id is claimed with a lease before its handler runs; another replica's claim makes this delivery a
 * duplicate, dropped. Messages from bots are never answered, so they are not claimed either.
 */
import type { Interaction, Message } from 'discord.js';
import type { Logger } from '../../src/index.js';
import { type EventClaimer, runOnce } from '../replicas/shared-claims.js';

export type DiscordEventClaims = EventClaimer;

/** Runs the interaction's handler once across replicas (at once without claims). */
export async function handleInteractionOnce(
  claims: DiscordEventClaims | undefined,
  interaction: Interaction,
  logger: Logger,
  handle: () => Promise<void>,
): Promise<void> {
  if (claims === undefined || interaction.user.bot) return handle();
  const details = { interactionId: interaction.id, type: interaction.type };
  await runOnce(
    claims,
    `discord:interaction:${interaction.id}`,
    logger,
    { what: 'Discord interaction', details },
    handle,
  );
}

/** Runs the message's handler once across replicas (at once without claims). */
export async function handleMessageOnce(
  claims: DiscordEventClaims | undefined,
  message: Message,
  logger: Logger,
  handle: () => Promise<void>,
): Promise<void> {
  if (claims === undefined || message.author.bot) return handle();
  const details = { messageId: message.id, channelId: message.channelId };
  await runOnce(claims, `discord:message:${message.id}`, logger, { what: 'Discord message', details }, handle);
}
