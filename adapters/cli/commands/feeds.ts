/**
 * `matchcut feeds add <url> | list [--json] | remove <url|id> | sync`: news feeds (RSS 2.0 or
 * Atom) whose new items become articles. `sync` shows its progress on a terminal and ends with
 * a summary: items fetched, added, updated, unchanged, and each failure with its reason. With
 * MATCHCUT_DATABASE_URL it syncs from the articles every replica shares and publishes the result.
 */
import { publishCurrentGeneration, type SyncProgress, withSharedArticles } from '../../../src/index.js';
import type { RunContext, TerminalCommand } from '../command-context.js';
import { runLibrarySubcommand } from '../library-subcommands.js';
import { UsageError } from '../parse-arguments.js';

function progressWriter(context: RunContext) {
  const { stderr } = context;
  let drawn = false;
  return {
    update(progress: SyncProgress) {
      if (progress.outcome === 'failed') {
        if (drawn) stderr.write('\r\u001b[2K');
        drawn = false;
        stderr.write(`matchcut: failed ${progress.item}: ${progress.reason ?? 'unknown reason'}\n`);
      }
      if (!stderr.isTTY) return;
      drawn = true;
      stderr.write(
        `\r\u001b[2K${progress.feed}  ${progress.done}/${progress.total}  ${progress.outcome} ${progress.item}`.slice(
          0,
          200,
        ),
      );
    },
    finish() {
      if (drawn && stderr.isTTY) stderr.write('\r\u001b[2K');
      drawn = false;
    },
  };
}

export const feedsCommand: TerminalCommand = {
  help: {
    name: 'feeds',
    summary: 'news feeds (RSS or Atom) whose new items become articles: add, list, remove, sync',
    usage: ['feeds add <rss-or-atom-url>', 'feeds list [--json]', 'feeds remove <url|id>', 'feeds sync'],
    flags: [{ flag: '--json', text: 'list: print JSON' }],
    notes: [
      'sync fetches only new items and items the feed marks updated (which replace their earlier version),',
      'then rebuilds the index. MATCHCUT_FEEDS_CRON runs it on a schedule inside a running bot.',
    ],
  },
  run: (args, context) =>
    runLibrarySubcommand('feeds', args, context, {
      async add({ library, positionals, context: { stdout } }) {
        const [url, ...extra] = positionals;
        if (url === undefined || extra.length > 0)
          throw new UsageError('give one feed address: matchcut feeds add <url>');
        const feed = await library.addFeed(url);
        stdout.write(
          `following feed ${feed.id}: ${feed.title ?? feed.url} (${feed.kind}) ${feed.url}; ` +
            'run `matchcut feeds sync`\n',
        );
        return 0;
      },
      async list({ library, positionals, json, context: { stdout } }) {
        if (positionals.length > 0) throw new UsageError('`feeds list` takes no arguments');
        const feeds = await library.listFeeds();
        if (json) {
          stdout.write(`${JSON.stringify(feeds)}\n`);
          return 0;
        }
        if (feeds.length === 0) stdout.write('No feeds yet: add one with `matchcut feeds add <url>`.\n');
        for (const feed of feeds) {
          const synced = feed.syncedAt === undefined ? 'never synced' : `synced ${feed.syncedAt}`;
          const error = feed.lastError === undefined ? '' : ` — last sync failed: ${feed.lastError}`;
          stdout.write(
            `${feed.id}  ${feed.kind}  ${feed.title ?? '(untitled)'}  ${feed.url}  ` +
              `${feed.articles} article(s), ${synced}${error}\n`,
          );
        }
        return 0;
      },
      async remove({ library, positionals, context: { stdout } }) {
        const target = positionals.join(' ');
        if (target === '') throw new UsageError('give the feed id or address: matchcut feeds remove <url|id>');
        const feed = await library.removeFeed(target);
        stdout.write(`stopped following feed ${feed.id} (${feed.url}); its articles stay\n`);
        return 0;
      },
      async sync({ library, positionals, context }) {
        if (positionals.length > 0) throw new UsageError('`feeds sync` takes no arguments');
        const { stdout } = context;
        const progress = progressWriter(context);
        let synced: Awaited<ReturnType<typeof library.syncFeeds>> | undefined;
        // With MATCHCUT_DATABASE_URL: from the shared articles, under the ingest lock, then published.
        await withSharedArticles(
          context.config,
          context,
          async () => {
            synced = await library.syncFeeds((update) => progress.update(update));
          },
          async () => {
            const published = await publishCurrentGeneration(context.config, context);
            if (published !== undefined && published.outcome !== 'already-current')
              context.stdout.write(`index generation ${published.generation} published to ${published.location}\n`);
          },
        );
        const summary = synced!;
        progress.finish();
        stdout.write(
          `synced ${summary.feeds} feed(s), ${summary.items} item(s): ` +
            `${summary.fetched} fetched, ${summary.added} added, ` +
            `${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed.length} failed\n`,
        );
        for (const failure of summary.failed) stdout.write(`failed ${failure.url}: ${failure.reason}\n`);
        if (summary.index !== undefined) {
          stdout.write(`index rebuilt: ${summary.index.articles} articles, ${summary.index.passages} passages\n`);
        }
        return summary.feeds > 0 && summary.failed.length > 0 && summary.fetched + summary.unchanged === 0 ? 1 : 0;
      },
    }),
};
