/**
 * Loads knowledge articles from folders of .md/.markdown/.txt files. Every file is
 * validated; a broken one (or a path that cannot be read: a dangling symbolic link, a
 * loop) is reported (path + field) and the others still load. Control characters are
 * stripped from every text.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type Article, articleFrontMatterSchema } from './article-schema.js';
import { cleanCapture } from './clean-capture.js';
import { stripControlCharacters } from './control-characters.js';
import { detectLanguage } from './detect-language.js';
import { extractHtmlArticle } from './extract-html.js';
import { readCaptureHeader } from './markdown-capture.js';
import {
  articleExtensions,
  describePathError,
  listArticleFiles,
  listArticleFilesWithProblems,
} from './list-article-files.js';
import { describeZodIssue, type KnowledgeProblem } from './problems.js';
import { readSimpleFrontMatter } from './simple-front-matter.js';

export { articleExtensions, listArticleFiles };

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

function yamlProblem(file: string, error: unknown): KnowledgeProblem {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return { file, field: 'front matter', message: `not valid YAML: ${message}` };
}

/** Parses one knowledge file that must carry front matter. */
export function parseArticleFile(file: string, raw: string): { article?: Article; problems: KnowledgeProblem[] } {
  const { frontMatter, body } = splitFrontMatter(raw);
  if (frontMatter === undefined) {
    const message = 'missing: start the file with --- id/title/language --- (or add it with `matchcut ingest`)';
    return { problems: [{ file, field: 'front matter', message }] };
  }
  let data: unknown;
  try {
    data = readSimpleFrontMatter(frontMatter) ?? parseYaml(frontMatter);
  } catch (error) {
    return { problems: [yamlProblem(file, error)] };
  }
  const parsed = articleFrontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => ({ file, ...describeZodIssue(issue, ['front matter']) })) };
  }
  const text = stripControlCharacters(body).trim();
  if (text === '') return { problems: [{ file, field: 'body', message: 'the article has no text' }] };
  return { article: { ...parsed.data, text, file }, problems: [] };
}

/** Files read between two turns of the event loop: a server's timers and sockets are served in between. */
const readsPerTurn = 64;

/**
 * The files' contents (or why one could not be read), in order. Read synchronously: from the system's cache (a
 * knowledge base just written, or read before) a read cost 10-20 µs a file against 55-75 µs for promise reads kept 16
 * in flight (2,000 files of the bench corpus at a time, the two ways alternated); only a cold disk favours reads in
 * flight.
 */
async function* readInOrder(files: readonly string[]): AsyncGenerator<{ file: string; raw?: string; error?: unknown }> {
  for (const [index, file] of files.entries()) {
    if (index > 0 && index % readsPerTurn === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    let result: { file: string; raw?: string; error?: unknown };
    try {
      result = { file, raw: readFileSync(file, 'utf8') };
    } catch (error) {
      result = { file, error };
    }
    yield result;
  }
}

export async function loadArticles(folders: string[]): Promise<LoadedArticles> {
  const articles: Article[] = [];
  const problems: KnowledgeProblem[] = [];
  const seen = new Map<string, string>();
  for (const folder of folders) {
    const listed = await listArticleFilesWithProblems(folder);
    problems.push(...listed.problems);
    for await (const { file, raw, error } of readInOrder(listed.files)) {
      if (raw === undefined) {
        problems.push({ file, field: '(file)', message: describePathError(error) });
        continue;
      }
      const result = parseArticleFile(file, raw);
      problems.push(...result.problems);
      if (!result.article) continue;
      const earlier = seen.get(result.article.id);
      if (earlier !== undefined) {
        problems.push({
          file,
          field: 'front matter.id',
          message: `"${result.article.id}" is already used by ${earlier}`,
        });
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
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug;
}

/** A value found in a capture, dropped when longer than its field allows (it is then not what it seemed). */
function clip(value: string | undefined, maximum: number): string | undefined {
  return value !== undefined && value.length <= maximum ? value : undefined;
}

/** An id from a title written mostly in Latin letters; undefined for other scripts (the file name is used). */
function idFromTitle(title: string): string | undefined {
  const letters = title.match(/\p{L}/gu)?.length ?? 0;
  const latin = title.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const slug = slugify(title);
  return latin >= letters * 0.5 && /[a-z]{2}/u.test(slug) ? slug : undefined;
}

/** Whether a file holds an HTML page (by its name, or by its first tag). */
export function isHtml(file: string, raw: string): boolean {
  return /\.html?$/iu.test(file) || /^\s*(?:<!doctype html|<html[\s>])/iu.test(raw.slice(0, 1_000));
}

/** Title, date, author, outlet, language, URL and text of a capture, from HTML or text. */
function readCapture(file: string, raw: string, known: Record<string, unknown>, page?: PageSource) {
  if (page !== undefined || isHtml(file, raw)) {
    const baseUrl = page?.finalUrl ?? (typeof known.url === 'string' ? known.url : undefined);
    const extracted = extractHtmlArticle(raw, baseUrl);
    return { ...extracted, text: extracted.text, derivedTitle: extracted.title };
  }
  const knownTitle = typeof known.title === 'string' ? known.title : undefined;
  const header = readCaptureHeader(raw);
  const body = header.body;
  const language = typeof known.language === 'string' ? known.language : detectLanguage(body);
  const markdown = /\.(?:md|markdown)$/iu.test(file);
  const cleaned = cleanCapture(body, { language, title: knownTitle, markdown });
  let text = cleaned.text;
  // The heading above the text, else the page title a capture tool wrote in its header.
  let derivedTitle = cleaned.title ?? header.title;
  if (derivedTitle === undefined && knownTitle === undefined) {
    // No headline stands above the text: a short first line that is not a sentence is the title.
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const first = lines[0]?.replace(/^#+\s*/u, '').trim();
    if (first && first.length <= 200 && lines.length > 1 && !/[.。]$/u.test(first)) {
      derivedTitle = first;
      text = lines.slice(1).join('\n\n');
    }
  }
  return {
    ...cleaned,
    published: cleaned.published ?? header.published,
    language: undefined,
    url: header.url,
    text,
    derivedTitle,
  };
}

/** A page fetched from the web: its text is HTML whatever it starts with; links resolve against its final URL. */
export interface PageSource {
  finalUrl: string;
}

/**
 * Turns a user's file (a web capture as text or HTML, plain text or Markdown, with or
 * without front matter) into an article: furniture dropped, language detected, id,
 * title, date, author and outlet derived where the front matter does not give them.
 */
export function prepareArticle(
  file: string,
  raw: string,
  fallbackId: string,
  page?: PageSource,
): { article?: Article; problems: KnowledgeProblem[] } {
  const { frontMatter, body } = splitFrontMatter(stripControlCharacters(raw));
  let data: Record<string, unknown> = {};
  if (frontMatter !== undefined) {
    try {
      data = (parseYaml(frontMatter) as Record<string, unknown> | null) ?? {};
    } catch (error) {
      return { problems: [yamlProblem(file, error)] };
    }
  }
  const capture = readCapture(file, body, data, page);
  const text = capture.text.trim();
  data.title ??= clip(capture.derivedTitle, 300) ?? path.basename(file, path.extname(file));
  data.id ??= idFromTitle(String(data.title)) ?? fallbackId;
  data.language ??= capture.language ?? detectLanguage(`${String(data.title)}\n${text}`);
  data.published ??= capture.published;
  data.author ??= clip(capture.author, 200);
  data.outlet ??= clip(capture.outlet, 200);
  data.url ??= capture.url;
  const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== null));
  const parsed = articleFrontMatterSchema.safeParse(defined);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => ({ file, ...describeZodIssue(issue, ['front matter']) })) };
  }
  if (text === '')
    return { problems: [{ file, field: 'body', message: 'no article text left after removing page furniture' }] };
  return { article: { ...parsed.data, text, file }, problems: [] };
}

export async function isFolder(target: string): Promise<boolean> {
  return (await stat(target)).isDirectory();
}
