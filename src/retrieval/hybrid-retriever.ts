/**
 * Hybrid retrieval: the dense hnswlib search and the BM25 ranking, each over the query
 * and its glossary concepts, combined by reciprocal rank fusion.
 */
import type { Embeddings } from '@langchain/core/embeddings';
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
          for (const [rank, hit] of deps.index.lexical.search(anchors, depth).entries())
            entry(hit.document).fused += (weights.anchors ?? 0) / (reciprocalRankConstant + rank + 1);
        }
      }
      const ranked = [...fused.values()]
        .sort((left, right) => right.fused - left.fused || left.document - right.document)
        .slice(0, limit);
      for (const passage of ranked) passage.chunk = deps.index.chunk(passage.document);
      return ranked;
    },
  };
}
