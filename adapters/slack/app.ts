/**
 * The Slack adapter: a real @slack/bolt App whose listeners (adapters/slack/listeners/, one file
 * each, `register(app, context)`) translate Slack events into calls on the core (`Matchcut`) and
 * render the neutral results as Block Kit. This file only builds the App and wires them.
 *
 * Platform rules kept by the listeners: commands and actions are acknowledged before any slow
 * work; events are de-duplicated by event_id; the bot ignores its own and other bots' messages;
 * rate-limited calls are retried by the WebClient after Retry-After; messages stay within Slack's
 * limits (render.ts); only organizers send digests.
 */
import { App, type webApi } from '@slack/bolt';
import { AckFirstHTTPReceiver, AckFirstSocketModeReceiver } from './ack-first-receivers.js';
import { configError, type Logger, type Matchcut } from '../../src/index.js';
import { createBoltLogger } from './bolt-logger.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import type { SlackConfig } from './config.js';
import { type PostedDigest, postDigest } from './digest-posting.js';
import type { BotClaims } from '../replicas/shared-claims.js';
import { eventClaimMiddleware } from './event-claims.js';
import { createEventDeduplicator, type EventDeduplicator } from './event-deduplicator.js';
import { healthRoutes, type SlackConnection, startSlackRun, trackConnection } from './slack-run.js';
import { register as registerActions } from './listeners/actions.js';
import { register as registerAppHome } from './listeners/app-home.js';
import { register as registerAnswerActions } from './listeners/answer-actions.js';
import { register as registerCommand } from './listeners/command.js';
import { register as registerErrors } from './listeners/errors.js';
import { register as registerEventFilters } from './listeners/event-filters.js';
import { register as registerMention } from './listeners/mention.js';
import { register as registerMessage } from './listeners/message.js';
import { register as registerShortcut } from './listeners/shortcut.js';
import { register as registerOptions } from './listeners/options.js';
import { register as registerPartnerInterest } from './listeners/partner-interest.js';
import { register as registerViews } from './listeners/views.js';
import { createSlackContext, type SlackContext } from './slack-context.js';
import { createTaskTracker, type TaskTracker } from './task-tracker.js';

export { parseCommandText } from './listeners/command.js';
export { parseChannelArgument } from './subcommands/digest.js';

/**
 * WebClient retries: after a 429 it waits Retry-After, then this policy adds its own backoff. Five
 * tries in about a minute.
 */
export const defaultRetryConfig: webApi.RetryOptions = {
  retries: 5,
  factor: 2,
  minTimeout: 1_000,
  maxTimeout: 30_000,
  randomize: true,
};

export interface SlackAppDependencies {
  core: Matchcut;
  config: SlackConfig;
  logger: Logger;
  /** WebClient retry policy (tests shorten the backoff; Retry-After is always honoured). */
  retryConfig?: webApi.RetryOptions;
  /** Per-request timeout of Web API calls. */
  requestTimeoutMs?: number;
  deduplicator?: EventDeduplicator;
  /** Claims each event across replicas before work (./event-claims.ts); none: this process's memory only. */
  claims?: BotClaims | undefined;
}

export interface ListenOptions {
  port?: number;
  host?: string;
}

export type SlackStartResult = { mode: 'http'; port: number } | { mode: 'socket' };

export interface SlackApp {
  readonly bolt: App;
  start(listen?: ListenOptions): Promise<SlackStartResult>;
  /** Stops listening, lets running work finish (bounded), stops the schedule. */
  stop(): Promise<void>;
  /** Chooses a digest with the core and posts it to a channel (in SLACK_DIGEST_LANGUAGE unless `locale` is given). */
  postDigest(channel: string, options?: { size?: number; locale?: Locale }): Promise<PostedDigest>;
  /** Resolves when the work started so far has finished (tests, shutdown). */
  idle(timeoutMs?: number): Promise<void>;
  /** Whether Slack is connected: started, and (Socket Mode) the socket is open. */
  connected(): boolean;
}

/** How long `stop` lets work started after an acknowledgement finish. */
const stopDrainMs = 10_000;

/** The listeners, in the order Bolt runs them (the event filters are middleware and come first). */
const listeners: readonly ((app: App, context: SlackContext) => void)[] = [
  registerEventFilters,
  registerMention,
  registerMessage,
  registerCommand,
  registerViews,
  registerActions,
  registerOptions,
  registerPartnerInterest,
  registerAppHome,
  registerAnswerActions,
  registerShortcut,
  registerErrors,
];

/** A setting `loadSlackConfig` guarantees for the mode it chose. */
function required(value: string | undefined, variable: string): string {
  if (value === undefined || value === '')
    throw configError(`${variable} is missing: set ${variable}, or run without Slack: unset SLACK_BOT_TOKEN.`);
  return value;
}

function createBolt(
  dependencies: SlackAppDependencies,
  logger: Logger,
  connection: SlackConnection,
  tasks: TaskTracker,
): App {
  const { config } = dependencies;
  const boltLogger = createBoltLogger(logger);
  const clientOptions = {
    slackApiUrl: config.apiUrl,
    retryConfig: dependencies.retryConfig ?? defaultRetryConfig,
    rejectRateLimitedCalls: false,
    timeout: dependencies.requestTimeoutMs ?? 20_000,
  };
  // Events are acknowledged by the receiver and processed on a later turn (./ack-first-receivers.ts).
  const receiver =
    config.mode === 'socket'
      ? new AckFirstSocketModeReceiver(
          {
            appToken: required(config.appToken, 'SLACK_APP_TOKEN'),
            logger: boltLogger,
            // What Bolt gives the receiver it builds itself: the socket's apps.connections.open uses these.
            installerOptions: { clientOptions },
          },
          tasks,
        )
      : new AckFirstHTTPReceiver(
          {
            signingSecret: required(config.signingSecret, 'SLACK_SIGNING_SECRET'),
            customRoutes: healthRoutes(connection, dependencies.core),
            logger: boltLogger,
            processBeforeResponse: false,
          },
          tasks,
        );
  return new App({
    token: config.botToken,
    receiver,
    logger: boltLogger,
    deferInitialization: true,
    // Replaced by the event filters, which also drop other bots' messages and say so in the log.
    ignoreSelf: false,
    convoStore: false,
    clientOptions,
  });
}

export function createSlackApp(dependencies: SlackAppDependencies): SlackApp {
  const { core, config } = dependencies;
  const logger = dependencies.logger.child({ adapter: 'slack' });
  const connection = trackConnection();
  const tasks = createTaskTracker(logger);
  const bolt = createBolt(dependencies, logger, connection, tasks);
  const deduplicator = dependencies.deduplicator ?? createEventDeduplicator();
  const context = createSlackContext(bolt, {
    tasks,
    core,
    config,
    logger,
    deduplicator,
    replicas: dependencies.claims !== undefined,
  });
  for (const register of listeners) register(bolt, context);
  // After the event filters' in-memory check (global middleware runs in order, before every listener).
  if (dependencies.claims !== undefined) bolt.use(eventClaimMiddleware(dependencies.claims, logger, deduplicator));
  let stopRun: (() => void) | undefined;

  return {
    bolt,
    async start(listen = {}) {
      const run = await startSlackRun(bolt, context, connection, listen, dependencies.claims);
      stopRun = run.stop;
      return run.result;
    },
    async stop() {
      stopRun?.();
      stopRun = undefined;
      if (connection.started()) {
        connection.setStarted(false);
        await bolt.stop();
      }
      await context.tasks.idle(stopDrainMs);
      logger.info('Slack adapter stopped');
    },
    postDigest: (channel, options) =>
      postDigest(context, channel, { locale: config.digestLanguage ?? defaultLocale, ...options }),
    idle: (timeoutMs) => context.tasks.idle(timeoutMs),
    connected: () => connection.connected(),
  };
}
