/**
 * What an index build computes once per passage (retrieval/chunk-line.ts) is what the answerer and the lexicon compute
 * on their own: on real captured articles in six languages with the shipped lexicon, each stored sentence's keys are
 * those of the sentence segmented afresh. And the lexicon look-up, which narrows a first word's forms by the text's
 * second word, still finds the longest form that is there (as written and through its words' stems).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysePassage, readStoredPassage, type StoredPassage } from '../../src/answer/passage-analysis.js';
import { createAliasIndex } from '../../src/knowledge/article-aliases.js';
import type { Chunk } from '../../src/knowledge/chunk-articles.js';
import { createGlossary, type Glossary } from '../../src/knowledge/glossary.js';
import { analyseBatch, batchLines, createTermNumbers } from '../../src/retrieval/chunk-line.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { learnAliasGroups } from '../../src/retrieval/learnt-aliases.js';
import { shippedGlossary } from '../matchmaking/matchmaking-harness.js';

const capturesFolder = path.join(import.meta.dirname, '..', 'fixtures', 'captures');

/** The captured pages' texts (plain-text captures), cut into passages of a few paragraphs each. */
async function capturedChunks(): Promise<{ chunks: Chunk[]; articles: { title: string; text: string }[] }> {
  const files = (await readdir(capturesFolder)).filter((file) => file.endsWith('.txt')).sort();
  const chunks: Chunk[] = [];
  const articles: { title: string; text: string }[] = [];
  for (const file of files) {
    const text = await readFile(path.join(capturesFolder, file), 'utf8');
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const title = lines.find((line) => line.length > 30) ?? file;
    articles.push({ title, text });
    for (let start = 0; start < lines.length; start += 4)
      chunks.push({
        id: `${file}#${start}`,
        articleId: file,
        title,
        position: start / 4,
        start: 0,
        text: lines.slice(start, start + 4).join('\n'),
      });
  }
  return { chunks, articles };
}

describe('the passages an index build analyses', () => {
  let glossary: Glossary;
  beforeAll(async () => {
    glossary = await shippedGlossary();
  });

  it("store each sentence's keys as the answerer finds them in the sentence alone", async () => {
    const { chunks, articles } = await capturedChunks();
    expect(new Set(chunks.map((chunk) => chunk.articleId.slice(0, 2)))).toEqual(
      new Set(['en', 'ja', 'ko', 'ru', 'uz', 'vi']),
    );
    const aliases = createAliasIndex({ ...learnAliasGroups(articles), names: [] });
    const work = analyseBatch(chunks, {
      glossary,
      aliases,
      embedder: new HashedEmbedder({ glossary }),
      titles: new Map(),
      terms: createTermNumbers('test'),
    });
    const lines = batchLines(work);
    let sentences = 0;
    for (const [index, chunk] of chunks.entries()) {
      const line = JSON.parse(lines[index] as string) as { passage?: StoredPassage };
      const fresh = analysePassage(chunk, glossary, aliases);
      expect(line.passage, chunk.id).toBeDefined();
      const stored = readStoredPassage(chunk.text, line.passage as StoredPassage);
      expect(stored.sentences, chunk.id).toEqual(fresh.sentences);
      expect(
        stored.sentenceKeys.map((keys) => [...keys].sort()),
        chunk.id,
      ).toEqual(fresh.sentenceKeys.map((keys) => [...keys].sort()));
      expect([...stored.titleKeys].sort()).toEqual([...fresh.titleKeys].sort());
      sentences += fresh.sentences.length;
    }
    expect(sentences).toBeGreaterThan(60);
    // The lexicon is met in every language's passages.
    expect(lines.filter((text) => text.includes('"@')).length).toBeGreaterThan(chunks.length / 2);
  });
});

describe('the lexicon look-up', () => {
  // Forms that share their first word (and their first word's stems) with longer and shorter ones.
  const lexicon = createGlossary([
    { id: 'visual-effects-supervisor', category: 'role', en: ['visual effects supervisor'] },
    { id: 'visual-effects', category: 'skill', en: ['visual effects', 'visual fx'] },
    { id: 'visual-art', category: 'concept', en: ['visual'] },
    { id: 'film-set', category: 'concept', en: ['film set'], ru: ['съёмочная площадка'] },
    { id: 'film-crew', category: 'concept', en: ['film crew'], ru: ['съёмочная группа'] },
    { id: 'filming', category: 'concept', en: ['filming'], ru: ['съёмочный'] },
  ]);
  const found = (text: string, morphology = false) =>
    lexicon.findConcepts(text, { morphology }).map((hit) => `${hit.conceptId}:${hit.start}-${hit.end}`);

  it('finds the longest form whichever forms share its first word', () => {
    expect(found('Our visual effects supervisor left')).toEqual(['visual-effects-supervisor:1-4']);
    expect(found('Visual effects team; a visual fx house')).toEqual(['visual-effects:0-2', 'visual-effects:4-6']);
    expect(found('a visual style, then visual')).toEqual(['visual-art:1-2', 'visual-art:4-5']);
    expect(found('visual effects')).toEqual(['visual-effects:0-2']);
  });

  it("finds a form through its words' stems only where the next word's stems meet its second word", () => {
    expect(found('работа на съёмочных площадках', true)).toEqual(['film-set:2-4']);
    expect(found('съёмочной группы', true)).toEqual(['film-crew:0-2']);
    expect(found('съёмочная группа фильма', true)).toEqual(['film-crew:0-2']);
    expect(found('съёмочный день', true)).toEqual(['filming:0-1']);
    expect(found('съёмочной', true)).toEqual(['filming:0-1']);
  });
});
