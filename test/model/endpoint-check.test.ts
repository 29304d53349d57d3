/**
 * `matchcut doctor`'s model check against the stand-in: reachable and serving the models,
 * a model that is not served, a wrong key, a refused connection, a silent server, and a
 * server without GET /models. The key never appears in the detail or the logs.
 */
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkModelEndpoint } from '../../src/model/index.js';
import { type OpenAiStandIn, startOpenAiStandIn } from '../stand-ins/openai-server.js';
import { captureLogs, modelConfig, timed } from './model-test-kit.js';

const key = 'sk-doctor-secret-9876543210';
let standIn: OpenAiStandIn;

beforeEach(async () => {
  standIn = await startOpenAiStandIn({ apiKey: key, models: ['stand-in-chat', 'nomic-embed-text:latest'] });
});

afterEach(async () => {
  await standIn.close();
});

describe('checkModelEndpoint', () => {
  it('is ok when the endpoint lists the configured models (Ollama\'s ":latest" included)', async () => {
    const logs = captureLogs();
    const result = await checkModelEndpoint(
      modelConfig(standIn.baseUrl, { apiKey: key, embeddingModel: 'nomic-embed-text' }),
      logs.logger,
    );
    expect(result).toEqual({
      ok: true,
      detail: `${standIn.baseUrl} is reachable and serves stand-in-chat and nomic-embed-text.`,
    });
    expect(standIn.requests.map((request) => [request.method, request.path, request.token])).toEqual([
      ['GET', '/v1/models', key],
    ]);
    expect(logs.text()).not.toContain(key);
  });

  it('says which model is missing and what the server has', async () => {
    const result = await checkModelEndpoint(
      modelConfig(standIn.baseUrl, { apiKey: key, chatModel: 'llama3.1' }),
      captureLogs().logger,
    );
    expect(result.ok).toBe(false);
    expect(result.detail).toBe(
      `${standIn.baseUrl} is reachable but does not serve llama3.1 (MATCHCUT_CHAT_MODEL); it lists: stand-in-chat, nomic-embed-text:latest. Pull or load the model (e.g. \`ollama pull llama3.1\`), or set the variable to a listed name.`,
    );
  });

  it('reports a rejected key without printing it', async () => {
    const logs = captureLogs();
    const result = await checkModelEndpoint(
      modelConfig(standIn.baseUrl, { apiKey: 'sk-wrong-0123456789' }),
      logs.logger,
    );
    expect(result).toEqual({
      ok: false,
      detail: `${standIn.baseUrl} rejected the API key (HTTP 401): check OPENAI_API_KEY.`,
    });
    expect(`${result.detail}${logs.text()}`).not.toContain('sk-wrong-0123456789');
  });

  it('reports a refused connection with how to fix it', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await checkModelEndpoint(modelConfig(`http://127.0.0.1:${port}/v1`), captureLogs().logger);
    expect(result.ok).toBe(false);
    expect(result.detail).toBe(
      `could not connect to http://127.0.0.1:${port}/v1 (connection refused): start the model server (e.g. \`ollama serve\`) or fix OPENAI_BASE_URL.`,
    );
  });

  it('gives up after the timeout on a server that never answers', async () => {
    standIn.failAlways({ kind: 'hang' }, { route: 'models' });
    const { value, elapsedMs } = await timed(() =>
      checkModelEndpoint(modelConfig(standIn.baseUrl, { apiKey: key, timeoutMs: 700 }), captureLogs().logger),
    );
    expect(value).toEqual({
      ok: false,
      detail: `no answer from ${standIn.baseUrl} within 700 ms: check that the server is up, or raise MATCHCUT_MODEL_TIMEOUT_MS.`,
    });
    expect(elapsedMs).toBeLessThan(1_500);
  });

  it('falls back to a one-token completion on servers without GET /models', async () => {
    const calls: string[] = [];
    const server = createHttpServer((request, response) => {
      calls.push(`${request.method} ${request.url}`);
      if (request.url === '/v1/chat/completions') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            id: 'x',
            object: 'chat.completion',
            choices: [{ index: 0, message: { role: 'assistant', content: 'p' }, finish_reason: 'length' }],
          }),
        );
        return;
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const result = await checkModelEndpoint(modelConfig(`http://127.0.0.1:${port}/v1`), captureLogs().logger);
      expect(result).toEqual({
        ok: true,
        detail: `http://127.0.0.1:${port}/v1 answered a one-token completion with stand-in-chat.`,
      });
      expect(calls).toEqual(['GET /v1/models', 'POST /v1/chat/completions']);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('refuses a base URL with credentials in it, without printing them', async () => {
    const result = await checkModelEndpoint(modelConfig('http://admin:hunter2@127.0.0.1:9/v1'), captureLogs().logger);
    expect(result).toEqual({
      ok: false,
      detail:
        'OPENAI_BASE_URL for http://127.0.0.1:9/v1 contains a user name or password, which HTTP clients refuse to send: remove them and put the key in OPENAI_API_KEY.',
    });
  });

  it('is ok without calling anything when no model is configured', async () => {
    const result = await checkModelEndpoint(modelConfig(undefined, { chatModel: undefined }), captureLogs().logger);
    expect(result.ok).toBe(true);
    expect(standIn.requests).toHaveLength(0);
  });
});
