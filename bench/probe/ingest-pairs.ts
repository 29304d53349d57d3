/**
 * Ingest pairs: builds the index of one knowledge folder from scratch (fresh data folder, as the bench's ingest row)
 * with two source trees in turn, alternating, and prints each run's phases, the 1-minute load average and the
 * ratio of each pair. A run is a child process, so each starts cold like `matchcut ingest`.
 *
 * Usage: npx tsx bench/probe/ingest-pairs.ts <knowledge folder> <pairs> <root A> <root B> [scratch folder]
 *   (make the folder with bench/probe/build-corpus-index.ts; a root is a checkout holding src/; `<root>#on` or
 *   `<root>#off` forces the passage worker on or off, for a checkout whose openKnowledge takes `passageWorker`)
 * One run:  npx tsx bench/probe/ingest-pairs.ts --once <root>[#on|#off] <knowledge folder> <data folder>
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as LoggerModule from '../../src/logging/logger.js';
import type * as OpenKnowledgeModule from '../../src/open-knowledge.js';

interface RunResult {
  chunks: number;
  seconds: number;
  /** Processor seconds of the run (every thread: user + system), steadier than the wall time on a loaded machine. */
  cpuSeconds: number;
  phases: Record<string, number>;
}

async function once(spec: string, knowledgeDir: string, dataDir: string): Promise<void> {
  rmSync(dataDir, { recursive: true, force: true });
  const [root = spec, worker] = spec.split('#');
  const passageWorker = worker === undefined ? undefined : worker === 'on';
  const source = (file: string) => pathToFileURL(path.join(root, 'src', file)).href;
  const { openKnowledge } = (await import(source('open-knowledge.ts'))) as typeof OpenKnowledgeModule;
  const { createSilentLogger } = (await import(source('logging/logger.ts'))) as typeof LoggerModule;
  const marks: Record<string, number> = {};
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const opened = await openKnowledge(
    { dataDir, knowledgeDir },
    {
      logger: createSilentLogger(),
      watchIntervalMs: 0,
      ...(passageWorker === undefined ? {} : { passageWorker }),
      onProgress: (event) => {
        const now = performance.now();
        if (event.phase === 'chunk' && marks.firstChunk === undefined) marks.firstChunk = now;
        if (event.done >= event.total) marks[event.phase] = now;
      },
    },
  );
  const end = performance.now();
  const cpu = process.cpuUsage(cpuStart);
  const at = (name: string, fallback: number) => marks[name] ?? fallback;
  const firstChunk = at('firstChunk', start);
  const chunked = at('chunk', firstChunk);
  const embedded = at('embed', chunked);
  const indexed = at('index', embedded);
  const written = at('write', indexed);
  const seconds = (a: number, b: number) => Math.round(b - a) / 1_000;
  const result: RunResult = {
    chunks: opened.index.size,
    seconds: seconds(start, end),
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1_000) / 1_000,
    phases: {
      load: seconds(start, firstChunk),
      chunk: seconds(firstChunk, chunked),
      embed: seconds(chunked, embedded),
      hnsw: seconds(embedded, indexed),
      write: seconds(indexed, written),
      reopen: seconds(written, end),
    },
  };
  opened.index.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function run(root: string, knowledgeDir: string, dataDir: string): RunResult {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', process.argv[1] as string, '--once', root, knowledgeDir, dataDir],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  return JSON.parse(output.trim().split('\n').pop() as string) as RunResult;
}

async function pairs(): Promise<void> {
  const [knowledgeDir, count, rootA, rootB, scratch] = process.argv.slice(2);
  if (!knowledgeDir || !count || !rootA || !rootB)
    throw new Error('usage: ingest-pairs.ts <knowledge folder> <pairs> <root A> <root B> [scratch folder]');
  const dataDir = path.join(scratch ?? os.tmpdir(), 'ingest-pairs-data');
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  for (let pair = 0; pair < Number(count); pair += 1) {
    // Alternate which side goes first, so that a drift in load falls on both.
    const order = pair % 2 === 0 ? [rootA, rootB] : [rootB, rootA];
    const timed = new Map<string, RunResult>();
    for (const root of order) {
      const load = os.loadavg()[0]!.toFixed(2);
      const result = run(root, path.resolve(knowledgeDir), dataDir);
      timed.set(root, result);
      const rate = Math.round(result.chunks / result.seconds);
      process.stdout.write(
        `pair ${pair} ${root === rootA ? 'A' : 'B'} load ${load} ${result.seconds.toFixed(2)} s ${rate}/s ` +
          `cpu ${result.cpuSeconds.toFixed(2)} s ` +
          `${JSON.stringify(result.phases)}\n`,
      );
    }
    const ratio = timed.get(rootA)!.seconds / timed.get(rootB)!.seconds;
    ratios.push(ratio);
    const cpuRatio = timed.get(rootA)!.cpuSeconds / timed.get(rootB)!.cpuSeconds;
    cpuRatios.push(cpuRatio);
    process.stdout.write(`pair ${pair} A/B ${ratio.toFixed(3)} cpu A/B ${cpuRatio.toFixed(3)}\n`);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(3);
  process.stdout.write(`median A/B ${median(ratios)} cpu ${median(cpuRatios)} of ${ratios.length}\n`);
  rmSync(dataDir, { recursive: true, force: true });
}

if (process.argv[2] === '--once') {
  const [root, knowledgeDir, dataDir] = process.argv.slice(3);
  await once(root as string, knowledgeDir as string, dataDir as string);
} else await pairs();
