/**
 * Discord failures (REST errors, gateway close codes, network errors) as MatchcutErrors whose
 * message says which variable or permission to fix. Internal details stay in `message`;
 * `userMessage` is safe to post; `details.failure` names the failure for the member's reply
 * (adapters/i18n/error-messages.ts), so a refusal by Discord never reads like a model timeout.
 */
import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, HTTPError, RESTJSONErrorCodes } from 'discord.js';
import {
  configError,
  forbidden,
  isMatchcutError,
  type MatchcutError,
  notFound,
  toMatchcutError,
  upstreamError,
} from '../../src/index.js';

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** `doing` completes "…while <doing>", e.g. "registering the commands globally". */
export function describeDiscordFailure(error: unknown, doing: string): MatchcutError {
  if (isMatchcutError(error)) return error;
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) {
    return configError(
      `Discord rejected DISCORD_TOKEN while ${doing}: reset the token (Developer Portal → Bot → Reset Token) and ` +
        `set DISCORD_TOKEN to it.`,
      { cause: error },
    );
  }
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) {
      return configError(
        `Discord rejected DISCORD_TOKEN (401) while ${doing}: reset the token (Developer Portal → Bot → Reset ` +
          `Token) and set DISCORD_TOKEN to it.`,
        { cause: error },
      );
    }
    if (error.code === RESTJSONErrorCodes.MissingPermissions) {
      return forbidden(`Missing permissions while ${doing}: ${error.message}`, {
        cause: error,
        userMessage:
          'I am missing permissions there: I need View Channel, Send Messages, Embed Links, Read Message History ' +
          'and (for introductions) Create Public Threads.',
        details: { failure: 'discordMissingPermissions' },
      });
    }
    if (error.code === RESTJSONErrorCodes.MissingAccess) {
      return forbidden(
        `Missing access while ${doing}: check that DISCORD_APPLICATION_ID matches DISCORD_TOKEN, and that the bot ` +
          `was invited to the server (DISCORD_GUILD_ID) with the bot and applications.commands scopes.`,
        {
          cause: error,
          userMessage: 'I cannot see that channel: an admin needs to give me access to it.',
          details: { failure: 'discordMissingAccess' },
        },
      );
    }
    if (error.code === RESTJSONErrorCodes.UnknownChannel || error.code === RESTJSONErrorCodes.UnknownMessage) {
      return notFound(`Not found while ${doing}: ${error.message}`, {
        cause: error,
        userMessage: 'That channel or message no longer exists.',
        details: { failure: 'discordGone' },
      });
    }
    return upstreamError(`Discord answered ${error.status} (${String(error.code)}) while ${doing}: ${error.message}`, {
      cause: error,
      userMessage: 'Discord refused the request',
      details: { failure: 'discordRefused', status: error.status, discordCode: error.code },
    });
  }
  if (error instanceof HTTPError) {
    return upstreamError(`Discord answered ${error.status} while ${doing}: ${error.message}`, {
      cause: error,
      userMessage: 'Discord had a problem',
      details: { failure: 'discordProblem', status: error.status },
    });
  }
  const code =
    typeof error === 'object' && error !== null
      ? ((error as { code?: unknown; cause?: { code?: unknown } }).code ??
        (error as { cause?: { code?: unknown } }).cause?.code)
      : undefined;
  if (typeof code === 'string' && networkCodes.has(code)) {
    return upstreamError(
      `Could not reach Discord (${code}) while ${doing}: check the network, or DISCORD_API_URL if you set it.`,
      {
        cause: error,
        userMessage: 'Discord could not be reached',
        details: { failure: 'discordUnreachable', networkCode: code },
      },
    );
  }
  return toMatchcutError(error);
}
