/**
 * A build's batches of chunks analysed (chunk-line.ts): the chunk store's lines (chunks.jsonl, each chunk with the
 * answerer's sentences and keys), the BM25 terms and the offline embedder's vectors.
 * On a large build a worker thread (passage-worker.ts) and the main thread share the batches: the worker holds two
 * (handed the next each time it answers one), and while the build waits for one the main thread analyses a batch the
 * worker has not started (taking it back if the worker holds it); the main thread also writes the results. The
 * results are the same either way: the analysis depends only on the chunk, the lexicon, the embedder and the learnt
 * aliases. If the worker cannot start or fails, the main thread analyses the batches itself (only slower).
 */
import type { Worker } from 'node:worker_threads';
import { type AliasIndex, createAliasIndex, type LearntAliases } from '../knowledge/article-aliases.js';
import type { Chunk } from '../knowledge/chunk-articles.js';
import type { Glossary } from '../knowledge/glossary.js';
import { startModuleWorker } from '../module-worker.js';
import { saysLoaded, terminateLoaded, whenLoaded } from '../worker-stop.js';
import {
  analyseBatch,
  batchClaims,
  type BatchContext,
  type BatchWork,
  createTermNumbers,
  type FromPassageWorker,
  type GlossarySource,
  type PassageWorkerData,
  type ToPassageWorker,
} from './chunk-line.js';
import type { HashedEmbedder } from './hashed-embedder.js';
import { aliasGroupsOf, aliasPairsOf, learnAliasGroups, learnNames } from './learnt-aliases.js';

export type { GlossarySource } from './chunk-line.js';

export interface ChunkLines {
  /** One batch of chunks analysed, in order; batches are asked for in the order the chunks are written. */
  lines(chunks: Chunk[]): Promise<BatchWork>;
  /** Whether a worker thread analyses the passages (false once it failed). */
  readonly inWorker: boolean;
  /**
   * The build waits for a batch (`ready` says when it is in): until it is, this thread analyses the batches the worker
   * has not started (taking back those it holds), the needed one first if it is among them, so that both threads work
   * while the build waits. On a busy machine the worker costs little more than its start.
   */
  help?(ready: () => boolean): Promise<void>;
}

export interface PassageAnalysis {
  /**
   * The loose keys of the names the articles write (learnt-aliases.ts): in the worker, asked for before the chunks so
   * that it works them out while the main thread starts on the chunks; else here.
   */
  names(articles: readonly { title: string; text: string }[]): Promise<string[]>;
  /**
   * The alias groups and subjects (learnAliasGroups) of the same articles: with the worker, it learns the alias pairs
   * of the last articles (asked for with the names, before them) while this thread chunks and learns the rest.
   */
  aliasGroups(articles: readonly { title: string; text: string }[]): Promise<Omit<LearntAliases, 'names'>>;
  /** Hands the alias groups and subjects over (a build's keys need no names): the lines of the batches follow. */
  withAliases(learnt: Omit<LearntAliases, 'names'>): ChunkLines;
  /** Stops the worker (after the last batch, or when the build fails). */
  stop(): Promise<void>;
}

/** Chunks this thread analyses between two turns of the event loop while it helps the worker (see analyseInSlices). */
const helpSlice = 32;

/** Typed arrays one after another (`offsets`: added to each value of the part it is in, e.g. where the part starts). */
function concatenated<T extends Uint8Array | Uint32Array | Float64Array>(
  parts: readonly T[],
  make: (length: number) => T,
  offsets?: readonly number[],
): T {
  const all = make(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const [index, part] of parts.entries()) {
    all.set(part, at);
    const offset = offsets?.[index] ?? 0;
    if (offset !== 0)
      for (let value = at; value < at + part.length; value += 1) all[value] = (all[value] as number) + offset;
    at += part.length;
  }
  return all;
}

/** A batch's slices as one batch of work (the slices analysed one after another by one thread). */
function joinedWork(slices: readonly BatchWork[], numbering: string): BatchWork {
  const byteStarts: number[] = [];
  const termStarts: number[] = [];
  let bytes = 0;
  let terms = 0;
  for (const slice of slices) {
    byteStarts.push(bytes);
    termStarts.push(terms);
    bytes += slice.lines.length;
    terms += slice.terms.length;
  }
  const vectors = slices.flatMap((slice) => (slice.vectors === undefined ? [] : [slice.vectors]));
  return {
    lines: concatenated(
      slices.map((slice) => slice.lines),
      (length) => new Uint8Array(length),
    ),
    lineEnds: concatenated(
      slices.map((slice) => slice.lineEnds),
      (length) => new Uint32Array(length),
      byteStarts,
    ),
    terms: concatenated(
      slices.map((slice) => slice.terms),
      (length) => new Uint32Array(length),
    ),
    termEnds: concatenated(
      slices.map((slice) => slice.termEnds),
      (length) => new Uint32Array(length),
      termStarts,
    ),
    numbering,
    newTerms: slices.flatMap((slice) => slice.newTerms),
    vectors: vectors.length === 0 ? undefined : concatenated(vectors, (length) => new Float64Array(length)),
  };
}

/**
 * One batch analysed a slice of chunks at a time, the event loop turning between slices: a worker that answers
 * meanwhile is handed its next batch at once, not when this thread has done its whole batch (the worker sat idle
 * 20-40% of a 20k build's embed phase, --cpu-prof). The same work as analyseBatch: each chunk is analysed alone.
 */
async function analyseInSlices(chunks: readonly Chunk[], context: BatchContext): Promise<BatchWork> {
  const slices: BatchWork[] = [];
  for (let start = 0; start < chunks.length; start += helpSlice) {
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    slices.push(analyseBatch(chunks.slice(start, start + helpSlice), context));
  }
  return joinedWork(slices, context.terms.numbering);
}

/** The main thread analyses each batch when it is asked for (`inSlices`: while it helps the worker). */
function linesInThread(
  glossary: Glossary | undefined,
  aliases: AliasIndex,
  embedder: HashedEmbedder | undefined,
): ChunkLines & { inSlices(chunks: Chunk[]): Promise<BatchWork> } {
  const context: BatchContext = { glossary, aliases, embedder, titles: new Map(), terms: createTermNumbers('main') };
  return {
    lines: (chunks) => Promise.resolve(analyseBatch(chunks, context)),
    inSlices: (chunks) => analyseInSlices(chunks, context),
    inWorker: false,
  };
}

const aliasIndexOf = (learnt: Omit<LearntAliases, 'names'>) => createAliasIndex({ ...learnt, names: [] });

/**
 * Starts the passage worker (it loads the lexicon while the build chunks and learns aliases); `withAliases` hands it
 * the learnt aliases and returns the batches' lines. Without a lexicon file the main thread does the work.
 */
export function startChunkLines(options: {
  glossary: Glossary | undefined;
  source: GlossarySource | undefined;
  useWorker: boolean;
  /** The build's offline embedder: the vectors come with the batches (else the build embeds the texts). */
  embedder?: HashedEmbedder | undefined;
}): PassageAnalysis {
  const { glossary, source, embedder } = options;
  if (!options.useWorker || glossary === undefined || source === undefined)
    return {
      names: (articles) => Promise.resolve(learnNames(articles)),
      aliasGroups: (articles) => Promise.resolve(learnAliasGroups(articles)),
      withAliases: (learnt) => linesInThread(glossary, aliasIndexOf(learnt), embedder),
      stop: () => Promise.resolve(),
    };
  const workerData: PassageWorkerData = {
    glossary: source,
    glossaryHash: glossary.hash,
    embedder: embedder && { id: embedder.id, dimensions: embedder.dimensions },
  };
  let worker: Worker | undefined;
  try {
    // Loaded through tsx's require hook when run from the sources: it starts faster than the module loader.
    worker = startModuleWorker(import.meta.url, 'passage-worker', { workerData }, 'require');
  } catch {
    worker = undefined;
  }
  return workerAnalysis(worker, glossary, embedder);
}

type Article = { title: string; text: string };

/**
 * The worker's share of the alias pairs: the articles after the first ~70% of the text. It works out the names
 * besides (this thread chunks the articles), so that both threads finish their part before the batches about together
 * (a 100k build's --cpu-prof: the worker sat idle ~15 s waiting for the aliases when this thread learnt every pair).
 */
export const workerPairsShare = 0.3;

/** Where the worker's share of the alias pairs starts (by the articles' lengths). */
export function workerPairsFrom(articles: readonly Article[], share = workerPairsShare): number {
  let total = 0;
  for (const article of articles) total += article.text.length;
  let tail = 0;
  for (let index = articles.length - 1; index >= 0; index -= 1) {
    tail += (articles[index] as Article).text.length;
    if (tail > total * share) return index + 1;
  }
  return 0;
}

/** The worker's share of a build's alias pairs: the articles from `from` on; `resolve` gives them, once. */
interface PairsShare {
  articles: readonly Article[];
  from: number;
  pairs: Promise<[string, string][]>;
  resolve?: ((pairs: [string, string][]) => void) | undefined;
}

function pairsShare(articles: readonly Article[]): PairsShare {
  const share: PairsShare = { articles, from: workerPairsFrom(articles), pairs: Promise.resolve([]) };
  share.pairs = new Promise((resolve) => {
    share.resolve = (pairs) => {
      share.resolve = undefined;
      resolve(pairs);
    };
  });
  return share;
}

/** learnAliasGroups, the share's pairs from the worker and the others' learnt here (all here without a share). */
async function aliasGroupsWith(
  share: PairsShare | undefined,
  articles: readonly Article[],
): Promise<Omit<LearntAliases, 'names'>> {
  if (share === undefined || share.articles !== articles) return learnAliasGroups(articles);
  const head = aliasPairsOf(articles.slice(0, share.from));
  return aliasGroupsOf([...head, ...(await share.pairs)], articles);
}

/**
 * Batches the worker holds at once: the next waits in its queue while it analyses one, so it never waits for this
 * thread to hand it one (with one at a time it sat idle 6% of a 100k build, --cpu-prof: this thread was inside a slice
 * when the answer came). This thread takes back a held batch the worker has not started when it needs one to analyse.
 */
const workerBatches = 2;

/** A batch asked for and not answered yet: sent to the worker (with its claim, see ToPassageWorker), or not yet. */
interface WaitingBatch {
  chunks: Chunk[];
  resolve: (work: BatchWork) => void;
  claim: Int32Array | undefined;
}

/** Whether this thread may analyse a waiting batch: not sent yet, or sent and taken back before the worker began it. */
function takeBack(batch: WaitingBatch): boolean {
  return (
    batch.claim === undefined ||
    Atomics.compareExchange(batch.claim, 0, batchClaims.open, batchClaims.build) === batchClaims.open
  );
}

/** The worker's side of the analysis; what it had not answered when it fails is done on the main thread. */
function workerAnalysis(
  worker: Worker | undefined,
  glossary: Glossary,
  embedder: HashedEmbedder | undefined,
): PassageAnalysis {
  // Batches asked for, oldest first: sent to the worker a few at a time, or made here when needed before it took them.
  const waiting = new Map<number, WaitingBatch>();
  let names: { articles: readonly { title: string; text: string }[]; resolve: (names: string[]) => void } | undefined;
  // The worker's share of the alias pairs (asked for with the names); `resolve` until it answers.
  let share: PairsShare | undefined;
  let fallback: ReturnType<typeof linesInThread> | undefined;
  let nextId = 0;
  let started = false;
  /** Batches sent to the worker and not answered yet. */
  let batchesInWorker = 0;
  let failed = worker === undefined;
  // Stopped only once loaded: terminating the thread mid-load can abort the process (worker-stop.ts).
  const loaded = worker === undefined ? Promise.resolve() : whenLoaded(worker, saysLoaded);
  const post = (message: ToPassageWorker) => worker?.postMessage(message);
  const feed = () => {
    if (!started) return;
    for (const [id, batch] of waiting) {
      if (batchesInWorker >= workerBatches) return;
      if (batch.claim !== undefined) continue;
      batch.claim = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
      batchesInWorker += 1;
      post({ type: 'batch', id, chunks: batch.chunks, claim: batch.claim });
    }
  };
  const fail = () => {
    if (failed) return;
    failed = true;
    void worker?.terminate();
    if (names !== undefined) names.resolve(learnNames(names.articles));
    names = undefined;
    share?.resolve?.(aliasPairsOf(share.articles.slice(share.from)));
    // The batches, in the order they were asked for (the aliases came before any of them).
    for (const [id, batch] of waiting) {
      waiting.delete(id);
      void (fallback as ChunkLines).lines(batch.chunks).then(batch.resolve);
    }
  };
  worker?.on('message', (message: FromPassageWorker) => {
    if (message.type === 'failed') return fail();
    if (message.type === 'names') {
      names?.resolve(message.names);
      names = undefined;
      return;
    }
    if (message.type === 'pairs') return share?.resolve?.(message.pairs);
    if (message.type === 'ready') started = true;
    if (message.type === 'lines') {
      const { type: _type, id, ...work } = message;
      waiting.get(id)?.resolve(work);
      waiting.delete(message.id);
      batchesInWorker -= 1;
    }
    feed();
  });
  worker?.on('error', fail);
  worker?.on('exit', fail);
  return {
    names(articles) {
      if (failed) return Promise.resolve(learnNames(articles));
      share = pairsShare(articles);
      const pairsFrom = share.from;
      return new Promise<string[]>((resolve) => {
        names = { articles, resolve };
        post({ type: 'names', articles: articles.map(({ title, text }) => ({ title, text })), pairsFrom });
      });
    },
    aliasGroups: (articles) => aliasGroupsWith(share, articles),
    withAliases(learnt) {
      fallback = linesInThread(glossary, aliasIndexOf(learnt), embedder);
      const lines = fallback;
      if (!failed) post({ type: 'aliases', learnt });
      return {
        lines(chunks) {
          if (failed) return lines.lines(chunks);
          const id = nextId;
          nextId += 1;
          return new Promise<BatchWork>((resolve) => {
            waiting.set(id, { chunks, resolve, claim: undefined });
            feed();
          });
        },
        async help(ready) {
          while (!ready() && !failed) {
            let next: [number, WaitingBatch] | undefined;
            for (const entry of waiting)
              if (takeBack(entry[1])) {
                next = entry;
                break;
              }
            if (next === undefined) return;
            const [id, batch] = next;
            waiting.delete(id);
            // Taken back from the worker (it will pass it over): it has room for the next.
            if (batch.claim !== undefined) {
              batchesInWorker -= 1;
              feed();
            }
            batch.resolve(await lines.inSlices(batch.chunks));
            // The worker's answers come in between.
            await new Promise<void>((resolve) => setImmediate(resolve));
          }
        },
        get inWorker() {
          return !failed;
        },
      };
    },
    stop: async () => {
      if (worker !== undefined) await terminateLoaded(worker, loaded);
    },
  };
}
