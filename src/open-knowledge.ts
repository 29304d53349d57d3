/**
 * Opens the knowledge side of the core: loads and validates the knowledge files,
 * reuses or rebuilds the persisted index, and returns the retriever and the ask pipeline.
 */
import type { CoreConfig } from './config/config.js';
import { type AnswerGenerator, createAskService, type QueryRewriter } from './answer/ask-service.js';
import { type Knowledge, loadKnowledge } from './knowledge/load-knowledge.js';
import { formatProblem } from './knowledge/problems.js';
import type { Logger } from './logging/logger.js';
import { HashedEmbedder } from './retrieval/hashed-embedder.js';
import { createHybridRetriever, type HybridRetriever } from './retrieval/hybrid-retriever.js';
import {
  type BuildProgress,
  type HnswSettings,
  type IdentifiedEmbeddings,
  type KnowledgeIndex,
  openKnowledgeIndex,
} from './retrieval/knowledge-index.js';

export interface OpenKnowledgeDeps {
  logger: Logger;
  /** Embeddings to index with; defaults to the offline hashed embedder. */
  embeddings?: IdentifiedEmbeddings | undefined;
  generator?: AnswerGenerator | undefined;
  rewriter?: QueryRewriter | undefined;
  onProgress?: ((progress: BuildProgress) => void) | undefined;
  forceRebuild?: boolean;
  hnsw?: Partial<HnswSettings>;
}

export interface OpenedKnowledge {
  knowledge: Knowledge;
  index: KnowledgeIndex;
  retriever: HybridRetriever;
  /** The offline embedder (also used by matchmaking, whatever embeddings index the articles). */
  offlineEmbedder: HashedEmbedder;
  embeddings: IdentifiedEmbeddings;
  ask: ReturnType<typeof createAskService>;
  rebuilt: boolean;
  rebuildReason: string;
}

export async function openKnowledge(config: Pick<CoreConfig, 'dataDir' | 'knowledgeDir'>, deps: OpenKnowledgeDeps): Promise<OpenedKnowledge> {
  const knowledge = await loadKnowledge(config);
  for (const problem of knowledge.problems) deps.logger.warn({ file: problem.file, field: problem.field }, formatProblem(problem));
  const offlineEmbedder = new HashedEmbedder({ glossary: knowledge.glossary });
  const embeddings = deps.embeddings ?? offlineEmbedder;
  const { index, rebuilt, reason } = await openKnowledgeIndex({
    dataDir: config.dataDir,
    articles: knowledge.articles,
    glossary: knowledge.glossary,
    embeddings,
    logger: deps.logger,
    force: deps.forceRebuild,
    onProgress: deps.onProgress,
    hnsw: deps.hnsw,
  });
  const retriever = createHybridRetriever({ index, embeddings, glossary: knowledge.glossary, logger: deps.logger });
  const ask = createAskService({ retriever, rarity: (key) => index.lexical.rarity(key), glossary: knowledge.glossary, logger: deps.logger, generator: deps.generator, rewriter: deps.rewriter });
  return { knowledge, index, retriever, offlineEmbedder, embeddings, ask, rebuilt, rebuildReason: reason };
}
