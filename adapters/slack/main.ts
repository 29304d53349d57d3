/**
 * Wiring for the Slack adapter: reads the Slack settings once from the environment object
 * it is given, builds the Bolt app around the core, and starts it (HTTP on PORT, or Socket
 * Mode when SLACK_APP_TOKEN is set). The CLI's default command calls `startSlack` when
 * SLACK_BOT_TOKEN is set.
 */
import type { Logger, Matchcut } from '../../src/index.js';
import { createSlackApp, type ListenOptions, type SlackStartResult } from './app.js';
import { loadSlackConfig } from './config.js';
import { type BotClaims, openSharedEventClaims } from '../replicas/shared-claims.js';

export { isSlackConfigured, loadSlackConfig } from './config.js';

export interface StartSlackOptions {
  /** A plain environment object (process.env in production, literals in tests). */
  env: Record<string, string | undefined>;
  core: Matchcut;
  logger: Logger;
  /** Where to listen in HTTP mode (defaults: PORT, all interfaces). */
  listen?: ListenOptions;
  /** Event claims across replicas; by default opened when MATCHCUT_DATABASE_URL or MATCHCUT_REDIS_URL is set. */
  claims?: BotClaims;
}

export interface RunningSlack {
  started: SlackStartResult;
  stop(): Promise<void>;
  /** Whether Slack is connected now (health checks). */
  connected(): boolean;
}

/**
 * Starts the Slack adapter; throws MatchcutError('CONFIG') naming the variable when the settings
 * are missing or inconsistent.
 */
export async function startSlack({ env, core, logger, listen, claims }: StartSlackOptions): Promise<RunningSlack> {
  const config = loadSlackConfig(env);
  const opened = claims === undefined ? await openSharedEventClaims(env, logger) : undefined;
  const slack = createSlackApp({ core, config, logger, claims: claims ?? opened });
  const closeClaims = async () => {
    await opened?.close();
  };
  let started: SlackStartResult;
  try {
    started = await slack.start(listen);
  } catch (error) {
    await closeClaims();
    throw error;
  }
  const stop = async () => {
    await slack.stop();
    await closeClaims();
  };
  return { started, stop, connected: () => slack.connected() };
}
