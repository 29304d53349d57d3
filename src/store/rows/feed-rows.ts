/**
 * Feed and feed-item rows as both backends read them (SQLite and PostgreSQL share the columns),
 * turned into the store's records in one place.
 */
import type { FeedItemRecord, FeedRecord } from '../store-types.js';

export interface FeedRow {
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

export interface FeedItemRow {
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

export const feedFromRow = (row: FeedRow): FeedRecord => ({
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

export const itemFromRow = (row: FeedItemRow): FeedItemRecord => ({
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
