/**
 * Feeds and their items in the SQLite store (tables from migration 2). Opens its own
 * connection to the store's file after `openStore` has applied the migrations, with the same
 * settings (WAL, foreign keys, busy timeout), so a sync in a bot and a command in a terminal
 * can write at the same time.
 */
import Database from 'better-sqlite3';
import type { Logger } from '../logging/logger.js';
import { openStore } from './open-store.js';

export interface FeedRecord {
  id: number;
  url: string;
  title: string | undefined;
  kind: 'rss' | 'atom';
  addedAt: string;
  syncedAt: string | undefined;
  lastError: string | undefined;
  /** Items seen and items that became articles. */
  items: number;
  articles: number;
}

export interface FeedItemRecord {
  feedId: number;
  key: string;
  link: string;
  marker: string;
  articleUrl: string | undefined;
  articleId: string | undefined;
  contentHash: string | undefined;
  failure: string | undefined;
  seenAt: string;
}

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
  close(): void;
}

interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  kind: 'rss' | 'atom';
  added_at: string;
  synced_at: string | null;
  last_error: string | null;
  items: number;
  articles: number;
}

interface ItemRow {
  feed_id: number;
  item_key: string;
  link: string;
  marker: string;
  article_url: string | null;
  article_id: string | null;
  content_hash: string | null;
  failure: string | null;
  seen_at: string;
}

const feedFromRow = (row: FeedRow): FeedRecord => ({
  id: row.id,
  url: row.url,
  title: row.title ?? undefined,
  kind: row.kind,
  addedAt: row.added_at,
  syncedAt: row.synced_at ?? undefined,
  lastError: row.last_error ?? undefined,
  items: row.items,
  articles: row.articles,
});

const itemFromRow = (row: ItemRow): FeedItemRecord => ({
  feedId: row.feed_id,
  key: row.item_key,
  link: row.link,
  marker: row.marker,
  articleUrl: row.article_url ?? undefined,
  articleId: row.article_id ?? undefined,
  contentHash: row.content_hash ?? undefined,
  failure: row.failure ?? undefined,
  seenAt: row.seen_at,
});

const feedColumns = `feeds.id, feeds.url, feeds.title, feeds.kind, feeds.added_at, feeds.synced_at, feeds.last_error,
  (SELECT COUNT(*) FROM feed_items WHERE feed_id = feeds.id) AS items,
  (SELECT COUNT(*) FROM feed_items WHERE feed_id = feeds.id AND article_id IS NOT NULL) AS articles`;

export function openFeedRepository(file: string, options: { logger: Logger }): FeedRepository {
  // openStore creates the file and applies every migration (the feed tables included).
  openStore(file, options).close();
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const statements = {
    list: database.prepare(`SELECT ${feedColumns} FROM feeds ORDER BY feeds.id`),
    byUrl: database.prepare(`SELECT ${feedColumns} FROM feeds WHERE feeds.url = ?`),
    byId: database.prepare(`SELECT ${feedColumns} FROM feeds WHERE feeds.id = ?`),
    insert: database.prepare('INSERT INTO feeds (url, title, kind, added_at) VALUES (?, ?, ?, ?)'),
    remove: database.prepare('DELETE FROM feeds WHERE id = ?'),
    synced: database.prepare('UPDATE feeds SET synced_at = ?, last_error = ? WHERE id = ?'),
    item: database.prepare('SELECT * FROM feed_items WHERE feed_id = ? AND item_key = ?'),
    itemByUrl: database.prepare(
      `SELECT * FROM feed_items WHERE (link = ? OR article_url = ?) AND article_id IS NOT NULL
        ORDER BY seen_at DESC LIMIT 1`,
    ),
    saveItem: database.prepare(`
      INSERT INTO feed_items (feed_id, item_key, link, marker, article_url, article_id, content_hash, failure, seen_at)
      VALUES (@feedId, @key, @link, @marker, @articleUrl, @articleId, @contentHash, @failure, @seenAt)
      ON CONFLICT (feed_id, item_key) DO UPDATE SET link = excluded.link, marker = excluded.marker,
        article_url = excluded.article_url, article_id = excluded.article_id, content_hash = excluded.content_hash,
        failure = excluded.failure, seen_at = excluded.seen_at`),
    forget: database.prepare('UPDATE feed_items SET article_id = NULL WHERE article_id = ?'),
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
      statements.synced.run(at, error ?? null, id);
    },
    item(feedId, key) {
      const row = statements.item.get(feedId, key) as ItemRow | undefined;
      return row === undefined ? undefined : itemFromRow(row);
    },
    itemByUrl(url) {
      const row = statements.itemByUrl.get(url, url) as ItemRow | undefined;
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
    close: () => database.close(),
  };
}
