/**
 * `matchcut ingest https://…`: the web addresses among ingest's arguments are fetched and
 * ingested through the core's article library; a refused fetch is one line naming the URL and
 * the reason, and adds nothing.
 */
import { type ArticleLibrary, isMatchcutError, openArticleLibrary } from '../../src/index.js';
import type { RunContext } from './command-context.js';

/** Whether an ingest argument is a web address (or another URL scheme, which the fetcher refuses). */
export function isWebAddress(argument: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//iu.test(argument) || /^(?:https?|file|data|ftp|javascript|mailto):/iu.test(argument);
}

export interface PagesOutcome {
  ingested: number;
  refused: number;
  addedIds: string[];
}

/** Fetches and ingests each address, printing what happened; the index is rebuilt by the caller. */
export async function ingestWebPages(addresses: string[], context: RunContext): Promise<PagesOutcome> {
  const outcome: PagesOutcome = { ingested: 0, refused: 0, addedIds: [] };
  if (addresses.length === 0) return outcome;
  const library: ArticleLibrary = await openArticleLibrary(context.config, { logger: context.logger });
  try {
    for (const address of addresses) {
      try {
        const page = await library.ingestPage(address);
        outcome.ingested += 1;
        if (page.outcome === 'added') outcome.addedIds.push(page.id);
        context.stdout.write(`${page.outcome} ${page.id} (${page.language}) "${page.title}" from ${page.url}\n`);
      } catch (error) {
        if (!isMatchcutError(error) || error.code !== 'BAD_INPUT') throw error;
        outcome.refused += 1;
        context.stderr.write(`matchcut: ${error.userMessage}\n`);
      }
    }
  } finally {
    library.close();
  }
  return outcome;
}
