/**
 * The one door into the core. Adapters (Slack, Discord, the terminal) import only this file —
 * type-only, dynamic and re-exported imports included; test/core/architecture-boundary.test.ts
 * enforces it. What is here: `openMatchcut` and the `Matchcut` interface it returns, the error
 * family and its codes, configuration (`loadConfig` and the environment loader the adapters'
 * own settings use), the public result types, input validation and the profile schema.
 *
 * The heavy parts (the index with its native hnswlib, SQLite, the model clients) load on the
 * first call of `openMatchcut` or `ingestArticles`, so `matchcut help` and bad input answer at once.
 */
import type { CoreConfig } from './config/config.js';
import type { Matchcut } from './core-types.js';
import type { IngestResult } from './knowledge/ingest-articles.js';
import type { Logger } from './logging/logger.js';
import type { OpenMatchcutDeps } from './open-matchcut.js';
import type { PublishResult } from './retrieval/published-index.js';
import type { ArticleLibrary, ArticleLibraryDeps } from './knowledge/web/article-library.js';
import type { FeedScheduleHandle } from './knowledge/web/feed-schedule.js';
import type { EventClaims } from './store/claims/open-event-claims.js';
import type { CoreJobs } from './jobs/core-jobs.js';

export type { AddedPage, Matchcut, MatchOptions, DigestOptions, CoreReadiness, CoreStatus } from './core-types.js';
export type { ChannelSettings, SuggestionWithState } from './core-types.js';
export {
  type ChannelMode,
  type ChannelPlatform,
  type ChannelReference,
  type ChannelSetting,
  channelModes,
  defaultChannelMode,
} from './store/channel-modes.js';
export { looksLikeQuestion } from './answer/looks-like-question.js';
export type { OpenMatchcutDeps } from './open-matchcut.js';
export type { PublishResult } from './retrieval/published-index.js';
export type { IngestResult } from './knowledge/ingest-articles.js';
export type {
  ArticleDetail,
  ArticleLibrary,
  ArticleLibraryDeps,
  ArticleSummary,
  IndexState,
} from './knowledge/web/article-library.js';
export type { FeedScheduleHandle } from './knowledge/web/feed-schedule.js';
export type { IngestedPage } from './knowledge/web/ingest-page.js';
export { isPageProblem, type PageProblem, pageProblems } from './knowledge/web/page-problems.js';
export type { SyncProgress, SyncSummary } from './knowledge/web/sync-feeds.js';
export type { FeedRecord } from './store/feed-repository.js';
export type { ClaimResult, EventClaims } from './store/claims/open-event-claims.js';
export type { CoreJobs } from './jobs/core-jobs.js';
export type { JobContext, JobData, JobHandler } from './jobs/job-queue.js';
export { keyWithin } from './jobs/job-queue.js';

/** Builds the whole core from configuration (see ./open-matchcut.ts); loads it on first use. */
export async function openMatchcut(config: CoreConfig, deps: OpenMatchcutDeps): Promise<Matchcut> {
  const { openMatchcut: open } = await import('./open-matchcut.js');
  return open(config, deps);
}

/**
 * With MATCHCUT_DATABASE_URL: publishes the data folder's index generation to PostgreSQL for every replica
 * of the community (`matchcut ingest`); undefined without a database. Throws UPSTREAM naming the cause.
 */
export async function publishIndexGeneration(
  config: CoreConfig,
  generation: string,
  options: { logger: Logger },
): Promise<(PublishResult & { location: string }) | undefined> {
  const { publishIndexGeneration: publish } = await import('./open-matchcut.js');
  return publish(config, generation, options.logger);
}

/**
 * Runs `work` (which adds or removes articles in the data folder) and then `build` (rebuild and publish).
 * With MATCHCUT_DATABASE_URL both run under the community's ingest lock, the data folder's articles brought
 * up to the set every replica's ingest shares first and the changes `work` made shared before `build`
 * (src/jobs/shared-articles.ts); without it, they simply run one after the other.
 */
export async function withSharedArticles(
  config: CoreConfig,
  options: { logger: Logger },
  work: () => Promise<void>,
  build: () => Promise<void>,
): Promise<void> {
  const url = config.store?.databaseUrl;
  if (url === undefined) {
    await work();
    await build();
    return;
  }
  const [{ withSharedArticles: shared }, { knowledgePaths }] = await Promise.all([
    import('./jobs/shared-articles.js'),
    import('./knowledge/load-knowledge.js'),
  ]);
  await shared(
    {
      url,
      community: config.store?.community ?? 'default',
      logger: options.logger,
      articlesFolder: knowledgePaths(config).ingestedArticles,
    },
    work,
    build,
  );
}

/**
 * With MATCHCUT_DATABASE_URL: the community's current published index generation (`matchcut doctor`),
 * or null when none is published yet; undefined without a database.
 */
export async function publishedGeneration(
  config: CoreConfig,
  options: { logger: Logger },
): Promise<{ name: string; createdAt: string; bytes: number | undefined; location: string } | null | undefined> {
  const { openPublishedIndex } = await import('./open-matchcut.js');
  const store = await openPublishedIndex(config, options.logger);
  if (store === undefined) return undefined;
  try {
    const current = await store.current();
    return current
      ? { name: current.name, createdAt: current.createdAt, bytes: current.bytes, location: store.location }
      : null;
  } finally {
    await store.close();
  }
}

/**
 * With MATCHCUT_DATABASE_URL: publishes the data folder's current index generation (after a local rebuild,
 * e.g. `matchcut feeds sync`); undefined without a database or without a generation.
 */
export async function publishCurrentGeneration(
  config: CoreConfig,
  options: { logger: Logger },
): Promise<(PublishResult & { location: string }) | undefined> {
  const { publishCurrentGeneration: publish } = await import('./open-matchcut.js');
  return publish(config, options.logger);
}

/** Copies articles (files or folders) into the data folder; the next `openMatchcut` indexes them. */
export async function ingestArticles(
  targets: string[],
  options: { dataDir: string; logger: Logger },
): Promise<IngestResult> {
  const { ingestArticles: ingest } = await import('./knowledge/ingest-articles.js');
  return ingest(targets, options);
}

/** What `migrateStore` reports: the store's backend, where it is (no password), its community and schema version. */
export interface StoreMigration {
  backend: 'sqlite' | 'postgres';
  location: string;
  community: string;
  schemaVersion: number;
}

/** Brings the configured store (SQLite, or PostgreSQL with MATCHCUT_DATABASE_URL) up to date (`matchcut migrate`). */
export async function migrateStore(config: CoreConfig, options: { logger: Logger }): Promise<StoreMigration> {
  const { openConfiguredStore } = await import('./store/open-configured-store.js');
  const store = await openConfiguredStore(config, options);
  try {
    const schemaVersion = await store.schemaVersion();
    return { backend: store.backend, location: store.location, community: store.community, schemaVersion };
  } finally {
    await store.close();
  }
}

/**
 * Pages, feeds and articles as things an organizer manages (src/knowledge/web): ingest a URL,
 * follow feeds, list/show/remove articles; changes become a new index generation.
 */
export async function openArticleLibrary(config: CoreConfig, deps: ArticleLibraryDeps): Promise<ArticleLibrary> {
  const { openArticleLibrary: open } = await import('./knowledge/web/article-library.js');
  return open(config, deps);
}

/** Starts the scheduled feed sync (MATCHCUT_FEEDS_CRON) in a running bot; undefined when not set. */
export async function startFeedSchedule(
  config: CoreConfig,
  deps: ArticleLibraryDeps & { jobs?: CoreJobs | undefined },
): Promise<FeedScheduleHandle | undefined> {
  if (config.web?.feedsCron === undefined) return undefined;
  const { startFeedSchedule: start } = await import('./knowledge/web/feed-schedule.js');
  return start(config, deps);
}

/**
 * Event claims and scheduled runs for the bots (issue 18): each Slack event, Discord interaction or
 * message, and each scheduled digest tick is claimed with a lease (MATCHCUT_EVENT_LEASE_MS) in the
 * configured store, or Redis first with MATCHCUT_REDIS_URL, so that across replicas it is done once.
 */
export async function openEventClaims(
  config: Pick<CoreConfig, 'dataDir' | 'store'>,
  options: { logger: Logger },
): Promise<EventClaims> {
  const { openEventClaims: open } = await import('./store/claims/open-event-claims.js');
  return open(config, options);
}

// Errors: one family with stable codes.
export {
  MatchcutError,
  type MatchcutErrorOptions,
  type ErrorCode,
  errorCodes,
  isMatchcutError,
  toMatchcutError,
  badInput,
  notFound,
  forbidden,
  configError,
  knowledgeError,
  upstreamError,
} from './errors.js';

// Configuration.
export {
  type CoreConfig,
  type LoadConfigOptions,
  type ModelConfig,
  describeConfig,
  environmentSchema,
  loadConfig,
} from './config/config.js';
export {
  type Environment,
  type DigestScheduleSetting,
  optionalText,
  parseEnvironment,
  readDigestSchedule,
} from './config/environment-loader.js';

// Logging and the package.
export { type Logger, createLogger, createSilentLogger } from './logging/logger.js';
export { findPackageRoot } from './package-root.js';

// Answers.
export type { Answer, AnswerPath, AskOptions, Citation, ConversationTurn } from './answer/types.js';
export { validateQuestion } from './answer/ask-service.js';
// The question log: where a question came from, answer ids and ratings, the report's questions and gaps.
export type { CoreReport } from './core-types.js';
export type {
  AnswerRating,
  AskPlatform,
  CoreAnswer,
  CoreAskOptions,
  CoverageGap,
  LoggedAnswerPath,
  LoggedQuestion,
  QuestionListOptions,
  QuestionReport,
  QuestionStatistics,
  RateAnswerInput,
  RateAnswerResult,
  ReportOptions,
} from './operations/question-log-types.js';
export { answerRatings, askPlatforms } from './operations/question-log-types.js';
export type { BuildProgress } from './retrieval/knowledge-index.js';

// Knowledge problems ("file → field: message").
export { type KnowledgeProblem, formatProblem } from './knowledge/problems.js';

// Matchmaking.
export {
  type Digest,
  type FeedbackInput,
  type FeedbackResult,
  type FeedbackVerdict,
  type Match,
  type ConceptLabels,
  type MatchReason,
  type MatchReasonMessage,
  type OrganizationKind,
  type OrganizerReport,
  type PartnerSearchOptions,
  type PartnerSearchResult,
  type PartnerSuggestion,
  type PartyRef,
  type ProfileImportOptions,
  type ProfileImportResult,
  type QuestionIntent,
  type Suggestion,
  type UnmetNeed,
  type UnplacedPhrase,
  feedbackVerdicts,
  organizationKinds,
} from './matchmaking/types.js';
export type { DigestPart, DigestPlan, DigestPlanOptions, DigestPostingState } from './matchmaking/digests.js';
export { type Profile, type ProfileInput, profileInputSchema } from './matchmaking/profile-schema.js';
export type { PartnerInterestInput } from './matchmaking/partner-interest.js';
export type { TaxonomyChoice, TaxonomySearchOptions } from './matchmaking/taxonomy-search.js';
export { readProfilesFile } from './matchmaking/load-profiles.js';
export { partnerSearchHasReply } from './matchmaking/partner-search.js';
export { stripControlCharacters } from './knowledge/control-characters.js';
