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
import {
  checkKnowledgeFiles,
  fingerprintFromFolders,
  recheckAfterBuild,
  saveFolderRecord,
} from './knowledge/knowledge-freshness.js';
import { articleFolders, knowledgePaths } from './knowledge/load-knowledge.js';
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
} from './retrieval/knowledge-index.js';
import { type AskWorkerPool, createAskWorkerPool } from './answer/ask-worker-pool.js';
import { type PublishedIndexStore, takePublishedGeneration } from './retrieval/published-index.js';
import {
  checkFilesAfterOpen,
  createGenerationSwitcher,
  followGenerations,
  type IngestedFiles,
  knowledgeSummary,
} from './knowledge-updates.js';

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
  /**
   * When the knowledge files are checked against the fingerprint the index was built from. `before-open`
   * (default): every file is stat'd first (41,676 at 100k passages). `after-open` (the bots): the open trusts the
   * article folders' times when none changed since the last full check (an added, removed or renamed file
   * changes its folder's time; knowledge/knowledge-freshness.ts), and the full check runs after the open, between
   * questions: a file edited in place is then re-ingested and the answers switch to the new index. With
   * `after-open` the dense vectors are also read after the open returns (a question waits for them; call
   * `index.dense` only after `index.denseLoaded`).
   */
  sourceCheck?: 'before-open' | 'after-open' | undefined;
  /** With `after-open`: how long after the open the full check starts (default 2 s: the first questions first). */
  sourceCheckDelayMs?: number | undefined;
}

/**
 * What the core keeps of the knowledge base: article metadata (texts stay on disk; the list is read from the index on
 * first use), the glossary, problems.
 */
export interface KnowledgeSummary {
  readonly articles: ArticleMetadata[];
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
  /**
   * Settles when the knowledge files have been checked after an open on the folders' times (`sourceCheck:
   * 'after-open'`) and re-ingested if one changed; at once otherwise.
   */
  filesChecked: Promise<void>;
}

/**
 * The fast start, no article read: in PostgreSQL mode the community's published generation (taken into the
 * data folder first, whatever knowledge files this machine has); otherwise the current generation when it
 * was built from knowledge files of this fingerprint (worked out only then). Undefined index: build one.
 */
async function openWithoutBuilding(
  dataDir: string,
  deps: OpenKnowledgeDeps,
  embedderId: string,
  fingerprint: () => Promise<string>,
): Promise<{ index: KnowledgeIndex | undefined; published: string | undefined; fingerprint: string | undefined }> {
  if (deps.forceRebuild) return { index: undefined, published: undefined, fingerprint: undefined };
  const published = deps.publishedIndex
    ? await takePublishedGeneration(deps.publishedIndex.store, dataDir, deps.logger)
    : undefined;
  const sourceFingerprint = published === undefined ? await fingerprint() : undefined;
  const index = await openCurrentIndex({
    dataDir,
    embedderId,
    sourceFingerprint,
    hnsw: deps.hnsw,
    // The bots answer as soon as they can: the vectors are read on hnswlib's thread after the open returns.
    denseInBackground: deps.sourceCheck === 'after-open',
  });
  if (published !== undefined && index === undefined) {
    deps.logger.warn(
      { generation: published, embedder: embedderId },
      'the published index generation does not fit this process (embedder or settings); ' +
        'building from the local knowledge files',
    );
  }
  return { index, published, fingerprint: sourceFingerprint };
}

interface SourcesCheck {
  /** The full check (every file stat'd), remembering the folders' times for the next start. */
  full: () => Promise<string>;
  /** The last full check's fingerprint when the article folders are unchanged since; undefined: run the full one. */
  trusted: string | undefined;
}

async function sourcesCheck(
  config: Pick<CoreConfig, 'dataDir' | 'knowledgeDir'>,
  deps: OpenKnowledgeDeps,
  glossaryHash: string,
): Promise<SourcesCheck> {
  const cacheDir = path.join(config.dataDir, 'cache');
  const folders = articleFolders(config);
  const full = async () => {
    const check = await checkKnowledgeFiles(folders, glossaryHash);
    await saveFolderRecord(cacheDir, check, glossaryHash);
    return check.fingerprint;
  };
  // In PostgreSQL mode a published generation is taken whatever the files are: nothing to trust there.
  const mayTrust = deps.sourceCheck === 'after-open' && !deps.forceRebuild && deps.publishedIndex === undefined;
  return { full, trusted: mayTrust ? await fingerprintFromFolders(cacheDir, folders, glossaryHash) : undefined };
}

/** Reads every knowledge file and opens (reuses or builds) the index of their content. */
async function ingestFiles(
  config: Pick<CoreConfig, 'dataDir' | 'knowledgeDir'>,
  deps: OpenKnowledgeDeps,
  options: { glossary: Glossary; embeddings: IdentifiedEmbeddings; sourceFingerprint: string },
): Promise<IngestedFiles & { reason: string }> {
  const paths = knowledgePaths(config);
  // Article reading (HTML extraction included) loads only when the index must be built.
  const { loadArticles } = await import('./knowledge/load-articles.js');
  const loaded = await loadArticles([paths.shippedArticles, paths.ingestedArticles]);
  const opened = await openKnowledgeIndex({
    dataDir: config.dataDir,
    articles: loaded.articles,
    glossary: options.glossary,
    embeddings: options.embeddings,
    logger: deps.logger,
    force: deps.forceRebuild,
    onProgress: deps.onProgress,
    hnsw: deps.hnsw,
    sourceFingerprint: options.sourceFingerprint,
    problems: loaded.problems,
    glossarySource: { file: paths.glossary, cacheDir: path.join(config.dataDir, 'cache') },
    passageWorker: deps.passageWorker,
  });
  // Files written and ingested at once leave the check before the build untrusted: the next start would stat them all.
  if (opened.rebuilt)
    await recheckAfterBuild(path.join(config.dataDir, 'cache'), articleFolders(config), options.glossary.hash);
  return { ...opened, problems: loaded.problems };
}

/**
 * The lexicon's morphology index, which an ask's first look-up would build, built once the open has returned (while
 * the caller sets up: a bot connects to its platform) so that neither the open nor the first question pays for it.
 */
function prepareMorphologyAfterOpen(glossary: Glossary): void {
  setImmediate(() => {
    try {
      glossary.prepareMorphology();
    } catch {
      // The first look-up that needs it builds it again and reports the failure to its caller.
    }
  });
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
  const sources = await sourcesCheck(config, deps, glossary.hash);
  let opening = await openWithoutBuilding(config.dataDir, deps, embeddings.id, async () =>
    sources.trusted === undefined ? sources.full() : sources.trusted,
  );
  let checkAfterOpen = sources.trusted !== undefined && opening.index !== undefined;
  if (sources.trusted !== undefined && opening.index === undefined) {
    // The folders are unchanged but the index is not of these files: check them one by one, as without trust.
    const checked = await sources.full();
    opening = { ...opening, fingerprint: checked };
    if (checked !== sources.trusted)
      opening = await openWithoutBuilding(config.dataDir, deps, embeddings.id, async () => checked);
  }
  const { published } = opening;
  let index = opening.index;
  let rebuilt = false;
  let reason = 'reused';
  let articleProblems: KnowledgeProblem[];
  if (index) {
    articleProblems = index.manifest.problems;
  } else {
    const sourceFingerprint = opening.fingerprint ?? (await sources.full());
    const ingested = await ingestFiles(config, deps, { glossary, embeddings, sourceFingerprint });
    ({ index, rebuilt, reason } = ingested);
    articleProblems = ingested.problems;
    checkAfterOpen = false;
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
    const hybrid = createHybridRetriever({ index: openedIndex, embeddings, glossary, logger: deps.logger });
    // The vectors may still be read on hnswlib's thread: a question that needs them waits for them.
    const retriever: HybridRetriever = {
      retrieve: async (query, options) => {
        if (options?.mode !== 'lexical') await openedIndex.denseLoaded;
        return hybrid.retrieve(query, options);
      },
    };
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
      languages: () => [...openedIndex.languages()],
      retrievalIsLocal: embeddings === offlineEmbedder,
      answerStep: askWorkers && ((request) => askWorkers.run(request, openedIndex.folder)),
    });
    return { retriever, ask };
  };
  const opened: OpenedKnowledge = {
    knowledge: knowledgeSummary(loadedIndex, glossary, problems),
    index: loadedIndex,
    ...assemble(loadedIndex),
    offlineEmbedder,
    embeddings,
    rebuilt,
    rebuildReason: reason,
    stopWatching: () => undefined,
    askWorkers,
    filesChecked: Promise.resolve(),
  };
  const switcher = createGenerationSwitcher(opened, assemble, { dataDir: config.dataDir, deps });
  // Another process (`matchcut ingest`, a feed sync) may build a new generation, or ingest on another machine
  // publish one: switch to it between questions, without a restart.
  const stopFollowing =
    deps.watchIntervalMs === 0
      ? () => undefined
      : followGenerations(opened, switcher, { dataDir: config.dataDir, embedderId: embeddings.id, deps, published });
  const afterOpen = checkAfterOpen
    ? checkFilesAfterOpen(opened, switcher, {
        locations: config,
        deps,
        glossaryHash: glossary.hash,
        glossaryProblems,
        delayMs: deps.sourceCheckDelayMs ?? 2_000,
        ingest: (sourceFingerprint) => ingestFiles(config, deps, { glossary, embeddings, sourceFingerprint }),
      })
    : undefined;
  opened.filesChecked = afterOpen?.done ?? Promise.resolve();
  prepareMorphologyAfterOpen(glossary);
  opened.stopWatching = () => {
    afterOpen?.stop();
    stopFollowing();
    switcher.retireAll();
  };
  return opened;
}
