/**
 * The offline embedder counts a text's features in a table reused text after text, under the hash that places each
 * in the vector: its vectors are those of the features counted one by one (HashedEmbedder.features), summed in the
 * order they first occur — with features whose hashes are equal counted apart, a long text's table grown, and nothing
 * of one text left in the next.
 */
import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { fnv1a, HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import type { AnalysedText } from '../../src/retrieval/text-analysis.js';

/** The vector from the features as strings, counted in a Map: what the embedder did before its table. */
function referenceVector(embedder: HashedEmbedder, text: string, analysed?: AnalysedText): number[] {
  const vector = new Float64Array(embedder.dimensions);
  for (const [feature, count] of embedder.features(text, analysed)) {
    const hash = fnv1a(feature);
    const index = hash % embedder.dimensions;
    vector[index] = (vector[index] as number) + ((hash & 0x80000000) === 0 ? 1 : -1) * Math.sqrt(count);
  }
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return [...vector].map((value) => (norm === 0 ? 0 : value / norm));
}

describe('the offline embedder', () => {
  const glossary = createGlossary([
    { id: 'post-production', category: 'skill', en: ['post-production', 'VFX'], ko: ['후반 작업'] },
  ]);
  const embedder = new HashedEmbedder({ glossary, dimensions: 64 });

  it('counts features whose hashes are equal apart', () => {
    // "w:mfwnszi" and "w:ofkjqdo" have the same 32-bit FNV-1a hash.
    expect(fnv1a('w:mfwnszi')).toBe(fnv1a('w:ofkjqdo'));
    const text = 'mfwnszi ofkjqdo mfwnszi';
    expect(embedder.features(text).get('w:mfwnszi')).toBe(2);
    expect(embedder.features(text).get('w:ofkjqdo')).toBe(1);
    expect(embedder.embedText(text)).toEqual(referenceVector(embedder, text));
  });

  it('gives every text the vector of its features counted one by one, long texts and short, one after another', () => {
    const words = Array.from({ length: 900 }, (_, index) => `w${(index * 7919).toString(36)}x`);
    const texts = [
      `${words.join(' ')} VFX post-production 후반 작업 스튜디오`,
      'Studio Inyo sent 120 VFX artists to Busan; 한국콘텐츠진흥원은 부산에서 후반 작업 교육을 열었다.',
      'Hãng phim Studio Inyo đào tạo người về hậu kỳ. Компания наняла аниматоров. 東京のスタジオ。',
      '',
      words.slice(0, 40).join(' '),
    ];
    expect(embedder.features(texts[0] as string).size).toBeGreaterThan(2_048);
    for (const text of [...texts, ...texts.reverse()])
      expect(embedder.embedText(text)).toEqual(referenceVector(embedder, text));
  });

  it('counts a word pair as its string would be, keys holding spaces too', () => {
    // The table counts a pair by its two keys; "b:kq rs tv" is both the pair ("kq rs", "tv") and ("kq", "rs tv"), and a
    // pair of keys without a space never writes that string, so pairs whose keys hold a space go by their strings.
    const words = (keys: string[]): AnalysedText => ({
      text: keys.join(' '),
      tokens: keys.map((word) => ({ word, script: 'latin' as const })),
      keys,
      glossary: undefined,
      concepts: [],
    });
    const plain = new HashedEmbedder({ dimensions: 64 });
    for (const analysed of [
      words(['kq rs', 'tv', 'zz', 'kq', 'rs tv', 'zz', 'kq rs', 'tv']),
      words(['kino', 'studio', 'kino', 'studio', 'studio', 'kino']),
      words(['xq yq', 'zq yq', 'xq', 'yq zq', 'xq yq', 'zq yq']),
    ]) {
      const features = plain.features(analysed.text, analysed);
      if (analysed.keys[0] === 'kq rs') expect(features.get('b:kq rs tv')).toBeCloseTo(1.8, 12);
      expect(plain.embedText(analysed.text, analysed)).toEqual(referenceVector(plain, analysed.text, analysed));
    }
  });
});
