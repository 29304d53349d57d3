/**
 * `matchcut ingest`: turns users' files (Markdown, plain text, web captures) into
 * knowledge articles in `<dataDir>/articles/` — furniture dropped, language detected,
 * front matter written — atomically, one file per article. The index is rebuilt by the
 * next open because the content hash changes.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Logger } from '../logging/logger.js';
import { writeFileAtomically } from '../retrieval/atomic-files.js';
import { articleExtensions, listArticleFiles, prepareArticle } from './load-articles.js';
import type { KnowledgeProblem } from './problems.js';

export interface IngestResult {
  added: { id: string; file: string; language: string; title: string }[];
  problems: KnowledgeProblem[];
}

const maximumFileBytes = 5 * 1024 * 1024;

export async function ingestArticles(targets: string[], options: { dataDir: string; logger: Logger }): Promise<IngestResult> {
  const result: IngestResult = { added: [], problems: [] };
  const files: string[] = [];
  for (const target of targets) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(target);
    } catch {
      result.problems.push({ file: target, field: '(path)', message: 'no such file or folder' });
      continue;
    }
    if (info.isDirectory()) files.push(...(await listArticleFiles(target)));
    else if ((articleExtensions as readonly string[]).includes(path.extname(target).toLowerCase())) files.push(target);
    else result.problems.push({ file: target, field: '(path)', message: `not an article: use ${articleExtensions.join(', ')} files` });
  }
  const folder = path.join(options.dataDir, 'articles');
  const usedIds = new Set<string>();
  for (const file of files) {
    const info = await stat(file);
    if (info.size > maximumFileBytes) {
      result.problems.push({ file, field: '(file)', message: `larger than ${maximumFileBytes / 1024 / 1024} MiB; split it into articles` });
      continue;
    }
    const raw = await readFile(file, 'utf8');
    if (raw.includes('\u0000')) {
      result.problems.push({ file, field: '(file)', message: 'binary content, not text' });
      continue;
    }
    const fallbackId = `article-${path.basename(file, path.extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'untitled'}`;
    const prepared = prepareArticle(file, raw, fallbackId);
    result.problems.push(...prepared.problems);
    if (!prepared.article) continue;
    const article = prepared.article;
    let id = article.id;
    for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${article.id}-${suffix}`;
    usedIds.add(id);
    const { text, file: _source, tags, ...frontMatter } = article;
    const front = Object.fromEntries(Object.entries({ ...frontMatter, id, tags: tags.length > 0 ? tags : undefined }).filter(([, value]) => value !== undefined));
    await writeFileAtomically(path.join(folder, `${id}.md`), `---\n${stringify(front)}---\n\n${text}\n`);
    options.logger.info({ id, file }, 'article added');
    result.added.push({ id, file, language: article.language, title: article.title });
  }
  return result;
}
