/**
 * `matchcut slack`, `matchcut discord`, `matchcut serve` (every configured bot) and
 * `matchcut discord register`. With MATCHCUT_HEALTH_PORT set, `/live` (alive), `/health` (index and store) and `/ready`
 * (index loaded, store open, every started platform connected) are served on that port from the
 * start, so a supervisor sees the process alive before it is ready.
 */
import { configError, type Matchcut, startFeedSchedule } from '../../../src/index.js';
import { type HealthServer, startHealthServer } from '../../health/health-server.js';
import { type PlatformConnection, readinessOf } from '../../health/readiness.js';
import { badUsage, type CommandContext, type RunContext, type TerminalCommand } from '../command-context.js';

export interface RunningBots {
  /** The health server, when MATCHCUT_HEALTH_PORT is set. */
  health: HealthServer | undefined;
  /** Stops the bots, closes the core and the health server. */
  stop(): Promise<void>;
}

export interface StartBotsOptions {
  slack: boolean;
  discord: boolean;
  /** How long Discord's login waits for unavailable servers (tests set it low). */
  discordWaitGuildTimeoutMs?: number;
}

async function listenForHealth(
  context: CommandContext,
  readiness: () => ReturnType<typeof readinessOf>,
): Promise<HealthServer | undefined> {
  const port = context.config.healthPort;
  if (port === undefined) return undefined;
  try {
    return await startHealthServer({ port, readiness, logger: context.logger });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw configError(
      `MATCHCUT_HEALTH_PORT ${port}: cannot listen (${typeof code === 'string' ? code : String(error)}); ` +
        'choose a free port or unset MATCHCUT_HEALTH_PORT.',
      { cause: error },
    );
  }
}

/**
 * Starts the health server, the core and the bots asked for; resolves once they all run. With
 * MATCHCUT_DISCORD_SHARDS, Discord runs as a shard manager with one child process per shard
 * (../../discord/sharding.ts); a child (discord.js sets SHARDING_MANAGER and SHARDS) runs its bot only:
 * no health port and no feed schedule, which its manager runs.
 */
export async function startBots(context: RunContext, options: StartBotsOptions): Promise<RunningBots> {
  const { environment: env } = context;
  const { isDiscordShardChild, readDiscordShards } = await import('../../discord/sharding.js');
  const shardChild = options.discord && isDiscordShardChild(env);
  const logger = shardChild ? context.logger.child({ shardId: Number(env.SHARDS) }) : context.logger;
  const sharding = options.discord && !shardChild ? readDiscordShards(env) : undefined;
  let core: Matchcut | undefined;
  const platforms: PlatformConnection[] = [];
  const stops: (() => Promise<void>)[] = [];
  const connections = new Map<string, () => boolean>();
  for (const name of ['slack', 'discord'] as const) {
    if (options[name]) platforms.push({ name, connected: () => connections.get(name)?.() ?? false });
  }
  const health = shardChild ? undefined : await listenForHealth(context, () => readinessOf(core, platforms));
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne();
    await core?.close();
    await health?.close();
  };
  try {
    core = await context.openCore();
    if (options.slack) {
      const { startSlack } = await import('../../slack/main.js');
      const slack = await startSlack({ env, core, logger });
      stops.push(slack.stop);
      connections.set('slack', slack.connected);
    }
    if (options.discord && sharding !== undefined) {
      const { startDiscordShards } = await import('../../discord/sharding.js');
      const { loadDiscordConfig } = await import('../../discord/config.js');
      const shards = await startDiscordShards({ config: loadDiscordConfig(env), setting: sharding, logger });
      stops.push(shards.stop);
      connections.set('discord', shards.connected);
    } else if (options.discord) {
      const { startDiscord } = await import('../../discord/main.js');
      const waitGuildTimeoutMs = options.discordWaitGuildTimeoutMs;
      const discord = await startDiscord({ env, core, logger, ...(waitGuildTimeoutMs ? { waitGuildTimeoutMs } : {}) });
      stops.push(discord.stop);
      connections.set('discord', discord.connected);
    }
    // PostgreSQL mode: this replica takes ingest jobs (pages added from chat, feed syncs) too.
    await core.jobs?.workIngest();
    // MATCHCUT_FEEDS_CRON: new feed articles become a new index generation this core switches to.
    const feedSchedule = shardChild ? undefined : await startFeedSchedule(context.config, { logger, jobs: core.jobs });
    if (feedSchedule !== undefined) stops.push(async () => feedSchedule.stop());
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info(
    { slack: options.slack, discord: options.discord, discordShards: sharding, healthPort: health?.port },
    'matchcut is running',
  );
  return { health, stop };
}

async function registerDiscord(context: CommandContext): Promise<number> {
  const { registerDiscordCommands } = await import('../../discord/main.js');
  const registered = await registerDiscordCommands({ env: context.environment, logger: context.logger });
  const where =
    registered.scope === 'guild'
      ? `server ${registered.guildId}`
      : 'all servers (global commands can take up to an hour to appear)';
  context.stdout.write(
    `Registered /${registered.commands.join(', /')} for ${where}.\nInvite the bot with: ${registered.inviteUrl}\n`,
  );
  return 0;
}

/** Runs the bots the command asks for until SIGINT or SIGTERM. */
export async function runBots(command: string, args: string[], context: RunContext): Promise<number> {
  if (command === 'discord' && args[0] === 'register') return registerDiscord(context);
  if (args.length > 0) return badUsage(context, `unexpected "${args[0]}". Usage: matchcut ${command}`);
  const env = context.environment;
  const slack = command === 'slack' || (command === 'serve' && Boolean(env.SLACK_BOT_TOKEN));
  const discord = command === 'discord' || (command === 'serve' && Boolean(env.DISCORD_TOKEN));
  if (!slack && !discord) {
    return badUsage(context, 'no bot is configured: set SLACK_BOT_TOKEN (Slack) or DISCORD_TOKEN (Discord).');
  }
  const running = await startBots(context, { slack, discord });
  const { isDiscordShardChild } = await import('../../discord/sharding.js');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    // A shard child whose manager is gone (its IPC channel closed) stops instead of staying connected.
    if (discord && isDiscordShardChild(env)) {
      process.once('disconnect', () => {
        context.logger.warn({ shardId: Number(env.SHARDS) }, 'the Discord shard manager is gone; stopping');
        resolve();
      });
    }
  });
  await running.stop();
  return 0;
}

const healthNote =
  'MATCHCUT_HEALTH_PORT=<port> serves /live (alive), /health (index, store) and /ready (and platform connected).';

const botCommand = (name: 'slack' | 'discord' | 'serve', summary: string, usage: string[]): TerminalCommand => ({
  help: { name, summary, usage, flags: [], notes: [healthNote] },
  longRunning: true,
  run: (args, context) => runBots(name, args, context),
});

export const slackCommand = botCommand(
  'slack',
  'run the Slack bot (HTTP on PORT, or Socket Mode with SLACK_APP_TOKEN)',
  ['slack'],
);
export const discordCommand = botCommand(
  'discord',
  'run the Discord bot; `discord register` registers its slash commands',
  ['discord', 'discord register'],
);
export const serveCommand = botCommand('serve', 'run every configured bot (Slack and/or Discord)', ['serve']);
