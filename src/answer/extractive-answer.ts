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
import { answerTypeOf, coverage, isAnswerKindConcept, matchesAnswerType, queryUnits, textUnitKeys } from './query-units.js';
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

  // A passage's sentences, their unit keys and its places depend only on the passage: keep
  // them by chunk id, so an ask tokenizes the question and new passages only.
  interface AnalysedPassage {
    sentences: string[];
    sentenceKeys: Set<string>[];
    places: string[];
  }
  const analysedPassages = new Map<string, AnalysedPassage>();
  const analysed = (chunk: { id: string; text: string }): AnalysedPassage => {
    const cached = analysedPassages.get(chunk.id);
    if (cached) return cached;
    const sentences = splitSentences(chunk.text);
    const places: string[] = [];
    for (const hit of deps.glossary?.findConcepts(chunk.text) ?? []) {
      if (deps.glossary?.concepts.get(hit.conceptId)?.category === 'place') for (const id of deps.glossary.withAncestors(hit.conceptId)) places.push(`@${id}`);
    }
    const result = { sentences, sentenceKeys: sentences.map((sentence) => textUnitKeys(sentence, deps.glossary)), places };
    if (analysedPassages.size >= 5_000) analysedPassages.clear();
    analysedPassages.set(chunk.id, result);
    return result;
  };

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

    // Grounding is judged on evidence, not on a whole article: a sentence with its neighbours
    // (two sentences before and after, which resolve "the company" / "it") and the article's
    // title must together cover the question — and, when the question wants a number, a date,
    // a person or a place, the sentence must hold one. Words scattered over an article do not
    // answer a question.
    const countsPeople = countsPeopleWith(deps.glossary);
    const anchoredUnits = type === 'number' ? baseUnits.filter((unit) => isAnswerKindConcept(unit.key)) : [];
    const candidates: Candidate[] = [];
    const titleKeys = new Map<string, Set<string>>();
    // Where a story happens holds for all of it: places named anywhere in an article's retrieved passages are context for each sentence.
    const articlePlaces = new Map<string, Set<string>>();
    for (const passage of passages.slice(0, 6)) {
      const places = articlePlaces.get(passage.chunk.articleId) ?? new Set<string>();
      for (const key of analysed(passage.chunk).places) places.add(key);
      articlePlaces.set(passage.chunk.articleId, places);
    }
    let bestEvidence = 0;
    const groundedArticles = new Set<string>();
    for (const [passageRank, passage] of passages.slice(0, 6).entries()) {
      const articleId = passage.chunk.articleId;
      let title = titleKeys.get(articleId);
      if (!title) {
        title = textUnitKeys(passage.chunk.title, deps.glossary);
        titleKeys.set(articleId, title);
      }
      const { sentences, sentenceKeys } = analysed(passage.chunk);
      for (const [index, sentence] of sentences.entries()) {
        const keys = sentenceKeys[index] as Set<string>;
        const window = new Set<string>([...keys, ...title, ...(articlePlaces.get(articleId) ?? [])]);
        for (const neighbour of [sentenceKeys[index - 2], sentenceKeys[index - 1], sentenceKeys[index + 1], sentenceKeys[index + 2]]) {
          if (neighbour) for (const key of neighbour) window.add(key);
        }
        const typed = type !== 'other' && matchesAnswerType(sentence, type) ? 1 : 0;
        // What a number question counts ("how many people") must stand in the sentence with the number.
        const anchored = anchoredUnits.length === 0 || countsPeople(sentence, keys);
        const evidence = (type === 'other' || typed === 1) && anchored ? coverage(groundingUnits, window) : 0;
        if (evidence >= threshold) groundedArticles.add(articleId);
        bestEvidence = Math.max(bestEvidence, evidence);
        const sentenceCoverage = coverage(units, keys);
        const windowCoverage = coverage(units, window);
        const score = 0.55 * sentenceCoverage + 0.25 * windowCoverage + 0.15 * typed + 0.05 / (1 + passageRank);
        candidates.push({ passage, passageRank, sentence, index, sentences, score, keys });
      }
    }
    if (bestEvidence < threshold || candidates.length === 0) return notCovered();
    // Answer only from articles that hold evidence for the question.
    const groundedCandidates = candidates.filter((candidate) => groundedArticles.has(candidate.passage.chunk.articleId));
    candidates.length = 0;
    candidates.push(...groundedCandidates);

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

/**
 * Whether a sentence counts people: it names people in general ("42 people", "người"), or a
 * number is followed closely by a kind of people ("54 … experts", "2,400 university students").
 */
function countsPeopleWith(glossary: Glossary | undefined) {
  return (sentence: string, keys: Set<string>): boolean => {
    if (keys.has('@headcount')) return true;
    if (!glossary) return false;
    for (const match of sentence.matchAll(/\d[\d,.]*\s+((?:[^\s\d]+\s+){0,5}[^\s\d]+)/gu)) {
      for (const hit of glossary.findConcepts(match[1] as string)) {
        if (hit.conceptId === 'headcount' || glossary.concepts.get(hit.conceptId)?.category === 'role') return true;
      }
    }
    return false;
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
