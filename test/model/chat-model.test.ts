/**
 * The chat model factory: nothing without a model name, the configured key or a
 * placeholder for keyless local servers, bounded retries, and streamed completions parsed
 * by the real ChatOpenAI (token by token, and assembled).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChatModel } from '../../src/model/index.js';
import { type OpenAiStandIn, startOpenAiStandIn } from '../stand-ins/openai-server.js';
import { modelConfig, timed } from './model-test-kit.js';

let standIn: OpenAiStandIn;

beforeEach(async () => {
  standIn = await startOpenAiStandIn({ reply: 'KOCCA opened an office in Hanoi [2].' });
});

afterEach(async () => {
  await standIn.close();
});

describe('createChatModel', () => {
  it('is undefined when no chat model is configured', () => {
    expect(createChatModel(modelConfig(standIn.baseUrl, { chatModel: undefined }))).toBeUndefined();
  });

  it('sends a placeholder key to a keyless local server, and the configured key otherwise', async () => {
    await createChatModel(modelConfig(standIn.baseUrl))?.invoke('hello');
    await createChatModel(modelConfig(standIn.baseUrl, { apiKey: 'sk-configured-123456' }))?.invoke('hello');
    expect(standIn.requests.map((request) => request.token)).toEqual(['not-needed', 'sk-configured-123456']);
    expect(standIn.chatRequests().map((request) => request.model)).toEqual(['stand-in-chat', 'stand-in-chat']);
  });

  it('parses a streamed completion chunk by chunk', async () => {
    const chatModel = createChatModel(modelConfig(standIn.baseUrl), { streaming: true });
    const pieces: string[] = [];
    for await (const chunk of await (chatModel as NonNullable<typeof chatModel>).stream('hello'))
      pieces.push(typeof chunk.content === 'string' ? chunk.content : '');
    expect(standIn.chatRequests()[0]?.stream).toBe(true);
    expect(pieces.filter((piece) => piece !== '').length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe('KOCCA opened an office in Hanoi [2].');
  });

  it('assembles a streamed completion on invoke without fetching token tables from the internet', async () => {
    const chatModel = createChatModel(modelConfig(standIn.baseUrl, { timeoutMs: 2_000 }), { streaming: true });
    const { value, elapsedMs } = await timed(async () => chatModel?.invoke('hello'));
    expect(value?.content).toBe('KOCCA opened an office in Hanoi [2].');
    expect(value?.response_metadata.finish_reason).toBe('stop');
    expect(elapsedMs).toBeLessThan(1_000);
  });

  it('caps retries at six whatever the configuration says', async () => {
    const chatModel = createChatModel(modelConfig(standIn.baseUrl, { maxRetries: 50 }));
    expect((chatModel as unknown as { caller: { maxRetries: number } }).caller.maxRetries).toBe(6);
  });
});
