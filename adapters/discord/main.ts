/**
 * The Discord adapter's wiring: reads its settings once from the environment object it is
 * given, builds the bot around the core it is given, and starts it. The CLI calls
 * `startDiscord` (`matchcut discord`, `matchcut serve`) and `registerDiscordCommands`
 * (`matchcut discord register`). The core belongs to the caller: `stop` does not close it.
 */
import type { Logger, Matchcut } from '../../src/index.js';
import { createDiscordBot } from './bot.js';
import { loadDiscordConfig } from './config.js';
import { type BotClaims, openSharedEventClaims } from '../replicas/shared-claims.js';
import { type RegisterCommandsResult, registerCommands } from './register.js';

export interface StartDiscordOptions {
  env: Record<string, string | undefined>;
  core: Matchcut;
  logger: Logger;
  /** How long login waits for unavailable servers (discord.js default 15 s). */
  waitGuildTimeoutMs?: number;
  /** Claims across replicas; by default opened when MATCHCUT_DATABASE_URL or MATCHCUT_REDIS_URL is set. */
  claims?: BotClaims;
}

export interface RunningDiscord {
  stop(): Promise<void>;
  /** Whether the gateway connection is ready now (health checks). */
  connected(): boolean;
}

/** Starts the bot; rejects with MatchcutError('CONFIG') naming the variable when the settings are wrong. */
export async function startDiscord(options: StartDiscordOptions): Promise<RunningDiscord> {
  const config = loadDiscordConfig(options.env);
  const logger = options.logger.child({ adapter: 'discord' });
  const opened = options.claims === undefined ? await openSharedEventClaims(options.env, logger) : undefined;
  const bot = createDiscordBot({
    core: options.core,
    config,
    logger,
    claims: options.claims ?? opened,
    ...(options.waitGuildTimeoutMs === undefined ? {} : { waitGuildTimeoutMs: options.waitGuildTimeoutMs }),
  });
  try {
    await bot.start();
  } catch (error) {
    await opened?.close();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  // A plain closure: callers keep `stop` apart from this object.
  const stop = (): Promise<void> => {
    stopped ??= bot.stop().then(() => opened?.close());
    return stopped;
  };
  return { stop, connected: () => bot.connected() };
}

export interface RegisterDiscordCommandsOptions {
  env: Record<string, string | undefined>;
  logger: Logger;
}

/** PUTs the slash commands to DISCORD_GUILD_ID's server when set, globally otherwise. */
export async function registerDiscordCommands(
  options: RegisterDiscordCommandsOptions,
): Promise<RegisterCommandsResult> {
  const config = loadDiscordConfig(options.env);
  return registerCommands({ config, logger: options.logger.child({ adapter: 'discord' }) });
}
