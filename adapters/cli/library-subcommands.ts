/**
 * The scaffolding `articles` and `feeds` share: parse `--json`, open the article library,
 * dispatch the subcommand to its handler, answer an unknown or missing subcommand with a
 * usage error, and close the library whatever happens.
 */
import { openArticleLibrary } from '../../src/index.js';
import type { RunContext } from './command-context.js';
import { parse, UsageError } from './parse-arguments.js';

export type ArticleLibrary = Awaited<ReturnType<typeof openArticleLibrary>>;

export interface LibraryInvocation {
  library: ArticleLibrary;
  positionals: string[];
  json: boolean;
  context: RunContext;
}

export type LibrarySubcommand = (invocation: LibraryInvocation) => Promise<number> | number;

/** Runs `matchcut <noun> <subcommand> …` against the article library. */
export async function runLibrarySubcommand(
  noun: string,
  args: string[],
  context: RunContext,
  handlers: Record<string, LibrarySubcommand>,
): Promise<number> {
  const [subcommand, ...rest] = args;
  const handler = subcommand === undefined ? undefined : handlers[subcommand];
  if (handler === undefined || !Object.hasOwn(handlers, subcommand ?? '')) {
    throw new UsageError(
      subcommand === undefined ? `say what to do with ${noun}` : `unknown ${noun} command "${subcommand}"`,
    );
  }
  const { values, positionals } = parse(rest, { json: { type: 'boolean', default: false } });
  const library = await openArticleLibrary(context.config, { logger: context.logger });
  try {
    return await handler({ library, positionals, json: values.json === true, context });
  } finally {
    library.close();
  }
}
