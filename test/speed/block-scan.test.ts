import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { describe, expect, it } from 'vitest';
import {
  BlockFileBuilder,
  blockFileHeaderBytes,
  blockFileName,
  blockFileParts,
} from '../../src/retrieval/block-file.js';
import { BlockVectors, blockScanSupported } from '../../src/retrieval/block-scan.js';
import { TopK } from '../../src/retrieval/top-k.js';
import { createRandom } from '../fixtures/profiles/synthetic-profiles.js';
import { openBenchIndex } from '../helpers/bench-index.js';
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
      // The file holds three blocks of codes (the last one's runs as long as the others), their scales, the values.
      expect((await stat(file)).size).toBe(
        blockFileHeaderBytes + 3 * 1_024 * (dimensions + 4) + 2_500 * dimensions * 4,
      );
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
        expect([...plain.approximateScores(vector)]).toEqual([...simd.approximateScores(vector)]);
      }
    } finally {
      await temporary.cleanup();
    }
  });

  it('keeps a document whose codes round its score down, alone in a block whose first-pass scores are all low', async () => {
    const temporary = await createTemporaryFolder();
    try {
      // Document 1,500's largest value (a dimension the query does not use) makes its scale 1/127, so its values of
      // 0.49/127 on the query's dimensions code to 0: a first-pass score of 0 for the best exact score. Document 0's
      // values code exactly, a little lower. Every other document is zero, so the second block's largest first-pass
      // score is 0 and only the bound of its largest scale keeps the block (and the document) in the search.
      const used = [3, 5, 8, 13, 21, 27, 33, 39];
      const vectors = Array.from({ length: 2_100 }, () => new Array<number>(dimensions).fill(0));
      for (const dimension of used) {
        (vectors[0] as number[])[dimension] = 0.48 / 127;
        (vectors[1_500] as number[])[dimension] = 0.49 / 127;
      }
      (vectors[1_500] as number[])[0] = 1;
      const query = new Array<number>(dimensions).fill(0);
      for (const dimension of used) query[dimension] = 1 / Math.sqrt(used.length);
      const { file, search } = await blockFile(temporary.folder, vectors, [...vectors.keys()]);
      expect(search(query, 1)[0]?.document).toBe(1_500);
      for (const simd of [true, false]) {
        const blocks = await BlockVectors.fromBlockFile(file, { dimensions, count: vectors.length }, simd);
        expect(blocks.approximateScores(query)[1_500]).toBe(0);
        expect(blocks.search(query, 1).map((hit) => hit.document)).toEqual([1_500]);
        expect(blocks.search(query, 2).map((hit) => hit.document)).toEqual([1_500, 0]);
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

  it('gives a float32 scan’s top-k (documents, scores, ties) on a built bench index, where the first pass alone errs', async () => {
    const { corpus, opened, close } = await openBenchIndex(23);
    try {
      const { index, embeddings } = opened;
      const count = index.size;
      expect(index.denseMethod.kind).toBe('exact');
      // The reference: every document's float32 sum over the dimensions in order, read from the file as written.
      const dimensions = index.manifest.dimensions;
      const bytes = await readFile(path.join(index.folder, blockFileName));
      const { valuesAt } = blockFileParts(dimensions, count);
      const values = new Float32Array(
        bytes.buffer,
        bytes.byteOffset + blockFileHeaderBytes + valuesAt,
        count * dimensions,
      );
      const blocks = await BlockVectors.fromBlockFile(path.join(index.folder, blockFileName), { dimensions, count });
      let firstPassErrs = 0;
      for (const { question } of corpus.questions) {
        const query = await embeddings.embedQuery(question);
        const exact = new Float64Array(count);
        for (let document = 0; document < count; document += 1) {
          let sum = 0;
          for (let dimension = 0; dimension < dimensions; dimension += 1) {
            const weight = Math.fround(query[dimension] as number);
            if (weight !== 0)
              sum = Math.fround(sum + Math.fround(weight * (values[document * dimensions + dimension] as number)));
          }
          exact[document] = sum;
        }
        const approximate = blocks.approximateScores(query);
        for (const limit of [1, 10, 30]) {
          const top = new TopK(limit);
          const first = new TopK(limit);
          for (let document = 0; document < count; document += 1) {
            top.offer(document, exact[document] as number);
            first.offer(document, approximate[document] as number);
          }
          expect(blocks.search(query, limit), question).toEqual(top.hits());
          expect(index.dense(query, limit)).toEqual(top.hits());
          if (first.hits().some((hit, rank) => hit.document !== top.hits()[rank]?.document)) firstPassErrs += 1;
        }
      }
      // The 8-bit codes alone do misorder or miss some leaders: the exact second pass is what makes these equal.
      expect(firstPassErrs).toBeGreaterThan(5);
    } finally {
      await close();
    }
  }, 120_000);
});
