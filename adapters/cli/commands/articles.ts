/**
 * `matchcut articles list [--json] | show <id> [--json] | remove <id>`: the articles in the
 * knowledge base (shipped and ingested), with the passages each has in the index.
 */
import type { ArticleSummary } from '../../../src/index.js';
import type { TerminalCommand } from '../command-context.js';
import { runLibrarySubcommand } from '../library-subcommands.js';
import { UsageError } from '../parse-arguments.js';

/** What `articles list --json` prints for each article. */
function listEntry(article: ArticleSummary) {
  const { id, title, language, url, published, passages } = article;
  return { id, title, language, url, published, passages };
}

function describe(article: ArticleSummary): string {
  const date = article.published ?? '—';
  const parts = [article.id, article.language, date, `${article.passages} passage(s)`, article.title];
  return [...parts, ...(article.url === null ? [] : [article.url])].join('  ');
}

export const articlesCommand: TerminalCommand = {
  help: {
    name: 'articles',
    summary: 'the articles in the knowledge base: list, show one, remove an ingested one',
    usage: ['articles list [--json]', 'articles show <id> [--json]', 'articles remove <id>'],
    flags: [
      { flag: '--json', text: 'list: a JSON array of { id, title, language, url, published, passages }; show: JSON' },
    ],
    notes: ['Shipped articles (the knowledge folder) are not removed; `remove` rebuilds the index.'],
  },
  run: (args, context) =>
    runLibrarySubcommand('articles', args, context, {
      async list({ library, positionals, json, context: { stdout } }) {
        if (positionals.length > 0) throw new UsageError('`articles list` takes no ids; use `articles show <id>`');
        const articles = await library.listArticles();
        if (json) stdout.write(`${JSON.stringify(articles.map(listEntry))}\n`);
        else for (const article of articles) stdout.write(`${describe(article)}\n`);
        return 0;
      },
      async show({ library, positionals, json, context: { stdout } }) {
        const [id, ...extra] = positionals;
        if (id === undefined || extra.length > 0)
          throw new UsageError('give one article id: matchcut articles show <id>');
        const article = await library.showArticle(id);
        if (json) {
          stdout.write(`${JSON.stringify(article)}\n`);
          return 0;
        }
        const lines = [
          article.title,
          `id ${article.id} · ${article.language} · ${article.origin} · ${article.passages} passage(s)`,
          ...[article.outlet, article.author, article.published, article.url].filter((value) => value !== null),
          `file ${article.file}`,
          '',
          article.text,
        ];
        stdout.write(`${lines.join('\n')}\n`);
        return 0;
      },
      async remove({ library, positionals, context: { stdout } }) {
        const [id, ...extra] = positionals;
        if (id === undefined || extra.length > 0)
          throw new UsageError('give one article id: matchcut articles remove <id>');
        const removed = await library.removeArticle(id);
        stdout.write(`removed ${removed.id} "${removed.title}"; the index is rebuilt\n`);
        return 0;
      },
    }),
};
