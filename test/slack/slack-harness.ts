/**
 * Starts the real Bolt app (createSlackApp) in HTTP mode on 127.0.0.1 against the Web API
 * stand-in, with the core given, and sends it signed requests the way Slack does.
 */
import { createSlackApp, type SlackApp } from '../../adapters/slack/app.js';
import { loadSlackConfig } from '../../adapters/slack/config.js';
import type { Matchcut } from '../../src/core-types.js';
import {
  eventCallback,
  postSignedForm,
  postSignedInteraction,
  postSignedJson,
  type SendSignedOptions,
  type SignedResponse,
} from '../helpers/slack-signing.js';
import { type SlackWebApiStandIn, startSlackWebApiStandIn } from '../stand-ins/slack-web-api.js';
import { createMemoryLogger, type MemoryLogger } from '../helpers/memory-logger.js';

export const signingSecret = 'test-signing-secret-8f2a';
export const botToken = 'xoxb-test-token';
export const teamId = 'T0TEST01';

export interface SlackHarness {
  api: SlackWebApiStandIn;
  slack: SlackApp;
  log: MemoryLogger;
  url: string;
  /** An Events API event_callback, signed. */
  sendEvent(
    event: Record<string, unknown>,
    options?: { eventId?: string } & Partial<SendSignedOptions>,
  ): Promise<SignedResponse & { eventId: string }>;
  /** A /matchcut command, signed; returns the HTTP response and the response_url it carried. */
  sendCommand(
    text: string,
    options?: { userId?: string; channelId?: string },
  ): Promise<SignedResponse & { responseUrl: string }>;
  sendInteraction(payload: Record<string, unknown>): Promise<SignedResponse>;
  close(): Promise<void>;
}

let eventCounter = 0;

export async function startSlackHarness(
  core: Matchcut,
  environment: Record<string, string> = {},
): Promise<SlackHarness> {
  const api = await startSlackWebApiStandIn({ botToken, teamId });
  const log = createMemoryLogger();
  const config = loadSlackConfig({
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: api.apiUrl,
    ...environment,
  });
  const slack = createSlackApp({ core, config, logger: log.logger });
  let started: Awaited<ReturnType<SlackApp['start']>>;
  try {
    started = await slack.start({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await api.close();
    throw error;
  }
  if (started.mode !== 'http') throw new Error('expected HTTP mode');
  const url = `http://127.0.0.1:${started.port}/slack/events`;
  return {
    api,
    slack,
    log,
    url,
    async sendEvent(event, options = {}) {
      eventCounter += 1;
      const eventId = options.eventId ?? `Ev0TEST${String(eventCounter).padStart(4, '0')}`;
      const body = eventCallback({ teamId, appId: 'A0TESTAPP', botUserId: api.botUserId, eventId, event });
      const response = await postSignedJson(url, body, { signingSecret, ...options });
      return { ...response, eventId };
    },
    async sendCommand(text, options = {}) {
      const responseUrl = api.responseUrl();
      const response = await postSignedForm(
        url,
        {
          token: 'legacy-verification-token',
          team_id: teamId,
          team_domain: 'matchcut-test',
          channel_id: options.channelId ?? 'C0GENERAL',
          channel_name: 'general',
          user_id: options.userId ?? 'U0MEMBER1',
          user_name: 'member',
          command: '/matchcut',
          text,
          api_app_id: 'A0TESTAPP',
          is_enterprise_install: 'false',
          response_url: responseUrl,
          trigger_id: `trigger-${Date.now()}`,
        },
        { signingSecret },
      );
      return { ...response, responseUrl };
    },
    sendInteraction: (payload) =>
      postSignedInteraction(
        url,
        { team: { id: teamId, domain: 'matchcut-test' }, api_app_id: 'A0TESTAPP', token: 'legacy', ...payload },
        { signingSecret },
      ),
    async close() {
      await slack.stop();
      await api.close();
    },
  };
}
