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

  // An Events API event reaches the middleware on a turn after its acknowledgement (../ack-first-receivers.ts).
  app.use(async ({ body, context: bolt, next }) => {
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
