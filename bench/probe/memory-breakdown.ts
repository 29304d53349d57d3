/**
 * Resident memory of an opened index, part by part: opens a built corpus index (build-corpus-index.ts) as the restart
 * probe does (bench/tier/restart-probe.ts: `openKnowledge`, sourceCheck 'after-open', one ask, then every background
 * read settled), and prints the RSS delta per chunk (the bench's memory row), the same after `warm` more asks, and what
 * it is made of: V8 heap, external buffers, the process's anonymous and file-backed resident pages (smaps_rollup), and
 * the index files' sizes (what each part would cost if held whole).
 *
 * Usage: node --expose-gc --import tsx bench/probe/memory-breakdown.ts <folder> [warm asks, default 40]
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openKnowledge } from '../../src/open-knowledge.js';

const folder = path.resolve(process.argv[2] ?? '');
const warm = Number(process.argv[3] ?? 40);
if (!process.argv[2]) throw new Error('usage: memory-breakdown.ts <folder> [warm asks]');
const questions = (JSON.parse(await readFile(path.join(folder, 'questions.json'), 'utf8')) as { question: string }[])
  .map((entry) => entry.question)
  .slice(0, warm + 1);

/** Anonymous and file-backed resident bytes of this process (Linux), or undefined elsewhere. */
async function residentKinds(): Promise<{ anonymous: number; file: number } | undefined> {
  try {
    const text = await readFile('/proc/self/smaps_rollup', 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1_024;
    const anonymous = field('Anonymous');
    return { anonymous, file: field('Rss') - anonymous };
  } catch {
    return undefined;
  }
}

async function snapshot() {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return { ...usage, kinds: await residentKinds() };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

const megabytes = (bytes: number) => Math.round(bytes / 104_857.6) / 10;

function delta(after: Snapshot, before: Snapshot, chunks: number) {
  return {
    rssMegabytes: megabytes(after.rss - before.rss),
    bytesPerChunk: Math.round((after.rss - before.rss) / chunks),
    heapUsedMegabytes: megabytes(after.heapUsed - before.heapUsed),
    heapTotalMegabytes: megabytes(after.heapTotal - before.heapTotal),
    externalMegabytes: megabytes(after.external - before.external),
    arrayBuffersMegabytes: megabytes(after.arrayBuffers - before.arrayBuffers),
    anonymousMegabytes: megabytes((after.kinds?.anonymous ?? 0) - (before.kinds?.anonymous ?? 0)),
    fileBackedMegabytes: megabytes((after.kinds?.file ?? 0) - (before.kinds?.file ?? 0)),
  };
}

const before = await snapshot();
const opened = await openKnowledge(
  { dataDir: path.join(folder, 'data'), knowledgeDir: path.join(folder, 'knowledge') },
  { logger: createSilentLogger(), sourceCheck: 'after-open', watchIntervalMs: 0 },
);
await opened.ask(questions[0] ?? 'Who trains VFX artists in Busan?');
await opened.index.backgroundReads();
const settled = await snapshot();
for (const question of questions.slice(1)) await opened.ask(question);
const warmed = await snapshot();
const chunks = opened.index.size;
const files: Record<string, number> = {};
for (const name of await readdir(opened.index.folder))
  files[name] = megabytes((await stat(path.join(opened.index.folder, name))).size);
process.stdout.write(
  `${JSON.stringify(
    {
      chunks,
      afterFirstAnswerSettled: delta(settled, before, chunks),
      afterWarmAnswers: { asks: questions.length - 1, ...delta(warmed, before, chunks) },
      indexFilesMegabytes: files,
    },
    null,
    1,
  )}\n`,
);
opened.index.close();
