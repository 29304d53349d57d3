/**
 * Hybrid retrieval: the dense hnswlib search and the BM25 ranking, each over the query
 * and its glossary concepts, combined by reciprocal rank fusion.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import { detectLanguage } from '../knowledge/detect-language.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { Logger } from '../logging/logger.js';
import type { KnowledgeIndex, StoredChunk } from './knowledge-index.js';
import { type WeightedTerm, weightedQueryTerms } from './lexical-terms.js';

export interface RetrievedPassage {
  document: number;
  chunk: StoredChunk;
  /** Reciprocal-rank-fusion score. */
  fused: number;
  denseRank?: number | undefined;
  lexicalRank?: number | undefined;
  denseSimilarity?: number | undefined;
  /** BM25 score divided by the best score any document could get for this query (0..1). */
  lexicalRelevance?: number | undefined;
}

export interface RetrieveOptions {
  limit?: number;
  /** Candidates taken from each ranking before fusion. */
  depth?: number;
  mode?: 'hybrid' | 'dense' | 'lexical';
  weights?: FusionWeights;
}

export interface HybridRetriever {
  retrieve(query: string, options?: RetrieveOptions): Promise<RetrievedPassage[]>;
}

export const reciprocalRankConstant = 60;

/**
 * How much each ranking counts in the fusion. With the offline hashed embedder the BM25
 * ranking is the stronger one (npm run bench: at 10k passages BM25 alone hit@1 0.64, equal
 * weights 0.34, dense:BM25 = 1:5 0.47; at 0.4:1 hit@5 0.64, at 0.1:1 0.76), so the dense side mostly adds what
 * BM25 misses (inflections, spelling variants) rather than reordering what BM25 already found.
 */
export interface FusionWeights {
  dense: number;
  lexical: number;
  /**
   * The BM25 ranking over the query's terms that hold across scripts alone (loose keys of names
   * and their other spellings, alias groups, numbers): a question in one language about an
   * article in another shares few plain words with it, while articles in the asker's language
   * share many ("công ty", "của") and crowd it out of the plain ranking. Latin name words are
   * left out. Lexicon concepts were left out too (when this ranking came: cross-language hit@1 57/80 without
   * them, 51/80 with, on the tune half of then); since session 13 they are in: answers on the
   * older tune sets did not move and set E gained one ("アヌシー" finds the Annecy article).
   */
  anchors?: number;
}

export const defaultFusionWeights: FusionWeights = { dense: 0.2, lexical: 1, anchors: 1 };

/**
 * Whether a weighted query term holds across scripts (see FusionWeights.anchors): a name's loose key, an alias group,
 * a number, a lexicon concept (every language's articles are indexed under one: "アヌシー", "Вене" and "Annecy",
 * "Vienna" meet on it). Only the concepts written with a capital (places, named organizations) was tried too: set E
 * gained the same, set C lost one cross-language answer.
 */
function isAnchor(term: WeightedTerm): boolean {
  return /^[%#&@]/.test(term.term) || /\d/.test(term.term);
}

/**
 * Places kept among the passages returned for the documents the ranking over the terms that hold across scripts
 * (FusionWeights.anchors) singles out. A question in one language about an article in another shares only its names,
 * figures and lexicon concepts with it, while the asker's own words ("phim hoạt hình", "hãng phim") match many
 * articles of the asker's language, which fill every place of the fused ranking even when the cross-script ranking puts
 * the other article first by far (on the tune half, 74 of the 234 cross-language retrieval misses were the first
 * passage of their article's language, ranked 9th to 30th). A document that ranking puts among its first two, scoring
 * at least `reservedAnchorMargin` times the third, takes the place of the last fused passage. Tune half, with session
 * 23's Thai paragraph fix (clean-capture.ts): cross-language retrieval misses 234 → 228 (the Russian "«Финник»" found
 * by "Finnick", the Thai "Haikyu!!" by a Vietnamese question); the answers of the other sets did not move (the answer
 * step, not retrieval, still refuses most of what is now read).
 */
export const reservedAnchorPlaces = 2;
export const reservedAnchorMargin = 1.5;

/** The first documents of a ranking that score `reservedAnchorMargin` times the one after the reserved places. */
export function singledOut(hits: readonly { document: number; score: number }[]): number[] {
  const next = hits[reservedAnchorPlaces]?.score ?? 0;
  return hits
    .slice(0, reservedAnchorPlaces)
    .filter((hit) => hit.score > 0 && hit.score >= reservedAnchorMargin * next)
    .map((hit) => hit.document);
}

/**
 * The documents that keep a place among the passages read: those the cross-script ranking singles out, and its first
 * two in another language than the question's — with an article in another language the question shares only its
 * names, figures and concepts, and those found them first. Tune half (sets but AO, AP, AQ): cross-language retrieval
 * misses 322 -> 302, cross-language answers 462 -> 466/1413, same-language 430 -> 428/649, refused 521 -> 520/639,
 * grounded-but-wrong 320 -> 321; the first document alone: misses 308, answers 463, nothing else moved.
 */
export function reservedDocuments(
  hits: readonly { document: number; score: number }[],
  askedLanguage: () => string,
  languageOf: (document: number) => string,
  /** Whether a document is read anyway (among the first of the fused ranking): its language is not looked up. */
  read: (document: number) => boolean = () => false,
): number[] {
  const reserved = singledOut(hits);
  for (const hit of hits.slice(0, reservedAnchorPlaces))
    if (
      hit.score > 0 &&
      !reserved.includes(hit.document) &&
      !read(hit.document) &&
      languageOf(hit.document) !== askedLanguage()
    )
      reserved.push(hit.document);
  return reserved;
}

/**
 * The first `limit` passages, with the reserved documents put in place of the last ones when they were not among
 * them.
 */
export function withReservedPlaces(sorted: RetrievedPassage[], reserved: number[], limit: number): RetrievedPassage[] {
  const ranked = sorted.slice(0, limit);
  const missing = reserved.filter((document) => !ranked.some((passage) => passage.document === document));
  if (missing.length === 0 || limit < 4) return ranked;
  const kept = ranked.slice(0, Math.max(0, limit - missing.length));
  const added = sorted.filter((passage) => missing.includes(passage.document));
  return [...kept, ...added];
}

export function createHybridRetriever(deps: {
  index: KnowledgeIndex;
  embeddings: Embeddings;
  glossary: Glossary | undefined;
  logger?: Logger;
  weights?: FusionWeights;
}): HybridRetriever {
  return {
    async retrieve(query, options = {}) {
      const limit = options.limit ?? 8;
      const depth = options.depth ?? Math.max(30, limit * 3);
      const mode = options.mode ?? 'hybrid';
      const weights = options.weights ?? deps.weights ?? defaultFusionWeights;
      const fused = new Map<number, RetrievedPassage>();
      /** The ranking over the terms that hold across scripts: its first documents keep a place (reservedDocuments). */
      let anchorHits: readonly { document: number; score: number }[] = [];
      const entry = (document: number): RetrievedPassage => {
        let passage = fused.get(document);
        if (!passage) {
          passage = { document, chunk: undefined as unknown as StoredChunk, fused: 0 };
          fused.set(document, passage);
        }
        return passage;
      };
      let vector: number[] | undefined;
      if (mode !== 'lexical') {
        try {
          vector = await deps.embeddings.embedQuery(query);
        } catch (error) {
          // A remote embedder that fails must not cost the answer: the lexical ranking still runs.
          deps.logger?.warn({ err: error }, 'query embedding failed; answering from the lexical ranking alone');
          if (mode === 'dense') throw error;
        }
      }
      if (vector !== undefined) {
        for (const [rank, hit] of deps.index.dense(vector, depth).entries()) {
          const passage = entry(hit.document);
          passage.denseRank = rank + 1;
          passage.denseSimilarity = hit.similarity;
          passage.fused += weights.dense / (reciprocalRankConstant + rank + 1);
        }
      }
      if (mode !== 'dense') {
        const terms = weightedQueryTerms(query, deps.glossary, deps.index.aliases);
        const maximum = deps.index.lexical.maximumScore(terms) || 1;
        for (const [rank, hit] of deps.index.lexical.search(terms, depth).entries()) {
          const passage = entry(hit.document);
          passage.lexicalRank = rank + 1;
          passage.lexicalRelevance = hit.score / maximum;
          passage.fused += weights.lexical / (reciprocalRankConstant + rank + 1);
        }
        const anchors = terms.filter(isAnchor);
        if ((weights.anchors ?? 0) > 0 && anchors.length > 0 && anchors.length < terms.length) {
          const hits = deps.index.lexical.search(anchors, depth);
          for (const [rank, hit] of hits.entries())
            entry(hit.document).fused += (weights.anchors ?? 0) / (reciprocalRankConstant + rank + 1);
          anchorHits = hits;
        }
      }
      const sorted = [...fused.values()].sort(
        (left, right) => right.fused - left.fused || left.document - right.document,
      );
      const first = new Set(sorted.slice(0, limit).map((passage) => passage.document));
      let asked: string | undefined;
      const reserved = reservedDocuments(
        anchorHits,
        () => (asked ??= detectLanguage(query)),
        (document) => deps.index.chunk(document).article.language,
        (document) => first.has(document),
      );
      const ranked = withReservedPlaces(sorted, reserved, limit);
      for (const passage of ranked) passage.chunk = deps.index.chunk(passage.document);
      return ranked;
    },
  };
}
