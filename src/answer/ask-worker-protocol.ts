/** Messages between the ask worker pool (main thread) and its worker threads. */
import type { ErrorCode } from '../errors.js';
import type { HnswSettings } from '../retrieval/knowledge-index.js';
import type { AnswerStepRequest, AnswerStepResult } from './ask-service.js';

/** What a worker needs to answer as the main thread would: the same glossary, embedder and index settings. */
export interface AskWorkerSettings {
  glossaryFile: string;
  cacheDir: string;
  /** The main thread's embedder id: a worker whose embedder differs refuses to start. */
  embedderId: string;
  hnsw?: Partial<HnswSettings> | undefined;
  groundingThreshold?: number | undefined;
  /** The generation to load before reporting ready (the one the main thread answers from). */
  preloadGeneration?: string | undefined;
}

export interface ToWorker {
  id: number;
  /** The generation folder the main thread answers from now. */
  generationFolder: string;
  request: AnswerStepRequest;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: AnswerStepResult }
  | { type: 'error'; id: number; error: { code: ErrorCode; message: string; userMessage: string } };
