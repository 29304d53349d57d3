/**
 * An organizer's `/digest` as a job (PostgreSQL mode): the replica that received the interaction enqueues
 * a digest job keyed by channel and minute — a double click, or the command sent again within the minute,
 * is the same job and posts once — for the shard holding the channel's server (job kind per shard: only a
 * process holding that shard can post there), and waits for the outcome to edit its deferred reply as
 * before. Without a database the digest is posted in-process, as it always was.
 */
import { type Client, ShardClientUtil } from 'discord.js';
import { type JobData, keyWithin, type Logger, type Matchcut } from '../../src/index.js';
import type { Locale } from '../i18n/locales.js';
import { postDigest, type PostedDigest } from './post-digest.js';

export const discordDigestJob = (shard: number) => `digest-discord-${shard}`;

/** This process posts the digests enqueued for the shards it holds. */
export async function handleDiscordDigestJobs(client: Client, core: Matchcut, logger: Logger): Promise<void> {
  const jobs = core.jobs;
  if (jobs === undefined) return;
  for (const shard of client.ws.shards.map((held) => held.id)) {
    await jobs.handle(discordDigestJob(shard), async (payload) => {
      const { channelId, locale } = payload as { channelId: string; locale: Locale };
      return (await postDigest({ client, core, logger }, channelId, { locale })) as unknown as JobData;
    });
  }
}

/** Posts the digest through the job queue (PostgreSQL mode) or directly. */
export async function sendDiscordDigest(
  dependencies: { client: Client; core: Matchcut; logger: Logger },
  target: { guildId: string; channelId: string },
  locale: Locale,
): Promise<PostedDigest> {
  const jobs = dependencies.core.jobs;
  if (jobs === undefined) return postDigest(dependencies, target.channelId, { locale });
  const { client } = dependencies;
  const shard = ShardClientUtil.shardIdForGuildId(
    target.guildId,
    client.shard?.count ?? client.options.shardCount ?? 1,
  );
  const key = keyWithin(`digest:discord:${target.channelId}`, 60_000);
  return (await jobs.run(discordDigestJob(shard), key, {
    channelId: target.channelId,
    locale,
  })) as unknown as PostedDigest;
}
