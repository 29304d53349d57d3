/**
 * Ingest as jobs (PostgreSQL mode): a page added from chat (`/add`, `/matchcut add`) and a feed sync are
 * jobs that exactly one replica runs — it brings its articles up to the shared set, fetches and ingests,
 * shares the new article, builds a generation and publishes it (./shared-articles.ts), so every replica
 * answers from the page. The replica that enqueued waits for the result and replies as before.
 */
import type { CoreConfig } from '../config/config.js';
import type { AddedPage } from '../core-types.js';
// The article library (HTML extraction: linkedom, Readability) loads when a job runs, not at every start.
import type { ArticleLibrary, ArticleLibraryDeps } from '../knowledge/web/article-library.js';
import { knowledgePaths } from '../knowledge/load-knowledge.js';
import { defaultCommunity } from '../store/store-types.js';
import type { JobData, JobHandler } from './job-queue.js';

export const ingestJobKinds = { page: 'ingest-page', feeds: 'sync-feeds' } as const;

/** How long the replica that enqueued a page waits for it (fetch, build, publish). */
export const ingestWaitMs = 180_000;

/** Publishes the data folder's current generation (what `rebuildIndex` left CURRENT). */
async function publishCurrent(config: CoreConfig, deps: ArticleLibraryDeps): Promise<void> {
  const { publishCurrentGeneration } = await import('../open-matchcut.js');
  const published = await publishCurrentGeneration(config, deps.logger);
  if (published !== undefined) {
    const { generation, outcome, location } = published;
    deps.logger.info({ generation, outcome, to: location }, 'ingest job published');
  }
}

/**
 * Runs `work` on the article library under the community's ingest lock with the shared articles, then
 * rebuilds and publishes (PostgreSQL mode only: `config.store.databaseUrl` is set).
 */
export async function sharedIngest<T>(
  config: CoreConfig,
  deps: ArticleLibraryDeps,
  work: (library: ArticleLibrary) => Promise<T>,
): Promise<T> {
  const url = config.store?.databaseUrl;
  if (url === undefined) throw new Error('sharedIngest needs MATCHCUT_DATABASE_URL');
  const { withSharedArticles } = await import('./shared-articles.js');
  const { openArticleLibrary } = await import('../knowledge/web/article-library.js');
  const library = openArticleLibrary(config, deps);
  try {
    const { result } = await withSharedArticles(
      {
        url,
        community: config.store?.community ?? defaultCommunity,
        logger: deps.logger,
        articlesFolder: knowledgePaths(config).ingestedArticles,
      },
      () => work(library),
      async () => {
        await library.rebuildIndex();
        await publishCurrent(config, deps);
      },
    );
    return result;
  } finally {
    library.close();
  }
}

/** The handlers of the two ingest job kinds. */
export function ingestJobHandlers(config: CoreConfig, deps: ArticleLibraryDeps): Record<string, JobHandler> {
  return {
    [ingestJobKinds.page]: async (payload) => {
      const page = await sharedIngest(config, deps, (library) => library.ingestPage(String(payload)));
      const { outcome, id, title, language, url, firstPassage } = page;
      return { outcome, id, title, language, url, firstPassage } satisfies AddedPage;
    },
    [ingestJobKinds.feeds]: async () => {
      const summary = await sharedIngest(config, deps, (library) => library.syncFeeds());
      const { feeds, items, fetched, added, updated, unchanged, failed } = summary;
      deps.logger.info({ fetched, added, updated, unchanged, failed: failed.length }, 'feed sync job done');
      return { feeds, items, fetched, added, updated, unchanged, failed } as JobData;
    },
  };
}

/** The key of a scheduled feed sync: the fire time rounded to the minute, the same on every replica. */
export function feedSyncKey(now: number = Date.now()): string {
  return `feeds@${new Date(Math.round(now / 60_000) * 60_000).toISOString()}`;
}
