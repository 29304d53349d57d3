import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { describe, expect, it } from 'vitest';
import { BlockFileBuilder, blockFileHeaderBytes } from '../../src/retrieval/block-file.js';
import { BlockVectors, blockScanSupported } from '../../src/retrieval/block-scan.js';
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

/** hnswlib's brute force over the vectors (the reference), and the block file written with them in `order`. */
async function blockFile(folder: string, vectors: number[][], order: number[]) {
  const reference = new hnswlib.BruteforceSearch('ip', dimensions);
  reference.initIndex(vectors.length);
  const builder = new BlockFileBuilder(dimensions, vectors.length);
  for (const document of order) {
    reference.addPoint(vectors[document] as number[], document);
    builder.set(document, vectors[document] as number[]);
  }
  const file = path.join(folder, 'vectors.blocks');
  await builder.write(file);
  const search = (vector: number[], limit: number) => {
    const { neighbors, distances } = reference.searchKnn(vector, limit);
    return neighbors
      .map((document, index) => ({ document, similarity: 1 - (distances[index] as number) }))
      .sort((left, right) => right.similarity - left.similarity || left.document - right.document);
  };
  return { file, search };
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
      const { file, search } = await blockFile(temporary.folder, vectors, [...vectors.keys()]);
      // The file holds the values and nothing else: the last block's runs are as long as its documents.
      expect((await stat(file)).size).toBe(blockFileHeaderBytes + vectors.length * dimensions * 4);
      const blocks = await BlockVectors.fromBlockFile(file, { dimensions, count: vectors.length });
      for (let query = 0; query < 30; query += 1) {
        const vector = unitVector(random, query % 3 === 0 ? dimensions * 4 : 1 + (query % 8));
        const expected = search(vector, 30);
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

  it('gives the same scores without WebAssembly SIMD (the scan in JavaScript), with documents set out of order', async () => {
    const temporary = await createTemporaryFolder();
    try {
      const random = createRandom(5);
      const vectors = Array.from({ length: 1_100 }, () => unitVector(random, 8));
      const order = vectors.map((_, document) => vectors.length - 1 - document);
      const { file, search } = await blockFile(temporary.folder, vectors, order);
      const simd = await BlockVectors.fromBlockFile(file, { dimensions, count: vectors.length }, true);
      const plain = await BlockVectors.fromBlockFile(file, { dimensions, count: vectors.length }, false);
      for (let query = 0; query < 10; query += 1) {
        const vector = unitVector(random, query === 0 ? dimensions * 4 : 6);
        expect(plain.search(vector, 10).map((hit) => hit.document)).toEqual(
          search(vector, 10).map((hit) => hit.document),
        );
        expect([...plain.scores(vector)]).toEqual([...simd.scores(vector)]);
      }
    } finally {
      await temporary.cleanup();
    }
  });

  it('refuses a block file that does not match the manifest or is cut short', async () => {
    const temporary = await createTemporaryFolder();
    try {
      const random = createRandom(9);
      const vectors = Array.from({ length: 1_030 }, () => unitVector(random, 5));
      const { file } = await blockFile(temporary.folder, vectors, [...vectors.keys()]);
      const count = vectors.length;
      await expect(BlockVectors.fromBlockFile(file, { dimensions: dimensions + 1, count })).rejects.toThrow(/expected/);
      await expect(BlockVectors.fromBlockFile(file, { dimensions, count: count - 1 })).rejects.toThrow(/expected/);
      const bytes = await readFile(file);
      await writeFile(file, bytes.subarray(0, bytes.length - 4));
      await expect(BlockVectors.fromBlockFile(file, { dimensions, count })).rejects.toThrow(/bytes/);
      await writeFile(file, Buffer.concat([Buffer.from('NOTBLOCK'), bytes.subarray(8)]));
      await expect(BlockVectors.fromBlockFile(file, { dimensions, count })).rejects.toThrow(/rebuild/);
    } finally {
      await temporary.cleanup();
    }
  });
});
