import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BlockFileBuilder,
  blockDocuments,
  blockFileHeaderBytes,
  blockFileParts,
  largestCode,
} from '../../src/retrieval/block-file.js';
import { BlockVectors } from '../../src/retrieval/block-scan.js';
import { BlockValues } from '../../src/retrieval/block-values.js';
import { createRandom } from '../fixtures/profiles/synthetic-profiles.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

/** A block file of random sparse vectors (one block and part of another) and random queries over it. */
async function randomBlockFile(folder: string, seed: number) {
  const random = createRandom(seed);
  const dimensions = 16;
  const count = blockDocuments + 77;
  const builder = new BlockFileBuilder(dimensions, count);
  for (let document = 0; document < count; document += 1)
    builder.set(
      document,
      Array.from({ length: dimensions }, () => (random() < 0.4 ? random() - 0.5 : 0)),
    );
  const file = path.join(folder, 'vectors.blocks');
  await builder.write(file);
  const queries = Array.from({ length: 8 }, () => Array.from({ length: dimensions }, () => random() - 0.5));
  return { builder, file, queries };
}

/** The file's three parts, read back. */
async function written(builder: BlockFileBuilder, folder: string) {
  const file = path.join(folder, 'vectors.blocks');
  await builder.write(file);
  const bytes = await readFile(file);
  const { scalesAt, valuesAt } = blockFileParts(builder.dimensions, builder.count);
  const body = new Uint8Array(bytes.subarray(blockFileHeaderBytes)).buffer;
  return {
    bytes,
    codes: new Int8Array(body, 0, scalesAt),
    scales: new Float32Array(body, scalesAt, (valuesAt - scalesAt) / 4),
    values: new Float32Array(body, valuesAt, builder.count * builder.dimensions),
  };
}

describe('the block file written at build (codes, scales, values)', () => {
  it('holds each value within half a scale of its code times the scale, the largest value coded ±127', async () => {
    const temporary = await createTemporaryFolder();
    try {
      const random = createRandom(3);
      const dimensions = 12;
      const count = blockDocuments + 300;
      const vectors = Array.from({ length: count }, () =>
        Array.from({ length: dimensions }, () => (random() < 0.5 ? 0 : random() * 2 - 1)),
      );
      const builder = new BlockFileBuilder(dimensions, count);
      // documents set in reverse order, each divided by 2 (a norm)
      for (let document = count - 1; document >= 0; document -= 1) builder.set(document, vectors[document]!, 0, 2);
      const { codes, scales, values, bytes } = await written(builder, temporary.folder);
      expect(bytes.length).toBe(blockFileHeaderBytes + 2 * blockDocuments * (dimensions + 4) + count * dimensions * 4);
      for (let document = 0; document < count; document += 1) {
        const row = vectors[document]!.map((value) => Math.fround(value / 2));
        expect([...values.subarray(document * dimensions, (document + 1) * dimensions)]).toEqual(row);
        const largest = Math.max(...row.map(Math.abs));
        const scale = scales[document]!;
        expect(scale).toBeCloseTo(largest / largestCode, 9);
        const block = Math.floor(document / blockDocuments);
        const run = block * dimensions * blockDocuments + (document % blockDocuments);
        const own = row.map((_, dimension) => codes[run + dimension * blockDocuments]!);
        expect(Math.max(...own.map(Math.abs))).toBe(largest > 0 ? largestCode : 0);
        for (const [dimension, value] of row.entries())
          expect(Math.abs(own[dimension]! * scale - value)).toBeLessThanOrEqual(scale * 0.5001);
      }
      // the last block's missing documents: codes and scales 0
      for (let document = count; document < 2 * blockDocuments; document += 1) {
        expect(scales[document]).toBe(0);
        for (let dimension = 0; dimension < dimensions; dimension += 1)
          expect(codes[dimensions * blockDocuments + (document - blockDocuments) + dimension * blockDocuments]).toBe(0);
      }
    } finally {
      await temporary.cleanup();
    }
  });

  it('codes a zero vector 0 with scale 0, and rounds halves to even', async () => {
    const temporary = await createTemporaryFolder();
    try {
      const builder = new BlockFileBuilder(4, 2);
      builder.set(0, [0, 0, 0, 0]);
      // largest 127: the inverse is 1, so 2.5 and 3.5 are halves (to 2 and 4), -0.5 to 0
      builder.set(1, [127, 2.5, 3.5, -0.5]);
      const { codes, scales } = await written(builder, temporary.folder);
      expect([scales[0], scales[1]]).toEqual([0, 1]);
      const code = (document: number, dimension: number) => codes[dimension * blockDocuments + document];
      expect([0, 1, 2, 3].map((dimension) => code(0, dimension))).toEqual([0, 0, 0, 0]);
      expect([0, 1, 2, 3].map((dimension) => code(1, dimension))).toEqual([127, 2, 4, 0]);
    } finally {
      await temporary.cleanup();
    }
  });

  it('codes a document set again from its last values, and leaves a document never set at codes and scale 0', async () => {
    const temporary = await createTemporaryFolder();
    try {
      const once = new BlockFileBuilder(4, 3);
      once.set(0, [1, -2, 3, 4]);
      once.set(2, [0.5, 0, -0.25, 1]);
      const twice = new BlockFileBuilder(4, 3);
      twice.set(2, [9, 9, -9, 9]);
      twice.set(0, [-100, 50, 7, 1]);
      twice.set(2, [0.5, 0, -0.25, 1]);
      twice.set(0, [1, -2, 3, 4]);
      const first = await written(once, temporary.folder);
      const second = await written(twice, temporary.folder);
      expect(second.bytes.equals(first.bytes)).toBe(true);
      expect(second.scales[1]).toBe(0);
      for (let dimension = 0; dimension < 4; dimension += 1)
        expect(second.codes[dimension * blockDocuments + 1]).toBe(0);
      expect(second.scales[0]).toBeCloseTo(4 / largestCode, 9);
    } finally {
      await temporary.cleanup();
    }
  });

  it("reads each document's values from the file as written, and re-scores with them the same on every search", async () => {
    const temporary = await createTemporaryFolder();
    try {
      const { builder, file, queries } = await randomBlockFile(temporary.folder, 11);
      const { values } = await written(builder, temporary.folder);
      const { valuesAt } = blockFileParts(builder.dimensions, builder.count);
      const reader = new BlockValues(file, blockFileHeaderBytes + valuesAt, builder.dimensions, builder.count);
      for (const document of [0, 1, blockDocuments - 1, blockDocuments, builder.count - 1]) {
        const row = reader.row(document);
        const at = document * builder.dimensions;
        expect(row).toHaveLength(builder.dimensions);
        expect(Array.from(row)).toEqual(Array.from(values.subarray(at, at + builder.dimensions)));
      }
      expect(() => reader.row(builder.count)).toThrow(/outside/);
      reader.close();
      expect(() => reader.row(0)).toThrow(/closed/);
      const vectors = await BlockVectors.fromBlockFile(file, { dimensions: builder.dimensions, count: builder.count });
      const first = queries.map((query) => vectors.search(query, 10));
      expect(queries.map((query) => vectors.search(query, 10))).toEqual(first);
      expect(first[0]).toHaveLength(10);
      vectors.close();
      expect(() => vectors.search(queries[0]!, 10)).toThrow(/closed/);
    } finally {
      await temporary.cleanup();
    }
  });

  it('keeps ties by the lower document when the leaders are re-scored best bound first', async () => {
    const temporary = await createTemporaryFolder();
    try {
      const random = createRandom(13);
      const dimensions = 16;
      const count = blockDocuments * 2 + 5;
      const builder = new BlockFileBuilder(dimensions, count);
      // every 97th document (across both blocks) scores exactly 0.5 on the query, each with another largest value
      // (another scale and bound, so their bounds do not rank them by document); the rest score less
      for (let document = 0; document < count; document += 1) {
        const vector = Array.from({ length: dimensions }, () => (random() - 0.5) * 0.2);
        if (document % 97 === 0) {
          vector[0] = 0.5;
          vector[1] = 0.5 + random() * 0.4;
        } else vector[0] = random() * 0.4;
        builder.set(document, vector);
      }
      const file = path.join(temporary.folder, 'vectors.blocks');
      await builder.write(file);
      const vectors = await BlockVectors.fromBlockFile(file, { dimensions, count });
      const query = Array.from({ length: dimensions }, (_, dimension) => (dimension === 0 ? 1 : 0));
      const hits = vectors.search(query, 15);
      expect(hits.map((hit) => hit.document)).toEqual(Array.from({ length: 15 }, (_, index) => index * 97));
      expect(new Set(hits.map((hit) => hit.similarity)).size).toBe(1);
      vectors.close();
    } finally {
      await temporary.cleanup();
    }
  });

  it('refuses a file cut short, and a file whose values are not the ones its codes were made from', async () => {
    const temporary = await createTemporaryFolder();
    try {
      const { builder, file, queries } = await randomBlockFile(temporary.folder, 12);
      const expected = { dimensions: builder.dimensions, count: builder.count };
      const bytes = await readFile(file);
      const { valuesAt } = blockFileParts(builder.dimensions, builder.count);
      const short = path.join(temporary.folder, 'short.blocks');
      await writeFile(short, bytes.subarray(0, bytes.length - 4));
      await expect(BlockVectors.fromBlockFile(short, expected)).rejects.toThrow(/bytes, not the/);
      expect(() => new BlockValues(short, blockFileHeaderBytes + valuesAt, builder.dimensions, builder.count)).toThrow(
        /too short/,
      );
      // every value's sign flipped: the codes (and the first pass) are as built, the re-score reads other values
      const flipped = Buffer.from(bytes);
      const values = new Float32Array(
        flipped.buffer,
        flipped.byteOffset + blockFileHeaderBytes + valuesAt,
        builder.count * builder.dimensions,
      );
      for (let at = 0; at < values.length; at += 1) values[at] = -(values[at] as number);
      const damaged = path.join(temporary.folder, 'damaged.blocks');
      await writeFile(damaged, flipped);
      const vectors = await BlockVectors.fromBlockFile(damaged, expected);
      expect(() => vectors.search(queries[0]!, 10)).toThrow(/do not match its codes/);
      vectors.close();
    } finally {
      await temporary.cleanup();
    }
  });
});
