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
import { type AliasIndex, createAliasIndex, type LearntAliases } from '../knowledge/article-aliases.js';
import type { Article } from '../knowledge/article-schema.js';
import { type Chunk, createChunker } from '../knowledge/chunk-articles.js';
import { fsyncFolder, writeFileDurably } from './atomic-files.js';
import { type ChunkLines, startChunkLines } from './chunk-lines.js';
import { type DenseSearchKind, denseSearchPlan } from './dense-search.js';
import { chunkerSettings, indexFormatVersion, type IndexManifest } from './index-generations.js';
import { HashedEmbedder } from './hashed-embedder.js';
import type { ArticleMetadata, BuildProgress, HnswSettings, OpenIndexOptions } from './knowledge-index.js';
import { learnAliasGroups, writeLearntAliases } from './learnt-aliases.js';
import { type LexicalIndex, LexicalIndexBuilder } from './lexical-index.js';
import { lexicalTerms } from './lexical-terms.js';
import { analyseText } from './text-analysis.js';

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

/** Text the chunk is indexed under: its title gives every chunk the article's subject. */
export function indexedText(chunk: Chunk): string {
  return `${chunk.title}\n${chunk.text}`;
}

/** The chunks' vectors one after another in one array (not an array per chunk for the garbage collector to move). */
interface Vectors {
  values: Float64Array;
  dimensions: number;
  count: number;
}

/**
 * Writes the dense structure the generation searches: the brute-force index (vectors.exact) or the
 * HNSW graph (vectors.hnsw). Vectors are normalised (the inner-product space needs unit vectors for cosine).
 */
async function writeDenseIndex(
  folder: string,
  kind: DenseSearchKind,
  vectors: Vectors,
  settings: HnswSettings,
  onInserted: (done: number) => void,
): Promise<void> {
  const { values, dimensions, count } = vectors;
  const index =
    kind === 'exact' ? new hnswlib.BruteforceSearch('ip', dimensions) : new hnswlib.HierarchicalNSW('ip', dimensions);
  if (index instanceof hnswlib.HierarchicalNSW) index.initIndex(count, settings.m, settings.efConstruction, 100);
  else index.initIndex(count);
  const point = new Array<number>(dimensions);
  for (let document = 0; document < count; document += 1) {
    const at = document * dimensions;
    let norm = 0;
    for (let offset = 0; offset < dimensions; offset += 1) {
      const value = values[at + offset] as number;
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (let offset = 0; offset < dimensions; offset += 1) point[offset] = (values[at + offset] as number) / norm;
    index.addPoint(point, document);
    if (document % 1_000 === 999) onInserted(document + 1);
  }
  onInserted(count);
  await index.writeIndex(path.join(folder, kind === 'exact' ? 'vectors.exact' : 'vectors.hnsw'));
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

/**
 * The vectors and the BM25 index of the chunks, a batch at a time: each chunk is segmented once (text-analysis.ts)
 * for the offline embedder and the BM25 terms; a model embedder gets the batch's texts. The chunk store's lines
 * (with the answerer's passages) come from `chunkLines`, in a worker thread on a large build.
 */
async function embedAndTerm(
  options: OpenIndexOptions,
  chunks: Chunk[],
  aliases: AliasIndex,
  progress: (progress: BuildProgress) => void,
  chunkFile: FileHandle,
  chunkLines: ChunkLines,
): Promise<{ vectors: Vectors; lexical: LexicalIndex; offsets: Float64Array }> {
  const batchSize = options.embedBatchSize ?? 256;
  const embeddings = options.embeddings;
  // Sized by the first vector; every other one must have its length.
  let vectors: Vectors | undefined;
  const keep = (vector: readonly number[]) => {
    vectors ??= { values: new Float64Array(chunks.length * vector.length), dimensions: vector.length, count: 0 };
    if (vector.length !== vectors.dimensions)
      throw knowledgeError(`the embedder ${embeddings.id} returned vectors of different lengths`);
    vectors.values.set(vector, vectors.count * vectors.dimensions);
    vectors.count += 1;
  };
  const lexical = new LexicalIndexBuilder();
  // Where each chunk's line starts in chunks.jsonl (written a batch at a time, not held).
  const offsets = new Float64Array(chunks.length + 1);
  let offset = 0;
  // A worker gets every batch first and works through them while this thread embeds; on this thread each batch's
  // lines are made when it is written. Either way a batch's lines are let go once written.
  const batches = new Map<number, Promise<string[]>>();
  const request = (start: number) => batches.set(start, chunkLines.lines(chunks.slice(start, start + batchSize)));
  if (chunkLines.inWorker) for (let start = 0; start < chunks.length; start += batchSize) request(start);
  const linesOf = async (start: number) => {
    if (!batches.has(start)) request(start);
    chunkLines.needOldest?.();
    const lines = await (batches.get(start) as Promise<string[]>);
    batches.delete(start);
    return lines;
  };
  for (let start = 0; start < chunks.length; start += batchSize) {
    const batch = chunks.slice(start, start + batchSize);
    const texts = batch.map(indexedText);
    const analysed = texts.map((text) => analyseText(text, options.glossary));
    if (embeddings instanceof HashedEmbedder) for (const text of analysed) keep(embeddings.embedText(text.text, text));
    else for (const vector of await embeddings.embedDocuments(texts)) keep(vector);
    for (const text of analysed) lexical.add(lexicalTerms(text.text, options.glossary, aliases, text));
    // The answerer's sentences and keys, so that an ask analyses only its question (answer/passage-analysis.ts).
    const lines = (await linesOf(start)).map((text, index) => {
      const line = Buffer.from(`${text}\n`, 'utf8');
      offsets[start + index] = offset;
      offset += line.length;
      return line;
    });
    await chunkFile.write(Buffer.concat(lines));
    progress({ phase: 'embed', done: Math.min(chunks.length, start + batchSize), total: chunks.length });
  }
  offsets[chunks.length] = offset;
  return {
    vectors: vectors ?? { values: new Float64Array(0), dimensions: 1, count: 0 },
    lexical: lexical.finish(),
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
  const chunkArticle = createChunker(chunkerSettings);
  const chunks: Chunk[] = [];
  for (const [index, article] of options.articles.entries()) {
    chunks.push(...(await chunkArticle(article)));
    progress({ phase: 'chunk', done: index + 1, total: options.articles.length });
  }
  // The passage worker loads the lexicon while the aliases are learnt.
  const passages = startChunkLines({
    glossary: options.glossary,
    source: options.glossarySource,
    useWorker: options.passageWorker ?? passagesInWorker(chunks.length),
  });
  let built: Awaited<ReturnType<typeof embedAndTerm>>;
  let learnt: LearntAliases;
  try {
    // The names of the articles (only for the file) in the worker, if there is one, while this thread goes on.
    const names = passages.names(options.articles);
    // Alias groups first: the BM25 terms of each batch are taken as it is embedded, from the same segmentation.
    const aliases = learnAliasGroups(options.articles);
    const chunkLines = passages.withAliases(aliases);
    const chunkFile = await open(path.join(folder, 'chunks.jsonl'), 'w');
    try {
      const aliasIndex = createAliasIndex({ ...aliases, names: [] });
      built = await embedAndTerm(options, chunks, aliasIndex, progress, chunkFile, chunkLines);
      await chunkFile.sync();
    } finally {
      await chunkFile.close();
    }
    learnt = { groups: aliases.groups, names: await names, subjects: aliases.subjects };
  } finally {
    await passages.stop();
  }
  const { vectors, lexical, offsets } = built;
  const { dimensions } = vectors;
  const plan = denseSearchPlan(options.embeddings.id);
  const exactBelowChunks = settings.exactBelowChunks ?? plan.exactBelowChunks;
  const denseSearch = chunks.length < exactBelowChunks ? 'exact' : 'graph';
  if (chunks.length > 0) {
    await writeDenseIndex(folder, denseSearch, vectors, settings, (done) =>
      progress({ phase: 'index', done, total: chunks.length }),
    );
  }
  const { vocabulary, binary } = lexical.serialize();
  // Written side by side (each flushed to disk); the manifest, last, makes the generation usable.
  await Promise.all([
    writeLearntAliases(folder, learnt),
    writeFileDurably(path.join(folder, 'vocabulary.json'), JSON.stringify(vocabulary)),
    writeFileDurably(path.join(folder, 'lexical.bin'), binary),
    writeFileDurably(path.join(folder, 'chunk-offsets.bin'), Buffer.from(offsets.buffer)),
    writeFileDurably(path.join(folder, 'articles.json'), JSON.stringify(options.articles.map(articleMetadata))),
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
