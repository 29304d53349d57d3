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
import { vocabularyTable } from './vocabulary-table.js';

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

/** A chunk read from the store, with its stored passage as written (until read) or as read. */
interface CachedChunk {
  chunk: StoredChunk;
  passage: Buffer | undefined;
  analysed?: AnalysedPassage | undefined;
}

/** How many chunks an index keeps read (a hybrid search reads a few dozen per question). */
const chunkCacheLimit = 2_000;

/**
 * The stored passage is the line's last member (chunk-line.ts). Its key written with the comma and quotes before it is
 * found nowhere else: a quote inside a JSON string is escaped, and the chunk's members hold no object.
 */
const passageMember = Buffer.from(',"passage":');

/** A chunk store line as its chunk, parsed, and its stored passage (if any) still as the line's bytes. */
export function splitChunkLine(line: Buffer): { chunk: Chunk; passage: Buffer | undefined } {
  const at = line.indexOf(passageMember);
  if (at < 0) return { chunk: JSON.parse(line.toString('utf8')) as Chunk, passage: undefined };
  const close = line.lastIndexOf(0x7d);
  return {
    chunk: JSON.parse(`${line.toString('utf8', 0, at)}}`) as Chunk,
    passage: line.subarray(at + passageMember.length, close),
  };
}

export class KnowledgeIndex {
  private readonly chunkDescriptor: number;
  /** The chunks read last, least recently used first (see `cachedChunk`). */
  private readonly chunkCache = new Map<number, CachedChunk>();
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

  /** Settles once what the open left to background reads (the dense vectors, the postings) is in memory. */
  async backgroundReads(): Promise<void> {
    await Promise.all([this.denseLoaded, this.lexical.data.postings.loaded]);
  }

  /** How the dense side searches: exact, or the graph at a breadth chosen from the index size. */
  get denseMethod(): { kind: DenseSearchKind; ef: number | undefined } {
    return { kind: this.loadedVectors.kind, ef: this.loadedVectors.ef };
  }

  dense(vector: number[], limit: number): DenseHit[] {
    return this.loadedVectors.search(vector, limit);
  }

  chunk(document: number): StoredChunk {
    return this.cachedChunk(document).chunk;
  }

  /**
   * A chunk as cached: a hit moves it to the end of the cache, a miss reads its line (the stored passage, written last,
   * is kept as read and parsed only when the answerer asks for it) and drops the least recently used chunk when full.
   */
  private cachedChunk(document: number): CachedChunk {
    const cached = this.chunkCache.get(document);
    if (cached) {
      this.chunkCache.delete(document);
      this.chunkCache.set(document, cached);
      return cached;
    }
    const start = this.chunkOffsets[document];
    const end = this.chunkOffsets[document + 1];
    if (start === undefined || end === undefined) throw knowledgeError(`chunk ${document} is not in the index`);
    const buffer = Buffer.alloc(end - start);
    readSync(this.chunkDescriptor, buffer, 0, buffer.length, start);
    const { chunk, passage } = splitChunkLine(buffer);
    const article = this.articles.ofChunk(document) ?? { id: chunk.articleId, title: chunk.title, language: 'und' };
    const entry: CachedChunk = { chunk: { ...chunk, article }, passage };
    if (this.chunkCache.size >= chunkCacheLimit) this.chunkCache.delete(this.chunkCache.keys().next().value as number);
    this.chunkCache.set(document, entry);
    return entry;
  }

  /**
   * The answerer's sentences and keys of a chunk as stored when the generation was built, found with the lexicon of
   * this hash and the generation's aliases; undefined for another lexicon (the answerer then analyses the passage).
   */
  analysedPassage(document: number, glossaryHash: string): AnalysedPassage | undefined {
    if (glossaryHash !== this.manifest.passageGlossary) return undefined;
    const entry = this.cachedChunk(document);
    if (entry.analysed === undefined && entry.passage !== undefined) {
      const stored = JSON.parse(entry.passage.toString('utf8')) as StoredPassage;
      entry.analysed = readStoredPassage(entry.chunk.text, stored);
      entry.passage = undefined;
    }
    return entry.analysed;
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
    this.vectors?.close?.();
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
  // The terms' ids are looked up in the file's bytes (vocabulary-table.ts): no string per term is made at open.
  const vocabularyBytes = await readFile(path.join(folder, 'vocabulary.json'));
  const vocabulary = vocabularyTable(vocabularyBytes) ?? (JSON.parse(vocabularyBytes.toString('utf8')) as string[]);
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
