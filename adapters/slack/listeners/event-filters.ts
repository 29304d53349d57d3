/**
 * Middleware every Slack event passes first: retried deliveries (same event_id; Bolt does not
 * check) are dropped, and the bot never answers a bot, itself included (no loops).
 */
import type { App } from '@slack/bolt';
import type { SlackContext } from '../slack-context.js';

interface EventFields {
  type?: unknown;
  user?: unknown;
  bot_id?: unknown;
  subtype?: unknown;
  ts?: unknown;
}

export function register(app: App, context: SlackContext): void {
  const { logger, deduplicator } = context;

  app.use(async ({ body, context: bolt, next }) => {
    // Bolt has acknowledged an Events API request before its middleware runs: the rest (the filters,
    // Bolt's matching of every listener, the listener) waits for its turn, after the acks of the
    // requests that arrived meanwhile. Commands and interactions are acknowledged by their listeners.
    if ((body as { type?: unknown }).type === 'event_callback') {
      context.tasks.arrived();
      await context.tasks.turn();
    }
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !deduplicator.isFirstDelivery(eventId)) {
      logger.info({ eventId, retryNum: bolt.retryNum, retryReason: bolt.retryReason }, 'duplicate Slack event ignored');
      return;
    }
    await next();
  });

  app.use(async ({ body, context: bolt, next }) => {
    const event = (body as { event?: EventFields }).event;
    if (event !== undefined && (event.type === 'message' || event.type === 'app_mention')) {
      const self =
        (bolt.botUserId !== undefined && event.user === bolt.botUserId) ||
        (bolt.botId !== undefined && event.bot_id === bolt.botId);
      if (self || event.bot_id !== undefined || event.subtype === 'bot_message') {
        logger.debug({ ts: event.ts, self }, 'bot message ignored');
        return;
      }
    }
    await next();
  });
}
