/**
 * Embeddings from an OpenAI-compatible endpoint (LangChain's OpenAIEmbeddings), used
 * instead of the offline embedder when MATCHCUT_EMBEDDING_MODEL is set. The `id` names the
 * model and the endpoint's host so the index manifest notices a switch and rebuilds rather
 * than mixing vectors from two models.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import type { ModelConfig } from '../config/config.js';
import { apiKeyOf, boundedRetries, endpointOf } from './chat-model.js';
import { createModelRetryPolicy, runWithDeadline } from './model-faults.js';

export type ModelEmbeddings = Embeddings & { readonly id: string; readonly dimensions?: number };

/** Texts per request: small enough for a local server on a CPU to answer within the indexing timeout. */
export const embeddingBatchSize = 64;
/** Requests in flight at once while indexing (local servers often work one request at a time). */
export const embeddingConcurrency = 2;
/** Per-request limit while indexing: a batch can take a local model much longer than a chat reply. */
export const minimumIndexingTimeoutMs = 120_000;

/** `openai:<model>@<host>` (host with port, no credentials or path). */
export function modelEmbeddingsId(config: Pick<ModelConfig, 'baseUrl' | 'embeddingModel'>): string {
  let host: string;
  try {
    host = new URL(endpointOf(config)).host;
  } catch {
    host = 'invalid-url';
  }
  return `openai:${config.embeddingModel ?? 'none'}@${host}`;
}

/**
 * OpenAIEmbeddings with an `id`, and a hard deadline on query embeddings: a question must
 * not wait for the long per-request timeout that indexing needs.
 */
class IdentifiedOpenAIEmbeddings extends OpenAIEmbeddings {
  readonly id: string;
  private readonly queryTimeoutMs: number;

  constructor(id: string, queryTimeoutMs: number, fields: ConstructorParameters<typeof OpenAIEmbeddings>[0]) {
    super(fields);
    this.id = id;
    this.queryTimeoutMs = queryTimeoutMs;
  }

  override async embedQuery(text: string): Promise<number[]> {
    return runWithDeadline(() => super.embedQuery(text), { timeoutMs: this.queryTimeoutMs });
  }
}

/** OpenAIEmbeddings for `config.embeddingModel`, or undefined when it is not set (the offline embedder stays). */
export function createModelEmbeddings(config: ModelConfig): ModelEmbeddings | undefined {
  if (config.embeddingModel === undefined) return undefined;
  return new IdentifiedOpenAIEmbeddings(modelEmbeddingsId(config), config.timeoutMs, {
    model: config.embeddingModel,
    apiKey: apiKeyOf(config),
    timeout: Math.max(config.timeoutMs, minimumIndexingTimeoutMs),
    maxRetries: boundedRetries(config),
    maxConcurrency: embeddingConcurrency,
    onFailedAttempt: createModelRetryPolicy({ maximumRetryAfterMs: config.timeoutMs }),
    batchSize: embeddingBatchSize,
    // Plain floats: every OpenAI-compatible server returns them (not all support base64).
    encodingFormat: 'float',
    configuration: { baseURL: endpointOf(config) },
  });
}
