/**
 * The passage worker of an index build (chunk-lines.ts): loads the build's lexicon, takes the learnt aliases, then
 * turns each batch of chunks into the chunk store's lines with the answerer's sentences and keys.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAliasIndex } from '../knowledge/article-aliases.js';
import { loadGlossary } from '../knowledge/load-glossary.js';
import { chunkLine, type FromPassageWorker, type PassageWorkerData, type ToPassageWorker } from './chunk-line.js';
import { learnNames } from './learnt-aliases.js';

const settings = workerData as PassageWorkerData;
const port = parentPort;

async function start(): Promise<void> {
  if (!port) return;
  const send = (message: FromPassageWorker) => port.postMessage(message);
  // Messages that arrive while the lexicon loads wait for it.
  const queued: ToPassageWorker[] = [];
  let handle = (message: ToPassageWorker) => void queued.push(message);
  port.on('message', (message: ToPassageWorker) => {
    // The names need no lexicon: worked out as soon as asked, while the main thread starts on the chunks.
    if (message.type === 'names') send({ type: 'names', names: learnNames(message.articles) });
    else handle(message);
  });
  const { glossary } = await loadGlossary(settings.glossary.file, { cacheDir: settings.glossary.cacheDir });
  if (glossary.hash !== settings.glossaryHash) {
    send({
      type: 'failed',
      message: `the worker's lexicon ${glossary.hash} is not the build's ${settings.glossaryHash}`,
    });
    return;
  }
  let aliases = createAliasIndex([]);
  const titles = new Map<string, Set<string>>();
  handle = (message) => {
    if (message.type === 'aliases') {
      aliases = createAliasIndex({ ...message.learnt, names: [] });
      return;
    }
    if (message.type !== 'batch') return;
    try {
      send({
        type: 'lines',
        id: message.id,
        lines: message.chunks.map((chunk) => chunkLine(chunk, glossary, aliases, titles)),
      });
    } catch (error) {
      send({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  };
  for (const message of queued.splice(0)) handle(message);
  // Batches come one at a time, each when the last is answered: the main thread does those the worker has not taken.
  send({ type: 'ready' });
}

start().catch((error: unknown) => {
  port?.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
});
