/**
 * Every fault of the model server ends in the extractive answer, within the timeout, with
 * a short notice and one log line: no hang, no throw. Driven through the real ChatOpenAI
 * against the stand-in (plain and streamed), plus a closed port for "connection refused".
 */
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import type { ModelConfig } from '../../src/config/config.js';
import { createAnswerGenerator, createChatModel } from '../../src/model/index.js';
import { type OpenAiStandIn, type StandInFault, startOpenAiStandIn } from '../stand-ins/openai-server.js';
import { captureLogs, extractiveAnswer, modelConfig, promptsDir, sampleSources, timed } from './model-test-kit.js';

let standIn: OpenAiStandIn;
const secretKey = 'sk-test-secret-0123456789abcdef';

beforeEach(async () => {
  standIn = await startOpenAiStandIn({
    apiKey: secretKey,
    reply: 'IT Works Korea opened a training center in Samarkand [1].',
  });
});

afterEach(async () => {
  await standIn.close();
});

function setUp(overrides: Partial<ModelConfig> = {}, streaming = false) {
  const logs = captureLogs();
  const config = modelConfig(standIn.baseUrl, { apiKey: secretKey, timeoutMs: 1_000, maxRetries: 0, ...overrides });
  const chatModel = createChatModel(config, { streaming });
  if (!chatModel) throw new Error('expected a chat model');
  const generator = createAnswerGenerator({ chatModel, promptsDir, logger: logs.logger, timeoutMs: config.timeoutMs });
  const sources = sampleSources();
  const extractive = extractiveAnswer(sources);
  const generate = (signal?: AbortSignal) =>
    timed(() =>
      generator.generate({
        question: 'Who opened a training center in Samarkand?',
        standaloneQuery: 'Who opened a training center in Samarkand?',
        history: [],
        sources,
        language: 'en',
        extractive,
        signal,
      }),
    );
  return { logs, generate, extractive };
}

const notices = {
  timeout: 'The language model did not answer in time; showing the answer straight from the sources.',
  busy: 'The language model is busy right now; showing the answer straight from the sources.',
  unavailable: 'The language model is unavailable right now; showing the answer straight from the sources.',
  unusable: 'The language model gave an unusable answer; showing the answer straight from the sources.',
};

function expectFallback(answer: Answer, extractive: Answer, notice: string) {
  expect(answer.path).toBe('extractive');
  expect(answer.text).toBe(extractive.text);
  expect(answer.citations).toEqual(extractive.citations);
  expect(answer.notice).toBe(notice);
}

function expectOneLogLine(logs: ReturnType<typeof captureLogs>, reason: string) {
  const lines = logs.warnings().filter((record) => record.event === 'model_fallback');
  expect(lines).toHaveLength(1);
  expect(lines[0]?.reason).toBe(reason);
  expect(logs.text()).not.toContain(secretKey);
}

describe('faults of a plain (JSON) completion', () => {
  it('a server that never answers: falls back when the timeout is up', async () => {
    standIn.failAlways({ kind: 'hang' });
    const { generate, logs, extractive } = setUp({ timeoutMs: 1_000, maxRetries: 2 });
    const { value, elapsedMs } = await generate();
    expectFallback(value, extractive, notices.timeout);
    expect(elapsedMs).toBeGreaterThanOrEqual(950);
    expect(elapsedMs).toBeLessThan(1_800);
    expectOneLogLine(logs, 'timeout');
  });

  it('a 500 with retries switched off: falls back at once', async () => {
    standIn.failAlways({ kind: 'server-error' });
    const { generate, logs, extractive } = setUp();
    const { value, elapsedMs } = await generate();
    expectFallback(value, extractive, notices.unavailable);
    expect(elapsedMs).toBeLessThan(800);
    expectOneLogLine(logs, 'server_error');
    expect(logs.warnings()[0]?.status).toBe(500);
  });

  it('a 500 that keeps coming: bounded retries end in the fallback within the timeout', async () => {
    standIn.failAlways({ kind: 'server-error', status: 503 });
    // LangChain backs off 1–2 s before the first retry and 2–4 s before the second: within 3 s
    // there is room for exactly one retry, then the deadline ends the call.
    const { generate, logs } = setUp({ timeoutMs: 3_000, maxRetries: 6 });
    const { value, elapsedMs } = await generate();
    expect(value.path).toBe('extractive');
    expect([notices.timeout, notices.unavailable]).toContain(value.notice);
    expect(elapsedMs).toBeLessThan(3_800);
    expect(standIn.chatRequests().length).toBeGreaterThanOrEqual(2);
    expect(standIn.chatRequests().length).toBeLessThanOrEqual(3);
    expect(logs.warnings().filter((record) => record.event === 'model_fallback')).toHaveLength(1);
  });

  it('a single 500 is retried and the answer is generated', async () => {
    standIn.failNext({ kind: 'server-error' });
    const { generate } = setUp({ timeoutMs: 4_000, maxRetries: 2 });
    const { value } = await generate();
    expect(value.path).toBe('generated');
    expect(standIn.chatRequests()).toHaveLength(2);
  });

  it('garbage instead of JSON: falls back at once, without retrying', async () => {
    standIn.failAlways({ kind: 'garbage' });
    const { generate, logs, extractive } = setUp({ maxRetries: 3 });
    const { value, elapsedMs } = await generate();
    expectFallback(value, extractive, notices.unusable);
    expect(elapsedMs).toBeLessThan(800);
    expect(standIn.chatRequests()).toHaveLength(1);
    expectOneLogLine(logs, 'malformed_response');
  });

  it('truncated JSON: falls back at once, without retrying', async () => {
    standIn.failAlways({ kind: 'truncated' });
    const { generate, logs, extractive } = setUp({ maxRetries: 3 });
    const { value, elapsedMs } = await generate();
    expectFallback(value, extractive, notices.unusable);
    expect(elapsedMs).toBeLessThan(800);
    expect(standIn.chatRequests()).toHaveLength(1);
    expectOneLogLine(logs, 'malformed_response');
  });

  it('a connection dropped mid-response: falls back', async () => {
    standIn.failAlways({ kind: 'drop-connection' });
    const { generate, logs, extractive } = setUp();
    const { value, elapsedMs } = await generate();
    expectFallback(value, extractive, notices.unavailable);
    expect(elapsedMs).toBeLessThan(800);
    expectOneLogLine(logs, 'connection_failed');
  });

  it('a wrong API key (401): falls back at once and logs no key', async () => {
    const logs = captureLogs();
    const config = modelConfig(standIn.baseUrl, { apiKey: 'sk-wrong-key-abcdef012345', maxRetries: 3 });
    const chatModel = createChatModel(config);
    if (!chatModel) throw new Error('expected a chat model');
    const generator = createAnswerGenerator({ chatModel, promptsDir, logger: logs.logger, timeoutMs: 1_000 });
    const extractive = extractiveAnswer();
    const answer = await generator.generate({
      question: 'q',
      standaloneQuery: 'q',
      history: [],
      sources: sampleSources(),
      language: 'en',
      extractive,
    });
    expectFallback(answer, extractive, notices.unavailable);
    expect(standIn.chatRequests()).toHaveLength(1);
    expect(logs.warnings()[0]?.reason).toBe('rejected');
    expect(logs.warnings()[0]?.status).toBe(401);
    expect(logs.text()).not.toContain('sk-wrong-key-abcdef012345');
  });

  it('connection refused: falls back at once, without retrying', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const logs = captureLogs();
    const chatModel = createChatModel(modelConfig(`http://127.0.0.1:${port}/v1`, { maxRetries: 3, timeoutMs: 1_000 }));
    if (!chatModel) throw new Error('expected a chat model');
    const generator = createAnswerGenerator({ chatModel, promptsDir, logger: logs.logger, timeoutMs: 1_000 });
    const extractive = extractiveAnswer();
    const { value, elapsedMs } = await timed(() =>
      generator.generate({
        question: 'q',
        standaloneQuery: 'q',
        history: [],
        sources: sampleSources(),
        language: 'en',
        extractive,
      }),
    );
    expectFallback(value, extractive, notices.unavailable);
    expect(elapsedMs).toBeLessThan(800);
    expect(logs.warnings()[0]?.reason).toBe('connection_failed');
  });
});

describe('429 rate limits', () => {
  it('waits as long as Retry-After says, then succeeds', async () => {
    standIn.failNext({ kind: 'rate-limit', retryAfterSeconds: 2 });
    const { generate, logs } = setUp({ timeoutMs: 5_000, maxRetries: 2 });
    const { value, elapsedMs } = await generate();
    expect(value.path).toBe('generated');
    expect(value.text).toBe('IT Works Korea opened a training center in Samarkand [1].');
    const [first, second] = standIn
      .chatRequests()
      .map((_request, index) => standIn.requests.filter((entry) => entry.route === 'chat')[index]?.at ?? 0);
    expect(standIn.chatRequests()).toHaveLength(2);
    // LangChain's own back-off alone is 1–2 s; only Retry-After makes it at least 2 s.
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(1_950);
    expect(elapsedMs).toBeLessThan(4_000);
    expect(logs.warnings()).toHaveLength(0);
  });

  it('gives up at once when Retry-After is longer than the timeout', async () => {
    standIn.failAlways({ kind: 'rate-limit', retryAfterSeconds: 120 });
    const { generate, logs, extractive } = setUp({ timeoutMs: 1_500, maxRetries: 3 });
    const { value, elapsedMs } = await generate();
    expectFallback(value, extractive, notices.busy);
    expect(elapsedMs).toBeLessThan(800);
    expect(standIn.chatRequests()).toHaveLength(1);
    expectOneLogLine(logs, 'rate_limited');
  });

  it('stops after the bounded number of retries', async () => {
    standIn.failAlways({ kind: 'rate-limit', retryAfterSeconds: 0 });
    const { generate, extractive } = setUp({ timeoutMs: 9_000, maxRetries: 1 });
    const { value, elapsedMs } = await generate();
    expectFallback(value, extractive, notices.busy);
    expect(standIn.chatRequests()).toHaveLength(2);
    expect(elapsedMs).toBeLessThan(3_000);
  });
});

describe('faults of a streamed (text/event-stream) completion', () => {
  it('a stream cut off in the middle of an event (after a cited start): falls back', async () => {
    standIn.failAlways({ kind: 'truncated' });
    const { generate, logs, extractive } = setUp({}, true);
    const { value, elapsedMs } = await generate();
    expectFallback(value, extractive, notices.unusable);
    expect(elapsedMs).toBeLessThan(800);
    expectOneLogLine(logs, 'truncated');
  });

  it('garbage events: falls back', async () => {
    standIn.failAlways({ kind: 'garbage' });
    const { generate, logs, extractive } = setUp({}, true);
    const { value } = await generate();
    expectFallback(value, extractive, notices.unusable);
    expectOneLogLine(logs, 'malformed_response');
  });

  it('a connection dropped mid-stream: falls back', async () => {
    standIn.failAlways({ kind: 'drop-connection' });
    const { generate, logs, extractive } = setUp({}, true);
    const { value, elapsedMs } = await generate();
    expectFallback(value, extractive, notices.unavailable);
    expect(elapsedMs).toBeLessThan(800);
    expectOneLogLine(logs, 'connection_failed');
  });

  it('a stream that never starts: falls back when the timeout is up', async () => {
    standIn.failAlways({ kind: 'hang' });
    const { generate, extractive } = setUp({ timeoutMs: 1_000 }, true);
    const { value, elapsedMs } = await generate();
    expectFallback(value, extractive, notices.timeout);
    expect(elapsedMs).toBeLessThan(1_800);
  });
});

describe('the caller', () => {
  it('can cancel: the extractive answer comes back at once', async () => {
    standIn.failAlways({ kind: 'hang' });
    const { generate, extractive } = setUp({ timeoutMs: 5_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { value, elapsedMs } = await generate(controller.signal);
    expectFallback(
      value,
      extractive,
      'The generated answer was cancelled; showing the answer straight from the sources.',
    );
    expect(elapsedMs).toBeLessThan(1_000);
  });

  it("gets the notice in the asker's language", async () => {
    standIn.failAlways({ kind: 'server-error' });
    const logs = captureLogs();
    const chatModel = createChatModel(modelConfig(standIn.baseUrl, { apiKey: secretKey }));
    if (!chatModel) throw new Error('expected a chat model');
    const generator = createAnswerGenerator({ chatModel, promptsDir, logger: logs.logger, timeoutMs: 1_000 });
    const base = {
      question: 'q',
      standaloneQuery: 'q',
      history: [],
      sources: sampleSources(),
      extractive: extractiveAnswer(),
    };
    expect((await generator.generate({ ...base, language: 'ko' })).notice).toBe(
      '언어 모델을 지금 사용할 수 없어 출처에서 바로 뽑은 답변을 보여 드립니다.',
    );
    expect((await generator.generate({ ...base, language: 'vi' })).notice).toBe(
      'Mô hình ngôn ngữ hiện không khả dụng; đây là câu trả lời lấy trực tiếp từ nguồn.',
    );
    expect((await generator.generate({ ...base, language: 'xx' })).notice).toBe(notices.unavailable);
  });
});

describe('faults', () => {
  it.each<[string, StandInFault]>([
    ['hang', { kind: 'hang' }],
    ['server-error', { kind: 'server-error' }],
    ['garbage', { kind: 'garbage' }],
    ['truncated', { kind: 'truncated' }],
    ['drop-connection', { kind: 'drop-connection' }],
    ['rate-limit', { kind: 'rate-limit', retryAfterSeconds: 30 }],
  ])('%s never makes generate() reject', async (_name, fault) => {
    standIn.failAlways(fault);
    const { generate } = setUp({ timeoutMs: 800, maxRetries: 2 });
    await expect(generate().then((result) => result.value.path)).resolves.toBe('extractive');
  });
});
