/**
 * Signs requests the way Slack does (`v0=` HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the
 * app's signing secret) and sends them to the Bolt app's HTTP endpoint, so tests exercise
 * Bolt's real signature verification.
 */
import { createHmac } from 'node:crypto';

export interface SignOptions {
  signingSecret: string;
  body: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
}

export function signSlackRequest({
  signingSecret,
  body,
  timestamp = Math.floor(Date.now() / 1000),
}: SignOptions): Record<string, string> {
  const signature = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

export interface SendSignedOptions {
  signingSecret: string;
  timestamp?: number;
  retryNum?: number;
  retryReason?: string;
  /** Sign with this secret instead (to test rejection). */
  signWith?: string;
  /** Further headers (the benchmark's send time). */
  headers?: Record<string, string>;
}

export interface SignedResponse {
  status: number;
  body: string;
  /** Milliseconds from sending to the full response. */
  elapsedMilliseconds: number;
}

async function sendSigned(
  url: string,
  body: string,
  contentType: string,
  options: SendSignedOptions,
): Promise<SignedResponse> {
  const headers: Record<string, string> = {
    ...options.headers,
    'content-type': contentType,
    ...signSlackRequest({
      signingSecret: options.signWith ?? options.signingSecret,
      body,
      ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
    }),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
  }
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  return { status: response.status, body: text, elapsedMilliseconds: performance.now() - started };
}

/** An Events API request (event_callback or url_verification), JSON as Slack sends it. */
export function postSignedJson(url: string, payload: unknown, options: SendSignedOptions): Promise<SignedResponse> {
  return sendSigned(url, JSON.stringify(payload), 'application/json', options);
}

/** A slash command: form fields as Slack sends them. */
export function postSignedForm(
  url: string,
  fields: Record<string, string>,
  options: SendSignedOptions,
): Promise<SignedResponse> {
  return sendSigned(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** An interactivity request (block_actions, view_submission): a form with one `payload` JSON field. */
export function postSignedInteraction(
  url: string,
  payload: unknown,
  options: SendSignedOptions,
): Promise<SignedResponse> {
  return sendSigned(
    url,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    'application/x-www-form-urlencoded',
    options,
  );
}

/** An Events API `event_callback` body for one event, addressed to the bot user of one workspace. */
export function eventCallback(options: {
  teamId: string;
  appId: string;
  botUserId: string;
  eventId: string;
  event: Record<string, unknown>;
}): Record<string, unknown> {
  const { teamId, botUserId, event } = options;
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: options.appId,
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: options.eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { enterprise_id: null, team_id: teamId, user_id: botUserId, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  };
}
