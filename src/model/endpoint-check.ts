/**
 * `matchcut doctor`'s model check: asks the configured endpoint for its model list
 * (GET {baseURL}/models) within the timeout, and, for servers without that route, for a
 * one-token completion. The detail says what is wrong and how to fix it; it never contains
 * the API key.
 */
import type { ModelConfig } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { apiKeyOf, endpointOf } from './chat-model.js';
import { scrubSecrets } from './model-faults.js';

export interface EndpointCheck {
  ok: boolean;
  detail: string;
}

export interface EndpointCheckOptions {
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** The endpoint without credentials, query or fragment, for messages. */
export function displayEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString().replace(/\/+$/, '');
  } catch {
    return 'the configured OPENAI_BASE_URL (not a valid URL)';
  }
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function describeNetworkFailure(error: unknown, where: string, timeoutMs: number): string {
  const name = (error as { name?: unknown }).name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return (
      `no answer from ${where} within ${timeoutMs} ms: ` +
      'check that the server is up, or raise MATCHCUT_MODEL_TIMEOUT_MS.'
    );
  const code = errorCode(error);
  if (code === 'ECONNREFUSED')
    return (
      `could not connect to ${where} (connection refused): ` +
      'start the model server (e.g. `ollama serve`) or fix OPENAI_BASE_URL.'
    );
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `the host of ${where} was not found: fix OPENAI_BASE_URL, or check the network.`;
  return (
    `could not reach ${where} (${scrubSecrets(code ?? (error instanceof Error ? error.message : String(error)))}): ` +
    'check OPENAI_BASE_URL and the network.'
  );
}

/** Model names a server may list for a configured name (Ollama adds ":latest"). */
function isListed(model: string, listed: ReadonlySet<string>): boolean {
  return (
    listed.has(model) ||
    listed.has(`${model}:latest`) ||
    (model.endsWith(':latest') && listed.has(model.slice(0, -':latest'.length)))
  );
}

export async function checkModelEndpoint(
  config: ModelConfig,
  logger: Logger,
  options: EndpointCheckOptions = {},
): Promise<EndpointCheck> {
  const log = logger.child({ component: 'endpoint-check' });
  const finish = (result: EndpointCheck): EndpointCheck => {
    if (result.ok) log.info({ event: 'endpoint_check', ok: true }, result.detail);
    else log.warn({ event: 'endpoint_check', ok: false }, result.detail);
    return result;
  };
  if (config.chatModel === undefined && config.embeddingModel === undefined) {
    return finish({
      ok: true,
      detail: 'no model configured: answers are extractive and embeddings are computed offline.',
    });
  }
  const doFetch = options.fetch ?? fetch;
  const endpoint = endpointOf(config);
  const where = displayEndpoint(endpoint);
  const parsed = URL.canParse(endpoint) ? new URL(endpoint) : undefined;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    return finish({
      ok: false,
      detail:
        'OPENAI_BASE_URL is not an http(s) URL: ' +
        "set it to the server's OpenAI-compatible address, e.g. http://127.0.0.1:11434/v1.",
    });
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return finish({
      ok: false,
      detail:
        `OPENAI_BASE_URL for ${where} contains a user name or password, which HTTP clients refuse to send: ` +
        'remove them and put the key in OPENAI_API_KEY.',
    });
  }
  const headers = { authorization: `Bearer ${apiKeyOf(config)}`, accept: 'application/json' };
  const keyHint =
    config.apiKey === undefined ? 'the server wants an API key: set OPENAI_API_KEY.' : 'check OPENAI_API_KEY.';

  let response: Response;
  try {
    response = await doFetch(`${endpoint}/models`, { headers, signal: AbortSignal.timeout(config.timeoutMs) });
  } catch (error) {
    return finish({ ok: false, detail: describeNetworkFailure(error, where, config.timeoutMs) });
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    return finish({ ok: false, detail: `${where} rejected the API key (HTTP ${response.status}): ${keyHint}` });
  }
  if (response.status === 404 || response.status === 405) {
    await response.body?.cancel();
    return finish(await checkWithCompletion(config, doFetch, endpoint, where, headers, keyHint));
  }
  if (!response.ok) {
    await response.body?.cancel();
    return finish({
      ok: false,
      detail: `${where} answered GET /models with HTTP ${response.status}: check the server's logs.`,
    });
  }
  let listed: Set<string>;
  try {
    const body = (await response.json()) as { data?: { id?: unknown }[] };
    if (!Array.isArray(body.data)) throw new Error('no data list');
    listed = new Set(body.data.map((entry) => entry.id).filter((id): id is string => typeof id === 'string'));
  } catch {
    return finish({
      ok: false,
      detail:
        `${where} answered GET /models with something that is not a model list: ` +
        "is OPENAI_BASE_URL the server's OpenAI-compatible /v1 address?",
    });
  }
  const wanted = [
    ...(config.chatModel === undefined ? [] : [{ model: config.chatModel, variable: 'MATCHCUT_CHAT_MODEL' }]),
    ...(config.embeddingModel === undefined
      ? []
      : [{ model: config.embeddingModel, variable: 'MATCHCUT_EMBEDDING_MODEL' }]),
  ];
  const missing = wanted.filter((entry) => !isListed(entry.model, listed));
  if (missing.length > 0) {
    const available = [...listed].slice(0, 12).join(', ') || 'none';
    const names = missing.map((entry) => `${entry.model} (${entry.variable})`).join(' and ');
    return finish({
      ok: false,
      detail:
        `${where} is reachable but does not serve ${names}; it lists: ${available}. ` +
        `Pull or load the model (e.g. \`ollama pull ${missing[0]?.model}\`), or set the variable to a listed name.`,
    });
  }
  return finish({
    ok: true,
    detail: `${where} is reachable and serves ${wanted.map((entry) => entry.model).join(' and ')}.`,
  });
}

/** For servers without GET /models: a one-token completion with the chat model. */
async function checkWithCompletion(
  config: ModelConfig,
  doFetch: typeof fetch,
  endpoint: string,
  where: string,
  headers: Record<string, string>,
  keyHint: string,
): Promise<EndpointCheck> {
  if (config.chatModel === undefined) {
    return {
      ok: false,
      detail:
        `${where} has no GET /models route, so the embedding model could not be checked: ` +
        "is OPENAI_BASE_URL the server's /v1 address?",
    };
  }
  let response: Response;
  try {
    response = await doFetch(`${endpoint}/chat/completions`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ model: config.chatModel, messages: [{ role: 'user', content: 'ping' }], max_tokens: 1 }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (error) {
    return { ok: false, detail: describeNetworkFailure(error, where, config.timeoutMs) };
  }
  await response.body?.cancel();
  if (response.ok) return { ok: true, detail: `${where} answered a one-token completion with ${config.chatModel}.` };
  if (response.status === 401 || response.status === 403)
    return { ok: false, detail: `${where} rejected the API key (HTTP ${response.status}): ${keyHint}` };
  if (response.status === 404)
    return {
      ok: false,
      detail:
        `${where} does not know ${config.chatModel} or has no /chat/completions route: ` +
        'check MATCHCUT_CHAT_MODEL and OPENAI_BASE_URL.',
    };
  return {
    ok: false,
    detail: `${where} answered a one-token completion with HTTP ${response.status}: check the server's logs.`,
  };
}
