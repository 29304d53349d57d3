/**
 * The knowledge base as things an organizer manages: pages ingested from the web, the feeds
 * followed, the articles (list, show, remove) and the index rebuilt after a change — as a new
 * generation, which a running core switches to without a restart (src/open-knowledge.ts).
 * Used by the terminal commands, the bots' `add` commands and the scheduled feed sync.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { CoreConfig } from '../../config/config.js';
import { badInput, notFound } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import { openKnowledge } from '../../open-knowledge.js';
import type { BuildProgress, IdentifiedEmbeddings } from '../../retrieval/knowledge-index.js';
import { openConfiguredStore } from '../../store/open-configured-store.js';
import type { FeedRecord, MatchcutStore } from '../../store/store-interface.js';
import type { Article } from '../article-schema.js';
import { knowledgePaths } from '../load-knowledge.js';
import { loadArticles } from '../load-articles.js';
import { createAddressGuard } from './address-guard.js';
import { checkWebUrl, type FetchOptions } from './fetch-page.js';
import { type IngestedPage, ingestPage } from './ingest-page.js';
import { readFeed, type SyncProgress, type SyncSummary, syncFeeds } from './sync-feeds.js';

export interface ArticleSummary {
  id: string;
  title: string;
  language: string;
  url: string | null;
  published: string | null;
  /** Chunks of the article in the index. */
  passages: number;
  outlet: string | null;
  author: string | null;
  /** Shipped with matchcut (the knowledge folder) or ingested into the data folder. */
  origin: 'shipped' | 'ingested';
  file: string;
}

export interface ArticleDetail extends ArticleSummary {
  text: string;
}

export interface IndexState {
  articles: number;
  passages: number;
  rebuilt: boolean;
}

export interface ArticleLibraryDeps {
  logger: Logger;
  /** Host name resolution for the fetcher (tests). */
  resolve?: FetchOptions['resolve'];
  embeddings?: IdentifiedEmbeddings | undefined;
  now?: () => Date;
}

export interface ArticleLibrary {
  /** Fetches and ingests one page (the index is rebuilt by `rebuildIndex`). */
  ingestPage(url: string): Promise<IngestedPage>;
  /** Brings the index up to date as a new generation; running cores switch to it. */
  rebuildIndex(onProgress?: (progress: BuildProgress) => void): Promise<IndexState>;
  listArticles(): Promise<ArticleSummary[]>;
  showArticle(id: string): Promise<ArticleDetail>;
  /** Removes an ingested article (shipped ones are refused) and rebuilds the index. */
  removeArticle(id: string): Promise<ArticleSummary>;
  addFeed(url: string): Promise<FeedRecord>;
  listFeeds(): Promise<FeedRecord[]>;
  /** By id ("3") or URL. */
  removeFeed(urlOrId: string): Promise<FeedRecord>;
  /** Syncs every feed, then rebuilds the index when anything was added or updated. */
  syncFeeds(onProgress?: (progress: SyncProgress) => void): Promise<SyncSummary & { index: IndexState | undefined }>;
  close(): void;
}

function summarize(article: Article, origin: ArticleSummary['origin'], passages: number): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    language: article.language,
    url: article.url ?? null,
    published: article.published ?? null,
    passages,
    outlet: article.outlet ?? null,
    author: article.author ?? null,
    origin,
    file: article.file,
  };
}

async function embeddingsFor(config: CoreConfig, deps: ArticleLibraryDeps): Promise<IdentifiedEmbeddings | undefined> {
  if (deps.embeddings !== undefined || config.model.embeddingModel === undefined) return deps.embeddings;
  return (await import('../../model/index.js')).createModelEmbeddings(config.model);
}

/** Opens the knowledge (rebuilding when it changed), runs `work` on its index's passage counts, and closes it. */
async function openIndexFor<T>(
  config: CoreConfig,
  deps: ArticleLibraryDeps,
  work: (counts: Map<string, number>, state: IndexState) => T,
  onProgress?: (progress: BuildProgress) => void,
): Promise<T> {
  const opened = await openKnowledge(config, {
    logger: deps.logger,
    embeddings: await embeddingsFor(config, deps),
    watchIntervalMs: 0,
    onProgress,
  });
  try {
    const counts = new Map<string, number>();
    for (let document = 0; document < opened.index.size; document += 1) {
      const articleId = opened.index.chunk(document).articleId;
      counts.set(articleId, (counts.get(articleId) ?? 0) + 1);
    }
    return work(counts, {
      articles: opened.knowledge.articles.length,
      passages: opened.index.size,
      rebuilt: opened.rebuilt,
    });
  } finally {
    opened.stopWatching();
    opened.index.close();
  }
}

async function loadAllArticles(config: CoreConfig) {
  const paths = knowledgePaths(config);
  const shipped = await loadArticles([paths.shippedArticles]);
  const ingested = await loadArticles([paths.ingestedArticles]);
  return { shipped: shipped.articles, ingested: ingested.articles };
}

async function findArticleById(config: CoreConfig, id: string) {
  const all = await loadAllArticles(config);
  const shipped = all.shipped.find((article) => article.id === id);
  if (shipped) return { article: shipped, origin: 'shipped' as const };
  const ingested = all.ingested.find((article) => article.id === id);
  if (ingested) return { article: ingested, origin: 'ingested' as const };
  throw notFound(`no article "${id}"; \`matchcut articles list\` shows the ids`);
}

export function openArticleLibrary(config: CoreConfig, deps: ArticleLibraryDeps): ArticleLibrary {
  const { logger } = deps;
  const guard = createAddressGuard(config.web?.allowPrivateAddresses ?? []);
  const paths = knowledgePaths(config);
  const now = deps.now ?? (() => new Date());
  // The configured store (SQLite or PostgreSQL, the process's community), opened at the first feed call.
  let feeds: Promise<MatchcutStore> | undefined;
  const feedRepository = () => (feeds ??= openConfiguredStore(config, { logger }));
  const fetchOptions = { guard, resolve: deps.resolve };
  const pageOptions = { dataDir: config.dataDir, knowledgeDir: config.knowledgeDir, logger, ...fetchOptions };

  const withIndex = <T>(
    work: (counts: Map<string, number>, state: IndexState) => T,
    onProgress?: (progress: BuildProgress) => void,
  ) => openIndexFor(config, deps, work, onProgress);
  const loadAll = () => loadAllArticles(config);
  const findArticle = (id: string) => findArticleById(config, id);

  const library: ArticleLibrary = {
    ingestPage: (url) => ingestPage(url, pageOptions),
    rebuildIndex: (onProgress) => withIndex((_counts, state) => state, onProgress),
    async listArticles() {
      const all = await loadAll();
      return withIndex((counts) => [
        ...all.shipped.map((article) => summarize(article, 'shipped', counts.get(article.id) ?? 0)),
        ...all.ingested.map((article) => summarize(article, 'ingested', counts.get(article.id) ?? 0)),
      ]);
    },
    async showArticle(id) {
      const { article, origin } = await findArticle(id);
      const passages = await withIndex((counts) => counts.get(id) ?? 0);
      return { ...summarize(article, origin, passages), text: article.text };
    },
    async removeArticle(id) {
      const { article, origin } = await findArticle(id);
      if (origin === 'shipped') {
        throw badInput(
          `"${id}" is shipped with matchcut (${article.file}) and is not removed here; ` +
            'point MATCHCUT_KNOWLEDGE_DIR at your own knowledge folder to leave it out',
        );
      }
      // Only a file inside the data folder's articles/ is ever deleted.
      const folder = path.resolve(paths.ingestedArticles);
      if (path.dirname(path.resolve(article.file)) !== folder) throw badInput(`"${id}" is not in ${folder}`);
      await rm(article.file);
      await (await feedRepository()).forgetArticle(id);
      await library.rebuildIndex();
      return summarize(article, origin, 0);
    },
    async addFeed(url) {
      const address = checkWebUrl(url).href;
      const existing = await (await feedRepository()).feedByUrl(address);
      if (existing)
        throw badInput(`${address} is already followed (feed ${existing.id}); \`matchcut feeds sync\` reads it`);
      const feed = await readFeed(address, fetchOptions);
      const store = await feedRepository();
      return store.addFeed({ url: address, title: feed.title, kind: feed.kind, at: now().toISOString() });
    },
    listFeeds: async () => (await feedRepository()).listFeeds(),
    async removeFeed(urlOrId) {
      const repository = await feedRepository();
      const feed = /^\d+$/u.test(urlOrId.trim())
        ? await repository.feedById(Number(urlOrId))
        : ((await repository.feedByUrl(urlOrId.trim())) ?? (await repository.feedByUrl(safeHref(urlOrId))));
      if (feed === undefined) throw notFound(`no feed "${urlOrId}"; \`matchcut feeds list\` shows the ids and URLs`);
      await repository.removeFeed(feed.id);
      return feed;
    },
    async syncFeeds(onProgress) {
      const summary = await syncFeeds({
        feeds: await feedRepository(),
        fetch: fetchOptions,
        ingestPage: (url) => ingestPage(url, pageOptions),
        logger,
        now,
        onProgress,
      });
      for (const id of summary.replaced) {
        const earlier = path.join(paths.ingestedArticles, `${id}.md`);
        await rm(earlier, { force: true });
      }
      const changed = summary.added + summary.updated + summary.replaced.length > 0;
      return { ...summary, index: changed ? await library.rebuildIndex() : undefined };
    },
    close() {
      const opened = feeds;
      feeds = undefined;
      void opened
        ?.then((store) => store.close())
        .catch((error: unknown) => logger.warn({ err: error }, 'article library: closing the store failed'));
    },
  };
  return library;
}

function safeHref(address: string): string {
  try {
    return new URL(address.trim()).href;
  } catch {
    return address;
  }
}
