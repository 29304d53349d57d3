/**
 * Loads knowledge articles from folders of .md/.markdown/.txt files. Every file is
 * validated; a broken one is reported (path + field) and the others still load.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type Article, articleFrontMatterSchema } from './article-schema.js';
import { cleanCapture } from './clean-capture.js';
import { detectLanguage } from './detect-language.js';
import { describeZodIssue, type KnowledgeProblem } from './problems.js';

export const articleExtensions = ['.md', '.markdown', '.txt'] as const;

const frontMatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface LoadedArticles {
  articles: Article[];
  problems: KnowledgeProblem[];
}

/** Splits front matter from the body; `undefined` front matter when there is none. */
export function splitFrontMatter(raw: string): { frontMatter: string | undefined; body: string } {
  const match = frontMatterPattern.exec(raw);
  if (!match) return { frontMatter: undefined, body: raw };
  return { frontMatter: match[1], body: raw.slice(match[0].length) };
}

/** Parses one knowledge file that must carry front matter. */
export function parseArticleFile(file: string, raw: string): { article?: Article; problems: KnowledgeProblem[] } {
  const { frontMatter, body } = splitFrontMatter(raw);
  if (frontMatter === undefined) {
    return { problems: [{ file, field: 'front matter', message: 'missing: start the file with --- id/title/language --- (or add it with `matchcut ingest`)' }] };
  }
  let data: unknown;
  try {
    data = parseYaml(frontMatter);
  } catch (error) {
    return { problems: [{ file, field: 'front matter', message: `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }] };
  }
  const parsed = articleFrontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => ({ file, ...describeZodIssue(issue, ['front matter']) })) };
  }
  const text = body.trim();
  if (text === '') return { problems: [{ file, field: 'body', message: 'the article has no text' }] };
  return { article: { ...parsed.data, text, file }, problems: [] };
}

async function listArticleFiles(folder: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries.sort((left, right) => left.name.localeCompare(right.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listArticleFiles(full)));
    else if ((articleExtensions as readonly string[]).includes(path.extname(entry.name).toLowerCase())) files.push(full);
  }
  return files;
}

export async function loadArticles(folders: string[]): Promise<LoadedArticles> {
  const articles: Article[] = [];
  const problems: KnowledgeProblem[] = [];
  const seen = new Map<string, string>();
  for (const folder of folders) {
    for (const file of await listArticleFiles(folder)) {
      const result = parseArticleFile(file, await readFile(file, 'utf8'));
      problems.push(...result.problems);
      if (!result.article) continue;
      const earlier = seen.get(result.article.id);
      if (earlier !== undefined) {
        problems.push({ file, field: 'front matter.id', message: `"${result.article.id}" is already used by ${earlier}` });
        continue;
      }
      seen.set(result.article.id, file);
      articles.push(result.article);
    }
  }
  return { articles, problems };
}

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{Mn}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug;
}

/**
 * Turns a user's file (a web capture, plain text or Markdown, with or without front
 * matter) into an article: furniture dropped, language detected, id and title derived.
 */
export function prepareArticle(file: string, raw: string, fallbackId: string): { article?: Article; problems: KnowledgeProblem[] } {
  const { frontMatter, body } = splitFrontMatter(raw);
  const cleaned = cleanCapture(body);
  const lines = cleaned.text.split('\n').filter((line) => line.trim() !== '');
  let data: Record<string, unknown> = {};
  if (frontMatter !== undefined) {
    try {
      data = (parseYaml(frontMatter) as Record<string, unknown> | null) ?? {};
    } catch (error) {
      return { problems: [{ file, field: 'front matter', message: `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }] };
    }
  }
  let text = cleaned.text;
  if (data.title === undefined) {
    const first = lines[0]?.replace(/^#+\s*/, '').trim();
    if (first && first.length <= 200 && lines.length > 1) {
      data.title = first;
      text = lines.slice(1).join('\n\n');
    } else {
      data.title = path.basename(file, path.extname(file));
    }
  }
  data.id ??= slugify(String(data.title)) || fallbackId;
  data.language ??= detectLanguage(text);
  if (data.published === undefined && cleaned.published) data.published = cleaned.published;
  if (data.author === undefined && cleaned.author) data.author = cleaned.author;
  const parsed = articleFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => ({ file, ...describeZodIssue(issue, ['front matter']) })) };
  }
  if (text.trim() === '') return { problems: [{ file, field: 'body', message: 'no article text left after removing page furniture' }] };
  return { article: { ...parsed.data, text: text.trim(), file }, problems: [] };
}

export async function isFolder(target: string): Promise<boolean> {
  return (await stat(target)).isDirectory();
}

export { listArticleFiles };
