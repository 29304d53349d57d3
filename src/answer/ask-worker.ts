/**
 * An ask worker thread: holds its own copy of the index generation the main thread answers from,
 * and runs the CPU-bound part of an ask (hybrid retrieval and the extractive answer) for it. Each
 * task names the generation: when the main thread has switched to a new one, the worker loads it
 * before answering (between questions, as the main thread's index watcher does).
 */
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { toMatchcutError } from '../errors.js';
import { loadGlossary } from '../knowledge/load-glossary.js';
import { createSilentLogger } from '../logging/logger.js';
import { HashedEmbedder } from '../retrieval/hashed-embedder.js';
import { createHybridRetriever } from '../retrieval/hybrid-retriever.js';
import { type KnowledgeIndex, openGenerationFolder } from '../retrieval/knowledge-index.js';
import { type AnswerStepRequest, type AnswerStepResult, retrieveAndExtract } from './ask-service.js';
import type { AskWorkerSettings, FromWorker, ToWorker } from './ask-worker-protocol.js';
import { createExtractiveAnswerer } from './extractive-answer.js';

const settings = workerData as AskWorkerSettings;
const port = parentPort;

/**
 * Asks yield the processor to the main thread: on Linux a thread has its own nice value, and this
 * one's is raised to "below normal", so when the cores are busy the thread that parses, verifies and
 * acknowledges platform requests runs first and an answer waits instead (Slack wants its ack within
 * 3 s, an answer can take longer). Elsewhere the nice value is the whole process's: left alone.
 */
function yieldProcessorToMainThread(): void {
  if (process.platform !== 'linux') return;
  try {
    if (os.getPriority(0) < os.constants.priority.PRIORITY_BELOW_NORMAL)
      os.setPriority(0, os.constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not allowed (a container without the capability): the worker runs at the process's priority.
  }
}

async function start(): Promise<void> {
  if (!port) return;
  yieldProcessorToMainThread();
  const send = (message: FromWorker) => port.postMessage(message);
  const { glossary } = await loadGlossary(settings.glossaryFile, { cacheDir: settings.cacheDir });
  const embeddings = new HashedEmbedder({ glossary });
  if (embeddings.id !== settings.embedderId) {
    send({ type: 'failed', message: `the worker's embedder ${embeddings.id} is not ${settings.embedderId}` });
    return;
  }
  const logger = createSilentLogger();
  let loaded:
    | { folder: string; index: KnowledgeIndex; step: (request: AnswerStepRequest) => Promise<AnswerStepResult> }
    | undefined;
  const forGeneration = async (folder: string) => {
    if (loaded?.folder === folder) return loaded;
    const index = await openGenerationFolder(folder, settings.hnsw);
    const retriever = createHybridRetriever({ index, embeddings, glossary, logger });
    const extractive = createExtractiveAnswerer(
      {
        glossary,
        rarity: (key) => index.lexical.rarity(key),
        aliases: () => index.aliases,
        storedPassage: (document) => index.analysedPassage(document, glossary.hash),
      },
      { groundingThreshold: settings.groundingThreshold },
    );
    loaded?.index.close();
    loaded = { folder, index, step: (request) => retrieveAndExtract({ retriever, extractive }, request) };
    return loaded;
  };
  // One task at a time: the pool sends the next only after this one's reply.
  port.on('message', (task: ToWorker) => {
    forGeneration(task.generationFolder)
      .then((generation) => generation.step(task.request))
      .then((result) => send({ type: 'result', id: task.id, result }))
      .catch((error: unknown) => {
        const failure = toMatchcutError(error);
        send({
          type: 'error',
          id: task.id,
          error: { code: failure.code, message: failure.message, userMessage: failure.userMessage },
        });
      });
  });
  if (settings.preloadGeneration !== undefined) await forGeneration(settings.preloadGeneration);
  // The first ask would build the lexicon's morphology index: the worker is not ready until it has.
  glossary.prepareMorphology();
  send({ type: 'ready' });
}

start().catch((error: unknown) => {
  port?.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
});
