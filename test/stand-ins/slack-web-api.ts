/**
 * A local stand-in for Slack's Web API (https://slack.com/api/) and for slash-command /
 * interactivity `response_url`s. The real @slack/web-api WebClient (inside @slack/bolt)
 * talks to it over HTTP on 127.0.0.1 via `clientOptions.slackApiUrl`.
 *
 * It records every call, answers the methods the Slack adapter uses with payloads shaped
 * like Slack's, checks the bearer token, enforces Slack's message limits the way Slack
 * rejects them (invalid_blocks, msg_too_long), keeps posted messages so
 * conversations.replies returns a real thread, and can answer 429 + Retry-After for the
 * next N calls of a method.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  /** Parsed arguments: form fields (JSON fields such as blocks/view decoded) or the JSON body. */
  body: Record<string, unknown>;
  /** The bearer token the call carried (header or `token` field). */
  token: string | undefined;
  /** HTTP status the stand-in answered with. */
  status: number;
  /** The JSON the stand-in answered with. */
  response: Record<string, unknown>;
  at: number;
}

export interface RecordedResponsePost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface StoredMessage {
  ts: string;
  channel: string;
  text: string;
  user?: string | undefined;
  bot_id?: string | undefined;
  thread_ts?: string | undefined;
  blocks?: unknown;
  subtype?: string | undefined;
}

export interface SlackWebApiStandInOptions {
  botToken?: string;
  appToken?: string;
  botUserId?: string;
  botId?: string;
  teamId?: string;
}

export interface SlackWebApiStandIn {
  /** Base URL for `clientOptions.slackApiUrl`, ending in /api/. */
  apiUrl: string;
  origin: string;
  botUserId: string;
  botId: string;
  teamId: string;
  calls: RecordedCall[];
  responsePosts: RecordedResponsePost[];
  callsTo(method: string): RecordedCall[];
  waitForCall(
    method: string,
    predicate?: (call: RecordedCall) => boolean,
    timeoutMilliseconds?: number,
  ): Promise<RecordedCall>;
  waitForCalls(method: string, count: number, timeoutMilliseconds?: number): Promise<RecordedCall[]>;
  /** A fresh response_url served by this stand-in. */
  responseUrl(id?: string): string;
  waitForResponsePost(
    predicate?: (post: RecordedResponsePost) => boolean,
    timeoutMilliseconds?: number,
  ): Promise<RecordedResponsePost>;
  /**
   * Answer the next `times` calls of `method` with HTTP 429 and `Retry-After: seconds`; with
   * `afterCalls`, only once that many further calls of it have been answered as usual.
   */
  rateLimit(method: string, times: number, retryAfterSeconds: number, afterCalls?: number): void;
  /** Answer the next call of `method` with `{ ok: false, error }`. */
  failNext(method: string, error: string): void;
  /** Add a message as if a person (or another bot) had posted it; returns its ts. */
  addMessage(message: Omit<StoredMessage, 'ts'> & { ts?: string }): string;
  setUserGroup(groupId: string, users: string[]): void;
  setUser(userId: string, user: Record<string, unknown>): void;
  /** Where apps.connections.open points the Socket Mode client. */
  setSocketModeUrl(url: string): void;
  close(): Promise<void>;
}

interface Waiter {
  check(): boolean;
}

const jsonFields = new Set(['blocks', 'attachments', 'view', 'metadata']);
const booleanFields = new Set([
  'unfurl_links',
  'unfurl_media',
  'mrkdwn',
  'reply_broadcast',
  'as_user',
  'inclusive',
  'include_all_metadata',
  'return_im',
]);

export async function startSlackWebApiStandIn(options: SlackWebApiStandInOptions = {}): Promise<SlackWebApiStandIn> {
  const botToken = options.botToken ?? 'xoxb-test-token';
  const appToken = options.appToken ?? 'xapp-test-token';
  const botUserId = options.botUserId ?? 'UBOT0001';
  const botId = options.botId ?? 'BBOT0001';
  const teamId = options.teamId ?? 'T0TEST01';

  const calls: RecordedCall[] = [];
  const responsePosts: RecordedResponsePost[] = [];
  const rateLimits = new Map<string, { passing: number; remaining: number; retryAfterSeconds: number }>();
  const failures = new Map<string, string[]>();
  const messages: StoredMessage[] = [];
  const userGroups = new Map<string, string[]>();
  const users = new Map<string, Record<string, unknown>>();
  const waiters = new Set<Waiter>();
  let socketModeUrl: string | undefined;
  let tsCounter = 0;
  let viewCounter = 0;
  let conversationCounter = 0;
  let responseUrlCounter = 0;

  const nextTs = () => {
    tsCounter += 1;
    return `1700000000.${String(tsCounter).padStart(6, '0')}`;
  };
  const notify = () => {
    for (const waiter of [...waiters]) if (waiter.check()) waiters.delete(waiter);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: false, error: 'stand_in_failure', detail: String(error) }));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(request);
    const contentType = String(request.headers['content-type'] ?? '');
    const body = parseBody(raw, contentType);

    if (url.pathname.startsWith('/response/')) {
      const id = decodeURIComponent(url.pathname.slice('/response/'.length));
      responsePosts.push({ id, body, at: Date.now() });
      sendJson(response, 200, { ok: true });
      notify();
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      sendJson(response, 404, { ok: false, error: 'not_found' });
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const authorization = String(request.headers.authorization ?? '');
    const token = authorization.startsWith('Bearer ')
      ? authorization.slice('Bearer '.length)
      : typeof body.token === 'string'
        ? body.token
        : undefined;

    const record = (status: number, payload: Record<string, unknown>, headers: Record<string, string> = {}) => {
      calls.push({ method, body, token, status, response: payload, at: Date.now() });
      sendJson(response, status, payload, headers);
      notify();
    };

    const limit = rateLimits.get(method);
    if (limit !== undefined && limit.passing > 0) {
      limit.passing -= 1;
    } else if (limit !== undefined && limit.remaining > 0) {
      limit.remaining -= 1;
      record(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(limit.retryAfterSeconds) });
      return;
    }
    const expectedToken = method === 'apps.connections.open' ? appToken : botToken;
    if (token !== expectedToken) {
      record(200, { ok: false, error: token === undefined ? 'not_authed' : 'invalid_auth' });
      return;
    }
    const queued = failures.get(method);
    if (queued !== undefined && queued.length > 0) {
      record(200, { ok: false, error: queued.shift() });
      return;
    }
    record(200, answer(method, body));
  }

  function answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://matchcut-test.slack.com/',
          team: 'Matchcut Test',
          user: 'matchcut',
          team_id: teamId,
          user_id: botUserId,
          bot_id: botId,
        };
      case 'apps.connections.open':
        return socketModeUrl === undefined
          ? { ok: false, error: 'socket_mode_not_configured' }
          : { ok: true, url: socketModeUrl };
      case 'chat.postMessage': {
        const channel = stringField(body, 'channel');
        if (channel === undefined) return { ok: false, error: 'channel_not_found' };
        const problem = checkMessageLimits(body);
        if (problem !== undefined) return { ok: false, error: problem };
        const ts = nextTs();
        const stored: StoredMessage = {
          ts,
          channel,
          text: stringField(body, 'text') ?? '',
          bot_id: botId,
          user: botUserId,
          thread_ts: stringField(body, 'thread_ts'),
          blocks: body.blocks,
        };
        messages.push(stored);
        return { ok: true, channel, ts, message: { ...stored, type: 'message' } };
      }
      case 'chat.update': {
        const channel = stringField(body, 'channel');
        const ts = stringField(body, 'ts');
        const problem = checkMessageLimits(body);
        if (problem !== undefined) return { ok: false, error: problem };
        const stored = messages.find((message) => message.channel === channel && message.ts === ts);
        if (stored === undefined) return { ok: false, error: 'message_not_found' };
        stored.text = stringField(body, 'text') ?? stored.text;
        if (body.blocks !== undefined) stored.blocks = body.blocks;
        return { ok: true, channel, ts, text: stored.text };
      }
      case 'chat.postEphemeral': {
        const problem = checkMessageLimits(body);
        if (problem !== undefined) return { ok: false, error: problem };
        return { ok: true, message_ts: nextTs() };
      }
      case 'conversations.open': {
        const list = String(body.users ?? '')
          .split(',')
          .map((user) => user.trim())
          .filter((user) => user !== '');
        if (list.length === 0) return { ok: false, error: 'users_list_not_supplied' };
        conversationCounter += 1;
        const id = list.length === 1 ? `D0CONV${conversationCounter}` : `G0MPIM${conversationCounter}`;
        return { ok: true, channel: { id, is_im: list.length === 1, is_mpim: list.length > 1 } };
      }
      case 'conversations.join': {
        const channel = stringField(body, 'channel');
        if (channel === undefined || !channel.startsWith('C'))
          return { ok: false, error: 'method_not_supported_for_channel_type' };
        return { ok: true, channel: { id: channel, is_channel: true, is_member: true } };
      }
      case 'conversations.replies': {
        const channel = stringField(body, 'channel');
        const ts = stringField(body, 'ts');
        const thread = messages
          .filter((message) => message.channel === channel && (message.ts === ts || message.thread_ts === ts))
          .sort((left, right) => left.ts.localeCompare(right.ts));
        if (thread.length === 0) return { ok: false, error: 'thread_not_found' };
        return { ok: true, messages: thread.map((message) => ({ type: 'message', ...message })), has_more: false };
      }
      case 'views.open':
      case 'views.update':
      case 'views.push': {
        const view = body.view;
        if (view === null || typeof view !== 'object') return { ok: false, error: 'invalid_arguments' };
        if (method === 'views.open' && stringField(body, 'trigger_id') === undefined)
          return { ok: false, error: 'invalid_trigger_id' };
        viewCounter += 1;
        return {
          ok: true,
          view: { id: `V0VIEW${viewCounter}`, team_id: teamId, ...(view as Record<string, unknown>) },
        };
      }
      case 'views.publish': {
        const view = body.view;
        if (stringField(body, 'user_id') === undefined) return { ok: false, error: 'invalid_arguments' };
        if (view === null || typeof view !== 'object') return { ok: false, error: 'invalid_arguments' };
        const problem = checkViewLimits(view as Record<string, unknown>);
        if (problem !== undefined) return { ok: false, error: problem };
        viewCounter += 1;
        return {
          ok: true,
          view: { id: `V0HOME${viewCounter}`, team_id: teamId, ...(view as Record<string, unknown>) },
        };
      }
      case 'usergroups.users.list': {
        const group = stringField(body, 'usergroup');
        const members = group === undefined ? undefined : userGroups.get(group);
        return members === undefined ? { ok: false, error: 'no_such_subteam' } : { ok: true, users: members };
      }
      case 'users.info': {
        const user = stringField(body, 'user');
        const info = user === undefined ? undefined : users.get(user);
        return info === undefined ? { ok: false, error: 'user_not_found' } : { ok: true, user: { id: user, ...info } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const waitFor = <T>(find: () => T | undefined, description: string, timeoutMilliseconds: number): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const found = find();
      if (found !== undefined) {
        resolve(found);
        return;
      }
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(
          new Error(
            `Timed out after ${timeoutMilliseconds} ms waiting for ${description}; calls so far: ${calls.map((call) => call.method).join(', ') || 'none'}`,
          ),
        );
      }, timeoutMilliseconds);
      const waiter: Waiter = {
        check() {
          const value = find();
          if (value === undefined) return false;
          clearTimeout(timer);
          resolve(value);
          return true;
        },
      };
      waiters.add(waiter);
    });

  return {
    apiUrl: `${origin}/api/`,
    origin,
    botUserId,
    botId,
    teamId,
    calls,
    responsePosts,
    callsTo: (method) => calls.filter((call) => call.method === method),
    waitForCall: (method, predicate = () => true, timeoutMilliseconds = 5_000) =>
      waitFor(
        () => calls.find((call) => call.method === method && predicate(call)),
        `a ${method} call`,
        timeoutMilliseconds,
      ),
    waitForCalls: (method, count, timeoutMilliseconds = 5_000) =>
      waitFor(
        () => {
          const matching = calls.filter((call) => call.method === method);
          return matching.length >= count ? matching : undefined;
        },
        `${count} ${method} calls`,
        timeoutMilliseconds,
      ),
    responseUrl(id) {
      responseUrlCounter += 1;
      return `${origin}/response/${encodeURIComponent(id ?? `hook-${responseUrlCounter}`)}`;
    },
    waitForResponsePost: (predicate = () => true, timeoutMilliseconds = 5_000) =>
      waitFor(() => responsePosts.find(predicate), 'a response_url post', timeoutMilliseconds),
    rateLimit(method, times, retryAfterSeconds, afterCalls = 0) {
      rateLimits.set(method, { passing: afterCalls, remaining: times, retryAfterSeconds });
    },
    failNext(method, error) {
      const queued = failures.get(method) ?? [];
      queued.push(error);
      failures.set(method, queued);
    },
    addMessage(message) {
      const ts = message.ts ?? nextTs();
      messages.push({ ...message, ts });
      return ts;
    },
    setUserGroup(groupId, members) {
      userGroups.set(groupId, members);
    },
    setUser(userId, user) {
      users.set(userId, user);
    },
    setSocketModeUrl(url) {
      socketModeUrl = url;
    },
    async close() {
      for (const waiter of waiters) waiters.delete(waiter);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Slack's own checks, as far as they matter here: 50 blocks, 3,000 characters per section text, about 13k in total. */
function checkMessageLimits(body: Record<string, unknown>): string | undefined {
  const text = typeof body.text === 'string' ? body.text : '';
  if (text.length > 40_000) return 'msg_too_long';
  const blocks = body.blocks;
  if (blocks === undefined) return text === '' ? 'no_text' : undefined;
  if (!Array.isArray(blocks)) return 'invalid_blocks_format';
  if (blocks.length > 50) return 'invalid_blocks';
  let total = 0;
  const blockIds = new Set<string>();
  for (const block of blocks as Array<Record<string, unknown>>) {
    if (typeof block.block_id === 'string') {
      if (blockIds.has(block.block_id) || block.block_id.length > 255) return 'invalid_blocks';
      blockIds.add(block.block_id);
    }
    for (const piece of textsOf(block)) {
      if (block.type === 'section' && piece.length > 3_000) return 'invalid_blocks';
      if (block.type === 'header' && piece.length > 150) return 'invalid_blocks';
      total += piece.length;
    }
    if (block.type === 'context' && Array.isArray(block.elements) && block.elements.length > 10)
      return 'invalid_blocks';
    if (block.type === 'actions' && Array.isArray(block.elements)) {
      if (block.elements.length > 25) return 'invalid_blocks';
      for (const element of block.elements as Array<Record<string, unknown>>) {
        if (typeof element.value === 'string' && element.value.length > 2_000) return 'invalid_blocks';
        if (typeof element.action_id === 'string' && element.action_id.length > 255) return 'invalid_blocks';
      }
    }
  }
  if (total > 13_000) return 'msg_too_long';
  return undefined;
}

/** A published Home view: type home, at most 100 blocks, unique block ids, section and header text limits. */
function checkViewLimits(view: Record<string, unknown>): string | undefined {
  if (view.type !== 'home') return 'invalid_arguments';
  const blocks = view.blocks;
  if (!Array.isArray(blocks) || blocks.length > 100) return 'invalid_blocks';
  const blockIds = new Set<string>();
  for (const block of blocks as Array<Record<string, unknown>>) {
    if (typeof block.block_id === 'string') {
      if (blockIds.has(block.block_id) || block.block_id.length > 255) return 'invalid_blocks';
      blockIds.add(block.block_id);
    }
    for (const piece of textsOf(block)) {
      if (block.type === 'section' && piece.length > 3_000) return 'invalid_blocks';
      if (block.type === 'header' && piece.length > 150) return 'invalid_blocks';
      if (block.type === 'context' && piece.length > 2_000) return 'invalid_blocks';
    }
    if (block.type === 'actions' && Array.isArray(block.elements) && block.elements.length > 25)
      return 'invalid_blocks';
  }
  return undefined;
}

function textsOf(block: Record<string, unknown>): string[] {
  const pieces: string[] = [];
  const text = block.text as { text?: unknown } | undefined;
  if (text !== undefined && typeof text.text === 'string') pieces.push(text.text);
  if (Array.isArray(block.fields)) {
    for (const field of block.fields as Array<{ text?: unknown }>)
      if (typeof field.text === 'string') pieces.push(field.text);
  }
  if (block.type === 'context' && Array.isArray(block.elements)) {
    for (const element of block.elements as Array<{ text?: unknown }>)
      if (typeof element.text === 'string') pieces.push(element.text);
  }
  return pieces;
}

function stringField(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : { value: parsed };
  }
  const result: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (jsonFields.has(key) && (value.startsWith('[') || value.startsWith('{'))) {
      result[key] = JSON.parse(value) as unknown;
    } else if (booleanFields.has(key) && (value === 'true' || value === 'false')) {
      result[key] = value === 'true';
    } else {
      result[key] = value;
    }
  }
  return result;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(
  response: ServerResponse,
  status: number,
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(payload);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
