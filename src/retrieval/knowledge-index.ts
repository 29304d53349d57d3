/**
 * The persisted knowledge index: an hnswlib-node vector index, a BM25 lexical index and
 * a chunk store, written as one generation folder under `<dataDir>/index/` and switched
 * to by atomically replacing the `CURRENT` pointer. A crash mid-build leaves the previous
 * generation in use. A manifest (embedder id, dimensions, content hash) lets start-up
 * reuse the index and rebuild only when the knowledge or the embedder changed.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import { knowledgeError } from '../errors.js';
import type { Article } from '../knowledge/article-schema.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { Logger } from '../logging/logger.js';
import type { KnowledgeProblem } from '../knowledge/problems.js';
import { fsyncFolder, writeFileAtomically } from './atomic-files.js';
import { buildGeneration } from './build-generation.js';
import type { GlossarySource } from './chunk-lines.js';
import { defaultHnswSettings, type HnswSettings, type KnowledgeIndex, loadGeneration } from './loaded-index.js';
import { registerReader } from './generation-readers.js';
import {
  currentGeneration,
  type IndexManifest,
  indexFormatVersion,
  knowledgeContentHash,
  olderFormat,
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
export {
  type ArticleMetadata,
  defaultHnswSettings,
  type HnswSettings,
  KnowledgeIndex,
  type StoredChunk,
} from './loaded-index.js';

export interface IdentifiedEmbeddings extends Embeddings {
  readonly id: string;
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
  /** Return before the dense vectors are read (see KnowledgeIndex.denseLoaded). */
  denseInBackground?: boolean | undefined;
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
      return await loadRegisteredGeneration(indexRoot, current, manifest, settings, options.denseInBackground);
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
  denseInBackground = false,
): Promise<KnowledgeIndex> {
  const release = registerReader(indexRoot, generation);
  try {
    const index = await loadGeneration(path.join(indexRoot, generation), manifest, settings, denseInBackground);
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
    const older = manifest ? undefined : await olderFormat(folder);
    if (older !== undefined) reason = `the index format changed (${older} → ${indexFormatVersion})`;
    else if (!manifest) reason = 'the index manifest is missing or unreadable';
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
