/**
 * The chunk store's lines (chunks.jsonl): each chunk with the answerer's sentences and keys
 * (answer/passage-analysis.ts).
 * Analysing the passages is about half of a build's embed phase; on a large build it runs in a worker thread
 * (passage-worker.ts) while the main thread embeds the same chunks and takes their BM25 terms. The lines are the
 * same either way: the analysis depends only on the chunk, the lexicon and the learnt aliases. If the worker cannot
 * start or fails, the main thread analyses the batches itself (the build goes on; only slower).
 */
import type { Worker } from 'node:worker_threads';
import { type AliasIndex, createAliasIndex, type LearntAliases } from '../knowledge/article-aliases.js';
import type { Chunk } from '../knowledge/chunk-articles.js';
import type { Glossary } from '../knowledge/glossary.js';
import { startModuleWorker } from '../module-worker.js';
import {
  chunkLine,
  type FromPassageWorker,
  type GlossarySource,
  type PassageWorkerData,
  type ToPassageWorker,
} from './chunk-line.js';

export type { GlossarySource } from './chunk-line.js';

export interface ChunkLines {
  /** The lines of one batch of chunks, in order; batches are asked for in the order the chunks are written. */
  lines(chunks: Chunk[]): Promise<string[]>;
  /** Whether a worker thread analyses the passages (false once it failed). */
  readonly inWorker: boolean;
}

export interface PassageAnalysis {
  /** Hands the learnt aliases over: the lines of the batches follow. */
  withAliases(learnt: LearntAliases): ChunkLines;
  /** Stops the worker (after the last batch, or when the build fails). */
  stop(): Promise<void>;
}

/** The main thread analyses each batch when it is asked for. */
function linesInThread(glossary: Glossary | undefined, aliases: AliasIndex): ChunkLines {
  const titles = new Map<string, Set<string>>();
  return {
    lines: (chunks) => Promise.resolve(chunks.map((chunk) => chunkLine(chunk, glossary, aliases, titles))),
    inWorker: false,
  };
}

/**
 * Starts the passage worker (it loads the lexicon while the build chunks and learns aliases); `withAliases` hands it
 * the learnt aliases and returns the batches' lines. Without a lexicon file the main thread does the work.
 */
export function startChunkLines(options: {
  glossary: Glossary | undefined;
  source: GlossarySource | undefined;
  useWorker: boolean;
}): PassageAnalysis {
  const { glossary, source } = options;
  if (!options.useWorker || glossary === undefined || source === undefined)
    return {
      withAliases: (learnt) => linesInThread(glossary, createAliasIndex(learnt)),
      stop: () => Promise.resolve(),
    };
  const workerData: PassageWorkerData = { glossary: source, glossaryHash: glossary.hash };
  let worker: Worker | undefined;
  try {
    // Loaded through tsx's require hook when run from the sources: it starts faster than the module loader.
    worker = startModuleWorker(import.meta.url, 'passage-worker', { workerData }, 'require');
  } catch {
    worker = undefined;
  }
  return {
    withAliases: (learnt) => linesFromWorker(worker, glossary, learnt),
    stop: async () => {
      await worker?.terminate();
    },
  };
}

function linesFromWorker(worker: Worker | undefined, glossary: Glossary, learnt: LearntAliases): ChunkLines {
  const aliases = createAliasIndex(learnt);
  const fallback = linesInThread(glossary, aliases);
  const waiting = new Map<number, { chunks: Chunk[]; resolve: (lines: string[]) => void }>();
  let nextId = 0;
  let failed = worker === undefined;
  // The batches the worker had not answered are analysed here, in the order they were asked for.
  const fail = () => {
    if (failed) return;
    failed = true;
    void worker?.terminate();
    for (const [id, batch] of [...waiting].sort(([a], [b]) => a - b)) {
      waiting.delete(id);
      void fallback.lines(batch.chunks).then(batch.resolve);
    }
  };
  if (worker !== undefined) {
    worker.on('message', (message: FromPassageWorker) => {
      if (message.type === 'failed') return fail();
      const batch = waiting.get(message.id);
      waiting.delete(message.id);
      batch?.resolve(message.lines);
    });
    worker.on('error', fail);
    worker.on('exit', fail);
    worker.postMessage({ type: 'aliases', learnt } satisfies ToPassageWorker);
  }
  return {
    lines(chunks) {
      if (failed) return fallback.lines(chunks);
      const id = nextId;
      nextId += 1;
      return new Promise<string[]>((resolve) => {
        waiting.set(id, { chunks, resolve });
        worker?.postMessage({ type: 'batch', id, chunks } satisfies ToPassageWorker);
      });
    },
    get inWorker() {
      return !failed;
    },
  };
}
