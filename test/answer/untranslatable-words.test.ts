/**
 * Words that cannot cross a language (issue 10): a typed question asked of an article in another language counts,
 * for its coverage, only the words that can be found there — lexicon concepts, names, and words the article itself
 * holds. A plain word of the asker's language that the lexicon does not know and the article nowhere holds is not
 * missing from the answer sentence; it cannot be read there at all. Only in the article retrieval ranks first, and
 * only for a typed question, whose unit guards what the dropped words did. And a foreign name a Korean or Japanese
 * question opens with ("인피니트") is its entity when the knowledge base holds the name's spelling in another script.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WeightedTerm } from '../../src/answer/candidate-scoring.js';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { expectableAcross } from '../../src/answer/term-coverage.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const passage = (document: number, title: string, text: string, language: string): RetrievedPassage =>
  retrievedPassage(document, text, language, title);

/** A Korean article on an invented studio's yearly output, ranked `document`. */
const harbourlightInKorean = (document: number) =>
  passage(
    document,
    'Harbourlight, 서울에 열 번째 스튜디오',
    'Harbourlight는 1990년 영국에서 문을 열었다. Harbourlight가 한 해 만드는 광고는 3000편 안팎이다. ' +
      '열 곳의 스튜디오에서 일하는 아티스트는 1500명가량이다.',
    'ko',
  );

const glossary = (await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'))).glossary;

const weighted = (term: WeightedTerm['term']): WeightedTerm => ({ term, sharp: 1, smooth: 1, known: true });

describe('a question word that cannot be found in another language', () => {
  it('is expected only when it is a concept, a name, or a word the article holds', () => {
    const inArticle = (term: WeightedTerm['term']) => (term.keys.includes('광고') ? 1 : 0);
    const expectable = expectableAcross(inArticle);
    expect(expectable(weighted({ keys: ['广告'], role: 'topic', weight: 1, broader: [] }))).toBe(false);
    expect(expectable(weighted({ keys: ['广告', '광고'], role: 'topic', weight: 1, broader: [] }))).toBe(true);
    expect(expectable(weighted({ keys: ['@revenue'], role: 'topic', weight: 1, broader: [] }))).toBe(true);
    expect(expectable(weighted({ keys: ['harbourlight'], role: 'entity', weight: 3, broader: [] }))).toBe(true);
  });

  it('does not keep a typed answer in the first article from being shown', () => {
    const answer = createExtractiveAnswerer({ glossary, rarity: () => 0.5 });
    const korean = harbourlightInKorean(0);
    // Words the lexicon does not know (每年 and 广告 are its annual and advertising concepts, so they cross).
    const question = 'Harbourlight一年制作多少支宣传片?';
    const found = answer(question, [korean], { language: 'zh', query: question });
    // The sentence is grounded and shown (whether as sure is the sureness model's call); without the change the
    // three words no Korean sentence can hold kept it below the coverage gate and nothing was shown.
    expect(found.text).toMatch(/3000편/);
  });

  it('still counts them in an article retrieval does not rank first', () => {
    const answer = createExtractiveAnswerer({ glossary, rarity: () => 0.5 });
    const first = passage(0, 'Northgate opens a studio', 'Northgate opened a studio in Leeds in 2021.', 'en');
    const korean = harbourlightInKorean(1);
    const question = 'Harbourlight一年制作多少支宣传片?';
    expect(answer(question, [first, korean], { language: 'zh', query: question }).text).not.toMatch(/3000편/);
  });
});

describe('a foreign name a Korean or Japanese question opens with', () => {
  it('is the question’s entity when the knowledge base holds its spelling in another script', () => {
    // "인피니트" is in no article, but its cross-script name key is, as rarely as a name; "이사" is a common word.
    const rarity = (key: string) =>
      key.startsWith('%') ? 0.8 : key.endsWith('이사') ? 0.5 : /\p{Script=Hangul}/u.test(key) ? 1 : 0.5;
    const answer = createExtractiveAnswerer({ glossary, rarity });
    const indonesian = passage(
      0,
      'Infinite Studios bidik pasar animasi',
      'Pasar animasi Indonesia tumbuh 1 persen. ' +
        'Target itu disampaikan Direktur Teknologi Infinite Studios, Daniel Harjanto, di Batam.',
      'id',
    );
    // Without it the common word stood in for the name, and no Indonesian sentence holds it.
    const question = '인피니트 기술 이사는 누구야?';
    expect(answer(question, [indonesian], { language: 'ko', query: question }).text).toMatch(/Daniel Harjanto/);
  });
});
