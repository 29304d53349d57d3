/**
 * Extractive answers: from the best passages pick the sentences that answer the question
 * (coverage of what is asked, the expected kind of answer — a number, a date, a name —
 * and the passage's rank), quote them with numbered citations, and say honestly when the
 * sources do not cover the question, listing the closest sources instead.
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { RetrievedPassage } from '../retrieval/hybrid-retriever.js';
import { normalizeText } from '../retrieval/text-normalize.js';
import { notCoveredMessage } from './messages.js';
import { answerTypeOf, coverage, matchesAnswerType, queryUnits, textUnitKeys } from './query-units.js';
import { splitSentences } from './sentences.js';
import type { Answer, Citation } from './types.js';

export interface ExtractiveOptions {
  /** Minimum share of the question's units the best passage must cover. */
  groundingThreshold?: number;
  maximumSentences?: number;
  /** How many closest sources a "not covered" answer lists. */
  closestSources?: number;
}

interface Candidate {
  passage: RetrievedPassage;
  passageRank: number;
  sentence: string;
  index: number;
  sentences: string[];
  score: number;
  keys: Set<string>;
}

const quoteLimit = 500;

function shortQuote(text: string): string {
  if (text.length <= quoteLimit) return text;
  const cut = text.lastIndexOf(' ', quoteLimit);
  return `${text.slice(0, cut > quoteLimit / 2 ? cut : quoteLimit)}…`;
}

function citationFor(passage: RetrievedPassage, n: number, quote: string, score: number): Citation {
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

export interface ExtractiveDeps {
  glossary: Glossary | undefined;
  /** 0..1 rarity of a unit key in the knowledge base (1 = absent): rare words weigh more. */
  rarity?: ((key: string) => number) | undefined;
}

export function createExtractiveAnswerer(deps: ExtractiveDeps, options: ExtractiveOptions = {}) {
  const threshold = options.groundingThreshold ?? 0.6;
  const maximumSentences = options.maximumSentences ?? 3;
  const closestCount = options.closestSources ?? 3;

  return function answer(question: string, passages: RetrievedPassage[], context: { language: string; query: string }): Answer {
    const baseUnits = queryUnits(context.query, deps.glossary);
    const rarity = deps.rarity ?? (() => 1);
    // Sentences are ranked with sharp rarity weights (the rare word is what is asked);
    // grounding uses smoothed ones (common words still count).
    const units = baseUnits.map((unit) => ({ ...unit, weight: unit.weight * rarity(unit.key) }));
    const groundingUnits = baseUnits.map((unit) => ({ ...unit, weight: unit.weight * (0.5 + 0.5 * rarity(unit.key)) }));
    const type = answerTypeOf(question);
    const notCovered = (): Answer => ({
      text: notCoveredMessage(context.language),
      grounded: false,
      citations: dedupeByArticle(passages)
        .slice(0, closestCount)
        .map((passage, index) => citationFor(passage, index + 1, passage.chunk.text, passage.fused)),
      path: 'extractive',
      language: context.language,
      query: context.query,
    });
    if (passages.length === 0 || baseUnits.length === 0) return notCovered();

    const candidates: Candidate[] = [];
    // Grounding is judged per article: the retrieved passages of one article together must cover the question.
    const articleKeys = new Map<string, Set<string>>();
    const passageKeyList = passages.slice(0, 6).map((passage) => {
      const keys = textUnitKeys(`${passage.chunk.title}\n${passage.chunk.text}`, deps.glossary);
      const union = articleKeys.get(passage.chunk.articleId) ?? new Set<string>();
      for (const key of keys) union.add(key);
      articleKeys.set(passage.chunk.articleId, union);
      return keys;
    });
    let bestPassageCoverage = 0;
    for (const keys of articleKeys.values()) bestPassageCoverage = Math.max(bestPassageCoverage, coverage(groundingUnits, keys));
    for (const [passageRank, passage] of passages.slice(0, 6).entries()) {
      const passageKeys = passageKeyList[passageRank] as Set<string>;
      const passageCoverage = coverage(units, passageKeys);
      const sentences = splitSentences(passage.chunk.text);
      for (const [index, sentence] of sentences.entries()) {
        const keys = textUnitKeys(sentence, deps.glossary);
        const sentenceCoverage = coverage(units, keys);
        const typed = type !== 'other' && matchesAnswerType(sentence, type) ? 1 : 0;
        const score = 0.55 * sentenceCoverage + 0.25 * passageCoverage + 0.15 * typed + 0.05 / (1 + passageRank);
        candidates.push({ passage, passageRank, sentence, index, sentences, score, keys });
      }
    }
    if (bestPassageCoverage < threshold || candidates.length === 0) return notCovered();

    candidates.sort((left, right) => right.score - left.score);
    const best = candidates[0] as Candidate;
    const chosen: Candidate[] = [best];
    // Resolve "the company" / "it": when the previous sentence names what the best one leaves out, include it.
    const previous = best.sentences[best.index - 1];
    if (previous !== undefined && coverage(units, best.keys) < 1) {
      const previousKeys = textUnitKeys(previous, deps.glossary);
      const missing = units.filter((unit) => !best.keys.has(unit.key));
      if (missing.some((unit) => previousKeys.has(unit.key))) {
        chosen.unshift({ ...best, sentence: previous, index: best.index - 1, keys: previousKeys, score: best.score });
      }
    }
    // Further sentences only when they are nearly as good and add something asked that the chosen ones lack.
    const seen = new Set(chosen.map((candidate) => normalizeText(candidate.sentence)));
    const coveredKeys = new Set(chosen.flatMap((candidate) => [...candidate.keys]));
    for (const candidate of candidates.slice(1)) {
      if (chosen.length >= maximumSentences) break;
      if (candidate.score < best.score * 0.85) break;
      const normalized = normalizeText(candidate.sentence);
      if (seen.has(normalized)) continue;
      const addsSomething = units.some((unit) => unit.weight > 0.2 && !coveredKeys.has(unit.key) && candidate.keys.has(unit.key));
      const answersType = type !== 'other' && matchesAnswerType(candidate.sentence, type) && !chosen.some((chosenOne) => matchesAnswerType(chosenOne.sentence, type));
      if (!addsSomething && !answersType) continue;
      seen.add(normalized);
      for (const key of candidate.keys) coveredKeys.add(key);
      chosen.push(candidate);
    }

    // Number citations by passage, in order of first use.
    const citationByChunk = new Map<string, Citation>();
    const quotes = new Map<string, string[]>();
    const parts: string[] = [];
    for (const candidate of chosen) {
      const chunkId = candidate.passage.chunk.id;
      let citation = citationByChunk.get(chunkId);
      if (!citation) {
        citation = citationFor(candidate.passage, citationByChunk.size + 1, '', candidate.score);
        citationByChunk.set(chunkId, citation);
        quotes.set(chunkId, []);
      }
      (quotes.get(chunkId) as string[]).push(candidate.sentence);
      parts.push(candidate.sentence);
      const next = chosen[chosen.indexOf(candidate) + 1];
      if (!next || next.passage.chunk.id !== chunkId) parts.push(`[${citation.n}]`);
    }
    const citations = [...citationByChunk.values()].map((citation) => ({
      ...citation,
      quote: shortQuote((quotes.get(citation.chunkId) as string[]).join(' ')),
    }));
    return {
      text: parts.join(' ').replace(/\s+\[/g, ' ['),
      grounded: true,
      citations,
      path: 'extractive',
      language: context.language,
      query: context.query,
    };
  };
}

function dedupeByArticle(passages: RetrievedPassage[]): RetrievedPassage[] {
  const seen = new Set<string>();
  return passages.filter((passage) => {
    if (seen.has(passage.chunk.articleId)) return false;
    seen.add(passage.chunk.articleId);
    return true;
  });
}
