/**
 * The passage worker of an index build (chunk-lines.ts): loads the build's lexicon, takes the learnt aliases, then
 * analyses each batch of chunks (chunk-line.ts): the chunk store's lines with the answerer's sentences and keys, the
 * BM25 terms and, with the offline embedder, the vectors.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAliasIndex } from '../knowledge/article-aliases.js';
import { loadGlossary } from '../knowledge/load-glossary.js';
import {
  analyseBatch,
  type BatchContext,
  batchClaims,
  createTermNumbers,
  type FromPassageWorker,
  type PassageWorkerData,
  type ToPassageWorker,
} from './chunk-line.js';
import { HashedEmbedder } from './hashed-embedder.js';
import { aliasPairsOf, learnNames } from './learnt-aliases.js';

const settings = workerData as PassageWorkerData;
const port = parentPort;

async function start(): Promise<void> {
  if (!port) return;
  const send = (message: FromPassageWorker) => port.postMessage(message);
  // Messages that arrive while the lexicon loads wait for it.
  const queued: ToPassageWorker[] = [];
  let handle = (message: ToPassageWorker) => void queued.push(message);
  port.on('message', (message: ToPassageWorker) => {
    // The names need no lexicon: worked out as soon as asked, while the main thread starts on the chunks; the share
    // of the alias pairs first (the main thread waits for them before the aliases, the names only at the end).
    if (message.type !== 'names') {
      handle(message);
      return;
    }
    if (message.pairsFrom !== undefined)
      send({ type: 'pairs', pairs: aliasPairsOf(message.articles.slice(message.pairsFrom)) });
    send({ type: 'names', names: learnNames(message.articles) });
  });
  const { glossary } = await loadGlossary(settings.glossary.file, { cacheDir: settings.glossary.cacheDir });
  if (glossary.hash !== settings.glossaryHash) {
    send({
      type: 'failed',
      message: `the worker's lexicon ${glossary.hash} is not the build's ${settings.glossaryHash}`,
    });
    return;
  }
  const embedder =
    settings.embedder === undefined
      ? undefined
      : new HashedEmbedder({ glossary, dimensions: settings.embedder.dimensions });
  if (embedder !== undefined && embedder.id !== settings.embedder?.id) {
    send({
      type: 'failed',
      message: `the worker's embedder ${embedder.id} is not the build's ${settings.embedder?.id}`,
    });
    return;
  }
  const context: BatchContext = {
    glossary,
    aliases: createAliasIndex([]),
    embedder,
    titles: new Map(),
    terms: createTermNumbers('worker'),
  };
  handle = (message) => {
    if (message.type === 'aliases') {
      context.aliases = createAliasIndex({ ...message.learnt, names: [] });
      return;
    }
    if (message.type !== 'batch') return;
    // Taken back by the build's thread while it waited here (it analyses the batch itself).
    if (Atomics.compareExchange(message.claim, 0, batchClaims.open, batchClaims.worker) !== batchClaims.open) return;
    try {
      const work = analyseBatch(message.chunks, context);
      port.postMessage(
        { type: 'lines', id: message.id, ...work } satisfies FromPassageWorker,
        [work.lines, work.lineEnds, work.terms, work.termEnds, ...(work.vectors ? [work.vectors] : [])].map(
          (array) => array.buffer as ArrayBuffer,
        ),
      );
    } catch (error) {
      send({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  };
  for (const message of queued.splice(0)) handle(message);
  // The next batch comes while this one is analysed: the main thread takes back those the worker has not started.
  send({ type: 'ready' });
}

start().catch((error: unknown) => {
  port?.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
});
