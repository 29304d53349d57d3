/** Anything a listener throws past its own handling is logged, with Slack's error code. */
import type { App } from '@slack/bolt';
import type { SlackContext } from '../slack-context.js';

export function register(app: App, context: SlackContext): void {
  app.error(async (error) => {
    context.logger.error({ err: error, code: (error as { code?: unknown }).code }, 'Slack listener error');
  });
}
