/**
 * Discord at scale (issue 18 item 6): MATCHCUT_DISCORD_SHARDS=auto|N runs discord.js's
 * ShardingManager. The manager process (the `matchcut discord` / `matchcut serve` that was started)
 * forks one child per shard — `bin/matchcut.js discord` with SHARDING_MANAGER, SHARDS and SHARD_COUNT
 * in its environment, which discord.js's Client reads — and respawns a child that dies. Each child
 * is a whole Discord bot (its own core) on its one gateway connection; Discord sends direct messages
 * to shard 0 only, and only the child holding the digest channel's server runs the scheduled digest
 * (shard 0 for a DM channel). The manager serves
 * the health port and is ready when every shard has reported ready; children serve none.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Client, REST, Routes, type Shard, ShardClientUtil, ShardingManager } from 'discord.js';
import { configError, type Logger } from '../../src/index.js';
import type { DiscordConfig } from './config.js';
import { describeDiscordFailure } from './discord-errors.js';

export type DiscordShardSetting = 'auto' | number;

/** MATCHCUT_DISCORD_SHARDS: undefined (one connection, no manager), `auto` or a whole number ≥ 1. */
export function readDiscordShards(environment: Record<string, string | undefined>): DiscordShardSetting | undefined {
  const raw = (environment.MATCHCUT_DISCORD_SHARDS ?? '').trim();
  if (raw === '') return undefined;
  if (raw.toLowerCase() === 'auto') return 'auto';
  if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number.isSafeInteger(Number(raw))) return Number(raw);
  throw configError(
    `MATCHCUT_DISCORD_SHARDS "${raw}" is not a shard count: use auto (Discord's recommended count) or a whole ` +
      'number of at least 1, or unset it to run one gateway connection.',
  );
}

/** True in a process the ShardingManager started (discord.js sets these in the child's environment). */
export function isDiscordShardChild(environment: Record<string, string | undefined>): boolean {
  return environment.SHARDING_MANAGER === 'true' && (environment.SHARDS ?? '') !== '';
}

/** Whether this client's connections include that shard (unsharded: every shard). */
export function holdsShard(client: Client, shardId: number): boolean {
  const shards = client.options.shards;
  if (shards === undefined || shards === 'auto') return true;
  return Array.isArray(shards) ? shards.includes(shardId) : shards === shardId;
}

/**
 * The shard of a channel's server, (guild_id >> 22) % shard count, asked by REST (no cache needed);
 * shard 0 for a DM channel, or when Discord cannot be asked (logged). A process holding another
 * shard has no cache of that server, so it could not check the channel or post there as a bot does.
 */
export async function shardOfChannel(client: Client, channelId: string, logger: Logger): Promise<number> {
  try {
    const channel = (await client.rest.get(Routes.channel(channelId))) as { guild_id?: string };
    return channel.guild_id === undefined
      ? 0
      : ShardClientUtil.shardIdForGuildId(channel.guild_id, client.options.shardCount ?? 1);
  } catch (error) {
    logger.warn({ err: error, channelId }, 'could not look up the digest channel; shard 0 runs the digest');
    return 0;
  }
}

/** Discord's recommended shard count, asked through DISCORD_API_URL (GET /gateway/bot). */
export async function fetchRecommendedShards(config: DiscordConfig): Promise<number> {
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  try {
    const answer = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
    if (typeof answer.shards !== 'number' || !Number.isInteger(answer.shards) || answer.shards < 1) {
      throw new Error(`GET /gateway/bot answered shards=${String(answer.shards)}`);
    }
    return answer.shards;
  } catch (error) {
    throw describeDiscordFailure(
      error,
      'asking Discord for the recommended shard count (MATCHCUT_DISCORD_SHARDS=auto)',
    );
  }
}

export interface StartDiscordShardsOptions {
  config: DiscordConfig;
  setting: DiscordShardSetting;
  logger: Logger;
  /** How long a child may take to report its shard ready before that is logged (default 120 s). */
  readyTimeoutMs?: number;
}

export interface RunningDiscordShards {
  /** The number of shards started. */
  count: number;
  stop(): Promise<void>;
  /** True while every shard is ready (health checks). */
  connected(): boolean;
}

/** bin/matchcut.js, from adapters/discord/ (sources) or dist/adapters/discord/ (the build). */
const matchcutBin = ['../../bin/matchcut.js', '../../../bin/matchcut.js']
  .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
  .find((candidate) => existsSync(candidate));
/** Discord allows one IDENTIFY per 5 s per bucket (max_concurrency 1): children start that far apart. */
const identifyIntervalMs = 5_500;
/** The first pause before a dead child is started again; doubled (up to 60 s) while it keeps dying. */
const respawnPauseMs = 1_000;

/** Starts the manager and its children; resolves once every child has been started (ready or not). */
export async function startDiscordShards(options: StartDiscordShardsOptions): Promise<RunningDiscordShards> {
  const { config, logger } = options;
  const count = options.setting === 'auto' ? await fetchRecommendedShards(config) : options.setting;
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  if (matchcutBin === undefined) throw new Error('bin/matchcut.js not found next to the Discord adapter');
  const manager = new ShardingManager(matchcutBin, {
    totalShards: count,
    shardList: [...Array(count).keys()],
    mode: 'process',
    // Respawned below, after a pause that grows while a child keeps dying (a bad token must not fork in a loop).
    respawn: false,
    shardArgs: ['discord'],
    token: config.token,
  });
  let stopping = false;
  const respawnTimers = new Set<NodeJS.Timeout>();
  const watch = (shard: Shard): void => {
    const shardId = shard.id;
    let pauseMs = respawnPauseMs;
    shard.on('spawn', (child) =>
      logger.info({ shardId, pid: 'pid' in child ? child.pid : undefined }, 'Discord shard process started'),
    );
    shard.on('ready', () => {
      pauseMs = respawnPauseMs;
      logger.info({ shardId }, 'Discord shard ready');
    });
    shard.on('disconnect', () => logger.warn({ shardId }, 'Discord shard disconnected'));
    shard.on('reconnecting', () => logger.info({ shardId }, 'Discord shard reconnecting'));
    shard.on('death', (child) => {
      if (stopping) return;
      const ended = 'exitCode' in child ? { exitCode: child.exitCode, signal: child.signalCode } : {};
      logger.error({ shardId, ...ended, restartInMs: pauseMs }, 'a Discord shard process ended; starting it again');
      const timer = setTimeout(() => {
        respawnTimers.delete(timer);
        if (stopping) return;
        shard.spawn(readyTimeoutMs).catch((error: unknown) => shard.emit('error', error));
      }, pauseMs);
      respawnTimers.add(timer);
      pauseMs = Math.min(pauseMs * 2, 60_000);
    });
    shard.on('error', (error: unknown) =>
      logger.error({ err: error, shardId }, 'a Discord shard process could not be started again'),
    );
  };
  manager.on('shardCreate', watch);
  logger.info({ shards: count, setting: options.setting }, 'starting the Discord shards');
  for (const shardId of manager.shardList === 'auto' ? [] : manager.shardList) {
    const shard = manager.createShard(shardId);
    const waits: Promise<unknown>[] = [
      shard
        .spawn(readyTimeoutMs)
        .catch((error: unknown) =>
          logger.error(
            { err: error, shardId },
            'a Discord shard did not start; it is started again if its process ends',
          ),
        ),
    ];
    if (shardId < count - 1) waits.push(new Promise((resolve) => setTimeout(resolve, identifyIntervalMs)));
    await Promise.all(waits);
  }
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    for (const timer of respawnTimers) clearTimeout(timer);
    await Promise.all(
      [...manager.shards.values()].map(async (shard) => {
        const child = shard.process;
        if (child === null || child.exitCode !== null || child.signalCode !== null) return;
        // SIGTERM lets the child stop its bot and close its core; its exit no longer respawns it.
        child.removeAllListeners('exit');
        const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await ended;
        clearTimeout(timer);
      }),
    );
  };
  return {
    count,
    stop,
    connected: () =>
      !stopping && manager.shards.size === count && [...manager.shards.values()].every((shard) => shard.ready),
  };
}
