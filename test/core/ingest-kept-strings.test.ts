/**
 * An index build's strings and vectors made without a string or array per passage left over: the name windows are
 * the words joined, and the embedder's vectors written into a batch's array are embedText's, whatever words were met
 * before.
 */
import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { fnv1a, HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { visitNameWindows } from '../../src/retrieval/name-kinds.js';

describe('name windows', () => {
  it('are the runs of one to three words joined, single words of under three letters left out', () => {
    const seen: string[] = [];
    visitNameWindows(['Ha', 'Jung', 'Soo', 'Kim'], (joined) => seen.push(joined));
    expect(seen).toEqual(['HaJung', 'HaJungSoo', 'Jung', 'JungSoo', 'JungSooKim', 'Soo', 'SooKim', 'Kim']);
    const again: string[] = [];
    visitNameWindows(['Ha', 'Jung', 'Soo', 'Kim'], (joined) => again.push(joined));
    expect(again).toEqual(seen);
  });
});

describe('the embedder writing into a batch', () => {
  const glossary = createGlossary([
    { id: 'post-production', category: 'skill', en: ['post-production', 'VFX'], ko: ['후반 작업'] },
    { id: 'editing', category: 'skill', en: ['editing'], broader: ['post-production'] },
  ]);
  const texts = [
    'Studio Inyo sent 120 VFX artists to Busan; 한국콘텐츠진흥원은 부산에서 후반 작업 교육을 열었다.',
    'Hãng phim Studio Inyo đào tạo người về hậu kỳ và đà nẵng, đa năng. Компания наняла аниматоров. 東京のスタジオ。',
    'the editing of the film and the editing studio',
    '',
    'da dà đa the a',
  ];

  it('gives each text at its offset the vector of its features counted one by one, texts met in any order', () => {
    for (const order of [texts, [...texts].reverse()]) {
      const embedder = new HashedEmbedder({ glossary, dimensions: 48 });
      const batch = new Float64Array(order.length * 48);
      for (const [index, text] of order.entries()) embedder.embedInto(text, undefined, batch, index * 48);
      for (const [index, text] of order.entries()) {
        // The features as strings in a Map (no kept features, no table), placed by their hashes.
        const sums = new Float64Array(48);
        for (const [feature, count] of embedder.features(text)) {
          const hash = fnv1a(feature);
          const at = hash % 48;
          sums[at] = (sums[at] as number) + (hash & 0x80000000 ? -1 : 1) * Math.sqrt(count);
        }
        const length = Math.hypot(...sums);
        const expected = [...sums].map((sum) => (length === 0 ? 0 : sum / length));
        const got = [...batch.subarray(index * 48, (index + 1) * 48)];
        got.forEach((value, at) => expect(value).toBeCloseTo(expected[at] as number, 12));
        expect(got).toEqual(embedder.embedText(text));
      }
    }
  });

  it('counts a text’s features as features() lists them', () => {
    const embedder = new HashedEmbedder({ glossary, dimensions: 48 });
    for (const text of texts) {
      const vector = embedder.embedText(text);
      const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
      expect(norm === 0 || Math.abs(norm - 1) < 1e-12).toBe(true);
      expect(norm === 0).toBe(embedder.features(text).size === 0);
    }
  });
});
