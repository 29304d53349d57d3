/**
 * The permissions the bot needs in a server, and the invite URL that asks for them.
 * View Channel, Send Messages, Embed Links (answers and digests), Read Message History (replies
 * and thread history), Create Public Threads and Send Messages in Threads (introductions).
 */
import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

export const requiredPermissions =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads;

export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: requiredPermissions.toString(),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
