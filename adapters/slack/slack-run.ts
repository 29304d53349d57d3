/**
 * Starting a Slack run: auth.test, then HTTP on a port or the Socket Mode connection, then the
 * scheduled digest. Also what health checks read: whether Slack is connected (Socket Mode
 * follows the socket's own connect and disconnect events), and the `/live`, `/health` and `/ready`
 * routes HTTP mode serves on its own port.
 */
import type { Server } from 'node:http';
import type { App, CustomRoute } from '@slack/bolt';
import { configError, type Matchcut } from '../../src/index.js';
import { healthReply, readinessOf } from '../health/readiness.js';
import { releaseAbandonedDigest } from '../replicas/scheduled-once.js';
import type { BotClaims } from '../replicas/shared-claims.js';
import type { ListenOptions, SlackStartResult } from './app.js';
import { startDigestSchedule } from './digest-schedule.js';
import { postDigest } from './digest-posting.js';
import { slackDigestHandler, slackDigestJob } from './digest-job.js';
import { type SlackContext, slackErrorCode } from './slack-context.js';

export interface SlackConnection {
  started(): boolean;
  setStarted(started: boolean): void;
  /** Socket Mode: whether the socket is open now. */
  setSocketOpen(open: boolean): void;
  connected(): boolean;
}

export function trackConnection(): SlackConnection {
  let started = false;
  let socketOpen = true;
  return {
    started: () => started,
    setStarted(value) {
      started = value;
    },
    setSocketOpen(open) {
      socketOpen = open;
    },
    connected: () => started && socketOpen,
  };
}

/** `/live`, `/health` and `/ready` on the HTTP receiver's port (HTTP mode). */
export function healthRoutes(connection: SlackConnection, core: Matchcut): CustomRoute[] {
  const readiness = () => readinessOf(core, [{ name: 'slack', connected: () => connection.connected() }]);
  return ['/live', '/health', '/ready'].map((path) => ({
    path,
    method: ['GET'],
    handler: (_request, response) => {
      const reply = healthReply(path, readiness);
      if (reply === undefined) return;
      response.writeHead(reply.status, { 'content-type': reply.contentType });
      response.end(reply.body);
    },
  }));
}

interface SocketEvents {
  on(event: string, listener: () => void): unknown;
}

/** Follows the Socket Mode client's connection state (Bolt keeps the receiver private). */
function followSocket(bolt: App, connection: SlackConnection): void {
  const client = (bolt as unknown as { receiver?: { client?: Partial<SocketEvents> } }).receiver?.client;
  if (typeof client?.on !== 'function') return;
  client.on('connected', () => connection.setSocketOpen(true));
  client.on('disconnected', () => connection.setSocketOpen(false));
  client.on('reconnecting', () => connection.setSocketOpen(false));
}

const reasonOf = (error: unknown) => slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error));

async function listen(bolt: App, context: SlackContext, options: ListenOptions): Promise<SlackStartResult> {
  const { config } = context;
  if (config.mode === 'socket') {
    try {
      await bolt.start();
    } catch (error) {
      throw configError(
        `Socket Mode could not connect (${reasonOf(error)}). Check SLACK_APP_TOKEN (xapp-…, scope connections:write) ` +
          'and that Socket Mode is on in the app settings, or unset SLACK_APP_TOKEN to use HTTP.',
        { cause: error },
      );
    }
    return { mode: 'socket' };
  }
  const port = options.port ?? config.port;
  const server = (await bolt.start({ port, ...(options.host === undefined ? {} : { host: options.host }) })) as Server;
  const address = server.address();
  return { mode: 'http', port: typeof address === 'object' && address !== null ? address.port : port };
}

/** Starts the app; returns how it listens and a function that stops the schedule. */
export async function startSlackRun(
  bolt: App,
  context: SlackContext,
  connection: SlackConnection,
  options: ListenOptions,
  claims?: BotClaims,
): Promise<{ result: SlackStartResult; stop: () => void }> {
  const { config, logger } = context;
  try {
    await bolt.init();
  } catch (error) {
    throw configError(
      `Slack did not accept SLACK_BOT_TOKEN (auth.test at ${config.apiUrl} failed: ${reasonOf(error)}). ` +
        'Check SLACK_BOT_TOKEN and SLACK_API_URL, or run without Slack: unset SLACK_BOT_TOKEN.',
      { cause: error },
    );
  }
  if (config.mode === 'socket') followSocket(bolt, connection);
  // PostgreSQL mode: this replica posts organizers' digests enqueued by any Slack replica.
  await context.core.jobs?.handle(slackDigestJob, slackDigestHandler(context));
  const result = await listen(bolt, context, options);
  connection.setSocketOpen(true);
  connection.setStarted(true);
  const schedule =
    config.digestSchedule === undefined
      ? undefined
      : startDigestSchedule({
          schedule: config.digestSchedule,
          logger,
          post: async (channel, size) => {
            await context.tasks.run('scheduled digest', async () => {
              await postDigest(context, channel, { size, locale: config.digestLanguage ?? 'en' });
            });
          },
          claims,
          takeOver: (channel, tick) => releaseAbandonedDigest(context.core, `slack:${channel}`, tick, logger),
        });
  logger.info({ ...result, apiUrl: config.apiUrl, organizers: config.organizers.length }, 'Slack adapter started');
  // What the first mentions would otherwise compile on the event loop, a step per turn (acks still go first).
  void context.tasks.run('warm-up', async () => {
    await context.core.warmUp?.(() => context.tasks.turn());
  });
  return { result, stop: () => schedule?.stop() };
}
