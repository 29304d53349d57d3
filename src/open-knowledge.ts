/**
 * Opens the knowledge side of the core: loads and validates the knowledge files,
 * reuses or rebuilds the persisted index, and returns the retriever and the ask pipeline.
 */
import type { CoreConfig } from './config/config.js';
import { type AnswerGenerator, createAskService, type QueryRewriter } from './answer/ask-service.js';
import type { QuestionTranslator } from './answer/question-translation.js';
import path from 'node:path';
import { type Glossary } from './knowledge/glossary.js';
import { loadGlossary } from './knowledge/load-glossary.js';
import { knowledgeFingerprint, knowledgePaths } from './knowledge/load-knowledge.js';
import { formatProblem, type KnowledgeProblem } from './knowledge/problems.js';
import type { Logger } from './logging/logger.js';
import { HashedEmbedder } from './retrieval/hashed-embedder.js';
import { createHybridRetriever, type HybridRetriever } from './retrieval/hybrid-retriever.js';
import {
  type ArticleMetadata,
  type BuildProgress,
  type HnswSettings,
  type IdentifiedEmbeddings,
  type KnowledgeIndex,
  openCurrentIndex,
  openKnowledgeIndex,
  removeStaleGenerations,
} from './retrieval/knowledge-index.js';
import { watchCurrentGeneration } from './retrieval/index-watcher.js';
import { type AskWorkerPool, createAskWorkerPool } from './answer/ask-worker-pool.js';
import {
  followPublishedGenerations,
  type PublishedIndexStore,
  takePublishedGeneration,
} from './retrieval/published-index.js';

export interface OpenKnowledgeDeps {
  logger: Logger;
  /** Embeddings to index with; defaults to the offline hashed embedder. */
  embeddings?: IdentifiedEmbeddings | undefined;
  generator?: AnswerGenerator | undefined;
  rewriter?: QueryRewriter | undefined;
  /** With a chat model: translates questions into the knowledge base's languages before retrieval. */
  translator?: QuestionTranslator | undefined;
  onProgress?: ((progress: BuildProgress) => void) | undefined;
  forceRebuild?: boolean;
  hnsw?: Partial<HnswSettings>;
  /** Analyse passages in a worker thread during a build; undefined: on a large build with a second core. */
  passageWorker?: boolean | undefined;
  /** How often to look for a new index generation built by another process; 0: never (default 2 s). */
  watchIntervalMs?: number | undefined;
  /**
   * Worker threads that run retrieval and the extractive answer off the event loop (offline embedder
   * only); 0 or undefined: asks run on the main thread. See answer/ask-worker-pool.ts.
   */
  askWorkers?: number | undefined;
  /** Asks that may wait for a worker before BUSY (default: 64 per worker). */
  askQueueLimit?: number | undefined;
  /**
   * PostgreSQL mode: the community's published index generations. The published one is taken into the
   * data folder at start (when it differs from the local one) and new ones while the process runs.
   */
  publishedIndex?: { store: PublishedIndexStore; pollMs?: number | undefined } | undefined;
}

/** What the core keeps of the knowledge base: article metadata (texts stay on disk), the glossary, problems. */
export interface KnowledgeSummary {
  articles: ArticleMetadata[];
  glossary: Glossary;
  problems: KnowledgeProblem[];
}

export interface OpenedKnowledge {
  knowledge: KnowledgeSummary;
  index: KnowledgeIndex;
  retriever: HybridRetriever;
  /** The offline embedder (also used by matchmaking, whatever embeddings index the articles). */
  offlineEmbedder: HashedEmbedder;
  embeddings: IdentifiedEmbeddings;
  ask: ReturnType<typeof createAskService>;
  rebuilt: boolean;
  rebuildReason: string;
  /** Stops following new index generations (the fields above are replaced when one appears). */
  stopWatching: () => void;
  /** The ask worker pool, when asks run off the event loop (close it with the core). */
  askWorkers?: AskWorkerPool | undefined;
}

/** How long a replaced generation stays open for questions that were under way. */
const retireDelayMs = 30_000;

/**
 * Watches for a new current index generation and switches `opened` to it (index, articles, retriever,
 * ask); the replaced generation is closed once the questions under way have had time to finish.
 * Returns the function that stops watching (and retires replaced generations at once).
 */
function followNewGenerations(
  opened: OpenedKnowledge,
  assemble: (index: KnowledgeIndex) => Pick<OpenedKnowledge, 'retriever' | 'ask'>,
  options: { dataDir: string; embedderId: string; deps: OpenKnowledgeDeps },
): () => void {
  const { dataDir, embedderId, deps } = options;
  const retiring = new Set<() => void>();
  const watcher = watchCurrentGeneration({
    dataDir,
    loaded: path.basename(opened.index.folder),
    intervalMs: deps.watchIntervalMs ?? 2_000,
    logger: deps.logger,
    onChange: async (generation) => {
      const next = await openCurrentIndex({ dataDir, embedderId, hnsw: deps.hnsw });
      if (!next) {
        deps.logger.warn(
          { generation },
          'the new index generation does not fit this process (embedder or settings); keeping the loaded one',
        );
        return;
      }
      const previous = opened.index;
      Object.assign(opened, {
        index: next,
        knowledge: { ...opened.knowledge, articles: next.articleList() },
        ...assemble(next),
      });
      deps.logger.info(
        { generation: path.basename(next.folder), chunks: next.size },
        'switched to the new index generation',
      );
      // Questions under way finish on the previous generation; then its files may go.
      const retire = () => {
        retiring.delete(retire);
        previous.close();
        removeStaleGenerations(path.join(dataDir, 'index'), path.basename(opened.index.folder), deps.logger).catch(
          (error: unknown) => deps.logger.warn({ err: error }, 'could not remove old index generations'),
        );
      };
      retiring.add(retire);
      setTimeout(retire, retireDelayMs).unref();
    },
  });
  return () => {
    watcher.stop();
    for (const retire of [...retiring]) retire();
  };
}

/**
 * The fast start, no article read: in PostgreSQL mode the community's published generation (taken into the
 * data folder first, whatever knowledge files this machine has); otherwise the current generation when it
 * was built from these knowledge files. Undefined index: build one.
 */
async function openWithoutBuilding(
  dataDir: string,
  deps: OpenKnowledgeDeps,
  embedderId: string,
  sourceFingerprint: string,
): Promise<{ index: KnowledgeIndex | undefined; published: string | undefined }> {
  if (deps.forceRebuild) return { index: undefined, published: undefined };
  const published = deps.publishedIndex
    ? await takePublishedGeneration(deps.publishedIndex.store, dataDir, deps.logger)
    : undefined;
  const index = await openCurrentIndex({
    dataDir,
    embedderId,
    sourceFingerprint: published === undefined ? sourceFingerprint : undefined,
    hnsw: deps.hnsw,
  });
  if (published !== undefined && index === undefined) {
    deps.logger.warn(
      { generation: published, embedder: embedderId },
      'the published index generation does not fit this process (embedder or settings); ' +
        'building from the local knowledge files',
    );
  }
  return { index, published };
}

/**
 * Follows new generations: the watcher switches to a new CURRENT; in PostgreSQL mode a newly published
 * generation is downloaded into the data folder and made CURRENT there first. Returns the stop.
 */
function followGenerations(
  opened: OpenedKnowledge,
  assemble: (index: KnowledgeIndex) => Pick<OpenedKnowledge, 'retriever' | 'ask'>,
  options: { dataDir: string; embedderId: string; deps: OpenKnowledgeDeps; published: string | undefined },
): () => void {
  const { dataDir, deps } = options;
  const stopSwitching = followNewGenerations(opened, assemble, options);
  const stopFollowing = deps.publishedIndex
    ? followPublishedGenerations({
        store: deps.publishedIndex.store,
        dataDir,
        logger: deps.logger,
        taken: options.published,
        pollMs: deps.publishedIndex.pollMs,
      })
    : () => undefined;
  return () => {
    stopFollowing();
    stopSwitching();
  };
}

export async function openKnowledge(
  config: Pick<CoreConfig, 'dataDir' | 'knowledgeDir'>,
  deps: OpenKnowledgeDeps,
): Promise<OpenedKnowledge> {
  const paths = knowledgePaths(config);
  const { glossary, problems: glossaryProblems } = await loadGlossary(paths.glossary, {
    cacheDir: path.join(config.dataDir, 'cache'),
  });
  const offlineEmbedder = new HashedEmbedder({ glossary });
  const embeddings = deps.embeddings ?? offlineEmbedder;
  const sourceFingerprint = await knowledgeFingerprint(config, glossary.hash);
  const opening = await openWithoutBuilding(config.dataDir, deps, embeddings.id, sourceFingerprint);
  const { published } = opening;
  let index = opening.index;
  let rebuilt = false;
  let reason = 'reused';
  let articleProblems: KnowledgeProblem[];
  if (index) {
    articleProblems = index.manifest.problems;
  } else {
    // Article reading (HTML extraction included) loads only when the index must be built.
    const { loadArticles } = await import('./knowledge/load-articles.js');
    const loaded = await loadArticles([paths.shippedArticles, paths.ingestedArticles]);
    articleProblems = loaded.problems;
    const opened = await openKnowledgeIndex({
      dataDir: config.dataDir,
      articles: loaded.articles,
      glossary,
      embeddings,
      logger: deps.logger,
      force: deps.forceRebuild,
      onProgress: deps.onProgress,
      hnsw: deps.hnsw,
      sourceFingerprint,
      problems: articleProblems,
      glossarySource: { file: paths.glossary, cacheDir: path.join(config.dataDir, 'cache') },
      passageWorker: deps.passageWorker,
    });
    ({ index, rebuilt, reason } = opened);
  }
  const problems = [...glossaryProblems, ...articleProblems];
  for (const problem of problems)
    deps.logger.warn({ file: problem.file, field: problem.field }, formatProblem(problem));
  const loadedIndex: KnowledgeIndex = index;
  const askWorkers =
    (deps.askWorkers ?? 0) > 0 && embeddings === offlineEmbedder
      ? createAskWorkerPool({
          size: deps.askWorkers ?? 1,
          queueLimit: deps.askQueueLimit,
          logger: deps.logger,
          settings: {
            glossaryFile: paths.glossary,
            cacheDir: path.join(config.dataDir, 'cache'),
            embedderId: embeddings.id,
            hnsw: deps.hnsw,
            preloadGeneration: loadedIndex.folder,
          },
        })
      : undefined;
  const assemble = (openedIndex: KnowledgeIndex) => {
    const retriever = createHybridRetriever({ index: openedIndex, embeddings, glossary, logger: deps.logger });
    const ask = createAskService({
      retriever,
      rarity: (key) => openedIndex.lexical.rarity(key),
      glossary,
      aliases: () => openedIndex.aliases,
      storedPassage: (document) => openedIndex.analysedPassage(document, glossary.hash),
      logger: deps.logger,
      generator: deps.generator,
      rewriter: deps.rewriter,
      translator: deps.translator,
      languages: () => [...new Set(openedIndex.articleList().map((article) => article.language))],
      retrievalIsLocal: embeddings === offlineEmbedder,
      answerStep: askWorkers && ((request) => askWorkers.run(request, openedIndex.folder)),
    });
    return { retriever, ask };
  };
  const opened: OpenedKnowledge = {
    knowledge: { articles: loadedIndex.articleList(), glossary, problems },
    index: loadedIndex,
    ...assemble(loadedIndex),
    offlineEmbedder,
    embeddings,
    rebuilt,
    rebuildReason: reason,
    stopWatching: () => undefined,
    askWorkers,
  };
  if (deps.watchIntervalMs !== 0) {
    // Another process (`matchcut ingest`, a feed sync) may build a new generation, or ingest on another machine
    // publish one: switch to it between questions, without a restart.
    opened.stopWatching = followGenerations(opened, assemble, {
      dataDir: config.dataDir,
      embedderId: embeddings.id,
      deps,
      published,
    });
  }
  return opened;
}
