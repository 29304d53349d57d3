/**
 * Restart probe, run in a fresh process by the tier runner: opens the knowledge the way the
 * bot does at start (`openKnowledge` over the knowledge folder, reusing the persisted index),
 * answers one question, and reports the time to the first answer and the resident memory the
 * opened knowledge holds. Prints one JSON line.
 *
 * Usage: node --expose-gc --import tsx bench/tier/restart-probe.ts '<json options>'
 */
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openKnowledge } from '../../src/open-knowledge.js';

interface ProbeOptions {
  dataDir: string;
  knowledgeDir: string;
  questions: string[];
}

export interface MemorySnapshot {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export interface RestartProbeResult {
  /** Node start, tsx and module loading, until the probe's first line runs. */
  processStartToReadyMilliseconds: number;
  openMilliseconds: number;
  firstAskMilliseconds: number;
  /** open + first ask, in the process: what the index design controls. */
  timeToFirstAnswerMilliseconds: number;
  /** From the process start to the first answer (includes Node, tsx and module loading). */
  processStartToFirstAnswerMilliseconds: number;
  rebuilt: boolean;
  rebuildReason: string;
  chunks: number;
  articles: number;
  memoryBeforeOpen: MemorySnapshot;
  memoryAfterFirstAnswer: MemorySnapshot;
  memoryAfterWarmAnswers: MemorySnapshot;
  warmAnswers: number;
  /** Reading and validating every knowledge file, after the answers (warm file cache): what an open costs that has to read them. */
  loadKnowledgeFilesMilliseconds: number;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

function snapshot(): MemorySnapshot {
  collectGarbage();
  const usage = process.memoryUsage();
  return {
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    heapTotal: usage.heapTotal,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
  };
}

async function main(): Promise<void> {
  const ready = performance.now();
  const options = JSON.parse(process.argv[2] ?? '{}') as ProbeOptions;
  const memoryBeforeOpen = snapshot();
  const openStart = performance.now();
  const opened = await openKnowledge(
    { dataDir: options.dataDir, knowledgeDir: options.knowledgeDir },
    // As the bots open it (adapters/cli/commands.ts): the knowledge files are checked after the open.
    { logger: createSilentLogger(), sourceCheck: 'after-open' },
  );
  const openMilliseconds = performance.now() - openStart;
  const askStart = performance.now();
  await opened.ask(options.questions[0] ?? 'Who trains VFX artists in Busan?');
  const firstAskMilliseconds = performance.now() - askStart;
  const processStartToFirstAnswerMilliseconds = performance.now();
  // The memory figure is the steady state's: what the open left to background reads is in first (after the timing).
  await opened.index.backgroundReads();
  const memoryAfterFirstAnswer = snapshot();
  for (const question of options.questions.slice(1)) await opened.ask(question);
  const memoryAfterWarmAnswers = snapshot();
  const loadStart = performance.now();
  await loadKnowledge({ dataDir: options.dataDir, knowledgeDir: options.knowledgeDir });
  const loadKnowledgeFilesMilliseconds = performance.now() - loadStart;
  const result: RestartProbeResult = {
    processStartToReadyMilliseconds: ready,
    openMilliseconds,
    firstAskMilliseconds,
    timeToFirstAnswerMilliseconds: openMilliseconds + firstAskMilliseconds,
    processStartToFirstAnswerMilliseconds,
    rebuilt: opened.rebuilt,
    rebuildReason: opened.rebuildReason,
    chunks: opened.index.size,
    articles: opened.knowledge.articles.length,
    memoryBeforeOpen,
    memoryAfterFirstAnswer,
    memoryAfterWarmAnswers,
    warmAnswers: Math.max(0, options.questions.length - 1),
    loadKnowledgeFilesMilliseconds,
  };
  opened.index.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
