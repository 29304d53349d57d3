/**
 * Numbered citations: one per passage, numbered in order of first use, quoting the
 * sentences taken from it; the answer text carries [n] after each passage's sentences.
 */
import type { RetrievedPassage } from '../retrieval/hybrid-retriever.js';
import type { Citation } from './types.js';

const quoteLimit = 500;

export function shortQuote(text: string): string {
  if (text.length <= quoteLimit) return text;
  const cut = text.lastIndexOf(' ', quoteLimit);
  return `${text.slice(0, cut > quoteLimit / 2 ? cut : quoteLimit)}…`;
}

export function citationFor(passage: RetrievedPassage, n: number, quote: string, score: number): Citation {
  const article = passage.chunk.article;
  return {
    n,
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    quote: shortQuote(quote),
    chunkId: passage.chunk.id,
    score: Math.round(score * 1_000) / 1_000,
  };
}

/** The answer text with [n] markers and the citations, for sentences in the order given. */
export function numberCitations(parts: { passage: RetrievedPassage; sentence: string; score: number }[]): {
  text: string;
  citations: Citation[];
} {
  const byChunk = new Map<string, { citation: Citation; quotes: string[] }>();
  const pieces: string[] = [];
  for (const [position, part] of parts.entries()) {
    const chunkId = part.passage.chunk.id;
    let entry = byChunk.get(chunkId);
    if (!entry) {
      entry = { citation: citationFor(part.passage, byChunk.size + 1, '', part.score), quotes: [] };
      byChunk.set(chunkId, entry);
    }
    entry.quotes.push(part.sentence);
    pieces.push(part.sentence);
    const next = parts[position + 1];
    if (!next || next.passage.chunk.id !== chunkId) pieces.push(`[${entry.citation.n}]`);
  }
  const citations = [...byChunk.values()].map((entry) => ({
    ...entry.citation,
    quote: shortQuote(entry.quotes.join(' ')),
  }));
  return { text: pieces.join(' ').replace(/\s+\[/g, ' ['), citations };
}

/** The closest sources for a refusal: the best passage of each article. */
export function closestSources(passages: RetrievedPassage[], count: number): Citation[] {
  const seen = new Set<string>();
  const distinct = passages.filter((passage) => {
    if (seen.has(passage.chunk.articleId)) return false;
    seen.add(passage.chunk.articleId);
    return true;
  });
  return distinct
    .slice(0, count)
    .map((passage, index) => citationFor(passage, index + 1, passage.chunk.text, passage.fused));
}

/** The citations of a quoted passage followed by the closest sources of the other articles, numbered after them. */
export function withClosestSources(cited: Citation[], passages: RetrievedPassage[], count: number): Citation[] {
  const articles = new Set(cited.map((citation) => citation.articleId));
  const others = closestSources(
    passages.filter((passage) => !articles.has(passage.chunk.articleId)),
    Math.max(0, count - cited.length),
  );
  return [...cited, ...others.map((citation, index) => ({ ...citation, n: cited.length + index + 1 }))];
}
