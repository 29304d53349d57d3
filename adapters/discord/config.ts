/**
 * The Discord adapter's settings: one zod schema over a plain environment object (main.ts
 * passes process.env; tests pass literals). Every problem is a MatchcutError('CONFIG') whose
 * message names the variable and says how to fix it.
 */
import { z } from 'zod';
import { defaultLocale, digestLanguageSetting, type Locale } from '../i18n/locales.js';
import { configError, type Environment, optionalText, parseEnvironment, readDigestSchedule } from '../../src/index.js';

/** Discord ids are snowflakes: 17 to 20 decimal digits. */
const snowflakePattern = /^\d{17,20}$/;

const snowflake = (how: string) =>
  optionalText.pipe(z.string().regex(snowflakePattern, `must be a Discord id (17 to 20 digits): ${how}`).optional());

export const discordEnvironmentSchema = z.object({
  DISCORD_TOKEN: optionalText.pipe(
    z
      .string()
      .refine((token) => !/^bot\s/i.test(token), 'must be the token alone, without the "Bot " prefix')
      .refine((token) => !/\s/.test(token), 'must not contain spaces or line breaks')
      .optional(),
  ),
  DISCORD_APPLICATION_ID: snowflake(
    'copy the Application ID from the Developer Portal → your application → General Information',
  ),
  DISCORD_GUILD_ID: snowflake('enable Developer Mode in Discord, right-click the server → Copy Server ID'),
  DISCORD_ORGANIZER_ROLE: snowflake(
    'a role id, not its name: enable Developer Mode, Server Settings → Roles → ⋯ → Copy Role ID',
  ),
  DISCORD_DIGEST_LANGUAGE: digestLanguageSetting,
  DISCORD_MESSAGE_CONTENT: optionalText.pipe(
    z
      .enum(['on', 'off', '1', '0', 'true', 'false'], { message: 'must be on or off' })
      .transform((value) => ['on', '1', 'true'].includes(value))
      .optional(),
  ),
  // auto or a shard count (./sharding.ts reads and checks it when the bot starts).
  MATCHCUT_DISCORD_SHARDS: optionalText,
  DISCORD_API_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://discord.com/api' })
      .refine(
        (url) => !/\/v\d+\/?$/.test(url),
        'must not include the API version: use https://discord.com/api, not …/api/v10',
      )
      .optional(),
  ),
});

export interface DiscordDigestSchedule {
  /** Cron pattern (5 or 6 fields, croner syntax). */
  cron: string;
  /** Discord channel id the scheduled digest is posted to. */
  channelId: string;
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Register commands to this server only (instant updates while developing); global otherwise. */
  guildId: string | undefined;
  /** Members with this role are organizers; members with Manage Server always are. */
  organizerRoleId: string | undefined;
  /** REST base URL without the version, e.g. https://discord.com/api (discord.js adds /v10). */
  apiUrl: string;
  digestSchedule: DiscordDigestSchedule | undefined;
  /** The language of scheduled digests (DISCORD_DIGEST_LANGUAGE; English when unset). */
  digestLanguage?: Locale;
  /**
   * DISCORD_MESSAGE_CONTENT=on: ask for the privileged Message Content intent (enable it in the
   * Developer Portal too), so channels set to `auto` can read messages that do not mention the bot.
   */
  messageContent?: boolean;
}

export const defaultDiscordApiUrl = 'https://discord.com/api';

/** True when the environment asks for the Discord adapter (DISCORD_TOKEN set). */
export function isDiscordConfigured(environment: Environment): boolean {
  return (environment.DISCORD_TOKEN ?? '').trim() !== '';
}

/** Reads what `matchcut discord register` needs: the token, the application and (optionally) the server. */
export function loadDiscordConfig(environment: Environment): DiscordConfig {
  const env = parseEnvironment(
    discordEnvironmentSchema,
    environment,
    (variable, message) => `${variable} ${message}. Fix ${variable}, or run without Discord: unset DISCORD_TOKEN.`,
    'Discord configuration',
  );
  if (env.DISCORD_TOKEN === undefined) {
    const stray = (['DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_ORGANIZER_ROLE'] as const).find(
      (name) => env[name] !== undefined,
    );
    throw configError(
      stray === undefined
        ? 'Set DISCORD_TOKEN (Developer Portal → your application → Bot → Reset Token) to run on Discord.'
        : `${stray} is set but DISCORD_TOKEN is not: set DISCORD_TOKEN (Developer Portal → Bot → Reset Token) to ` +
            `run on Discord, or unset ${stray}.`,
    );
  }
  if (env.DISCORD_APPLICATION_ID === undefined) {
    throw configError(
      'DISCORD_APPLICATION_ID is missing: set it to the Application ID shown in the Developer Portal → your ' +
        'application → General Information (the same application as DISCORD_TOKEN).',
    );
  }
  return {
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    guildId: env.DISCORD_GUILD_ID,
    organizerRoleId: env.DISCORD_ORGANIZER_ROLE,
    apiUrl: (env.DISCORD_API_URL ?? defaultDiscordApiUrl).replace(/\/+$/, ''),
    digestSchedule: loadDigestSchedule(environment),
    digestLanguage: env.DISCORD_DIGEST_LANGUAGE ?? defaultLocale,
    messageContent: env.DISCORD_MESSAGE_CONTENT ?? false,
  };
}

/** The scheduled digest uses the core's variables (MATCHCUT_DIGEST_CRON, MATCHCUT_DIGEST_CHANNEL). */
function loadDigestSchedule(environment: Environment): DiscordDigestSchedule | undefined {
  const schedule = readDigestSchedule(environment, {
    channelFromSetting: discordChannelFromSetting,
    channelHint: '"discord:<channel id>"',
    invalidChannel: (setting) =>
      `MATCHCUT_DIGEST_CHANNEL "${setting}" is not a Discord channel id: use "discord:<channel id>" ` +
      '(enable Developer Mode, right-click the channel → Copy Channel ID).',
  });
  return schedule === undefined ? undefined : { cron: schedule.cron, channelId: schedule.channel };
}

/** "discord:123…", "123…" → the id; "slack:…", "C123" → null (not ours); "discord:general" → undefined (invalid). */
function discordChannelFromSetting(setting: string): string | null | undefined {
  const separator = setting.indexOf(':');
  if (separator === -1) return snowflakePattern.test(setting) ? setting : null;
  if (setting.slice(0, separator) !== 'discord') return null;
  const id = setting.slice(separator + 1).trim();
  return snowflakePattern.test(id) ? id : undefined;
}
