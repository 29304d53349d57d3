/**
 * A local stand-in for an OpenAI-compatible model server (OpenAI, Ollama, vLLM, llama.cpp
 * server). The real @langchain/openai clients (ChatOpenAI, OpenAIEmbeddings) talk to it over
 * HTTP on 127.0.0.1 through `configuration.baseURL`.
 *
 * It serves POST /v1/chat/completions (plain JSON, or text/event-stream when the request
 * says `stream: true`), POST /v1/embeddings (deterministic vectors; float or base64, the
 * dimension can differ per model) and GET /v1/models. It records every request, and each
 * test scripts it: the reply (text, tool calls, or a function of the request), and faults
 * for the next N calls or for every call — 429 with Retry-After, 500, garbage, truncated
 * JSON or event stream, a dropped connection, or no answer at all (the socket is held
 * until the server stops).
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type StandInRoute = 'chat' | 'embeddings' | 'models';

export interface RecordedModelRequest {
  route: StandInRoute | 'unknown';
  method: string;
  path: string;
  /** Parsed JSON body (undefined for GET or an unparseable body). */
  body: unknown;
  /** The bearer token the request carried, if any. */
  token: string | undefined;
  /** Milliseconds since the stand-in started. */
  at: number;
}

export interface ChatMessageRecord {
  role: string;
  content: string;
}

/** The parts of a chat completion request the tests look at. */
export interface ChatCompletionRequest {
  model: string;
  messages: ChatMessageRecord[];
  stream: boolean;
  body: Record<string, unknown>;
}

export interface ToolCallReply {
  name: string;
  /** The JSON text of the arguments, sent as is (so tests can send invalid JSON). */
  arguments: string;
}

export interface ChatReplyObject {
  content?: string;
  toolCalls?: ToolCallReply[];
  /** Defaults to 'stop' (or 'tool_calls' when tool calls are given). */
  finishReason?: string;
}

export type ChatReply = string | ChatReplyObject;
export type ChatReplyScript = ChatReply | ((request: ChatCompletionRequest) => ChatReply);

export type StandInFault =
  /** 429 with a Retry-After header (seconds). */
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  /** A 5xx with a JSON error body. */
  | { kind: 'server-error'; status?: number }
  /** 200 with content-type application/json and a body that is not JSON. */
  | { kind: 'garbage' }
  /** 200 with JSON (or, for streams, an event) cut off in the middle. */
  | { kind: 'truncated' }
  /** The socket is destroyed after part of the response was sent. */
  | { kind: 'drop-connection' }
  /** Never answers; the socket is held until the stand-in stops. */
  | { kind: 'hang' }
  /** 401 as for a wrong API key. */
  | { kind: 'unauthorized' };

export interface OpenAiStandInOptions {
  /** When set, requests without `Authorization: Bearer <apiKey>` get 401. */
  apiKey?: string;
  /** Models listed by GET /v1/models. */
  models?: string[];
  /** Embedding dimension: one for all models, or per model name (default 16). */
  embeddingDimensions?: number | Record<string, number>;
  /** The chat reply (default: a fixed cited sentence). */
  reply?: ChatReplyScript;
}

export interface OpenAiStandIn {
  /** Base URL for `configuration.baseURL`, ending in /v1. */
  baseUrl: string;
  origin: string;
  /** Every request, in arrival order. */
  readonly requests: RecordedModelRequest[];
  /** The chat completion requests, parsed. */
  chatRequests(): ChatCompletionRequest[];
  /** The embedding requests' inputs, one array per request. */
  embeddingInputs(): { model: string; input: string[] }[];
  setReply(reply: ChatReplyScript): void;
  /** The next `times` calls of `route` (default chat) answer with this fault. */
  failNext(fault: StandInFault, options?: { times?: number; route?: StandInRoute }): void;
  /** Every call of `route` answers with this fault until `clearFaults()`. */
  failAlways(fault: StandInFault, options?: { route?: StandInRoute }): void;
  clearFaults(): void;
  /** The same deterministic vector the server returns for `text` under `model`. */
  vectorFor(model: string, text: string): number[];
  /** Closes the server and every held or open socket. */
  close(): Promise<void>;
}

const defaultReply = 'The stand-in model answers from source one [1].';

function routeOf(method: string, path: string): StandInRoute | 'unknown' {
  if (method === 'POST' && path === '/v1/chat/completions') return 'chat';
  if (method === 'POST' && path === '/v1/embeddings') return 'embeddings';
  if (method === 'GET' && path === '/v1/models') return 'models';
  return 'unknown';
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) =>
        typeof part === 'object' && part !== null && 'text' in part && typeof part.text === 'string' ? part.text : '',
      )
      .join('');
  }
  return '';
}

function toChatRequest(body: unknown): ChatCompletionRequest {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const messages = Array.isArray(record.messages) ? record.messages : [];
  return {
    model: typeof record.model === 'string' ? record.model : '',
    messages: messages.map((message) => {
      const entry = (typeof message === 'object' && message !== null ? message : {}) as Record<string, unknown>;
      return { role: typeof entry.role === 'string' ? entry.role : '', content: contentText(entry.content) };
    }),
    stream: record.stream === true,
    body: record,
  };
}

/** Deterministic, bag-of-words-like vectors: similar texts get similar vectors; the model name seeds them. */
function deterministicVector(model: string, text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const word of words.length > 0 ? words : ['(empty)']) {
    const digest = createHash('sha256').update(`${model}\u0000${word}`).digest();
    const slot = digest.readUInt32LE(0) % dimensions;
    vector[slot] = (vector[slot] ?? 0) + (digest.readUInt8(4) % 2 === 0 ? 1 : -1);
  }
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0)) || 1;
  return vector.map((value) => value / norm);
}

function encodeBase64(vector: number[]): string {
  const floats = new Float32Array(vector);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength).toString('base64');
}

async function readBody(request: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

export async function startOpenAiStandIn(options: OpenAiStandInOptions = {}): Promise<OpenAiStandIn> {
  const started = performance.now();
  const requests: RecordedModelRequest[] = [];
  const sockets = new Set<Socket>();
  let reply: ChatReplyScript = options.reply ?? defaultReply;
  const queuedFaults: { route: StandInRoute; fault: StandInFault; remaining: number }[] = [];
  const standingFaults = new Map<StandInRoute, StandInFault>();
  const models = options.models ?? ['stand-in-chat', 'stand-in-embedding'];
  let completionCounter = 0;

  const dimensionsFor = (model: string): number => {
    const setting = options.embeddingDimensions ?? 16;
    return typeof setting === 'number' ? setting : (setting[model] ?? 16);
  };

  const takeFault = (route: StandInRoute): StandInFault | undefined => {
    const queued = queuedFaults.find((entry) => entry.route === route && entry.remaining > 0);
    if (queued) {
      queued.remaining -= 1;
      return queued.fault;
    }
    return standingFaults.get(route);
  };

  const sendJson = (
    response: ServerResponse,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
  ) => {
    const text = JSON.stringify(payload);
    response.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      ...headers,
    });
    response.end(text);
  };

  const answerFault = (response: ServerResponse, fault: StandInFault, streamed: boolean): void => {
    switch (fault.kind) {
      case 'rate-limit':
        sendJson(
          response,
          429,
          { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } },
          { 'retry-after': String(fault.retryAfterSeconds) },
        );
        return;
      case 'server-error':
        sendJson(response, fault.status ?? 500, {
          error: { message: 'The server had an error while processing your request.', type: 'server_error' },
        });
        return;
      case 'unauthorized':
        sendJson(response, 401, {
          error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' },
        });
        return;
      case 'garbage': {
        const text = '<html><body>502 Bad Gateway (but labelled JSON)</body></html>';
        response.writeHead(200, { 'content-type': streamed ? 'text/event-stream' : 'application/json' });
        response.end(streamed ? `data: ${text}\n\n` : text);
        return;
      }
      case 'truncated': {
        if (streamed) {
          response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
          response.write(
            `data: ${JSON.stringify(streamChunk('chatcmpl-cut', 'stand-in', { role: 'assistant', content: '' }, null))}\n\n`,
          );
          // Whole events with a plausible, cited start, then one cut off: no finish_reason, no [DONE].
          response.write(
            `data: ${JSON.stringify(streamChunk('chatcmpl-cut', 'stand-in', { content: 'IT Works Korea opened a center [1] and' }, null))}\n\n`,
          );
          response.end(
            'data: {"id":"chatcmpl-cut","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":" then trai',
          );
          return;
        }
        const text =
          '{"id":"chatcmpl-cut","object":"chat.completion","created":1,"model":"stand-in","choices":[{"index":0,"message":{"role":"assistant","content":"The answer is';
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        response.end(text);
        return;
      }
      case 'drop-connection':
        response.writeHead(200, { 'content-type': streamed ? 'text/event-stream' : 'application/json' });
        response.write(
          streamed
            ? `data: ${JSON.stringify(streamChunk('chatcmpl-drop', 'stand-in', { role: 'assistant', content: 'The ' }, null))}\n\n`
            : '{"id":"chatcmpl-drop",',
        );
        setTimeout(() => response.socket?.destroy(), 20);
        return;
      case 'hang':
        // Say nothing; close() destroys the socket.
        return;
    }
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { error: { message: 'stand-in failure' } });
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const route = routeOf(method, url.pathname);
    const raw = method === 'GET' ? '' : await readBody(request);
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = undefined;
    }
    const authorization = request.headers.authorization;
    const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : undefined;
    requests.push({ route, method, path: url.pathname, body, token, at: performance.now() - started });

    if (route === 'unknown') {
      sendJson(response, 404, { error: { message: `no route ${method} ${url.pathname}` } });
      return;
    }
    if (options.apiKey !== undefined && token !== options.apiKey) {
      answerFault(response, { kind: 'unauthorized' }, false);
      return;
    }
    const streamed =
      route === 'chat' && typeof body === 'object' && body !== null && (body as { stream?: unknown }).stream === true;
    const fault = takeFault(route);
    if (fault) {
      answerFault(response, fault, streamed);
      return;
    }
    if (route === 'models') {
      sendJson(response, 200, {
        object: 'list',
        data: models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'stand-in' })),
      });
      return;
    }
    if (route === 'embeddings') {
      answerEmbeddings(response, body);
      return;
    }
    answerChat(response, toChatRequest(body));
  }

  function answerEmbeddings(response: ServerResponse, body: unknown): void {
    const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const model = typeof record.model === 'string' ? record.model : '';
    const inputs = Array.isArray(record.input) ? record.input.map(String) : [String(record.input ?? '')];
    const base64 = record.encoding_format === 'base64';
    const dimensions = typeof record.dimensions === 'number' ? record.dimensions : dimensionsFor(model);
    sendJson(response, 200, {
      object: 'list',
      model,
      data: inputs.map((input, index) => {
        const vector = deterministicVector(model, input, dimensions);
        return { object: 'embedding', index, embedding: base64 ? encodeBase64(vector) : vector };
      }),
      usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
    });
  }

  function answerChat(response: ServerResponse, chatRequest: ChatCompletionRequest): void {
    completionCounter += 1;
    const id = `chatcmpl-stand-in-${completionCounter}`;
    const scripted = typeof reply === 'function' ? reply(chatRequest) : reply;
    const shaped: ChatReplyObject = typeof scripted === 'string' ? { content: scripted } : scripted;
    const toolCalls = (shaped.toolCalls ?? []).map((call, index) => ({
      index,
      id: `call_${completionCounter}_${index}`,
      type: 'function' as const,
      function: { name: call.name, arguments: call.arguments },
    }));
    const finishReason = shaped.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop');
    const content = shaped.content ?? (toolCalls.length > 0 ? null : '');
    const model = chatRequest.model || 'stand-in';

    if (!chatRequest.stream) {
      sendJson(response, 200, {
        id,
        object: 'chat.completion',
        created: 1_700_000_000,
        model,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content,
              ...(toolCalls.length > 0 ? { tool_calls: toolCalls.map(({ index: _index, ...call }) => call) } : {}),
            },
            finish_reason: finishReason,
          },
        ],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
      return;
    }

    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    const send = (payload: unknown) => response.write(`data: ${JSON.stringify(payload)}\n\n`);
    send(streamChunk(id, model, { role: 'assistant', content: '' }, null));
    const text = content ?? '';
    // Small pieces, split inside words and citation markers, as real servers do.
    for (let start = 0; start < text.length; start += 7)
      send(streamChunk(id, model, { content: text.slice(start, start + 7) }, null));
    if (toolCalls.length > 0) send(streamChunk(id, model, { tool_calls: toolCalls }, null));
    send(streamChunk(id, model, {}, finishReason));
    const body = chatRequest.body;
    const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage) {
      send({
        id,
        object: 'chat.completion.chunk',
        created: 1_700_000_000,
        model,
        choices: [],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
    }
    response.end('data: [DONE]\n\n');
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    baseUrl: `${origin}/v1`,
    origin,
    requests,
    chatRequests: () => requests.filter((entry) => entry.route === 'chat').map((entry) => toChatRequest(entry.body)),
    embeddingInputs: () =>
      requests
        .filter((entry) => entry.route === 'embeddings')
        .map((entry) => {
          const record = (entry.body ?? {}) as { model?: unknown; input?: unknown };
          return {
            model: String(record.model ?? ''),
            input: Array.isArray(record.input) ? record.input.map(String) : [String(record.input ?? '')],
          };
        }),
    setReply: (next) => {
      reply = next;
    },
    failNext: (fault, settings = {}) => {
      queuedFaults.push({ route: settings.route ?? 'chat', fault, remaining: settings.times ?? 1 });
    },
    failAlways: (fault, settings = {}) => {
      standingFaults.set(settings.route ?? 'chat', fault);
    },
    clearFaults: () => {
      queuedFaults.length = 0;
      standingFaults.clear();
    },
    vectorFor: (model, text) => deterministicVector(model, text, dimensionsFor(model)),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function streamChunk(id: string, model: string, delta: Record<string, unknown>, finishReason: string | null) {
  return {
    id,
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}
