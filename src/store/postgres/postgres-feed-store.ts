/**
 * Followed news feeds and the items they listed, in PostgreSQL (same behaviour as the SQLite
 * repository). Feed ids are unique across communities; every read is limited to the store's one.
 */
import type { FeedStore } from '../store-interface.js';
import { type FeedItemRow as ItemRow, type FeedRow, feedFromRow, itemFromRow } from '../rows/feed-rows.js';
import type { PostgresContext } from './postgres-context.js';

const feedsWithCounts = `SELECT f.id, f.url, f.title, f.kind, f.added_at, f.synced_at, f.last_error,
    (SELECT COUNT(*)::integer FROM feed_items i WHERE i.feed_id = f.id) AS items,
    (SELECT COUNT(*)::integer FROM feed_items i WHERE i.feed_id = f.id AND i.article_id IS NOT NULL) AS articles
  FROM feeds f WHERE f.community = $1`;

const itemColumns = 'feed_id, item_key, link, marker, article_url, article_id, content_hash, failure, seen_at';

export function createPostgresFeedStore(context: PostgresContext): FeedStore {
  const { community } = context;
  const oneFeed = async (condition: string, value: unknown) => {
    const result = await context.query<FeedRow>(`${feedsWithCounts} AND ${condition}`, [community, value]);
    return result.rows[0] === undefined ? undefined : feedFromRow(result.rows[0]);
  };
  return {
    async listFeeds() {
      return (await context.query<FeedRow>(`${feedsWithCounts} ORDER BY f.id`, [community])).rows.map(feedFromRow);
    },
    feedByUrl: (url) => oneFeed('f.url = $2', url),
    feedById: (id) => oneFeed('f.id = $2', id),
    async addFeed(feed) {
      const inserted = await context.query<{ id: number }>(
        'INSERT INTO feeds (community, url, title, kind, added_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [community, feed.url, feed.title ?? null, feed.kind, feed.at],
      );
      const added = await oneFeed('f.id = $2', inserted.rows[0]?.id);
      if (added === undefined) throw new Error(`postgres-feed-store: feed ${feed.url} was not stored`);
      return added;
    },
    async removeFeed(id) {
      const result = await context.query('DELETE FROM feeds WHERE community = $1 AND id = $2', [community, id]);
      return (result.rowCount ?? 0) > 0;
    },
    async markSynced(id, at, error) {
      await context.query('UPDATE feeds SET synced_at = $3, last_error = $4 WHERE community = $1 AND id = $2', [
        community,
        id,
        at,
        error ?? null,
      ]);
    },
    async item(feedId, key) {
      const result = await context.query<ItemRow>(
        `SELECT ${itemColumns} FROM feed_items WHERE community = $1 AND feed_id = $2 AND item_key = $3`,
        [community, feedId, key],
      );
      return result.rows[0] === undefined ? undefined : itemFromRow(result.rows[0]);
    },
    async itemByUrl(url) {
      const result = await context.query<ItemRow>(
        `SELECT ${itemColumns} FROM feed_items
         WHERE community = $1 AND (link = $2 OR article_url = $2) AND article_id IS NOT NULL
         ORDER BY seen_at DESC LIMIT 1`,
        [community, url],
      );
      return result.rows[0] === undefined ? undefined : itemFromRow(result.rows[0]);
    },
    async saveItem(item) {
      await context.query(
        `INSERT INTO feed_items (community, feed_id, item_key, link, marker, article_url, article_id, content_hash,
           failure, seen_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (community, feed_id, item_key) DO UPDATE SET link = excluded.link, marker = excluded.marker,
           article_url = excluded.article_url, article_id = excluded.article_id,
           content_hash = excluded.content_hash, failure = excluded.failure, seen_at = excluded.seen_at`,
        [
          community,
          item.feedId,
          item.key,
          item.link,
          item.marker,
          item.articleUrl ?? null,
          item.articleId ?? null,
          item.contentHash ?? null,
          item.failure ?? null,
          item.seenAt,
        ],
      );
    },
    async forgetArticle(articleId) {
      await context.query('UPDATE feed_items SET article_id = NULL WHERE community = $1 AND article_id = $2', [
        community,
        articleId,
      ]);
    },
  };
}
