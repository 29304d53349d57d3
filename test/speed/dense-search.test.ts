import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import {
  chooseDenseSearch,
  denseSearchPlan,
  efForSize,
  modelDenseSearchPlan,
  offlineDenseSearchPlan,
} from '../../src/retrieval/dense-search.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { indexedText, openKnowledgeIndex } from '../../src/retrieval/knowledge-index.js';
import { syntheticArticles } from '../helpers/synthetic-articles.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

const logger = createSilentLogger();
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

function normalised(vector: number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0)) || 1;
  return vector.map((value) => value / norm);
}

describe('dense search chosen by size', () => {
  it('searches exactly in the brute-force regime: recall 1.0 against an exact scan', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const embedder = new HashedEmbedder();
    const { index } = await openKnowledgeIndex({
      dataDir: temporary.folder,
      articles: syntheticArticles(120),
      glossary: undefined,
      embeddings: embedder,
      logger,
    });
    try {
      expect(index.denseMethod).toEqual({ kind: 'exact', ef: undefined });
      expect(index.manifest.denseSearch).toBe('exact');
      const folder = index.folder;
      expect(existsSync(path.join(folder, 'vectors.blocks'))).toBe(true);
      expect(existsSync(path.join(folder, 'vectors.hnsw'))).toBe(false);
      const texts = Array.from({ length: index.size }, (_, document) => indexedText(index.chunk(document)));
      const vectors = (await embedder.embedDocuments(texts)).map(normalised);
      const queries = ['webtoon program in Hanoi', 'sound design trainees', 'Samarkand studio partnership', 'editing'];
      let found = 0;
      let expected = 0;
      for (const question of queries) {
        const query = normalised(await embedder.embedQuery(question));
        const similarities = vectors.map((vector, document) => ({
          document,
          similarity: vector.reduce((sum, value, position) => sum + value * (query[position] as number), 0),
        }));
        similarities.sort((left, right) => right.similarity - left.similarity);
        const kth = (similarities[9] as { similarity: number }).similarity;
        const hits = index.dense(query, 10);
        expect(hits).toHaveLength(10);
        expected += 10;
        // Tie-aware: a hit counts when its exact similarity reaches the tenth best.
        found += hits.filter(
          (hit) => (similarities.find((entry) => entry.document === hit.document)?.similarity ?? -1) >= kth - 1e-6,
        ).length;
        expect(hits[0]?.similarity).toBeCloseTo((similarities[0] as { similarity: number }).similarity, 5);
      }
      expect(found / expected).toBe(1);
    } finally {
      index.close();
    }
  });

  it('builds and searches the graph above the threshold, with the ef chosen for its size', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const embedder = new HashedEmbedder();
    const { index } = await openKnowledgeIndex({
      dataDir: temporary.folder,
      articles: syntheticArticles(40),
      glossary: undefined,
      embeddings: embedder,
      logger,
      hnsw: { exactBelowChunks: 10 },
    });
    try {
      expect(index.manifest.denseSearch).toBe('graph');
      expect(index.denseMethod).toEqual({ kind: 'graph', ef: efForSize(index.size, offlineDenseSearchPlan) });
      expect(existsSync(path.join(index.folder, 'vectors.hnsw'))).toBe(true);
      expect(index.dense(await embedder.embedQuery('webtoon program in Hanoi'), 5)).toHaveLength(5);
    } finally {
      index.close();
    }
  });

  it('chooses exact search below the measured crossover and a wider ef as the index grows', () => {
    const plan = offlineDenseSearchPlan;
    expect(chooseDenseSearch(1_000, plan)).toBe('exact');
    expect(chooseDenseSearch(plan.exactBelowChunks - 1, plan)).toBe('exact');
    expect(chooseDenseSearch(plan.exactBelowChunks, plan)).toBe('graph');
    expect(chooseDenseSearch(20_000, modelDenseSearchPlan)).toBe('graph');
    const sizes = [500, 1_000, 5_000, 10_000, 50_000, 100_000, 1_000_000, 10_000_000];
    const efs = sizes.map((size) => efForSize(size, plan));
    for (let index = 1; index < efs.length; index += 1)
      expect(efs[index] as number).toBeGreaterThanOrEqual(efs[index - 1] as number);
    expect(efs.at(-1) as number).toBeGreaterThan(efs[0] as number);
    expect(denseSearchPlan(new HashedEmbedder().id)).toBe(offlineDenseSearchPlan);
    expect(denseSearchPlan('openai/text-embedding-3-small')).toBe(modelDenseSearchPlan);
  });
});
