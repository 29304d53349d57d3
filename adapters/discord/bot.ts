/**
 * `createDiscordBot(deps)`: the discord.js Client, wired to the handlers (interactions/: one file
 * per command, a router, the mention listener). The handlers translate Discord events into core
 * calls and core results into messages (render.ts); slow work is deferred at once (the 3-second
 * window) and the reply edited when ready.
 *
 * Intents: Guilds, GuildMessages, DirectMessages. No MessageContent by default: the bot reads
 * messages that mention it, DMs and its own messages, which Discord delivers with content anyway.
 * DISCORD_MESSAGE_CONTENT=on adds it, for channels an organizer set to `auto` (questions nobody
 * addressed to the bot).
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { configError, type Logger, type Matchcut, type MatchcutError } from '../../src/index.js';
import type { DiscordConfig } from './config.js';
import { createDiscordContext, type DiscordContext } from './discord-context.js';
import { describeDiscordFailure } from './discord-errors.js';
import { releaseAbandonedDigest } from '../replicas/scheduled-once.js';
import type { BotClaims } from '../replicas/shared-claims.js';
import { handleInteractionOnce, handleMessageOnce } from './event-claims.js';
import { onMessage } from './interactions/mention.js';
import { routeInteraction } from './interactions/router.js';
import { postDigest } from './post-digest.js';
import { handleDiscordDigestJobs } from './digest-job.js';
import { noMentions } from './render.js';
import { type ScheduledDigest, startScheduledDigest } from './scheduled-digest.js';
import { holdsShard, shardOfChannel } from './sharding.js';

/** Only what the bot uses; none of them is privileged. */
export const discordIntents = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
] as const;

export interface DiscordBotDependencies {
  core: Matchcut;
  config: DiscordConfig;
  logger: Logger;
  /** How long login waits for unavailable servers (discord.js default 15 s; tests set it low). */
  waitGuildTimeoutMs?: number;
  /** How long `start` waits for READY. */
  readyTimeoutMs?: number;
  /** How long `stop` lets running handlers finish. */
  drainTimeoutMs?: number;
  /** Claims each interaction and message across replicas (./event-claims.ts); none: every one is handled. */
  claims?: BotClaims | undefined;
}

export interface DiscordBot {
  readonly client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Whether the gateway connection is ready now (health checks). */
  connected(): boolean;
}

/** Logs what the client and its REST queue report (reconnects, rate limits, errors). */
function logClientEvents(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'Discord client warning'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'Discord gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, 'Discord gateway session resumed'),
  );
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, 'Discord gateway disconnected for good'),
  );
  client.rest.on('rateLimited', (info) =>
    logger.warn(
      { route: info.route, retryAfterMs: info.retryAfter, global: info.global },
      'Discord rate limit: waiting before retrying',
    ),
  );
}

/** Logs in and waits for READY; checks the token belongs to DISCORD_APPLICATION_ID. */
async function logIn(context: DiscordContext, readyTimeoutMs: number): Promise<void> {
  const { client, config } = context;
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    timer = setTimeout(
      () => reject(new Error(`Discord did not send READY within ${readyTimeoutMs} ms`)),
      readyTimeoutMs,
    );
  });
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw describeLoginFailure(error);
  } finally {
    clearTimeout(timer);
  }
  const applicationId = client.application?.id;
  if (applicationId !== config.applicationId) {
    await client.destroy();
    throw configError(
      `DISCORD_APPLICATION_ID is ${config.applicationId} but DISCORD_TOKEN belongs to application ` +
        `${applicationId ?? 'unknown'}: copy both from the same application in the Developer Portal.`,
    );
  }
}

export function createDiscordBot(dependencies: DiscordBotDependencies): DiscordBot {
  const { core, config, logger } = dependencies;
  const waitGuildTimeoutMs = dependencies.waitGuildTimeoutMs ?? 15_000;
  const client = new Client({
    intents:
      config.messageContent === true ? [...discordIntents, GatewayIntentBits.MessageContent] : [...discordIntents],
    // DM channels are never announced by the gateway; without this, DMs would be dropped.
    partials: [Partials.Channel],
    rest: { api: config.apiUrl },
    allowedMentions: { ...noMentions },
    waitGuildTimeout: waitGuildTimeoutMs,
  });
  const context = createDiscordContext({ core, config, logger, client });
  const inFlight = new Set<Promise<void>>();
  let scheduledDigest: ScheduledDigest | undefined;
  let stopping = false;

  const track = (name: string, work: () => Promise<void>): void => {
    if (stopping) return;
    const running: Promise<void> = work()
      .catch((error: unknown) => logger.error({ err: error, handler: name }, 'a Discord handler failed'))
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  };

  const { claims } = dependencies;
  client.on(Events.InteractionCreate, (interaction) =>
    track('interaction', () =>
      handleInteractionOnce(claims, interaction, logger, () => routeInteraction(interaction, context)),
    ),
  );
  client.on(Events.MessageCreate, (message) =>
    track('message', () => handleMessageOnce(claims, message, logger, () => onMessage(message, context))),
  );
  logClientEvents(client, logger);

  const start = async (): Promise<void> => {
    await logIn(context, dependencies.readyTimeoutMs ?? waitGuildTimeoutMs + 30_000);
    const shards = client.ws.shards.map((shard) => shard.id);
    logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards }, 'Discord bot is ready');
    // What the first mentions would otherwise compile, a step per event-loop turn so that events go first.
    track('warm-up', async () => {
      await core.warmUp?.(() => new Promise((resolve) => setImmediate(resolve)));
    });
    // PostgreSQL mode: this process posts organizers' digests enqueued for its shards by any replica.
    await handleDiscordDigestJobs(client, core, logger);
    // Sharded (MATCHCUT_DISCORD_SHARDS), only the process holding the channel's server runs the schedule.
    const digestShard =
      config.digestSchedule === undefined || client.shard === null
        ? 0
        : await shardOfChannel(client, config.digestSchedule.channelId, logger);
    if (config.digestSchedule !== undefined && holdsShard(client, digestShard)) {
      scheduledDigest = startScheduledDigest({
        schedule: config.digestSchedule,
        post: (channelId) => postDigest({ client, core, logger }, channelId, { locale: config.digestLanguage }),
        logger,
        claims,
        takeOver: (channelId, tick) => releaseAbandonedDigest(core, `discord:${channelId}`, tick, logger),
      });
    }
  };

  const stop = async (): Promise<void> => {
    stopping = true;
    scheduledDigest?.stop();
    const drained = Promise.allSettled([...inFlight]);
    let timer: NodeJS.Timeout | undefined;
    const drainTimeoutMs = dependencies.drainTimeoutMs ?? 5_000;
    await Promise.race([drained, new Promise((resolve) => (timer = setTimeout(resolve, drainTimeoutMs)))]);
    clearTimeout(timer);
    await client.destroy();
  };

  return { client, start, stop, connected: () => !stopping && client.isReady() };
}

function describeLoginFailure(error: unknown): MatchcutError {
  const text = error instanceof Error ? error.message : String(error);
  if (/disallowed intents/i.test(text)) {
    return configError(
      `Discord refused the gateway intents (${text}). The bot asks only for Guilds, GuildMessages and ` +
        'DirectMessages; check that DISCORD_TOKEN belongs to this bot.',
      { cause: error },
    );
  }
  return describeDiscordFailure(error, 'logging in to Discord');
}
