/**
 * Feeds and their items in the SQLite store (tables from migration 2, one community's since
 * migration 6). Synchronous; ./sqlite-store.ts offers it as the async FeedStore.
 */
import { namedScopedStatement, type SqliteDatabase, scopedStatement } from './sqlite-database.js';
import { type FeedItemRow as ItemRow, type FeedRow, feedFromRow, itemFromRow } from './rows/feed-rows.js';
import type { FeedItemRecord, FeedRecord } from './store-types.js';

export type { FeedItemRecord, FeedRecord } from './store-types.js';

/** The feed rows of one community (synchronous). */
export interface FeedRepository {
  listFeeds(): FeedRecord[];
  feedByUrl(url: string): FeedRecord | undefined;
  feedById(id: number): FeedRecord | undefined;
  addFeed(feed: { url: string; title: string | undefined; kind: 'rss' | 'atom'; at: string }): FeedRecord;
  /** Removes a feed and its item records (its articles stay). */
  removeFeed(id: number): boolean;
  markSynced(id: number, at: string, error: string | undefined): void;
  item(feedId: number, key: string): FeedItemRecord | undefined;
  /** An item of any feed that already became an article from this link or canonical URL. */
  itemByUrl(url: string): FeedItemRecord | undefined;
  saveItem(item: FeedItemRecord): void;
  /** Forgets the article an item became (the article was removed). */
  forgetArticle(articleId: string): void;
}

const feedColumns = `feeds.id, feeds.url, feeds.title, feeds.kind, feeds.added_at, feeds.synced_at, feeds.last_error,
  (SELECT COUNT(*) FROM feed_items WHERE feed_items.community = feeds.community AND feed_id = feeds.id) AS items,
  (SELECT COUNT(*) FROM feed_items WHERE feed_items.community = feeds.community AND feed_id = feeds.id
    AND article_id IS NOT NULL) AS articles`;

export function createFeedRepository(database: SqliteDatabase, community: string): FeedRepository {
  const prepare = (sql: string) => scopedStatement(database, community, sql);
  const statements = {
    list: prepare(`SELECT ${feedColumns} FROM feeds WHERE feeds.community = ? ORDER BY feeds.id`),
    byUrl: prepare(`SELECT ${feedColumns} FROM feeds WHERE feeds.community = ? AND feeds.url = ?`),
    byId: prepare(`SELECT ${feedColumns} FROM feeds WHERE feeds.community = ? AND feeds.id = ?`),
    insert: prepare('INSERT INTO feeds (community, url, title, kind, added_at) VALUES (?, ?, ?, ?, ?)'),
    remove: prepare('DELETE FROM feeds WHERE community = ? AND id = ?'),
    synced: namedScopedStatement(
      database,
      community,
      'UPDATE feeds SET synced_at = @at, last_error = @error WHERE community = @community AND id = @id',
    ),
    item: prepare('SELECT * FROM feed_items WHERE community = ? AND feed_id = ? AND item_key = ?'),
    itemByUrl: namedScopedStatement(
      database,
      community,
      `SELECT * FROM feed_items WHERE community = @community AND (link = @url OR article_url = @url)
        AND article_id IS NOT NULL ORDER BY seen_at DESC LIMIT 1`,
    ),
    saveItem: namedScopedStatement(
      database,
      community,
      `
      INSERT INTO feed_items (community, feed_id, item_key, link, marker, article_url, article_id, content_hash,
        failure, seen_at)
      VALUES (@community, @feedId, @key, @link, @marker, @articleUrl, @articleId, @contentHash, @failure, @seenAt)
      ON CONFLICT (community, feed_id, item_key) DO UPDATE SET link = excluded.link, marker = excluded.marker,
        article_url = excluded.article_url, article_id = excluded.article_id, content_hash = excluded.content_hash,
        failure = excluded.failure, seen_at = excluded.seen_at`,
    ),
    forget: prepare('UPDATE feed_items SET article_id = NULL WHERE community = ? AND article_id = ?'),
  };
  return {
    listFeeds: () => (statements.list.all() as FeedRow[]).map(feedFromRow),
    feedByUrl(url) {
      const row = statements.byUrl.get(url) as FeedRow | undefined;
      return row === undefined ? undefined : feedFromRow(row);
    },
    feedById(id) {
      const row = statements.byId.get(id) as FeedRow | undefined;
      return row === undefined ? undefined : feedFromRow(row);
    },
    addFeed(feed) {
      const inserted = statements.insert.run(feed.url, feed.title ?? null, feed.kind, feed.at);
      return feedFromRow(statements.byId.get(Number(inserted.lastInsertRowid)) as FeedRow);
    },
    removeFeed: (id) => statements.remove.run(id).changes > 0,
    markSynced(id, at, error) {
      statements.synced.run({ at, error: error ?? null, id });
    },
    item(feedId, key) {
      const row = statements.item.get(feedId, key) as ItemRow | undefined;
      return row === undefined ? undefined : itemFromRow(row);
    },
    itemByUrl(url) {
      const row = statements.itemByUrl.get({ url }) as ItemRow | undefined;
      return row === undefined ? undefined : itemFromRow(row);
    },
    saveItem(item) {
      statements.saveItem.run({
        ...item,
        articleUrl: item.articleUrl ?? null,
        articleId: item.articleId ?? null,
        contentHash: item.contentHash ?? null,
        failure: item.failure ?? null,
      });
    },
    forgetArticle(articleId) {
      statements.forget.run(articleId);
    },
  };
}
