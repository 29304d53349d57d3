/**
 * `openMatchcut(config, deps)`: builds the whole core from configuration — knowledge and
 * index, the optional OpenAI-compatible model, matchmaking, the question log and channel settings
 * over the configured store (SQLite by default, PostgreSQL with MATCHCUT_DATABASE_URL) — and
 * returns the one `Matchcut` interface the adapters use.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultAskWorkerCount } from './answer/ask-worker-pool.js';
import type { ConversationTurn } from './answer/types.js';
import { type CoreConfig, defaultMemberRateLimit } from './config/config.js';
import type { Matchcut } from './core-types.js';
import type { openArticleLibrary as openArticleLibraryType } from './knowledge/web/article-library.js';
import { formatProblem } from './knowledge/problems.js';
import { knowledgePaths } from './knowledge/load-knowledge.js';
import type { Logger } from './logging/logger.js';
import { createMatchmaking, loadProfilesFile, type Matchmaking } from './matchmaking/index.js';
import { warmQuestionIntent } from './matchmaking/question-intent.js';
import { openKnowledge, type OpenKnowledgeDeps } from './open-knowledge.js';
import {
  counterWithFallback,
  createMemberRateLimiter,
  type MemberRateLimiter,
  type TurnCounter,
} from './operations/member-rate-limit.js';
import { openQuestionLog, questionLogMethods } from './operations/question-log.js';
import { currentGeneration } from './retrieval/index-generations.js';
import type {
  ArticleMetadata,
  BuildProgress,
  HnswSettings,
  IdentifiedEmbeddings,
} from './retrieval/knowledge-index.js';
import { createCoreJobs } from './jobs/core-jobs.js';
import type { JobQueueSettings } from './jobs/job-queue.js';
import { createRedisTurnCounter } from './store/claims/redis-turn-counter.js';
import { openConfiguredStore } from './store/open-configured-store.js';
import { defaultCommunity } from './store/store-types.js';
import type { PublishedIndexStore, PublishResult } from './retrieval/published-index.js';

export interface OpenMatchcutDeps {
  logger: Logger;
  /** Overrides the embeddings chosen from config (tests, benchmarks). */
  embeddings?: IdentifiedEmbeddings | undefined;
  onProgress?: ((progress: BuildProgress) => void) | undefined;
  forceRebuild?: boolean;
  hnsw?: Partial<HnswSettings>;
  /** Clock for matchmaking (tests). */
  now?: () => Date;
  /**
   * Worker threads that answer asks off the event loop (offline embedder); 0: on the main thread.
   * Default: defaultAskWorkerCount() (one per core beyond the first, at least one).
   */
  askWorkers?: number;
  /** Asks waiting for a busy worker pool before further asks get BUSY (default: 64 per worker; tests). */
  askQueueLimit?: number;
  /** How long a logged question's row waits to share its write with others (default 500 ms; tests). */
  questionLogFlushDelayMs?: number;
  /** SQLite: write the question log on a thread of its own (default true; one-shot commands turn it off). */
  questionLogThread?: boolean;
  /**
   * When the knowledge files are checked against the index (see OpenKnowledgeDeps.sourceCheck): `before-open`
   * (default) or `after-open` (the bots: a fast restart, a file edited in place re-ingested after the open).
   */
  sourceCheck?: 'before-open' | 'after-open';
  /** Build the profiles' matching index at start (default true); false: on first use (one-shot commands). */
  profileIndexAtStart?: boolean;
  /**
   * With MATCHCUT_DATABASE_URL: `follow` (default) takes the community's published index generation at
   * start and follows new ones; `local` uses the data folder's own index only (`matchcut ingest`, which
   * builds locally and then publishes).
   */
  publishedIndex?: 'follow' | 'local';
  /** The job queue's lease, retry delay and poll (PostgreSQL mode; tests). */
  jobSettings?: Partial<JobQueueSettings>;
}

/** The optional model layer and what is built on it: answer generator, query rewriter, question translator. */
async function setUpModel(config: CoreConfig, deps: OpenMatchcutDeps) {
  const logger = deps.logger;
  // The model layer (LangChain's OpenAI client) takes seconds to import: load it only when a model is configured.
  const modelConfigured = config.model.chatModel !== undefined || config.model.embeddingModel !== undefined;
  const model = modelConfigured ? await import('./model/index.js') : undefined;
  const { rewriteFollowUpOffline } = await import('./model/follow-up-rule.js');
  // Prompts ship with the code, not with the (replaceable) knowledge folder.
  const promptsDir = model?.defaultPromptsDir;
  const chatModel = model?.createChatModel(config.model);
  const modelEmbeddings = deps.embeddings ?? model?.createModelEmbeddings(config.model);
  const generator =
    model && chatModel && promptsDir
      ? await model.createAnswerGenerator({ chatModel, promptsDir, logger, timeoutMs: config.model.timeoutMs })
      : undefined;
  const rewriter =
    model && promptsDir
      ? await model.createQueryRewriter({ chatModel, promptsDir, logger, timeoutMs: config.model.timeoutMs })
      : { rewrite: async (question: string, history: ConversationTurn[]) => rewriteFollowUpOffline(question, history) };
  // With a chat model, questions are also retrieved in the knowledge base's other languages.
  const translator = chatModel
    ? (await import('./answer/question-translation.js')).createModelQuestionTranslator({
        chatModel,
        logger,
        timeoutMs: config.model.timeoutMs,
      })
    : undefined;
  return { model, chatModel, modelEmbeddings, generator, rewriter, translator };
}

type ModelSetup = Awaited<ReturnType<typeof setUpModel>>;

/** The knowledge side's dependencies: the model setup's parts, and asks on worker threads by default. */
function knowledgeDeps(
  deps: OpenMatchcutDeps,
  setup: ModelSetup,
  publishedIndex: PublishedIndexStore | undefined,
): OpenKnowledgeDeps {
  return {
    publishedIndex: publishedIndex && { store: publishedIndex },
    logger: deps.logger,
    embeddings: setup.modelEmbeddings,
    generator: setup.generator,
    rewriter: setup.rewriter,
    translator: setup.translator,
    onProgress: deps.onProgress,
    forceRebuild: deps.forceRebuild,
    askWorkers: deps.askWorkers ?? defaultAskWorkerCount(),
    sourceCheck: deps.sourceCheck,
    askQueueLimit: deps.askQueueLimit,
    hnsw: deps.hnsw,
  };
}

/** Asks the chat model for the organization profiles the articles describe, and proposes them for review. */
async function proposeProfilesFromArticles(
  articleIds: string[],
  { model, chatModel }: Pick<ModelSetup, 'model' | 'chatModel'>,
  context: {
    articleById: { get: (id: string) => ArticleMetadata | undefined };
    profiles: Matchmaking['profiles'];
    logger: Logger;
  },
): Promise<{ message: string; proposed: number }> {
  const { articleById, profiles, logger } = context;
  if (!model || !chatModel) {
    return {
      message:
        'No chat model is configured: set OPENAI_API_KEY or OPENAI_BASE_URL (and MATCHCUT_CHAT_MODEL) ' +
        'to propose profiles from articles.',
      proposed: 0,
    };
  }
  let proposed = 0;
  const notes: string[] = [];
  for (const id of articleIds) {
    const metadata = articleById.get(id);
    if (!metadata?.file) continue;
    // The core keeps only article metadata; the text is read from the article's file.
    const { parseArticleFile } = await import('./knowledge/load-articles.js');
    const { article } = parseArticleFile(metadata.file, await readFile(metadata.file, 'utf8'));
    if (!article) continue;
    const result = await model.extractProfiles({
      chatModel,
      article: { id: article.id, title: article.title, text: article.text },
      logger,
    });
    for (const rejected of result.rejected) notes.push(`${id} [${rejected.index}]: rejected — ${rejected.reason}`);
    for (const profile of result.profiles) {
      await profiles.propose(profile, { articleId: article.id });
      proposed += 1;
    }
  }
  return {
    message: [
      `${proposed} profile(s) proposed; review them with \`matchcut profiles list --proposed\`.`,
      ...notes,
    ].join('\n'),
    proposed,
  };
}

/** Fetches, extracts and ingests a page, then builds a new generation (this core's watcher switches to it). */
async function addWebPage(
  url: string,
  config: CoreConfig,
  options: { logger: Logger; embeddings: Parameters<typeof openArticleLibraryType>[1]['embeddings'] },
) {
  const { openArticleLibrary } = await import('./knowledge/web/article-library.js');
  const library = openArticleLibrary(config, options);
  try {
    const page = await library.ingestPage(url);
    if (page.outcome !== 'unchanged') await library.rebuildIndex();
    const { outcome, id, title, language, url: citedUrl, firstPassage } = page;
    return { outcome, id, title, language, url: citedUrl, firstPassage };
  } finally {
    library.close();
  }
}

/** The member rate limit (absent from the config: the default), counted in Redis first when configured. */
function openMemberRateLimiter(
  config: CoreConfig,
  store: TurnCounter & { community: string },
  logger: Logger,
): { limiter: MemberRateLimiter; close(): Promise<void> } | undefined {
  const limit = 'memberRateLimit' in config ? config.memberRateLimit : defaultMemberRateLimit;
  if (limit === undefined) return undefined;
  const redisUrl = config.store?.redisUrl;
  const redis = redisUrl === undefined ? undefined : createRedisTurnCounter(redisUrl, store.community);
  const counter = redis === undefined ? store : counterWithFallback(redis, store, logger);
  return { limiter: createMemberRateLimiter({ limit, counter, logger }), close: async () => redis?.close() };
}

/** How far back `latestSuggestions` looks. */
const latestSuggestionDays = 365;

/** The community's published index generations in PostgreSQL (loaded only with MATCHCUT_DATABASE_URL). */
export async function openPublishedIndex(
  config: Pick<CoreConfig, 'store'>,
  logger: Logger,
): Promise<PublishedIndexStore | undefined> {
  const url = config.store?.databaseUrl;
  if (url === undefined) return undefined;
  const { openPostgresIndexGenerations } = await import('./store/postgres/postgres-index-generations.js');
  return openPostgresIndexGenerations({ url, community: config.store?.community ?? defaultCommunity, logger });
}

/**
 * Publishes the data folder's index generation `generation` to the configured database (what `matchcut
 * ingest` does after building with MATCHCUT_DATABASE_URL set); undefined without a database.
 */
export async function publishIndexGeneration(
  config: Pick<CoreConfig, 'store' | 'dataDir'>,
  generation: string,
  logger: Logger,
): Promise<(PublishResult & { location: string }) | undefined> {
  const store = await openPublishedIndex(config, logger);
  if (!store) return undefined;
  try {
    const result = await store.publish(path.join(config.dataDir, 'index', generation), generation);
    return { ...result, location: store.location };
  } finally {
    await store.close();
  }
}

/** Publishes the data folder's current generation (after a local rebuild); undefined without a database. */
export async function publishCurrentGeneration(
  config: Pick<CoreConfig, 'store' | 'dataDir'>,
  logger: Logger,
): Promise<(PublishResult & { location: string }) | undefined> {
  if (config.store?.databaseUrl === undefined) return undefined;
  const generation = await currentGeneration(path.join(config.dataDir, 'index'));
  return generation === undefined ? undefined : publishIndexGeneration(config, generation, logger);
}

/**
 * The knowledge side (following the published index in PostgreSQL mode, unless `deps.publishedIndex` is
 * `local`) and the store; what was opened is closed again when a later step fails, so nothing (the listening
 * connection) keeps the process alive.
 */
async function openKnowledgeAndStore(config: CoreConfig, deps: OpenMatchcutDeps, setup: ModelSetup) {
  const publishedIndex = deps.publishedIndex === 'local' ? undefined : await openPublishedIndex(config, deps.logger);
  let opened: Awaited<ReturnType<typeof openKnowledge>> | undefined;
  try {
    opened = await openKnowledge(config, knowledgeDeps(deps, setup, publishedIndex));
    const store = await openConfiguredStore(config, { logger: deps.logger, questionLogThread: deps.questionLogThread });
    return { publishedIndex, opened, store };
  } catch (error) {
    opened?.stopWatching();
    await publishedIndex?.close();
    throw error;
  }
}

/** knowledge/profiles.yaml, parsed once per version of the file: a start reads its saved form (no YAML parser). */
function loadKnowledgeProfiles(config: CoreConfig) {
  const saved = { cacheDir: path.join(config.dataDir, 'cache'), name: 'knowledge-profiles' };
  return loadProfilesFile(knowledgePaths(config).profiles, saved);
}

export async function openMatchcut(config: CoreConfig, deps: OpenMatchcutDeps): Promise<Matchcut> {
  const logger = deps.logger;
  const setup = await setUpModel(config, deps);
  const { model, chatModel, modelEmbeddings, generator } = setup;
  const { publishedIndex, opened, store } = await openKnowledgeAndStore(config, deps, setup);
  const profiles = await loadKnowledgeProfiles(config);
  for (const problem of profiles.problems)
    logger.warn({ file: problem.file, field: problem.field }, formatProblem(problem));
  const articleById = { get: (id: string) => opened.index.article(id) };
  const matchmaking = createMatchmaking({
    store,
    glossary: opened.knowledge.glossary,
    embedder: opened.offlineEmbedder,
    logger,
    now: deps.now ?? (() => new Date()),
    articleTitle: (id: string) => articleById.get(id)?.title,
    article: (id: string) => articleById.get(id),
    // Synced only from a file that loaded: a missing or unreadable file changes nothing, and one with
    // bad entries only adds and updates (commands run on the profiles of the last good load).
    knowledgeProfiles: profiles.problems.some((problem) => problem.field === '(file)' || problem.field === '(root)')
      ? undefined
      : profiles.profiles,
    knowledgeProfilesComplete: profiles.problems.length === 0,
    profileIndexAtStart: deps.profileIndexAtStart,
  });
  try {
    await matchmaking.ready;
  } catch (error) {
    await store.close();
    throw error;
  }
  const problems = [...opened.knowledge.problems, ...profiles.problems].map(formatProblem);
  const questionLog = openQuestionLog({
    store,
    config: config.questionLog,
    logger,
    now: deps.now ?? (() => new Date()),
    findConcepts: (text) => opened.knowledge.glossary.findConcepts(text).map((hit) => hit.conceptId),
    flushDelayMs: deps.questionLogFlushDelayMs,
  });

  const clock = deps.now ?? (() => new Date());
  const memberRate = openMemberRateLimiter(config, store, logger);
  // PostgreSQL mode: pages and feed syncs become jobs one replica runs (then publishes); else in-process.
  const jobs = createCoreJobs(config, { logger, embeddings: modelEmbeddings, settings: deps.jobSettings });

  let closed = false;
  return {
    ...matchmaking,
    // Through `opened`: a new index generation replaces its ask between questions.
    // Every question goes through the question log (one place for every adapter).
    ...questionLogMethods(questionLog, {
      ask: async (question, options) => {
        // A member over MATCHCUT_MEMBER_RATE_LIMIT gets BUSY before any work (terminal questions have no member).
        if (options?.memberId !== undefined) await memberRate?.limiter.take(options.memberId);
        return opened.ask(question, options);
      },
      report: () => matchmaking.report(),
    }),
    warmUp: async (betweenSteps) => {
      await warmQuestionIntent(betweenSteps);
    },
    readiness: () => ({ index: !closed, store: !closed && store.isOpen() }),
    status: () => ({
      articles: opened.knowledge.articles.length,
      chunks: opened.index.size,
      embedder: opened.embeddings.id,
      rebuilt: opened.rebuilt,
      rebuildReason: opened.rebuildReason,
      generation: path.basename(opened.index.folder),
      problems,
      answers: generator ? 'generated' : 'extractive',
    }),
    async checkModel() {
      if (!model || (!chatModel && !modelEmbeddings))
        return { ok: true, detail: 'none configured: offline embedder and extractive answers' };
      return model.checkModelEndpoint(config.model, logger);
    },
    proposeProfiles: (articleIds: string[]) =>
      proposeProfilesFromArticles(
        articleIds,
        { model, chatModel },
        { articleById, profiles: matchmaking.profiles, logger },
      ),
    addPage: (url: string) => jobs?.addPage(url) ?? addWebPage(url, config, { logger, embeddings: modelEmbeddings }),
    jobs,
    async latestSuggestions(idOrName, options = {}) {
      const profile = await matchmaking.profiles.get(idOrName);
      const sinceMs = clock().getTime() - latestSuggestionDays * 86_400_000;
      const recent = (await store.suggestionsSince(new Date(sinceMs).toISOString()))
        .filter((entry) => entry.aId === profile.id || entry.bId === profile.id)
        .slice(0, options.limit ?? 5);
      const listed = [];
      for (const entry of recent) {
        const suggestion = await store.getSuggestion(entry.id);
        if (suggestion !== undefined) listed.push({ suggestion, state: await store.feedbackState(entry.id) });
      }
      return listed;
    },
    channelSettings: {
      get: (channel) => store.channelSetting(channel),
      setMode: (channel, mode, by) => store.setChannelMode(channel, mode, by, clock().toISOString()),
    },
    async close() {
      closed = true;
      await jobs?.close();
      // The rows still queued are written before the store closes.
      await questionLog.close();
      opened.stopWatching();
      await publishedIndex?.close();
      await opened.askWorkers?.close();
      await matchmaking.close?.();
      await memberRate?.close();
      await store.close();
      opened.index.close();
    },
  };
}
