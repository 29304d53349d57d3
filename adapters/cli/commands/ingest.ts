/**
 * `matchcut ingest [paths…] [--force] [--profiles]`: adds articles (files or folders) to the data
 * folder and rebuilds the index, with a progress bar; with a chat model, `--profiles` proposes
 * organization profiles from the new articles.
 */
import {
  ingestArticles,
  openMatchcut,
  type PublishResult,
  publishIndexGeneration,
  withSharedArticles,
} from '../../../src/index.js';
import type { TerminalCommand } from '../command-context.js';
import { ingestWebPages, isWebAddress } from '../ingest-pages.js';
import { parse } from '../parse-arguments.js';

function describePublish(result: PublishResult & { location: string }): string {
  const { generation, location } = result;
  if (result.outcome === 'already-current')
    return `index generation ${generation} is already the published one (${location})`;
  const mb = (result.bytes / 1_048_576).toFixed(1);
  const what =
    result.outcome === 'restored'
      ? 'published again (it was an earlier one)'
      : `published: ${result.files} files, ${mb} MB in ${result.parts} parts`;
  const replacing = result.previous ? `, replacing ${result.previous}` : '';
  return `index generation ${generation} ${what} to ${location}${replacing}`;
}

export const ingestCommand: TerminalCommand = {
  help: {
    name: 'ingest',
    summary: 'add web pages, Markdown/plain-text articles or web captures (files or folders) and rebuild the index',
    usage: ['ingest [https://… | paths…] [--force] [--profiles]'],
    flags: [
      { flag: '--force', text: 'rebuild the index even when nothing changed' },
      { flag: '--profiles', text: 'with a chat model: propose organization profiles from the new articles' },
    ],
    notes: [
      'Without paths it only brings the index up to date. A file that cannot be read is reported and skipped.',
      'A web address is fetched (http/https, HTML pages, at most 10 MB and 5 redirects; private addresses only when',
      'MATCHCUT_ALLOW_PRIVATE_URLS lists them) and cited with its canonical URL.',
      'With MATCHCUT_DATABASE_URL the index is built here and then published to PostgreSQL for every replica of',
      'MATCHCUT_COMMUNITY; it exits 0 only once published (the previous generation stays published otherwise).',
    ],
  },
  async run(args, context) {
    const { values, positionals } = parse(args, {
      force: { type: 'boolean', default: false },
      profiles: { type: 'boolean', default: false },
    });
    const { stdout, stderr, progress } = context;
    // The shipped folder's ids are taken: an ingested article never shadows one.
    const ingestOptions = {
      dataDir: context.config.dataDir,
      knowledgeDir: context.config.knowledgeDir,
      logger: context.logger,
    };
    const addresses = positionals.filter(isWebAddress);
    const paths = positionals.filter((argument) => !isWebAddress(argument));
    const ingestStep = async () => {
      const pages = await ingestWebPages(addresses, context);
      // Only refused addresses: one line each, nothing added, no rebuild.
      if (addresses.length > 0 && paths.length === 0 && pages.ingested === 0) return undefined;
      const result = await ingestArticles(paths, ingestOptions);
      for (const problem of result.problems) {
        stderr.write(`matchcut: skipped ${problem.file} → ${problem.field}: ${problem.message}\n`);
      }
      for (const added of result.added) stdout.write(`added ${added.id} (${added.language}) from ${added.file}\n`);
      for (const updated of result.updated)
        stdout.write(`updated ${updated.id} (${updated.language}) from ${updated.file}\n`);
      for (const unchanged of result.unchanged) stdout.write(`unchanged ${unchanged.id} from ${unchanged.file}\n`);
      return { pages, result };
    };
    let ingested: Awaited<ReturnType<typeof ingestStep>>;
    const buildStep = async () => {
      if (ingested === undefined) return;
      const { pages, result } = ingested;
      const core = await openMatchcut(context.config, {
        logger: context.logger,
        forceRebuild: values.force === true,
        onProgress: (update) => progress.update(update),
        // Built from this machine's knowledge files, then published (below).
        publishedIndex: 'local',
        askWorkers: 0,
      });
      progress.finish();
      try {
        const status = core.status();
        const state = status.rebuilt ? 'rebuilt' : 'up to date';
        stdout.write(`index ${state}: ${status.articles} articles, ${status.chunks} passages (${status.embedder})\n`);
        if (status.generation !== undefined) {
          const published = await publishIndexGeneration(context.config, status.generation, context);
          if (published !== undefined) stdout.write(`${describePublish(published)}\n`);
        }
        if (values.profiles) {
          const proposals = await core.proposeProfiles([...pages.addedIds, ...result.added.map((added) => added.id)]);
          stdout.write(`${proposals.message}\n`);
        }
      } finally {
        await core.close();
      }
    };
    // With MATCHCUT_DATABASE_URL: under the community's ingest lock, starting from the articles every
    // replica's ingest shares (pages added from chat included), and sharing the ones added here.
    await withSharedArticles(
      context.config,
      context,
      async () => {
        ingested = await ingestStep();
      },
      buildStep,
    );
    if (ingested === undefined) return 2;
    const { pages, result } = ingested;
    const count = result.added.length + result.updated.length + result.unchanged.length + pages.ingested;
    return (result.problems.length > 0 || pages.refused > 0) && count === 0 && positionals.length > 0 ? 2 : 0;
  },
};
