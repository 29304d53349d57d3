/**
 * The Slack adapter's settings: one zod schema over a plain environment object (the wiring
 * file passes process.env; tests pass literals). Every problem is a MatchcutError('CONFIG')
 * whose message names the variable and says how to fix it.
 */
import { z } from 'zod';
import { defaultLocale, digestLanguageSetting, type Locale } from '../i18n/locales.js';
import { configError, type Environment, optionalText, parseEnvironment, readDigestSchedule } from '../../src/index.js';

/** Immutable Slack ids an organizer can be given by: users (U…, W… on Enterprise Grid) and user groups (S…). */
const organizerIdPattern = /^[UWS][A-Z0-9]{2,}$/;

export const slackEnvironmentSchema = z.object({
  SLACK_BOT_TOKEN: optionalText.pipe(
    z.string().startsWith('xoxb-', 'must be a bot token starting with xoxb-').optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(
    z
      .string()
      .startsWith('xapp-', 'must be an app-level token starting with xapp- (with the connections:write scope)')
      .optional(),
  ),
  SLACK_API_URL: optionalText.pipe(z.url({ message: 'must be a URL such as https://slack.com/api/' }).optional()),
  SLACK_ORGANIZERS: optionalText,
  SLACK_DIGEST_LANGUAGE: digestLanguageSetting,
  PORT: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a port number such as 3000')
      .transform(Number)
      .pipe(z.number().max(65_535, 'must be a port number between 0 and 65535'))
      .optional(),
  ),
});

export interface SlackDigestSchedule {
  /** Cron pattern (5 or 6 fields, croner syntax). */
  cron: string;
  /** Slack channel id the scheduled digest is posted to. */
  channel: string;
  /** Suggestions per digest. */
  size: number;
}

export interface SlackConfig {
  botToken: string;
  /** Present in HTTP mode. */
  signingSecret: string | undefined;
  /** Present in Socket Mode. */
  appToken: string | undefined;
  mode: 'http' | 'socket';
  /** Web API base URL, always ending in a slash. */
  apiUrl: string;
  /** User ids (U…/W…) and user-group ids (S…) allowed to send digests. */
  organizers: string[];
  port: number;
  digestSchedule: SlackDigestSchedule | undefined;
  /** The language of scheduled digests (SLACK_DIGEST_LANGUAGE; English when unset). */
  digestLanguage?: Locale;
}

export const defaultSlackApiUrl = 'https://slack.com/api/';

/** True when the environment asks for the Slack adapter (SLACK_BOT_TOKEN set). */
export function isSlackConfigured(environment: Environment): boolean {
  return (environment.SLACK_BOT_TOKEN ?? '').trim() !== '';
}

/** Reads the Slack settings (and the scheduled digest, from the core's MATCHCUT_DIGEST_* variables). */
export function loadSlackConfig(environment: Environment): SlackConfig {
  const env = parseEnvironment(
    slackEnvironmentSchema,
    environment,
    (variable, message) => `${variable} ${message}. Fix ${variable}, or run without Slack: unset SLACK_BOT_TOKEN.`,
    'Slack configuration',
  );
  if (env.SLACK_BOT_TOKEN === undefined) {
    const stray = (['SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'] as const).find((name) => env[name] !== undefined);
    throw configError(
      stray === undefined
        ? 'Set SLACK_BOT_TOKEN (the xoxb- token from your Slack app\'s "OAuth & Permissions" page) to run on Slack.'
        : `${stray} is set but SLACK_BOT_TOKEN is not: set SLACK_BOT_TOKEN (xoxb-…) to run on Slack, or unset ` +
            `${stray}.`,
    );
  }
  const mode = env.SLACK_APP_TOKEN === undefined ? 'http' : 'socket';
  if (mode === 'http' && env.SLACK_SIGNING_SECRET === undefined) {
    throw configError(
      'SLACK_SIGNING_SECRET is missing. Set SLACK_SIGNING_SECRET (from your Slack app\'s "Basic Information" page), ' +
        'or SLACK_APP_TOKEN to use Socket Mode, or run without Slack: unset SLACK_BOT_TOKEN.',
    );
  }
  return {
    botToken: env.SLACK_BOT_TOKEN,
    signingSecret: env.SLACK_SIGNING_SECRET,
    appToken: env.SLACK_APP_TOKEN,
    mode,
    apiUrl: withTrailingSlash(env.SLACK_API_URL ?? defaultSlackApiUrl),
    organizers: parseOrganizers(env.SLACK_ORGANIZERS),
    port: env.PORT ?? 3000,
    digestSchedule: loadDigestSchedule(environment),
    digestLanguage: env.SLACK_DIGEST_LANGUAGE ?? defaultLocale,
  };
}

function parseOrganizers(value: string | undefined): string[] {
  if (value === undefined) return [];
  const ids = value
    .split(/[\s,;]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const invalid = ids.find((id) => !organizerIdPattern.test(id));
  if (invalid !== undefined) {
    throw configError(
      `SLACK_ORGANIZERS contains "${invalid}", which is not a Slack user id (U… or W…) or user group id (S…). Use ` +
        `ids, not names (a member's profile → ⋮ → "Copy member ID"), separated by commas.`,
    );
  }
  return [...new Set(ids)];
}

/**
 * The scheduled digest uses the core's variables (MATCHCUT_DIGEST_CRON, MATCHCUT_DIGEST_CHANNEL,
 * MATCHCUT_DIGEST_SIZE).
 */
function loadDigestSchedule(environment: Environment): SlackDigestSchedule | undefined {
  return readDigestSchedule(environment, {
    channelFromSetting: slackChannelFromSetting,
    invalidChannel: (setting) =>
      `MATCHCUT_DIGEST_CHANNEL "${setting}" is not a Slack channel id: use the id (C…, G…) or "slack:C…", ` +
      'found under the channel\'s name → "About" in Slack.',
  });
}

/** "C123", "slack:C123" → "C123"; "discord:…" → null (not ours); anything else → undefined (invalid). */
function slackChannelFromSetting(setting: string): string | null | undefined {
  const [prefix, rest] = setting.includes(':')
    ? [setting.slice(0, setting.indexOf(':')), setting.slice(setting.indexOf(':') + 1)]
    : ['slack', setting];
  if (prefix !== 'slack') return null;
  const id = rest.trim();
  return /^[CGD][A-Z0-9]{2,}$/.test(id) ? id : undefined;
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
