import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { describe, expect, it } from 'vitest';
import { BlockVectors, blockScanSupported } from '../../src/retrieval/block-scan.js';
import { exactSearcher } from '../../src/retrieval/dense-search.js';
import { createRandom } from '../fixtures/profiles/synthetic-profiles.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

const dimensions = 40;

/** Unit vectors with `used` of the dimensions non-zero (hashed-feature vectors are sparse like this). */
function unitVector(random: () => number, used: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (let index = 0; index < used; index += 1) vector[Math.floor(random() * dimensions)] = random() * 2 - 1;
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0)) || 1;
  return vector.map((value) => value / norm);
}

/** hnswlib's brute-force file with the documents added in `order`, and the index that wrote it. */
async function exactFile(folder: string, vectors: number[][], order: number[]) {
  const index = new hnswlib.BruteforceSearch('ip', dimensions);
  index.initIndex(vectors.length);
  for (const document of order) index.addPoint(vectors[document] as number[], document);
  const file = path.join(folder, 'vectors.exact');
  await index.writeIndex(file);
  return { file, reference: exactSearcher(index) };
}

describe('exact search over blocks of the query dimensions (block-scan)', () => {
  it('runs here (Node 20 has WebAssembly SIMD)', () => {
    expect(blockScanSupported()).toBe(true);
  });

  it("finds what hnswlib's brute force finds, in its order, across block ends and for sparse and dense queries", async () => {
    const temporary = await createTemporaryFolder();
    try {
      const random = createRandom(17);
      // Two full blocks of 1,024 documents and a part of a third.
      const vectors = Array.from({ length: 2_500 }, () => unitVector(random, 1 + Math.floor(random() * 30)));
      const order = vectors.map((_, document) => document);
      const { file, reference } = await exactFile(temporary.folder, vectors, order);
      const blocks = await BlockVectors.fromExactFile(file, dimensions, vectors.length);
      for (let query = 0; query < 30; query += 1) {
        const vector = unitVector(random, query % 3 === 0 ? dimensions * 4 : 1 + (query % 8));
        const expected = reference.search(vector, 30);
        const found = blocks.search(vector, 30);
        expect(found.map((hit) => hit.document)).toEqual(expected.map((hit) => hit.document));
        for (const [rank, hit] of found.entries())
          expect(hit.similarity).toBeCloseTo((expected[rank] as { similarity: number }).similarity, 5);
      }
      // A document's own vector finds it first, also in the last, partial block.
      for (const document of [0, 1_023, 1_024, 2_047, 2_048, 2_499])
        expect(blocks.search(vectors[document] as number[], 1)[0]?.document).toBe(document);
    } finally {
      await temporary.cleanup();
    }
  });

  it('places documents by their label when the file holds them out of order', async () => {
    const temporary = await createTemporaryFolder();
    try {
      const random = createRandom(5);
      const vectors = Array.from({ length: 1_100 }, () => unitVector(random, 8));
      const order = vectors.map((_, document) => vectors.length - 1 - document);
      const { file, reference } = await exactFile(temporary.folder, vectors, order);
      const blocks = await BlockVectors.fromExactFile(file, dimensions, vectors.length);
      for (let query = 0; query < 10; query += 1) {
        const vector = unitVector(random, 6);
        expect(blocks.search(vector, 10).map((hit) => hit.document)).toEqual(
          reference.search(vector, 10).map((hit) => hit.document),
        );
      }
      await expect(BlockVectors.fromExactFile(file, dimensions + 1, vectors.length)).rejects.toThrow(/expected/);
    } finally {
      await temporary.cleanup();
    }
  });
});
