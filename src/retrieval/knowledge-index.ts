/**
 * The persisted knowledge index: an hnswlib-node vector index, a BM25 lexical index and
 * a chunk store, written as one generation folder under `<dataDir>/index/` and switched
 * to by atomically replacing the `CURRENT` pointer. A crash mid-build leaves the previous
 * generation in use. A manifest (embedder id, dimensions, content hash) lets start-up
 * reuse the index and rebuild only when the knowledge or the embedder changed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import hnswlib from 'hnswlib-node';
import { z } from 'zod';
import { knowledgeError } from '../errors.js';
import { type AliasIndex, createAliasIndex, emptyAliasIndex } from '../knowledge/article-aliases.js';
import type { Article } from '../knowledge/article-schema.js';
import { type Chunk, createChunker } from '../knowledge/chunk-articles.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { Logger } from '../logging/logger.js';
import type { KnowledgeProblem } from '../knowledge/problems.js';
import { fsyncFolder, writeFileAtomically, writeFileDurably } from './atomic-files.js';
import { LexicalIndex } from './lexical-index.js';
import { learnAliases, readAliases } from './learnt-aliases.js';
import { lexicalTerms } from './lexical-terms.js';
import { generationsInUse, processIsAlive, registerReader } from './generation-readers.js';

// 2: alias groups learnt from the articles (aliases.json) and loose name keys in the lexical index.
export const indexFormatVersion = 2;

export interface IdentifiedEmbeddings extends Embeddings {
  readonly id: string;
}

export interface HnswSettings {
  /** Graph degree. */
  m: number;
  efConstruction: number;
  /** Search breadth; raised to k when smaller. */
  efSearch: number;
}

// efSearch 320: the smallest breadth with recall@10 ≥ 0.98 against exact search at 10k passages
// on the offline embedder's vectors (npm run bench sweep; 160 gave 0.947).
export const defaultHnswSettings: HnswSettings = { m: 24, efConstruction: 200, efSearch: 320 };

const manifestSchema = z.object({
  formatVersion: z.literal(indexFormatVersion),
  embedderId: z.string(),
  dimensions: z.number().int().positive(),
  contentHash: z.string(),
  chunkCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  builtAt: z.string(),
  hnsw: z.object({ m: z.number(), efConstruction: z.number() }),
  /** Cheap fingerprint of the knowledge files (paths, sizes, times): start-up reuses the index without reading them. */
  sourceFingerprint: z.string().optional(),
  /** Problems found in the knowledge files when the index was built, reported again on a fast start. */
  problems: z.array(z.object({ file: z.string(), field: z.string(), message: z.string() })).default([]),
});
export type IndexManifest = z.infer<typeof manifestSchema>;

export interface ArticleMetadata {
  id: string;
  title: string;
  outlet?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  language: string;
  /** The file it was loaded from (to read its full text again when needed). */
  file?: string | undefined;
}

export interface StoredChunk extends Chunk {
  article: ArticleMetadata;
}

export interface DenseHit {
  document: number;
  similarity: number;
}

export interface BuildProgress {
  phase: 'chunk' | 'embed' | 'index' | 'write';
  done: number;
  total: number;
}

export interface OpenIndexOptions {
  dataDir: string;
  articles: Article[];
  glossary: Glossary | undefined;
  embeddings: IdentifiedEmbeddings;
  logger: Logger;
  hnsw?: Partial<HnswSettings>;
  /** Rebuild even when the manifest matches. */
  force?: boolean;
  onProgress?: (progress: BuildProgress) => void;
  embedBatchSize?: number;
  /** Stored in the manifest for fast start-ups (see knowledgeFingerprint). */
  sourceFingerprint?: string | undefined;
  problems?: KnowledgeProblem[] | undefined;
}

export const chunkerSettings = { chunkSize: 900, chunkOverlap: 150 };

/** Hash of everything the index is built from: articles, chunking, glossary. */
export function knowledgeContentHash(articles: Article[], glossary: Glossary | undefined): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ indexFormatVersion, chunkerSettings, glossary: glossary?.hash ?? 'none' }));
  for (const article of [...articles].sort((left, right) => left.id.localeCompare(right.id))) {
    const { file: _file, ...content } = article;
    hash.update(JSON.stringify(content));
  }
  return hash.digest('hex').slice(0, 24);
}

export class KnowledgeIndex {
  private readonly chunkDescriptor: number;
  private readonly chunkCache = new Map<number, StoredChunk>();

  constructor(
    readonly manifest: IndexManifest,
    readonly folder: string,
    private readonly vectors: hnswlib.HierarchicalNSW,
    readonly lexical: LexicalIndex,
    private readonly chunkOffsets: Float64Array,
    private readonly articles: Map<string, ArticleMetadata>,
    private readonly efSearch: number,
    /** Aliases the articles state themselves, learnt when this generation was built. */
    readonly aliases: AliasIndex = emptyAliasIndex,
  ) {
    this.chunkDescriptor = openSync(path.join(folder, 'chunks.jsonl'), 'r');
  }

  get size(): number {
    return this.manifest.chunkCount;
  }

  dense(vector: number[], limit: number): DenseHit[] {
    const count = this.vectors.getCurrentCount();
    if (count === 0) return [];
    const k = Math.min(limit, count);
    this.vectors.setEf(Math.max(this.efSearch, k));
    const result = this.vectors.searchKnn(vector, k);
    return result.neighbors.map((document, index) => ({ document, similarity: 1 - (result.distances[index] as number) }));
  }

  chunk(document: number): StoredChunk {
    const cached = this.chunkCache.get(document);
    if (cached) return cached;
    const start = this.chunkOffsets[document];
    const end = this.chunkOffsets[document + 1];
    if (start === undefined || end === undefined) throw knowledgeError(`chunk ${document} is not in the index`);
    const buffer = Buffer.alloc(end - start);
    readSync(this.chunkDescriptor, buffer, 0, buffer.length, start);
    const chunk = JSON.parse(buffer.toString('utf8')) as Chunk;
    const article = this.articles.get(chunk.articleId) ?? { id: chunk.articleId, title: chunk.title, language: 'und' };
    const stored = { ...chunk, article };
    if (this.chunkCache.size > 2_000) this.chunkCache.clear();
    this.chunkCache.set(document, stored);
    return stored;
  }

  article(id: string): ArticleMetadata | undefined {
    return this.articles.get(id);
  }

  articleList(): ArticleMetadata[] {
    return [...this.articles.values()];
  }

  close(): void {
    closeSync(this.chunkDescriptor);
  }
}

async function readManifest(folder: string): Promise<IndexManifest | undefined> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function currentGeneration(indexRoot: string): Promise<string | undefined> {
  try {
    const name = (await readFile(path.join(indexRoot, 'CURRENT'), 'utf8')).trim();
    return /^gen-[a-z0-9-]+$/.test(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

async function loadGeneration(folder: string, manifest: IndexManifest, settings: HnswSettings): Promise<KnowledgeIndex> {
  const vectors = new hnswlib.HierarchicalNSW('ip', manifest.dimensions);
  if (manifest.chunkCount > 0) await vectors.readIndex(path.join(folder, 'vectors.hnsw'));
  else vectors.initIndex(1, settings.m, settings.efConstruction);
  const vocabulary = JSON.parse(await readFile(path.join(folder, 'vocabulary.json'), 'utf8')) as string[];
  const lexical = LexicalIndex.deserialize(vocabulary, await readFile(path.join(folder, 'lexical.bin')));
  const offsetsBuffer = await readFile(path.join(folder, 'chunk-offsets.bin'));
  const offsets = new Float64Array(offsetsBuffer.buffer.slice(offsetsBuffer.byteOffset, offsetsBuffer.byteOffset + offsetsBuffer.byteLength));
  const articleList = JSON.parse(await readFile(path.join(folder, 'articles.json'), 'utf8')) as ArticleMetadata[];
  if (offsets.length !== manifest.chunkCount + 1 || lexical.size !== manifest.chunkCount) {
    throw knowledgeError(`index at ${folder} is inconsistent (chunk counts differ)`);
  }
  const aliases = createAliasIndex(await readAliases(folder));
  const articles = new Map(articleList.map((article) => [article.id, article]));
  return new KnowledgeIndex(manifest, folder, vectors, lexical, offsets, articles, settings.efSearch, aliases);
}

function articleMetadata(article: Article): ArticleMetadata {
  return { id: article.id, title: article.title, outlet: article.outlet, published: article.published, url: article.url, language: article.language, file: article.file };
}

/** Text the chunk is indexed under: its title gives every chunk the article's subject. */
export function indexedText(chunk: Chunk): string {
  return `${chunk.title}\n${chunk.text}`;
}

async function buildGeneration(options: OpenIndexOptions, folder: string, contentHash: string, settings: HnswSettings): Promise<IndexManifest> {
  const progress = options.onProgress ?? (() => {});
  const chunkArticle = createChunker(chunkerSettings);
  const chunks: Chunk[] = [];
  for (const [index, article] of options.articles.entries()) {
    chunks.push(...(await chunkArticle(article)));
    progress({ phase: 'chunk', done: index + 1, total: options.articles.length });
  }
  const texts = chunks.map(indexedText);
  const batchSize = options.embedBatchSize ?? 256;
  const vectors: number[][] = [];
  for (let start = 0; start < texts.length; start += batchSize) {
    vectors.push(...(await options.embeddings.embedDocuments(texts.slice(start, start + batchSize))));
    progress({ phase: 'embed', done: Math.min(texts.length, start + batchSize), total: texts.length });
  }
  const dimensions = vectors[0]?.length ?? 1;
  if (vectors.some((vector) => vector.length !== dimensions)) {
    throw knowledgeError(`the embedder ${options.embeddings.id} returned vectors of different lengths`);
  }
  await mkdir(folder, { recursive: true });
  if (chunks.length > 0) {
    const index = new hnswlib.HierarchicalNSW('ip', dimensions);
    index.initIndex(chunks.length, settings.m, settings.efConstruction, 100);
    for (const [document, vector] of vectors.entries()) {
      // Normalise defensively: the inner-product space needs unit vectors for cosine.
      let norm = 0;
      for (const value of vector) norm += value * value;
      norm = Math.sqrt(norm) || 1;
      index.addPoint(
        vector.map((value) => value / norm),
        document,
      );
      if (document % 1_000 === 999) progress({ phase: 'index', done: document + 1, total: chunks.length });
    }
    progress({ phase: 'index', done: chunks.length, total: chunks.length });
    await index.writeIndex(path.join(folder, 'vectors.hnsw'));
  }
  const aliases = createAliasIndex(await learnAliases(folder, options.articles));
  const lexical = LexicalIndex.build(texts.map((text) => lexicalTerms(text, options.glossary, aliases)));
  const { vocabulary, binary } = lexical.serialize();
  await writeFileDurably(path.join(folder, 'vocabulary.json'), JSON.stringify(vocabulary));
  await writeFileDurably(path.join(folder, 'lexical.bin'), binary);
  const lines: Buffer[] = [];
  const offsets = new Float64Array(chunks.length + 1);
  let offset = 0;
  for (const [document, chunk] of chunks.entries()) {
    const line = Buffer.from(`${JSON.stringify(chunk)}\n`, 'utf8');
    offsets[document] = offset;
    offset += line.length;
    lines.push(line);
  }
  offsets[chunks.length] = offset;
  await writeFileDurably(path.join(folder, 'chunks.jsonl'), Buffer.concat(lines));
  await writeFileDurably(path.join(folder, 'chunk-offsets.bin'), Buffer.from(offsets.buffer));
  await writeFileDurably(path.join(folder, 'articles.json'), JSON.stringify(options.articles.map(articleMetadata)));
  const manifest: IndexManifest = {
    formatVersion: indexFormatVersion,
    embedderId: options.embeddings.id,
    dimensions,
    contentHash,
    chunkCount: chunks.length,
    articleCount: options.articles.length,
    builtAt: new Date().toISOString(),
    hnsw: { m: settings.m, efConstruction: settings.efConstruction },
    sourceFingerprint: options.sourceFingerprint,
    problems: options.problems ?? [],
  };
  // The manifest is written last: a generation without one is never used.
  await writeFileDurably(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
  progress({ phase: 'write', done: 1, total: 1 });
  fsyncFolder(folder);
  return manifest;
}

/** Removes old generations no live process reads, unfinished builds of dead builders and stray temp files. */
export async function removeStaleGenerations(indexRoot: string, keep: string, logger: Logger): Promise<void> {
  const inUse = generationsInUse(indexRoot);
  for (const entry of await readdir(indexRoot)) {
    if (entry === keep || entry === 'CURRENT' || inUse.has(entry)) continue;
    if (!entry.startsWith('gen-') && !entry.startsWith('building-') && !entry.startsWith('CURRENT.')) continue;
    const full = path.join(indexRoot, entry);
    try {
      // Leave very recent build folders alone: another process may be writing them.
      if (entry.startsWith('building-') && Date.now() - (await stat(full)).mtimeMs < 10 * 60_000) continue;
      // A pointer being written by a live process (CURRENT.<pid>.<random>.tmp) is its to finish.
      const writer = /^CURRENT\.(\d+)\./.exec(entry)?.[1];
      if (writer !== undefined && processIsAlive(Number(writer))) continue;
      await rm(full, { recursive: true, force: true });
    } catch (error) {
      logger.warn({ err: error, entry }, 'could not remove an old index generation');
    }
  }
}

export interface OpenedIndex {
  index: KnowledgeIndex;
  rebuilt: boolean;
  reason: string;
}

/**
 * The fast start: the current generation when its manifest matches the embedder, the index
 * settings and the knowledge files' fingerprint — without reading a single article.
 */
export async function openCurrentIndex(options: {
  dataDir: string;
  embedderId: string;
  /** When given, the generation must have been built from knowledge files with this fingerprint. */
  sourceFingerprint?: string | undefined;
  hnsw?: Partial<HnswSettings> | undefined;
}): Promise<KnowledgeIndex | undefined> {
  const settings: HnswSettings = { ...defaultHnswSettings, ...options.hnsw };
  const indexRoot = path.join(options.dataDir, 'index');
  // Another process may replace CURRENT and remove the generation between our read and our load.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const current = await currentGeneration(indexRoot);
    if (current === undefined) return undefined;
    const folder = path.join(indexRoot, current);
    const manifest = await readManifest(folder);
    if (
      !manifest ||
      manifest.embedderId !== options.embedderId ||
      (options.sourceFingerprint !== undefined && manifest.sourceFingerprint !== options.sourceFingerprint) ||
      manifest.hnsw.m !== settings.m ||
      manifest.hnsw.efConstruction !== settings.efConstruction
    ) {
      if ((await currentGeneration(indexRoot)) !== current) continue;
      return undefined;
    }
    try {
      return await loadRegisteredGeneration(indexRoot, current, manifest, settings);
    } catch {
      if ((await currentGeneration(indexRoot)) === current) return undefined;
    }
  }
  return undefined;
}

/** Loads a generation with this process marked as its reader; closing the index removes the mark. */
async function loadRegisteredGeneration(
  indexRoot: string,
  generation: string,
  manifest: IndexManifest,
  settings: HnswSettings,
): Promise<KnowledgeIndex> {
  const release = registerReader(indexRoot, generation);
  try {
    const index = await loadGeneration(path.join(indexRoot, generation), manifest, settings);
    const close = index.close.bind(index);
    let closed = false;
    index.close = () => {
      if (closed) return;
      closed = true;
      close();
      release();
    };
    return index;
  } catch (error) {
    release();
    throw error;
  }
}

/** Loads the current index generation if it matches the knowledge and embedder; otherwise builds a new one atomically. */
export async function openKnowledgeIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const settings: HnswSettings = { ...defaultHnswSettings, ...options.hnsw };
  const indexRoot = path.join(options.dataDir, 'index');
  await mkdir(indexRoot, { recursive: true });
  const contentHash = knowledgeContentHash(options.articles, options.glossary);
  const current = await currentGeneration(indexRoot);
  let reason = 'no index yet';
  if (current !== undefined) {
    const folder = path.join(indexRoot, current);
    const manifest = await readManifest(folder);
    if (!manifest) reason = 'the index manifest is missing or unreadable';
    else if (manifest.embedderId !== options.embeddings.id) reason = `the embedder changed (${manifest.embedderId} → ${options.embeddings.id})`;
    else if (manifest.contentHash !== contentHash) reason = 'the knowledge changed';
    else if (manifest.hnsw.m !== settings.m || manifest.hnsw.efConstruction !== settings.efConstruction) reason = 'the index settings changed';
    else if (options.force) reason = 'a rebuild was asked for';
    else {
      try {
        const index = await loadRegisteredGeneration(indexRoot, current, manifest, settings);
        if (options.sourceFingerprint !== undefined && manifest.sourceFingerprint !== options.sourceFingerprint) {
          // Same content, touched files: remember the new fingerprint so the next start is fast.
          const updated = { ...manifest, sourceFingerprint: options.sourceFingerprint, problems: options.problems ?? manifest.problems };
          await writeFileAtomically(path.join(folder, 'manifest.json'), JSON.stringify(updated, null, 2)).catch(() => undefined);
        }
        return { index, rebuilt: false, reason: 'reused' };
      } catch (error) {
        reason = 'the index could not be read';
        options.logger.warn({ err: error, folder }, 'index unreadable; rebuilding');
      }
    }
  }
  options.logger.info({ reason, articles: options.articles.length }, 'building the knowledge index');
  const name = `gen-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const building = path.join(indexRoot, `building-${name}`);
  await buildGeneration(options, building, contentHash, settings);
  const folder = path.join(indexRoot, name);
  await rename(building, folder);
  fsyncFolder(indexRoot);
  const manifest = (await readManifest(folder)) as IndexManifest;
  // Registered as its reader before it becomes CURRENT, so a concurrent builder's cleanup keeps it.
  const index = await loadRegisteredGeneration(indexRoot, name, manifest, settings);
  await writeFileAtomically(path.join(indexRoot, 'CURRENT'), `${name}\n`);
  await removeStaleGenerations(indexRoot, name, options.logger);
  return { index, rebuilt: true, reason };
}
