/**
 * What one ask worker costs: resident memory of the process before and after a worker has loaded
 * the index, and the latency of asks through the worker against asks on the main thread.
 *
 * Usage: node --expose-gc --import tsx bench/probe/worker-memory.ts <folder from build-corpus-index.ts>
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openKnowledge } from '../../src/open-knowledge.js';
import { summarize } from '../measure/statistics.js';

const folder = path.resolve(process.argv[2] ?? '');
const settle = async () => {
  for (let round = 0; round < 3; round += 1) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return process.memoryUsage().rss;
};
const questions = (JSON.parse(await readFile(path.join(folder, 'questions.json'), 'utf8')) as { question: string }[])
  .map((question) => question.question)
  .slice(0, 200);
const folders = { dataDir: path.join(folder, 'data'), knowledgeDir: path.join(folder, 'knowledge') };
const inline = await openKnowledge(folders, { logger: createSilentLogger(), watchIntervalMs: 0 });
const opened = await openKnowledge(folders, { logger: createSilentLogger(), watchIntervalMs: 0, askWorkers: 1 });
const latency = async (ask: typeof opened.ask) => {
  const latencies: number[] = [];
  for (const question of questions) {
    const start = performance.now();
    await ask(question);
    latencies.push(performance.now() - start);
  }
  return summarize(latencies);
};
const mainThread = await latency(inline.ask);
const beforeWorker = await settle();
await opened.askWorkers?.ready();
const afterWorker = await settle();
const worker = await latency(opened.ask);
process.stdout.write(
  `${JSON.stringify({
    chunks: opened.index.size,
    residentBeforeWorkerMegabytes: Math.round(beforeWorker / 1_048_576),
    workerResidentMegabytes: Math.round((afterWorker - beforeWorker) / 1_048_576),
    workerBytesPerChunk: Math.round((afterWorker - beforeWorker) / opened.index.size),
    askOnMainThread: mainThread,
    askThroughWorker: worker,
  })}\n`,
);
await opened.askWorkers?.close();
opened.index.close();
inline.index.close();
