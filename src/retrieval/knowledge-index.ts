/**
 * The persisted knowledge index: an hnswlib-node vector index, a BM25 lexical index and
 * a chunk store, written as one generation folder under `<dataDir>/index/` and switched
 * to by atomically replacing the `CURRENT` pointer. A crash mid-build leaves the previous
 * generation in use. A manifest (embedder id, dimensions, content hash) lets start-up
 * reuse the index and rebuild only when the knowledge or the embedder changed.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import hnswlib from 'hnswlib-node';
import { type AnalysedPassage, readStoredPassage, type StoredPassage } from '../answer/passage-analysis.js';
import { knowledgeError } from '../errors.js';
import { type AliasIndex, createAliasIndex, emptyAliasIndex } from '../knowledge/article-aliases.js';
import type { Article } from '../knowledge/article-schema.js';
import type { Chunk } from '../knowledge/chunk-articles.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { Logger } from '../logging/logger.js';
import type { KnowledgeProblem } from '../knowledge/problems.js';
import { fsyncFolder, writeFileAtomically } from './atomic-files.js';
import { buildGeneration } from './build-generation.js';
import type { GlossarySource } from './chunk-lines.js';
import {
  type DenseHit,
  type DenseSearcher,
  type DenseSearchKind,
  denseSearchPlan,
  efForSize,
  emptySearcher,
  exactSearcher,
  graphSearcher,
} from './dense-search.js';
import { LexicalIndex } from './lexical-index.js';
import { readAliases } from './learnt-aliases.js';
import { registerReader } from './generation-readers.js';
import {
  currentGeneration,
  type IndexManifest,
  knowledgeContentHash,
  readManifest,
  removeStaleGenerations,
} from './index-generations.js';

export {
  chunkerSettings,
  indexFormatVersion,
  type IndexManifest,
  knowledgeContentHash,
  removeStaleGenerations,
} from './index-generations.js';
export { indexedText } from './build-generation.js';
export type { DenseHit } from './dense-search.js';

export interface IdentifiedEmbeddings extends Embeddings {
  readonly id: string;
}

export interface HnswSettings {
  /** Graph degree. */
  m: number;
  efConstruction: number;
  /** Search breadth; raised to k when smaller. Undefined: chosen from the index size (dense-search.ts). */
  efSearch?: number | undefined;
  /** Exact search below this many chunks, the graph above; undefined: the embedder's measured plan. */
  exactBelowChunks?: number | undefined;
}

export const defaultHnswSettings: HnswSettings = { m: 24, efConstruction: 200 };

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
  /** The lexicon's file: lets a worker thread analyse the passages while the build embeds (chunk-lines.ts). */
  glossarySource?: GlossarySource | undefined;
  /** Passages analysed in a worker thread; undefined: from passageWorkerFromChunks chunks on, given the file. */
  passageWorker?: boolean | undefined;
}

export class KnowledgeIndex {
  private readonly chunkDescriptor: number;
  private readonly chunkCache = new Map<number, StoredChunk>();
  /** Stored passages of cached chunks not yet read, and those read (both emptied with the chunk cache). */
  private readonly storedPassages = new Map<number, StoredPassage>();
  private readonly passageCache = new Map<number, AnalysedPassage>();

  constructor(
    readonly manifest: IndexManifest,
    readonly folder: string,
    private readonly vectors: DenseSearcher,
    readonly lexical: LexicalIndex,
    private readonly chunkOffsets: Float64Array,
    private readonly articles: Map<string, ArticleMetadata>,
    /** Aliases the articles state themselves, learnt when this generation was built. */
    readonly aliases: AliasIndex = emptyAliasIndex,
  ) {
    this.chunkDescriptor = openSync(path.join(folder, 'chunks.jsonl'), 'r');
  }

  get size(): number {
    return this.manifest.chunkCount;
  }

  /** How the dense side searches: exact, or the graph at a breadth chosen from the index size. */
  get denseMethod(): { kind: DenseSearchKind; ef: number | undefined } {
    return { kind: this.vectors.kind, ef: this.vectors.ef };
  }

  dense(vector: number[], limit: number): DenseHit[] {
    return this.vectors.search(vector, limit);
  }

  chunk(document: number): StoredChunk {
    const cached = this.chunkCache.get(document);
    if (cached) return cached;
    const start = this.chunkOffsets[document];
    const end = this.chunkOffsets[document + 1];
    if (start === undefined || end === undefined) throw knowledgeError(`chunk ${document} is not in the index`);
    const buffer = Buffer.alloc(end - start);
    readSync(this.chunkDescriptor, buffer, 0, buffer.length, start);
    const { passage, ...chunk } = JSON.parse(buffer.toString('utf8')) as Chunk & { passage?: StoredPassage };
    const article = this.articles.get(chunk.articleId) ?? { id: chunk.articleId, title: chunk.title, language: 'und' };
    const stored = { ...chunk, article };
    if (this.chunkCache.size > 2_000) {
      this.chunkCache.clear();
      this.storedPassages.clear();
      this.passageCache.clear();
    }
    this.chunkCache.set(document, stored);
    if (passage !== undefined) this.storedPassages.set(document, passage);
    return stored;
  }

  /**
   * The answerer's sentences and keys of a chunk as stored when the generation was built, found with the lexicon of
   * this hash and the generation's aliases; undefined for another lexicon (the answerer then analyses the passage).
   */
  analysedPassage(document: number, glossaryHash: string): AnalysedPassage | undefined {
    if (glossaryHash !== this.manifest.passageGlossary) return undefined;
    const cached = this.passageCache.get(document);
    if (cached) return cached;
    const chunk = this.chunk(document);
    const stored = this.storedPassages.get(document);
    if (stored === undefined) return undefined;
    const analysed = readStoredPassage(chunk.text, stored);
    this.storedPassages.delete(document);
    this.passageCache.set(document, analysed);
    return analysed;
  }

  article(id: string): ArticleMetadata | undefined {
    return this.articles.get(id);
  }

  articleList(): ArticleMetadata[] {
    return [...this.articles.values()];
  }

  close(): void {
    closeSync(this.chunkDescriptor);
    this.lexical.close();
  }
}

async function loadGeneration(
  folder: string,
  manifest: IndexManifest,
  settings: HnswSettings,
): Promise<KnowledgeIndex> {
  const vectors = await loadDenseSearcher(folder, manifest, settings);
  const vocabulary = JSON.parse(await readFile(path.join(folder, 'vocabulary.json'), 'utf8')) as string[];
  // The postings are read as queries need them: opening reads the vocabulary's ranges and the passage lengths.
  const lexical = LexicalIndex.open(vocabulary, path.join(folder, 'lexical.bin'));
  const offsetsBuffer = await readFile(path.join(folder, 'chunk-offsets.bin'));
  const offsets = new Float64Array(
    offsetsBuffer.buffer.slice(offsetsBuffer.byteOffset, offsetsBuffer.byteOffset + offsetsBuffer.byteLength),
  );
  const articleList = JSON.parse(await readFile(path.join(folder, 'articles.json'), 'utf8')) as ArticleMetadata[];
  if (offsets.length !== manifest.chunkCount + 1 || lexical.size !== manifest.chunkCount) {
    throw knowledgeError(`index at ${folder} is inconsistent (chunk counts differ)`);
  }
  const aliases = createAliasIndex(await readAliases(folder));
  const articles = new Map(articleList.map((article) => [article.id, article]));
  return new KnowledgeIndex(manifest, folder, vectors, lexical, offsets, articles, aliases);
}

async function loadDenseSearcher(
  folder: string,
  manifest: IndexManifest,
  settings: HnswSettings,
): Promise<DenseSearcher> {
  if (manifest.chunkCount === 0) return emptySearcher;
  if (manifest.denseSearch === 'exact') {
    const exact = new hnswlib.BruteforceSearch('ip', manifest.dimensions);
    await exact.readIndex(path.join(folder, 'vectors.exact'));
    return exactSearcher(exact);
  }
  const graph = new hnswlib.HierarchicalNSW('ip', manifest.dimensions);
  await graph.readIndex(path.join(folder, 'vectors.hnsw'));
  const ef = settings.efSearch ?? efForSize(manifest.chunkCount, denseSearchPlan(manifest.embedderId));
  return graphSearcher(graph, ef);
}

/**
 * Loads one generation folder without marking this process as its reader: for an ask worker, which
 * reads the generation its process has loaded (and marked) on the main thread.
 */
export async function openGenerationFolder(folder: string, hnsw?: Partial<HnswSettings>): Promise<KnowledgeIndex> {
  const manifest = await readManifest(folder);
  if (!manifest) throw knowledgeError(`the index at ${folder} has no readable manifest.json`);
  return loadGeneration(folder, manifest, { ...defaultHnswSettings, ...hnsw });
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

/**
 * Loads the current index generation if it matches the knowledge and embedder; otherwise builds a new one
 * atomically.
 */
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
    else if (manifest.embedderId !== options.embeddings.id)
      reason = `the embedder changed (${manifest.embedderId} → ${options.embeddings.id})`;
    else if (manifest.contentHash !== contentHash) reason = 'the knowledge changed';
    else if (manifest.hnsw.m !== settings.m || manifest.hnsw.efConstruction !== settings.efConstruction)
      reason = 'the index settings changed';
    else if (options.force) reason = 'a rebuild was asked for';
    else {
      try {
        const index = await loadRegisteredGeneration(indexRoot, current, manifest, settings);
        if (options.sourceFingerprint !== undefined && manifest.sourceFingerprint !== options.sourceFingerprint) {
          // Same content, touched files: remember the new fingerprint so the next start is fast.
          const updated = {
            ...manifest,
            sourceFingerprint: options.sourceFingerprint,
            problems: options.problems ?? manifest.problems,
          };
          await writeFileAtomically(path.join(folder, 'manifest.json'), JSON.stringify(updated, null, 2)).catch(
            () => undefined,
          );
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
  // Registered as its reader before it is renamed into a generation (and before it becomes CURRENT), so a
  // concurrent builder's cleanup keeps it; loading registers the same marker, which closing the index removes.
  const releaseEarly = registerReader(indexRoot, name);
  let index: KnowledgeIndex;
  try {
    await rename(building, folder);
    fsyncFolder(indexRoot);
    const manifest = (await readManifest(folder)) as IndexManifest;
    index = await loadRegisteredGeneration(indexRoot, name, manifest, settings);
  } catch (error) {
    releaseEarly();
    throw error;
  }
  await writeFileAtomically(path.join(indexRoot, 'CURRENT'), `${name}\n`);
  await removeStaleGenerations(indexRoot, name, options.logger);
  return { index, rebuilt: true, reason };
}
