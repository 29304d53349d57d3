/**
 * `matchcut ingest`: turns users' files (Markdown, plain text, web captures as text or
 * HTML) into knowledge articles in `<dataDir>/articles/` — furniture dropped, language
 * detected, front matter written — atomically, one file per article. The index is rebuilt
 * by the next open because the content hash changes.
 *
 * Ids are unique across runs and the shipped set: a different file with the same title
 * gets a new id; the same bytes again are "unchanged"; a changed file at the same path
 * replaces its earlier version ("updated"); an id given in front matter that another
 * article already has is refused, naming both files. One unreadable path is reported
 * and skipped; the others are ingested.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Logger } from '../logging/logger.js';
import { writeFileAtomically } from '../retrieval/atomic-files.js';
import type { Article } from './article-schema.js';
import {
  describePathError,
  ingestExtensions,
  inspectPath,
  listArticleFilesWithProblems,
} from './list-article-files.js';
import { loadArticles, type PageSource, prepareArticle, splitFrontMatter } from './load-articles.js';
import type { KnowledgeProblem } from './problems.js';

export interface IngestedArticle {
  id: string;
  file: string;
  language: string;
  title: string;
}

export interface IngestResult {
  added: IngestedArticle[];
  /** Files ingested before from the same path, whose content changed: their article was replaced. */
  updated: IngestedArticle[];
  /** Files whose exact bytes are already ingested. */
  unchanged: { id: string; file: string }[];
  problems: KnowledgeProblem[];
}

export interface IngestOptions {
  dataDir: string;
  /** The shipped knowledge folder: its article ids are taken. */
  knowledgeDir?: string | undefined;
  logger: Logger;
}

const maximumFileBytes = 5 * 1024 * 1024;

function checksumOf(raw: Buffer): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 32);
}

/** The files named by the targets (files and folders); unreadable paths become problems. */
async function collectFiles(targets: string[], problems: KnowledgeProblem[]): Promise<string[]> {
  const files: string[] = [];
  for (const target of targets) {
    const inspected = await inspectPath(target);
    if ('problem' in inspected) {
      problems.push({ file: target, field: '(path)', message: inspected.problem });
    } else if (inspected.kind === 'folder') {
      const listed = await listArticleFilesWithProblems(target, ingestExtensions);
      problems.push(...listed.problems);
      if (listed.files.length === 0 && listed.problems.length === 0) {
        problems.push({
          file: target,
          field: '(path)',
          message: `no ${ingestExtensions.join(', ')} files in this folder`,
        });
      }
      files.push(...listed.files);
    } else if ((ingestExtensions as readonly string[]).includes(path.extname(target).toLowerCase())) {
      files.push(target);
    } else {
      problems.push({
        file: target,
        field: '(path)',
        message: `not an article: use ${ingestExtensions.join(', ')} files`,
      });
    }
  }
  return files;
}

/** What is already known: ingested articles by id, source path and checksum, and the shipped ids. */
async function readExisting(folder: string, knowledgeDir: string | undefined) {
  const ingested = await loadArticles([folder]);
  const shipped = knowledgeDir ? await loadArticles([path.join(knowledgeDir, 'articles')]) : { articles: [] };
  const owners = new Map<string, string>();
  for (const article of shipped.articles) owners.set(article.id, article.file);
  const bySource = new Map<string, Article>();
  const byChecksum = new Map<string, Article>();
  /** Articles ingested before sources were recorded, by id: the same text again adopts them. */
  const unrecorded = new Map<string, Article>();
  for (const article of ingested.articles) {
    if (!owners.has(article.id)) owners.set(article.id, article.source ?? article.file);
    if (article.source) bySource.set(article.source, article);
    else unrecorded.set(article.id, article);
    if (article.checksum) byChecksum.set(article.checksum, article);
  }
  const shippedIds = new Set(shipped.articles.map((article) => article.id));
  return { owners, bySource, byChecksum, unrecorded, shippedIds };
}

/** Reads a file for ingest, or says why it cannot be. */
async function readCandidate(file: string): Promise<{ raw: Buffer } | { problem: KnowledgeProblem }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { problem: { file, field: '(path)', message: 'not a regular file' } };
    if (info.size > maximumFileBytes) {
      const message = `larger than ${maximumFileBytes / 1024 / 1024} MiB; split it into articles`;
      return { problem: { file, field: '(file)', message } };
    }
    const raw = await readFile(file);
    if (raw.includes(0)) return { problem: { file, field: '(file)', message: 'binary content, not text' } };
    return { raw };
  } catch (error) {
    return { problem: { file, field: '(path)', message: describePathError(error) } };
  }
}

export async function ingestArticles(targets: string[], options: IngestOptions): Promise<IngestResult> {
  const result: IngestResult = { added: [], updated: [], unchanged: [], problems: [] };
  const files = await collectFiles(targets, result.problems);
  const existing = await readExisting(path.join(options.dataDir, 'articles'), options.knowledgeDir);
  for (const file of files) {
    const read = await readCandidate(file);
    if ('problem' in read) {
      result.problems.push(read.problem);
      continue;
    }
    await ingestCandidate({ source: path.resolve(file), label: file, raw: read.raw }, existing, result, options);
  }
  return result;
}

/** Something to ingest that is not a file given on the command line: a page fetched from the web. */
export interface IngestCandidate {
  /** Where it came from (a resolved path, or a page's URL): a changed candidate from there replaces its article. */
  source: string;
  /** How results and problems name it (the path as given, or the URL). */
  label: string;
  raw: Buffer;
  /** A fetched HTML page: extracted as HTML, links resolved against its final URL. */
  page?: PageSource | undefined;
  /** The content checksum (a page's raw bytes change with every fetch; its extracted text does not). */
  checksum?: string | undefined;
  /** The file name the id falls back to when the title gives none. */
  fallbackName?: string | undefined;
}

/** Ingests candidates one by one through the same rules as files (ids, unchanged, updated). */
export async function ingestCandidates(candidates: IngestCandidate[], options: IngestOptions): Promise<IngestResult> {
  const result: IngestResult = { added: [], updated: [], unchanged: [], problems: [] };
  const existing = await readExisting(path.join(options.dataDir, 'articles'), options.knowledgeDir);
  for (const candidate of candidates) await ingestCandidate(candidate, existing, result, options);
  return result;
}

async function ingestCandidate(
  candidate: IngestCandidate,
  existing: Awaited<ReturnType<typeof readExisting>>,
  result: IngestResult,
  options: IngestOptions,
): Promise<void> {
  const { source, label: file } = candidate;
  const folder = path.join(options.dataDir, 'articles');
  const checksum = candidate.checksum ?? checksumOf(candidate.raw);
  const known = existing.byChecksum.get(checksum);
  if (known) {
    result.unchanged.push({ id: known.id, file });
    return;
  }
  const rawText = candidate.raw.toString('utf8');
  const baseName = (candidate.fallbackName ?? path.basename(file, path.extname(file))).toLowerCase();
  const fallbackId = `article-${baseName.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'untitled'}`;
  const prepared = prepareArticle(file, rawText, fallbackId, candidate.page);
  result.problems.push(...prepared.problems);
  if (!prepared.article) return;
  // An article ingested before sources were recorded, with the same id and text, is this file's.
  const unrecorded = existing.unrecorded.get(prepared.article.id);
  const adopted = unrecorded?.text === prepared.article.text ? unrecorded : undefined;
  if (adopted) existing.owners.set(adopted.id, source);
  const earlier = existing.bySource.get(source) ?? adopted;
  const explicitId = candidate.page === undefined && /^id\s*:/mu.test(splitFrontMatter(rawText).frontMatter ?? '');
  const id = chooseId(prepared.article.id, { earlier, explicitId, source, file, existing, problems: result.problems });
  if (id === undefined) return;
  const article: Article = { ...prepared.article, id, source, checksum };
  await writeArticle(folder, article);
  existing.owners.set(id, source);
  existing.bySource.set(source, article);
  existing.byChecksum.set(checksum, article);
  const entry = { id, file, language: article.language, title: article.title };
  if (adopted) result.unchanged.push({ id, file });
  else if (earlier) result.updated.push(entry);
  else result.added.push(entry);
  options.logger.info({ id, file }, earlier ? 'article updated' : 'article added');
}

interface IdContext {
  earlier: Article | undefined;
  explicitId: boolean;
  source: string;
  file: string;
  existing: Awaited<ReturnType<typeof readExisting>>;
  problems: KnowledgeProblem[];
}

/** The id to store an article under, or undefined (with a problem naming both files) when an explicit id is taken. */
function chooseId(wanted: string, context: IdContext): string | undefined {
  const { earlier, explicitId, source, file, existing } = context;
  // A new version of a file ingested before keeps its id (unless its front matter now names another).
  if (earlier && (!explicitId || earlier.id === wanted)) return earlier.id;
  const owner = existing.owners.get(wanted);
  if (owner === undefined || owner === source) return wanted;
  if (explicitId) {
    const whose = existing.shippedIds.has(wanted) ? 'the shipped article' : 'the article ingested from';
    context.problems.push({
      file,
      field: 'front matter.id',
      message: `"${wanted}" is already used by ${whose} ${owner}; give this file another id`,
    });
    return undefined;
  }
  let suffix = 2;
  while (existing.owners.has(`${wanted}-${suffix}`)) suffix += 1;
  return `${wanted}-${suffix}`;
}

async function writeArticle(folder: string, article: Article): Promise<void> {
  const { text, file: _file, tags, ...frontMatter } = article;
  const front = Object.fromEntries(
    Object.entries({ ...frontMatter, tags: tags.length > 0 ? tags : undefined }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  await writeFileAtomically(path.join(folder, `${article.id}.md`), `---\n${stringify(front)}---\n\n${text}\n`);
}
