/**
 * Builds one index generation into a folder: chunks the articles, embeds the chunks, and writes
 * the hnswlib vector index, the BM25 lexical index, the chunk store, the learnt aliases and,
 * last, the manifest (a folder without one is never used).
 */
import { type FileHandle, mkdir, open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { knowledgeError } from '../errors.js';
import type { Article } from '../knowledge/article-schema.js';
import { type Chunk, createChunker } from '../knowledge/chunk-articles.js';
import { articleTableFileName, encodeArticleTable } from './article-table.js';
import { fsyncFolder, writeFileDurably } from './atomic-files.js';
import { BlockFileBuilder, blockFileName } from './block-file.js';
import { indexedText } from './chunk-line.js';
import { type ChunkLines, startChunkLines } from './chunk-lines.js';
import { type DenseSearchKind, denseSearchPlan } from './dense-search.js';
import { chunkerSettings, indexFormatVersion, type IndexManifest } from './index-generations.js';
import { HashedEmbedder } from './hashed-embedder.js';
import type { ArticleMetadata, BuildProgress, HnswSettings, OpenIndexOptions } from './knowledge-index.js';
import { writeLearntAliases } from './learnt-aliases.js';
import { LexicalIndexBuilder } from './lexical-index-builder.js';

function articleMetadata(article: Article): ArticleMetadata {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    language: article.language,
    file: article.file,
  };
}

export { indexedText } from './chunk-line.js';

/**
 * The dense structure the generation searches, built as the vectors come (each batch's on this thread while the
 * worker analyses the next): the exact search's blocks (vectors.blocks, block-file.ts) or the HNSW graph
 * (vectors.hnsw), documents in chunk order. Vectors are normalised (the inner-product space needs unit vectors for
 * cosine). The structure is made when the first vector gives the dimensions; every other vector must have as many.
 */
class DenseIndexBuilder {
  private graph: hnswlib.HierarchicalNSW | undefined;
  private blocks: BlockFileBuilder | undefined;
  private point: number[] = [];
  dimensions = 1;
  count = 0;

  constructor(
    readonly kind: DenseSearchKind,
    private readonly capacity: number,
    private readonly settings: HnswSettings,
    private readonly embedderId: string,
  ) {}

  /** `count` vectors one after another in `values`. */
  add(values: ArrayLike<number>, count = 1): void {
    const dimensions = values.length / count;
    if (this.graph === undefined && this.blocks === undefined) {
      this.dimensions = dimensions;
      this.point = new Array<number>(dimensions);
      if (this.kind === 'exact') this.blocks = new BlockFileBuilder(dimensions, this.capacity);
      else {
        this.graph = new hnswlib.HierarchicalNSW('ip', dimensions);
        this.graph.initIndex(this.capacity, this.settings.m, this.settings.efConstruction, 100);
      }
    }
    if (dimensions !== this.dimensions)
      throw knowledgeError(`the embedder ${this.embedderId} returned vectors of different lengths`);
    const point = this.point;
    for (let at = 0; at < values.length; at += dimensions) {
      let norm = 0;
      for (let offset = 0; offset < dimensions; offset += 1) {
        const value = values[at + offset] as number;
        norm += value * value;
      }
      norm = Math.sqrt(norm) || 1;
      if (this.blocks !== undefined) this.blocks.set(this.count, values, at, norm);
      else {
        for (let offset = 0; offset < dimensions; offset += 1) point[offset] = (values[at + offset] as number) / norm;
        this.graph?.addPoint(point, this.count);
      }
      this.count += 1;
    }
  }

  /** Writes the structure (the blocks flushed to disk; the manifest, written after, makes the generation usable). */
  async write(folder: string): Promise<void> {
    await this.blocks?.write(path.join(folder, blockFileName));
    await this.graph?.writeIndex(path.join(folder, 'vectors.hnsw'));
  }
}

/**
 * From this many chunks on, a worker thread analyses the passages: below, its start (about 1 s of CPU when it runs
 * from the TypeScript sources) costs as much as it saves (pairs at 1k and 2k chunks were even or worse; 10k gained).
 */
export const passageWorkerFromChunks = 5_000;

/**
 * Whether the passages of a build of `chunks` chunks are analysed in a worker thread: from passageWorkerFromChunks on,
 * when the machine has a second core. Not the load average: it says how busy the machine was over the last minute,
 * not what the next seconds give, and on a shared machine it kept the worker off for good.
 */
export function passagesInWorker(chunks: number, cores = os.availableParallelism()): boolean {
  return chunks >= passageWorkerFromChunks && cores > 1;
}

/** About how many chunks the articles make (before chunking them: the worker starts first), at least one each. */
export function estimatedChunks(articles: readonly { text: string }[]): number {
  let chunks = 0;
  for (const article of articles) chunks += Math.max(1, Math.ceil(article.text.length / chunkerSettings.chunkSize));
  return chunks;
}

/**
 * The vectors and the BM25 index of the chunks, a batch at a time: each chunk is segmented once, a sentence at a time
 * (chunk-line.ts), for the answerer's passages in the chunk store's lines, the BM25 terms and the offline embedder;
 * a model embedder gets the batch's texts. On a large build a worker thread analyses batches beside this one.
 */
async function embedAndTerm(
  options: OpenIndexOptions,
  chunks: Chunk[],
  progress: (progress: BuildProgress) => void,
  chunkFile: FileHandle,
  chunkLines: ChunkLines,
  dense: DenseIndexBuilder,
): Promise<{ lexical: LexicalIndexBuilder; offsets: Float64Array }> {
  const batchSize = options.embedBatchSize ?? 256;
  const embeddings = options.embeddings;
  const lexical = new LexicalIndexBuilder(chunks.length);
  // Where each chunk's line starts in chunks.jsonl (written a batch at a time, not held).
  const offsets = new Float64Array(chunks.length + 1);
  let offset = 0;
  // With a worker every batch is asked for first: the worker takes them one at a time, and this thread analyses those
  // it has not taken while it waits; without, each batch is analysed when it is written. Let go once written.
  const batches = new Map<number, ReturnType<ChunkLines['lines']>>();
  // The batches answered (known as soon as they are, so that this thread helps only while it has to wait).
  const answered = new Set<number>();
  const request = (start: number) =>
    batches.set(
      start,
      chunkLines.lines(chunks.slice(start, start + batchSize)).then((work) => {
        answered.add(start);
        return work;
      }),
    );
  if (chunkLines.inWorker) for (let start = 0; start < chunks.length; start += batchSize) request(start);
  const linesOf = async (start: number) => {
    if (!batches.has(start)) request(start);
    const pending = batches.get(start) as ReturnType<ChunkLines['lines']>;
    await chunkLines.help?.(() => answered.has(start));
    const work = await pending;
    batches.delete(start);
    answered.delete(start);
    return work;
  };
  for (let start = 0; start < chunks.length; start += batchSize) {
    const batch = chunks.slice(start, start + batchSize);
    const work = await linesOf(start);
    if (work.vectors !== undefined) dense.add(work.vectors, batch.length);
    else for (const vector of await embeddings.embedDocuments(batch.map(indexedText))) dense.add(vector);
    lexical.addNumbered(work);
    // The answerer's sentences and keys, so that an ask analyses only its question (answer/passage-analysis.ts).
    for (let index = 0; index < batch.length; index += 1)
      offsets[start + index] = offset + (index === 0 ? 0 : (work.lineEnds[index - 1] as number));
    offset += work.lines.length;
    await chunkFile.write(work.lines);
    progress({ phase: 'embed', done: Math.min(chunks.length, start + batchSize), total: chunks.length });
  }
  offsets[chunks.length] = offset;
  return {
    lexical,
    offsets,
  };
}

export async function buildGeneration(
  options: OpenIndexOptions,
  folder: string,
  contentHash: string,
  settings: HnswSettings,
): Promise<IndexManifest> {
  const progress = options.onProgress ?? (() => {});
  await mkdir(folder, { recursive: true });
  // The passage worker starts first: it loads the lexicon while the articles are chunked and the aliases learnt.
  const passages = startChunkLines({
    glossary: options.glossary,
    source: options.glossarySource,
    useWorker: options.passageWorker ?? passagesInWorker(estimatedChunks(options.articles)),
    embedder: options.embeddings instanceof HashedEmbedder ? options.embeddings : undefined,
  });
  let built: Awaited<ReturnType<typeof embedAndTerm>>;
  // The learnt aliases and the article table, written while the chunks are analysed (awaited with the other files).
  let learntWritten: Promise<void>;
  let articleTableWritten: Promise<void>;
  const chunks: Chunk[] = [];
  const plan = denseSearchPlan(options.embeddings.id);
  const exactBelowChunks = settings.exactBelowChunks ?? plan.exactBelowChunks;
  let dense: DenseIndexBuilder | undefined;
  let chunkStoreFlushed: Promise<void>;
  try {
    // The names of the articles (only for the file) and a share of their alias pairs in the worker, if there is one,
    // while this thread chunks the articles and learns the rest of the alias groups.
    const names = passages.names(options.articles);
    const chunkArticle = createChunker(chunkerSettings);
    for (const [index, article] of options.articles.entries()) {
      chunks.push(...(await chunkArticle(article)));
      progress({ phase: 'chunk', done: index + 1, total: options.articles.length });
    }
    articleTableWritten = writeFileDurably(
      path.join(folder, articleTableFileName),
      encodeArticleTable(
        options.articles.map(articleMetadata),
        chunks.map((chunk) => chunk.articleId),
      ),
    );
    articleTableWritten.catch(() => undefined);
    const kind = chunks.length < exactBelowChunks ? 'exact' : 'graph';
    dense = new DenseIndexBuilder(kind, chunks.length, settings, options.embeddings.id);
    // Alias groups first: the BM25 terms of each batch are taken as it is embedded, from the same segmentation. With
    // the worker, it learns a share of the alias pairs (asked for with the names).
    const aliases = await passages.aliasGroups(options.articles);
    const chunkLines = passages.withAliases(aliases);
    // Written as soon as the names come (from the worker, early in the analysis), not after the last batch.
    learntWritten = names.then((learntNames: string[]) =>
      writeLearntAliases(folder, { groups: aliases.groups, names: learntNames, subjects: aliases.subjects }),
    );
    learntWritten.catch(() => undefined);
    const chunkFile = await open(path.join(folder, 'chunks.jsonl'), 'w');
    try {
      built = await embedAndTerm(options, chunks, progress, chunkFile, chunkLines, dense);
    } catch (error) {
      await chunkFile.close();
      throw error;
    }
    // Flushed to disk while the other files are made and written (awaited with them, below).
    chunkStoreFlushed = chunkFile.sync().finally(() => chunkFile.close());
    chunkStoreFlushed.catch(() => undefined);
    // The names come before the worker stops (else its stop would hand them to this thread).
    await names;
  } finally {
    await passages.stop();
  }
  const { offsets } = built;
  const { dimensions } = dense;
  const denseSearch = dense.kind;
  // The dense structure is written (and flushed) while this thread sorts the BM25 postings.
  const denseWritten =
    chunks.length > 0
      ? dense.write(folder).then(() => progress({ phase: 'index', done: chunks.length, total: chunks.length }))
      : Promise.resolve();
  denseWritten.catch(() => undefined);
  const { vocabulary, binary } = built.lexical.finish().serialize();
  // Written side by side (each flushed to disk); the manifest, last, makes the generation usable.
  await Promise.all([
    chunkStoreFlushed,
    denseWritten,
    learntWritten,
    articleTableWritten,
    writeFileDurably(path.join(folder, 'vocabulary.json'), JSON.stringify(vocabulary)),
    writeFileDurably(path.join(folder, 'lexical.bin'), binary),
    writeFileDurably(path.join(folder, 'chunk-offsets.bin'), Buffer.from(offsets.buffer)),
  ]);
  const manifest: IndexManifest = {
    formatVersion: indexFormatVersion,
    embedderId: options.embeddings.id,
    dimensions,
    contentHash,
    chunkCount: chunks.length,
    articleCount: options.articles.length,
    builtAt: new Date().toISOString(),
    hnsw: { m: settings.m, efConstruction: settings.efConstruction },
    denseSearch,
    sourceFingerprint: options.sourceFingerprint,
    passageGlossary: options.glossary?.hash ?? 'none',
    problems: options.problems ?? [],
  };
  // The manifest is written last: a generation without one is never used.
  await writeFileDurably(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
  progress({ phase: 'write', done: 1, total: 1 });
  fsyncFolder(folder);
  return manifest;
}
