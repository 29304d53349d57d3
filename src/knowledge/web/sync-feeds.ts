/**
 * `feeds sync`: reads every followed feed and ingests its new items. An item the store already
 * knows is fetched again only when the feed marks it updated (Atom <updated>, RSS pubDate or
 * guid), and its new version then replaces the earlier one; a link another feed already
 * brought in is not fetched again; duplicates by canonical URL or content hash are "unchanged".
 * One failing item or feed is reported with its reason and the others go on.
 */
import type { Logger } from '../../logging/logger.js';
import type { FeedRecord, FeedStore } from '../../store/store-interface.js';
import { fetchDocument, feedContentTypes, type FetchOptions } from './fetch-page.js';
import type { IngestedPage } from './ingest-page.js';
import { type FeedItem, parseFeed } from './parse-feed.js';

export type ItemOutcome = 'added' | 'updated' | 'unchanged' | 'failed';

export interface SyncProgress {
  feed: string;
  item: string;
  /** Items handled so far in this feed, and its item count. */
  done: number;
  total: number;
  outcome: ItemOutcome;
  reason?: string | undefined;
}

export interface SyncSummary {
  feeds: number;
  items: number;
  /** Pages fetched (new or updated items). */
  fetched: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: { url: string; reason: string }[];
  /** Ids of articles replaced by a new version under another id (removed by the caller). */
  replaced: string[];
}

export interface SyncDependencies {
  feeds: FeedStore;
  fetch: Pick<FetchOptions, 'guard' | 'resolve' | 'timeoutMs'>;
  ingestPage(url: string): Promise<IngestedPage>;
  logger: Logger;
  now: () => Date;
  onProgress?: ((progress: SyncProgress) => void) | undefined;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads a feed document from the web: the parsed feed, or a BAD_INPUT naming the URL. */
export async function readFeed(url: string, fetch: SyncDependencies['fetch']) {
  const fetched = await fetchDocument(url, { ...fetch, accept: feedContentTypes });
  return parseFeed(fetched.text, fetched.finalUrl);
}

async function syncItem(feed: FeedRecord, item: FeedItem, dependencies: SyncDependencies, summary: SyncSummary) {
  const { feeds } = dependencies;
  const at = dependencies.now().toISOString();
  const known = await feeds.item(feed.id, item.key);
  if (known !== undefined && known.marker === item.marker && known.failure === undefined) {
    summary.unchanged += 1;
    return { outcome: 'unchanged' as const };
  }
  if (known === undefined) {
    // Another feed (or another key of this one) already brought this link in.
    const elsewhere = await feeds.itemByUrl(item.link);
    if (elsewhere !== undefined) {
      await feeds.saveItem({
        ...elsewhere,
        feedId: feed.id,
        key: item.key,
        link: item.link,
        marker: item.marker,
        seenAt: at,
      });
      summary.unchanged += 1;
      return { outcome: 'unchanged' as const };
    }
  }
  summary.fetched += 1;
  try {
    const page = await dependencies.ingestPage(item.link);
    await feeds.saveItem({
      feedId: feed.id,
      key: item.key,
      link: item.link,
      marker: item.marker,
      articleUrl: page.url,
      articleId: page.id,
      contentHash: page.contentHash,
      failure: undefined,
      seenAt: at,
    });
    if (known?.articleId !== undefined && known.articleId !== page.id && page.outcome !== 'unchanged') {
      summary.replaced.push(known.articleId);
    }
    summary[page.outcome] += 1;
    return { outcome: page.outcome };
  } catch (error) {
    const reason = reasonOf(error);
    await feeds.saveItem({
      feedId: feed.id,
      key: item.key,
      link: item.link,
      marker: item.marker,
      articleUrl: known?.articleUrl,
      articleId: known?.articleId,
      contentHash: known?.contentHash,
      failure: reason,
      seenAt: at,
    });
    summary.failed.push({ url: item.link, reason });
    return { outcome: 'failed' as const, reason };
  }
}

/** Syncs every followed feed (or the given ones) and returns what happened. */
export async function syncFeeds(dependencies: SyncDependencies, only?: FeedRecord[]): Promise<SyncSummary> {
  const summary: SyncSummary = {
    feeds: 0,
    items: 0,
    fetched: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    failed: [],
    replaced: [],
  };
  for (const feed of only ?? (await dependencies.feeds.listFeeds())) {
    summary.feeds += 1;
    let items: FeedItem[];
    try {
      items = (await readFeed(feed.url, dependencies.fetch)).items;
    } catch (error) {
      const reason = reasonOf(error);
      summary.failed.push({ url: feed.url, reason });
      await dependencies.feeds.markSynced(feed.id, dependencies.now().toISOString(), reason);
      dependencies.logger.warn({ feed: feed.url, reason }, 'feed sync failed');
      continue;
    }
    let done = 0;
    for (const item of items) {
      summary.items += 1;
      const result = await syncItem(feed, item, dependencies, summary);
      done += 1;
      dependencies.onProgress?.({ feed: feed.url, item: item.link, done, total: items.length, ...result });
    }
    await dependencies.feeds.markSynced(feed.id, dependencies.now().toISOString(), undefined);
  }
  dependencies.logger.info({ ...summary, failed: summary.failed.length }, 'feeds synced');
  return summary;
}
