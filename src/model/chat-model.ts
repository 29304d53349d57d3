/**
 * The chat model: LangChain's ChatOpenAI pointed at any OpenAI-compatible endpoint
 * (OpenAI, Ollama, vLLM, llama.cpp server, LM Studio). Every setting comes from
 * ModelConfig: the base URL and key are always passed explicitly so the client never
 * falls back to environment variables.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { MessageContent } from '@langchain/core/messages';
import { ChatOpenAI, ChatOpenAICompletions, type ChatOpenAIFields, ChatOpenAIResponses } from '@langchain/openai';
import type { ModelConfig } from '../config/config.js';
import { createModelRetryPolicy } from './model-faults.js';

export const openAiDefaultBaseUrl = 'https://api.openai.com/v1';
/** Sent when only a base URL is configured: local servers (Ollama, llama.cpp) ignore it, the client needs one. */
export const placeholderApiKey = 'not-needed';
/** Retries are bounded whatever the configuration says. */
export const maximumModelRetries = 6;

export interface ChatModelOptions {
  /** Ask the server for a streamed (text/event-stream) completion; the reply is assembled the same way. */
  streaming?: boolean;
}

/** The endpoint a config talks to (never undefined, so no client reads OPENAI_BASE_URL itself). */
export function endpointOf(config: Pick<ModelConfig, 'baseUrl'>): string {
  return (config.baseUrl ?? openAiDefaultBaseUrl).replace(/\/+$/, '');
}

/** The key to send: the configured one, or a placeholder for keyless local servers. */
export function apiKeyOf(config: Pick<ModelConfig, 'apiKey'>): string {
  return config.apiKey ?? placeholderApiKey;
}

export function boundedRetries(config: Pick<ModelConfig, 'maxRetries'>): number {
  return Math.max(0, Math.min(maximumModelRetries, Math.floor(config.maxRetries)));
}

/** Reasoning models (o1, o3, gpt-5…) reject a custom temperature. */
function acceptsTemperature(model: string): boolean {
  return !/^o\d/.test(model) && !(model.startsWith('gpt-5') && !model.startsWith('gpt-5-chat'));
}

/** Rough token count: about four characters a token, and at least one token a word. */
export function approximateTokenCount(text: string): number {
  const words = text.split(/\s+/).filter((word) => word !== '').length;
  return Math.max(words, Math.ceil(text.length / 4));
}

function contentText(content: MessageContent): string {
  if (typeof content === 'string') return content;
  return content
    .map((part) =>
      typeof part === 'object' && part !== null && 'text' in part && typeof part.text === 'string' ? part.text : '',
    )
    .join(' ');
}

/**
 * The Chat Completions client with a local token estimate. LangChain counts tokens for
 * streamed replies with js-tiktoken, which downloads its tables from the internet on first
 * use: offline that call never returns (and ignores the abort signal), online it is a
 * request to a third party. The count only feeds usage metadata, so an estimate is enough.
 */
class OfflineCountingCompletions extends ChatOpenAICompletions {
  override async getNumTokens(content: MessageContent): Promise<number> {
    return approximateTokenCount(contentText(content));
  }
}

class OfflineCountingResponses extends ChatOpenAIResponses {
  override async getNumTokens(content: MessageContent): Promise<number> {
    return approximateTokenCount(contentText(content));
  }
}

/** A ChatOpenAI for `config.chatModel`, or undefined when no chat model is configured (extractive answers only). */
export function createChatModel(config: ModelConfig, options: ChatModelOptions = {}): BaseChatModel | undefined {
  if (config.chatModel === undefined) return undefined;
  const fields: ChatOpenAIFields = {
    model: config.chatModel,
    apiKey: apiKeyOf(config),
    timeout: config.timeoutMs,
    maxRetries: boundedRetries(config),
    onFailedAttempt: createModelRetryPolicy({ maximumRetryAfterMs: config.timeoutMs }),
    ...(acceptsTemperature(config.chatModel) ? { temperature: 0.2 } : {}),
    streaming: options.streaming === true,
    configuration: { baseURL: endpointOf(config) },
  };
  return new ChatOpenAI({
    ...fields,
    completions: new OfflineCountingCompletions(fields),
    responses: new OfflineCountingResponses(fields),
  });
}
