/**
 * An organizer's `/matchcut digest` as a job (PostgreSQL mode): the replica that received the command
 * enqueues a digest job keyed by channel and minute — a double click, or the command sent again within the
 * minute, is the same job and posts once — and whichever Slack replica takes it posts the digest (parts
 * already posted are skipped, as after any failed try); the receiving replica waits for the outcome and
 * replies as before. Without a database the digest is posted in-process, as it always was.
 */
import { badInput, type JobHandler, keyWithin } from '../../src/index.js';
import { defaultLocale, type Locale, supportedLocale } from '../i18n/locales.js';
import { postDigest } from './digest-posting.js';
import { type SlackContext, slackErrorCode } from './slack-context.js';

export const slackDigestJob = 'digest-slack';

export interface SentDigest {
  count: number;
  alreadyPosted: number;
}

/** Slack's refusals the organizer can fix (invite the bot, pick another channel): not worth another try. */
const refusals = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'missing_scope']);

export function slackDigestHandler(context: SlackContext): JobHandler {
  return async (payload) => {
    const { channel, locale } = payload as { channel: string; locale: string };
    try {
      const { digest, alreadyPosted } = await postDigest(context, channel, {
        locale: supportedLocale(locale) ?? defaultLocale,
      });
      return { count: digest.suggestions.length, alreadyPosted };
    } catch (error) {
      const code = slackErrorCode(error);
      if (code === undefined || !refusals.has(code)) throw error;
      throw badInput(`Slack refused the digest for ${channel}: ${code}`, { details: { slackError: code } });
    }
  };
}

/** Posts the digest through the job queue (PostgreSQL mode) or directly; Slack's refusals keep their code. */
export async function sendDigest(context: SlackContext, channel: string, locale: Locale): Promise<SentDigest> {
  const jobs = context.core.jobs;
  if (jobs === undefined) {
    const { digest, alreadyPosted } = await postDigest(context, channel, { locale });
    return { count: digest.suggestions.length, alreadyPosted };
  }
  try {
    const key = keyWithin(`digest:slack:${channel}`, 60_000);
    return (await jobs.run(slackDigestJob, key, { channel, locale })) as unknown as SentDigest;
  } catch (error) {
    const details = (error as { details?: { slackError?: unknown } }).details;
    // digestFailureReply reads Slack's error code where the Web API client puts it.
    if (typeof details?.slackError === 'string')
      throw Object.assign(error as Error, { data: { error: details.slackError } });
    throw error;
  }
}
