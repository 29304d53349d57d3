/**
 * One web page into the knowledge base: fetched by the guarded fetcher, its article extracted
 * (headline, byline, date, language, canonical URL without tracking parameters, else the final
 * URL after redirects) and written through the same ingest path as files. The article's
 * source is its canonical URL, so a page seen again under another address is the same article;
 * its checksum is that of the extracted text, so a page whose furniture changed is unchanged.
 */
import { createHash } from 'node:crypto';
import { badInput } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import { extractHtmlArticle } from '../extract-html.js';
import { type IngestResult, ingestCandidates } from '../ingest-articles.js';
import { formatProblem } from '../problems.js';
import type { AddressGuard } from './address-guard.js';
import { fetchDocument, type FetchOptions, pageContentTypes } from './fetch-page.js';
import type { PageProblem } from './page-problems.js';

export interface PageIngestOptions {
  dataDir: string;
  knowledgeDir?: string | undefined;
  logger: Logger;
  guard: AddressGuard;
  resolve?: FetchOptions['resolve'];
  timeoutMs?: number | undefined;
}

export interface IngestedPage {
  outcome: 'added' | 'updated' | 'unchanged';
  id: string;
  title: string;
  language: string;
  /** The URL citations show. */
  url: string;
  /** The URL asked for and the one redirects ended at. */
  requestedUrl: string;
  finalUrl: string;
  /** The first paragraph of the article text (a preview). */
  firstPassage: string;
  /** The checksum of the extracted text (feed items remember it). */
  contentHash: string;
  result: IngestResult;
}

function firstParagraph(text: string): string {
  const paragraph =
    text
      .split(/\n\s*\n/u)
      .map((part) => part.trim())
      .find((part) => part.length >= 40) ?? text.trim();
  return paragraph.length > 400 ? `${paragraph.slice(0, 397).trimEnd()}…` : paragraph;
}

function fallbackName(url: string): string {
  const segments = new URL(url).pathname.split('/').filter((segment) => segment !== '');
  return (segments.at(-1) ?? new URL(url).hostname).replace(/\.[a-z]+$/iu, '');
}

/** Fetches, extracts and ingests one page; BAD_INPUT naming the URL when it cannot be. */
export async function ingestPage(address: string, options: PageIngestOptions): Promise<IngestedPage> {
  const fetched = await fetchDocument(address, {
    guard: options.guard,
    accept: pageContentTypes,
    resolve: options.resolve,
    timeoutMs: options.timeoutMs,
  });
  const extracted = extractHtmlArticle(fetched.text, fetched.finalUrl);
  const url = extracted.url ?? fetched.finalUrl;
  if (extracted.text.trim() === '')
    throw badInput(`cannot ingest ${address}: no article text left after removing page furniture`, {
      details: { url: address, problem: 'noText' satisfies PageProblem },
    });
  const contentHash = createHash('sha256')
    .update(`${extracted.title ?? ''}\n${extracted.text}`)
    .digest('hex')
    .slice(0, 32);
  const result = await ingestCandidates(
    [
      {
        source: url,
        label: address,
        raw: Buffer.from(fetched.text, 'utf8'),
        page: { finalUrl: fetched.finalUrl },
        checksum: contentHash,
        fallbackName: fallbackName(url),
      },
    ],
    { dataDir: options.dataDir, knowledgeDir: options.knowledgeDir, logger: options.logger },
  );
  const entry = result.added[0] ?? result.updated[0];
  const outcome = result.added[0] ? 'added' : result.updated[0] ? 'updated' : 'unchanged';
  const id = entry?.id ?? result.unchanged[0]?.id;
  if (id === undefined) {
    const problem = result.problems[0];
    throw badInput(`cannot ingest ${address}: ${problem ? formatProblem(problem) : 'no article found on the page'}`, {
      details: { url: address, problem: 'noArticle' satisfies PageProblem },
    });
  }
  return {
    outcome,
    id,
    title: entry?.title ?? extracted.title ?? url,
    language: entry?.language ?? extracted.language ?? 'und',
    url,
    requestedUrl: address,
    finalUrl: fetched.finalUrl,
    firstPassage: firstParagraph(extracted.text),
    contentHash,
    result,
  };
}
