/**
 * The one environment loader: every settings reader (the core's `loadConfig`, the Slack and
 * Discord adapters' configs) parses a plain environment object with a zod schema here, and the
 * first problem becomes a MatchcutError('CONFIG') whose message names the variable and says how
 * to fix it. The scheduled digest (MATCHCUT_DIGEST_*) is read here once for every platform.
 */
import { Cron } from 'croner';
import { z } from 'zod';
import { configError } from '../errors.js';

/** A plain environment object: the process environment in the wiring files, literals in tests. */
export type Environment = Record<string, string | undefined>;

/** A text setting; blank counts as unset. */
export const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/**
 * Parses `environment` with `schema`. On a problem, throws CONFIG with the text `describe`
 * makes from the variable's name (or `fallbackVariable`) and zod's message.
 */
export function parseEnvironment<Schema extends z.ZodType>(
  schema: Schema,
  environment: Environment,
  describe: (variable: string, message: string) => string,
  fallbackVariable = 'configuration',
): z.output<Schema> {
  const parsed = schema.safeParse(environment);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = issue === undefined || issue.path.length === 0 ? fallbackVariable : issue.path.map(String).join('.');
  throw configError(describe(variable, issue?.message ?? 'is invalid'));
}

const digestScheduleSchema = z.object({
  MATCHCUT_DIGEST_CRON: optionalText,
  MATCHCUT_DIGEST_CHANNEL: optionalText,
  MATCHCUT_DIGEST_SIZE: z.coerce.number().int().positive().default(8),
});

export interface DigestScheduleSetting {
  /** Cron pattern (5 or 6 fields, croner syntax). */
  cron: string;
  /** The platform's own channel id. */
  channel: string;
  /** Suggestions per digest. */
  size: number;
}

export interface DigestChannelRules {
  /** The platform's channel id in the setting; null when the setting is another platform's; undefined when invalid. */
  channelFromSetting(setting: string): string | null | undefined;
  /** The message for a setting that is this platform's but not a valid channel. */
  invalidChannel(setting: string): string;
  /** How to write the channel, added to "set the channel the scheduled digest goes to". */
  channelHint?: string;
}

/**
 * The scheduled digest for one platform, from MATCHCUT_DIGEST_CRON, MATCHCUT_DIGEST_CHANNEL (one
 * channel, or a comma-separated list with at most one per platform) and MATCHCUT_DIGEST_SIZE;
 * undefined when no schedule is set or no channel is this platform's.
 */
export function readDigestSchedule(
  environment: Environment,
  rules: DigestChannelRules,
): DigestScheduleSetting | undefined {
  const settings = parseEnvironment(
    digestScheduleSchema,
    environment,
    (variable, message) => `${variable}: ${message}. Fix or unset ${variable}.`,
    'MATCHCUT_DIGEST_CRON',
  );
  const { MATCHCUT_DIGEST_CRON: cron, MATCHCUT_DIGEST_CHANNEL: channelSetting, MATCHCUT_DIGEST_SIZE: size } = settings;
  if (cron === undefined) return undefined;
  if (channelSetting === undefined) {
    const hint = rules.channelHint === undefined ? '' : ` (${rules.channelHint})`;
    throw configError(
      'MATCHCUT_DIGEST_CRON is set but MATCHCUT_DIGEST_CHANNEL is not: ' +
        `set the channel the scheduled digest goes to${hint}, or unset MATCHCUT_DIGEST_CRON.`,
    );
  }
  // A comma-separated list names one channel per platform ("slack:C0PARTNERS, discord:1234…"): each
  // platform posts its own digest to its own entry; entries meant for another platform are not its own.
  const ours: string[] = [];
  for (const entry of channelSetting
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    const channel = rules.channelFromSetting(entry);
    if (channel === null) continue;
    if (channel === undefined) throw configError(rules.invalidChannel(entry));
    ours.push(channel);
  }
  if (ours.length > 1) {
    throw configError(
      `MATCHCUT_DIGEST_CHANNEL names ${ours.length} channels of one platform (${ours.join(', ')}): ` +
        'give at most one per platform, e.g. "slack:C0PARTNERS,discord:<channel id>".',
    );
  }
  const [channel] = ours;
  if (channel === undefined) return undefined;
  validateCron(cron);
  return { cron, channel, size };
}

/** Throws CONFIG naming MATCHCUT_DIGEST_CRON when `cron` is not a cron pattern. */
export function validateCron(cron: string): void {
  try {
    new Cron(cron, { paused: true }).stop();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw configError(
      `MATCHCUT_DIGEST_CRON "${cron}" is not a valid cron pattern (${reason}); ` +
        'for example "0 9 * * 1" is Mondays at 09:00.',
    );
  }
}
