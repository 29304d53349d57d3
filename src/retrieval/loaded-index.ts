/**
 * One index generation as opened: the dense vectors (read whole, on hnswlib's own thread, optionally after the
 * open returns), the BM25 index (postings read as queries need them), the chunk offsets, the articles' metadata
 * and the learnt aliases. Chunks are read from chunks.jsonl when asked for.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { type AnalysedPassage, readStoredPassage, type StoredPassage } from '../answer/passage-analysis.js';
import { knowledgeError } from '../errors.js';
import { type AliasIndex, createAliasIndex, emptyAliasIndex } from '../knowledge/article-aliases.js';
import type { Chunk } from '../knowledge/chunk-articles.js';
import {
  type DenseHit,
  type DenseSearcher,
  type DenseSearchKind,
  denseSearchPlan,
  efForSize,
  emptySearcher,
  graphSearcher,
} from './dense-search.js';
import { ArticleTable, articleTableFileName } from './article-table.js';
import { blockFileName } from './block-file.js';
import { BlockVectors, blockSearcher } from './block-scan.js';
import type { IndexManifest } from './index-generations.js';
import { LexicalIndex } from './lexical-index.js';
import { readAliases } from './learnt-aliases.js';

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

export class KnowledgeIndex {
  private readonly chunkDescriptor: number;
  private readonly chunkCache = new Map<number, StoredChunk>();
  /** Stored passages of cached chunks not yet read, and those read (both emptied with the chunk cache). */
  private readonly storedPassages = new Map<number, StoredPassage>();
  private readonly passageCache = new Map<number, AnalysedPassage>();
  private vectors: DenseSearcher | undefined;
  private articleLanguages: string[] | undefined;
  /**
   * Settles when the dense vectors are in memory (at once unless the generation was opened with them read in
   * the background: `dense` may be called only after it, the lexical side at any time).
   */
  readonly denseLoaded: Promise<void>;

  constructor(
    readonly manifest: IndexManifest,
    readonly folder: string,
    vectors: DenseSearcher | Promise<DenseSearcher>,
    readonly lexical: LexicalIndex,
    private readonly chunkOffsets: Float64Array,
    private readonly articles: ArticleTable,
    /** Aliases the articles state themselves, learnt when this generation was built. */
    readonly aliases: AliasIndex = emptyAliasIndex,
  ) {
    this.chunkDescriptor = openSync(path.join(folder, 'chunks.jsonl'), 'r');
    if (vectors instanceof Promise) {
      this.denseLoaded = vectors.then((loaded) => {
        this.vectors = loaded;
      });
      // A failed read is reported by `dense` and by whoever awaits denseLoaded, not as an unhandled rejection.
      this.denseLoaded.catch(() => undefined);
    } else {
      this.vectors = vectors;
      this.denseLoaded = Promise.resolve();
    }
  }

  private get loadedVectors(): DenseSearcher {
    if (this.vectors === undefined)
      throw knowledgeError(`the dense vectors of ${this.folder} are still being read (await denseLoaded)`);
    return this.vectors;
  }

  get size(): number {
    return this.manifest.chunkCount;
  }

  /** How the dense side searches: exact, or the graph at a breadth chosen from the index size. */
  get denseMethod(): { kind: DenseSearchKind; ef: number | undefined } {
    return { kind: this.loadedVectors.kind, ef: this.loadedVectors.ef };
  }

  dense(vector: number[], limit: number): DenseHit[] {
    return this.loadedVectors.search(vector, limit);
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
    const article = this.articles.ofChunk(document) ?? { id: chunk.articleId, title: chunk.title, language: 'und' };
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

  /** An article by id (the first call reads every article's metadata: an open reads none). */
  article(id: string): ArticleMetadata | undefined {
    return this.articles.byId(id);
  }

  articleList(): ArticleMetadata[] {
    return this.articles.list();
  }

  /** The languages the articles are in (worked out on the first call: a model's ask reads them per question). */
  languages(): readonly string[] {
    this.articleLanguages ??= [...new Set(this.articles.list().map((article) => article.language))];
    return this.articleLanguages;
  }

  close(): void {
    closeSync(this.chunkDescriptor);
    this.lexical.close();
    this.articles.close();
  }
}

export async function loadGeneration(
  folder: string,
  manifest: IndexManifest,
  settings: HnswSettings,
  denseInBackground = false,
): Promise<KnowledgeIndex> {
  // The vectors are read off the event loop (one read into place, or hnswlib's thread): the rest is read meanwhile.
  const vectors = loadDenseSearcher(folder, manifest, settings);
  vectors.catch(() => undefined);
  const vocabulary = JSON.parse(await readFile(path.join(folder, 'vocabulary.json'), 'utf8')) as string[];
  // The postings are read as queries need them: opening reads the vocabulary's ranges and the passage lengths.
  const lexical = LexicalIndex.open(vocabulary, path.join(folder, 'lexical.bin'));
  let articles: ArticleTable | undefined;
  try {
    const offsetsBuffer = await readFile(path.join(folder, 'chunk-offsets.bin'));
    const offsets = new Float64Array(
      offsetsBuffer.buffer.slice(offsetsBuffer.byteOffset, offsetsBuffer.byteOffset + offsetsBuffer.byteLength),
    );
    if (offsets.length !== manifest.chunkCount + 1 || lexical.size !== manifest.chunkCount) {
      throw knowledgeError(`index at ${folder} is inconsistent (chunk counts differ)`);
    }
    // Which article each chunk is from, and where each article's entry is: the entries are read when asked for.
    articles = ArticleTable.open(path.join(folder, articleTableFileName), manifest.chunkCount);
    const aliases = createAliasIndex(await readAliases(folder));
    return new KnowledgeIndex(
      manifest,
      folder,
      denseInBackground ? vectors : await vectors,
      lexical,
      offsets,
      articles,
      aliases,
    );
  } catch (error) {
    lexical.close();
    articles?.close();
    throw error;
  }
}

async function loadDenseSearcher(
  folder: string,
  manifest: IndexManifest,
  settings: HnswSettings,
): Promise<DenseSearcher> {
  if (manifest.chunkCount === 0) return emptySearcher;
  if (manifest.denseSearch === 'exact') {
    // Exact search reading only the query's dimensions (block-scan.ts), its blocks read into place as built.
    const file = path.join(folder, blockFileName);
    return blockSearcher(
      await BlockVectors.fromBlockFile(file, { dimensions: manifest.dimensions, count: manifest.chunkCount }),
    );
  }
  const graph = new hnswlib.HierarchicalNSW('ip', manifest.dimensions);
  await graph.readIndex(path.join(folder, 'vectors.hnsw'));
  const ef = settings.efSearch ?? efForSize(manifest.chunkCount, denseSearchPlan(manifest.embedderId));
  return graphSearcher(graph, ef);
}
