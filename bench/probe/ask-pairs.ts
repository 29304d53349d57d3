/**
 * Ask pairs: the bench's ask row for two source trees in turn, alternating, by processor time. A run is a child
 * process that builds the index of one knowledge folder from scratch in that process (as the bench's tier does, so
 * the heap the asks run in is the one an ingest leaves), asks 30 questions to warm up, then every question once
 * ("cold": the bench's ask row meets most questions for the first time) and again ("warm"). Prints per run the
 * processor milliseconds per ask (all threads) and the wall p50 / p95, the garbage collector's milliseconds in each
 * pass, and the ratios of each pair.
 *
 * Usage: npx tsx bench/probe/ask-pairs.ts <corpus folder> <pairs> <root A> <root B> [scratch folder]
 *   (make the folder with bench/probe/build-corpus-index.ts; a root is a checkout holding src/)
 * One run:  npx tsx bench/probe/ask-pairs.ts --once <root> <corpus folder> <data folder>
 *   (with ASK_PAIRS_REUSE=1 the run opens the index its data folder holds instead of building it)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type * as LoggerModule from '../../src/logging/logger.js';
import type * as OpenKnowledgeModule from '../../src/open-knowledge.js';
import { summarize } from '../measure/statistics.js';

interface Pass {
  /** Processor milliseconds per ask (every thread: user + system). */
  cpu: number;
  p50: number;
  p95: number;
  /** Milliseconds the garbage collector ran during the pass. */
  gc: number;
}

interface RunResult {
  chunks: number;
  ingestCpuSeconds: number;
  cold: Pass;
  warm: Pass;
}

let gcMilliseconds = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMilliseconds += entry.duration;
}).observe({ entryTypes: ['gc'] });

async function pass(ask: (question: string) => Promise<unknown>, questions: readonly string[]): Promise<Pass> {
  const times: number[] = [];
  const gcStart = gcMilliseconds;
  const cpuStart = process.cpuUsage();
  for (const question of questions) {
    const start = performance.now();
    await ask(question);
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  const summary = summarize(times);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    cpu: round((cpu.user + cpu.system) / 1_000 / questions.length),
    p50: round(summary.p50),
    p95: round(summary.p95),
    gc: Math.round(gcMilliseconds - gcStart),
  };
}

async function once(root: string, folder: string, dataDir: string): Promise<void> {
  // ASK_PAIRS_REUSE=1: open the index already built in the data folder (a restart's heap, not an ingest's).
  if (process.env.ASK_PAIRS_REUSE !== '1') rmSync(dataDir, { recursive: true, force: true });
  const source = (file: string) => pathToFileURL(path.join(root, 'src', file)).href;
  const { openKnowledge } = (await import(source('open-knowledge.ts'))) as typeof OpenKnowledgeModule;
  const { createSilentLogger } = (await import(source('logging/logger.ts'))) as typeof LoggerModule;
  const questions = (
    JSON.parse(readFileSync(path.join(folder, 'questions.json'), 'utf8')) as { question: string }[]
  ).map((question) => question.question);
  const cpuStart = process.cpuUsage();
  const opened = await openKnowledge(
    { dataDir, knowledgeDir: path.join(folder, 'knowledge') },
    { logger: createSilentLogger(), watchIntervalMs: 0 },
  );
  const cpu = process.cpuUsage(cpuStart);
  const ask = (question: string) => opened.ask(question);
  const warmup = questions.slice(0, 30);
  for (const question of warmup) await ask(question);
  const rest = questions.slice(30);
  const cold = await pass(ask, rest);
  const warm = await pass(ask, rest);
  const result: RunResult = {
    chunks: opened.index.size,
    ingestCpuSeconds: Math.round((cpu.user + cpu.system) / 1_000) / 1_000,
    cold,
    warm,
  };
  opened.stopWatching();
  opened.index.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function run(root: string, folder: string, dataDir: string): RunResult {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', process.argv[1] as string, '--once', root, folder, dataDir],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  return JSON.parse(output.trim().split('\n').pop() as string) as RunResult;
}

async function pairs(): Promise<void> {
  const [folder, count, rootA, rootB, scratch] = process.argv.slice(2);
  if (!folder || !count || !rootA || !rootB)
    throw new Error('usage: ask-pairs.ts <corpus folder> <pairs> <root A> <root B> [scratch folder]');
  const dataDir = path.join(scratch ?? os.tmpdir(), 'ask-pairs-data');
  const ratios: number[] = [];
  for (let pair = 0; pair < Number(count); pair += 1) {
    // Alternate which side goes first, so that a drift in load falls on both.
    const order = pair % 2 === 0 ? [rootA, rootB] : [rootB, rootA];
    const timed = new Map<string, RunResult>();
    for (const root of order) {
      const load = os.loadavg()[0]!.toFixed(2);
      const result = run(root, path.resolve(folder), dataDir);
      timed.set(root, result);
      process.stdout.write(`pair ${pair} ${root === rootA ? 'A' : 'B'} load ${load} ${JSON.stringify(result)}\n`);
    }
    const ratio = timed.get(rootA)!.cold.cpu / timed.get(rootB)!.cold.cpu;
    ratios.push(ratio);
    process.stdout.write(`pair ${pair} cold cpu A/B ${ratio.toFixed(3)}\n`);
  }
  const median = ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!.toFixed(3);
  process.stdout.write(`median cold cpu A/B ${median} of ${ratios.length}\n`);
  rmSync(dataDir, { recursive: true, force: true });
}

if (process.argv[2] === '--once') {
  const [root, folder, dataDir] = process.argv.slice(3);
  await once(root as string, folder as string, dataDir as string);
} else await pairs();
