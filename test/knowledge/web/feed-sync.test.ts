/**
 * A feed sync with items that fail (a PDF, a redirect to a private address) and a duplicate
 * (the same page under other tracking parameters): each failure is reported with its URL and
 * reason and the others go on; the duplicate adds nothing; failed items are tried again on the
 * next sync while known ones are not fetched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { openArticleLibrary } from '../../../src/knowledge/web/article-library.js';
import { createSilentLogger } from '../../../src/logging/logger.js';
import { createTemporaryFolder, shippedKnowledgeDir } from '../../helpers/temporary-folder.js';
import { newsPages, type NewsSite, startNewsSite } from '../../stand-ins/news-site.js';

let site: NewsSite;
let data: { folder: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  site = await startNewsSite();
  data = await createTemporaryFolder('matchcut-feed-sync-');
});
afterAll(async () => {
  await site.close();
  await data.cleanup();
});

describe('feed sync', () => {
  it('reports failed items with their reason, adds a duplicate once, and retries only the failures', async () => {
    const config = loadConfig(
      { MATCHCUT_DATA_DIR: data.folder, MATCHCUT_ALLOW_PRIVATE_URLS: '127.0.0.1' },
      { cwd: data.folder, defaultKnowledgeDir: shippedKnowledgeDir },
    );
    const library = openArticleLibrary(config, { logger: createSilentLogger() });
    try {
      await library.addFeed(`${site.base}/feeds/mixed.xml`);
      const progress: string[] = [];
      const first = await library.syncFeeds((update) =>
        progress.push(`${update.done}/${update.total} ${update.outcome}`),
      );
      expect(progress).toEqual(['1/4 added', '2/4 failed', '3/4 failed', '4/4 unchanged']);
      expect(first).toMatchObject({ feeds: 1, items: 4, fetched: 4, added: 1, updated: 0, unchanged: 1 });
      expect(first.failed).toEqual([
        { url: `${site.base}/report.pdf`, reason: expect.stringContaining('it is application/pdf, not text/html') },
        {
          url: `${site.base}/to-private`,
          reason: expect.stringContaining(
            'it redirects to http://10.20.30.40/admin, and 10.20.30.40 is a private address',
          ),
        },
      ]);
      expect(first.index?.rebuilt).toBe(true);

      const pagesBefore = site.requests.filter((request) => request.path.startsWith('/news/')).length;
      const second = await library.syncFeeds();
      expect(second).toMatchObject({ items: 4, fetched: 2, added: 0, unchanged: 2, index: undefined });
      expect(second.failed.map((failure) => failure.url)).toEqual([
        `${site.base}/report.pdf`,
        `${site.base}/to-private`,
      ]);
      expect(site.requests.filter((request) => request.path.startsWith('/news/')).length).toBe(pagesBefore);

      const articles = await library.listArticles();
      const fromFeed = articles.filter((article) => article.url?.startsWith(site.base));
      expect(fromFeed).toEqual([
        expect.objectContaining({
          title: newsPages[0]?.headline,
          url: `${site.base}${newsPages[0]?.path}`,
          origin: 'ingested',
        }),
      ]);
      expect((await library.listFeeds())[0]).toMatchObject({ items: 4, articles: 2, lastError: undefined });
    } finally {
      library.close();
    }
  }, 120_000);
});
