/**
 * The --huge tier (issue 17 item 7; never in CI): about a million chunks on one machine — ingest rate, resident
 * memory per chunk, ask p95 and restart to first answer — so operators know where one machine ends.
 *
 * Memory-aware: articles are generated and written one at a time (the corpus is never held; questions come from the
 * facts of a sample of articles), the process checks its resident memory against a budget while it works, and after
 * each phase it writes what it has measured so far to `resultFile`. A run that stops — over the memory budget, out
 * of time, or crashed — still leaves the figures of the phases it finished and the reason it stopped.
 *
 * Usage: node --expose-gc --import tsx bench/tier/run-huge.ts '<HugeOptions as JSON>'
 */
import { existsSync, mkdirSync, statfsSync, writeFileSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openKnowledge } from '../../src/open-knowledge.js';
import { articleFile, generateCorpus } from '../corpus/generate-corpus.js';
import { lastJsonLine, runTypeScriptChild } from '../measure/child-process.js';
import { type LatencySummary, round, summarize } from '../measure/statistics.js';
import type { RestartProbeResult } from './restart-probe.js';
import type { TierOptions } from './tier-types.js';

/** What a tier is told (tier-types.ts), less its questions and name, plus a memory budget and the asks to time. */
export interface HugeOptions extends Pick<
  TierOptions,
  'targetChunks' | 'seed' | 'workDir' | 'resultFile' | 'repositoryRoot' | 'glossaryFile'
> {
  /** Resident memory this process may reach; beyond it the run stops and says so. */
  memoryBudgetBytes: number;
  askCalls: number;
}

export interface HugeResult {
  targetChunks: number;
  status: 'ok' | 'stopped';
  /** The phase running when the run stopped (or the last one, when it finished). */
  phase: 'generate' | 'ingest' | 'ask' | 'restart' | 'done';
  stoppedBecause?: string;
  memoryBudgetBytes: number;
  generate?: { articles: number; textBytes: number; milliseconds: number };
  ingest?: { chunks: number; milliseconds: number; chunksPerSecond: number; peakResidentBytes: number };
  ask?: { latency: LatencySummary; questions: number };
  restart?: {
    openMilliseconds: number;
    firstAskMilliseconds: number;
    timeToFirstAnswerMilliseconds: number;
    residentDeltaBytes: number;
    residentBytesPerChunk: number;
  };
}

const options = JSON.parse(process.argv[2] ?? '{}') as HugeOptions;
const started = performance.now();
const result: HugeResult = {
  targetChunks: options.targetChunks,
  status: 'stopped',
  phase: 'generate',
  memoryBudgetBytes: options.memoryBudgetBytes,
};

function save(): void {
  writeFileSync(options.resultFile, JSON.stringify(result, null, 2));
}

function progress(message: string): void {
  const rss = (process.memoryUsage.rss() / 1_048_576).toFixed(0);
  process.stderr.write(`[huge] ${message} (${((performance.now() - started) / 1_000).toFixed(1)} s, RSS ${rss} MB)\n`);
}

/** Over the budget: say what was measured and stop here, before the machine starts swapping or kills us. */
function checkMemory(where: string): void {
  const rss = process.memoryUsage.rss();
  if (rss <= options.memoryBudgetBytes) return;
  result.stoppedBecause = `resident memory ${(rss / 1_048_576).toFixed(0)} MB passed the budget of ${(options.memoryBudgetBytes / 1_048_576).toFixed(0)} MB during ${where}`;
  save();
  progress(`stopping: ${result.stoppedBecause}`);
  process.exit(3);
}

async function main(): Promise<void> {
  await rm(options.workDir, { recursive: true, force: true });
  const knowledgeDir = path.join(options.workDir, 'knowledge');
  const dataDir = path.join(options.workDir, 'data');
  const articlesDir = path.join(knowledgeDir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  if (existsSync(options.glossaryFile)) await copyFile(options.glossaryFile, path.join(knowledgeDir, 'glossary.yaml'));
  // The index takes about 6.5 MB per 1,000 chunks (the 10k tier), the article files about 1 MB more.
  const disk = statfsSync(options.workDir);
  const freeBytes = disk.bavail * disk.bsize;
  const neededBytes = options.targetChunks * 8_000;
  if (freeBytes < neededBytes) {
    result.stoppedBecause = `${(freeBytes / 1_073_741_824).toFixed(1)} GB free on the disk of ${options.workDir}, about ${(neededBytes / 1_073_741_824).toFixed(1)} GB needed`;
    save();
    progress(`stopping: ${result.stoppedBecause}`);
    process.exit(3);
  }
  save();

  progress(`generating and writing about ${options.targetChunks} chunks, one article at a time`);
  const generateStart = performance.now();
  let written = 0;
  const corpus = generateCorpus({
    targetChunks: options.targetChunks,
    seed: options.seed,
    monolingualQuestions: 120,
    crossLanguageQuestions: 0,
    // About 2,000 articles' facts are enough for the questions.
    keepFactsEvery: Math.max(1, Math.floor(options.targetChunks / 5_000)),
    emit: (article) => {
      writeFileSync(path.join(articlesDir, `${article.id}.md`), articleFile(article));
      written += 1;
      if (written % 2_000 === 0) checkMemory('generation');
      if (written % 50_000 === 0) progress(`${written} articles written`);
    },
  });
  result.generate = {
    articles: written,
    textBytes: corpus.textBytes,
    milliseconds: round(performance.now() - generateStart, 0),
  };
  const questions = corpus.questions.map((question) => question.question);
  result.phase = 'ingest';
  save();

  progress('ingesting with openKnowledge');
  const watch = setInterval(() => checkMemory('ingest'), 1_000);
  let lastReport = 0;
  const ingestStart = performance.now();
  const opened = await openKnowledge(
    { dataDir, knowledgeDir },
    {
      logger: createSilentLogger(),
      onProgress: (event) => {
        checkMemory(`ingest (${event.phase} ${event.done}/${event.total})`);
        if (performance.now() - lastReport > 10_000) {
          lastReport = performance.now();
          progress(`ingest: ${event.phase} ${event.done}/${event.total}`);
        }
      },
    },
  );
  const ingestMilliseconds = performance.now() - ingestStart;
  const chunks = opened.index.size;
  result.ingest = {
    chunks,
    milliseconds: round(ingestMilliseconds, 0),
    chunksPerSecond: round(chunks / (ingestMilliseconds / 1_000), 0),
    peakResidentBytes: process.resourceUsage().maxRSS * 1_024,
  };
  result.phase = 'ask';
  save();

  progress(`${options.askCalls} asks`);
  const latencies: number[] = [];
  for (let call = 0; call < options.askCalls; call += 1) {
    const askStart = performance.now();
    await opened.ask(questions[call % questions.length] ?? 'studio partnership');
    latencies.push(performance.now() - askStart);
    checkMemory('asks');
  }
  result.ask = { latency: summarize(latencies), questions: questions.length };
  clearInterval(watch);
  opened.index.close();
  result.phase = 'restart';
  save();

  progress('restart in a fresh process');
  const probe = await runTypeScriptChild(
    path.join(options.repositoryRoot, 'bench/tier/restart-probe.ts'),
    [JSON.stringify({ dataDir, knowledgeDir, questions: questions.slice(0, 4) })],
    { cwd: options.repositoryRoot, timeoutMilliseconds: 30 * 60_000 },
  );
  const restart = lastJsonLine<RestartProbeResult>(probe.stdout);
  if (!restart) {
    result.stoppedBecause = `the restart probe ${probe.timedOut ? 'ran out of time' : `failed (exit ${probe.exitCode ?? probe.signal})`}: ${probe.stderr.trim().split('\n').slice(-2).join(' | ')}`;
    save();
    return;
  }
  const residentDelta = restart.memoryAfterFirstAnswer.rss - restart.memoryBeforeOpen.rss;
  result.restart = {
    openMilliseconds: round(restart.openMilliseconds, 0),
    firstAskMilliseconds: round(restart.firstAskMilliseconds, 1),
    timeToFirstAnswerMilliseconds: round(restart.timeToFirstAnswerMilliseconds, 0),
    residentDeltaBytes: residentDelta,
    residentBytesPerChunk: round(residentDelta / Math.max(1, restart.chunks), 0),
  };
  result.phase = 'done';
  result.status = 'ok';
  save();
  await rm(options.workDir, { recursive: true, force: true });
  progress('done');
}

main().catch((error: unknown) => {
  result.stoppedBecause = `failed during ${result.phase}: ${error instanceof Error ? error.message : String(error)}`;
  save();
  process.stderr.write(`${result.stoppedBecause}\n`);
  process.exitCode = 1;
});
