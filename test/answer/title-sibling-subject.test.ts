/**
 * Issue 10, session 28: in a story about two companies (a buyer and the studio it bought), a sentence whose subject is
 * the other company the title names tells that company's fact, however well the question's company is named just
 * before it. Synthetic passages in English, Korean and Japanese through the real extractive answerer, and the subject
 * reading itself.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { sentenceSubject, subjectIsTitleSibling } from '../../src/answer/title-sibling.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';

const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });
// Each passage its own document number: the answerer keeps a passage's analysis by its document.
const documents = new Map<string, number>();
const ask = (question: string, text: string, language: string, title: string) => {
  const document = documents.get(text) ?? documents.size + 1;
  documents.set(text, document);
  return answer(question, [retrievedPassage(document, text, language, title)], { language, query: question });
};

describe('the subject a sentence opens with', () => {
  it('reads a name before a Korean or Japanese topic particle, or before an English verb', () => {
    expect(sentenceSubject('별빛스튜디오는 직원 80명을 두고 있다.')).toBe('별빛스튜디오');
    expect(sentenceSubject('ミナト書房は2020年に設立された。')).toBe('ミナト書房');
    expect(sentenceSubject('Lumen Kids Studio employs about 120 people.')).toBe('Lumen Kids Studio');
    expect(sentenceSubject('9 Story Media has offices in Toronto.')).toBe('9 Story Media');
  });

  it('reads no subject from a pronoun or an article opening the sentence', () => {
    expect(sentenceSubject('The studio employs about 120 people.')).toBeUndefined();
    expect(sentenceSubject('It employs about 120 people.')).toBeUndefined();
  });
});

describe('a subject that is the title’s other company', () => {
  const question = { name: () => false, keys: new Set<string>(), concept: () => false };

  it('is a sibling when the title names it and the question does not', () => {
    const sentence = 'Lumen Kids Studio employs about 120 people.';
    expect(subjectIsTitleSibling(sentence, 'Harbor Books buys Lumen Kids Studio', question)).toBe(true);
    expect(
      subjectIsTitleSibling('별빛스튜디오는 직원 80명을 두고 있다.', '하늘출판, 별빛스튜디오 인수', question),
    ).toBe(true);
  });

  it('is no sibling when the question names it, the title does not, or it is a lexicon word or a numbered group', () => {
    const sentence = 'Lumen Kids Studio employs about 120 people.';
    const named = { ...question, name: (word: string) => word === 'Lumen Kids Studio' };
    expect(subjectIsTitleSibling(sentence, 'Harbor Books buys Lumen Kids Studio', named)).toBe(false);
    expect(subjectIsTitleSibling(sentence, 'Harbor Books grows', question)).toBe(false);
    const concept = { ...question, concept: (word: string) => word === '開設' };
    expect(subjectIsTitleSibling('開設は2026年秋の予定。', 'ミナト書房、新スタジオを開設へ', concept)).toBe(false);
    expect(subjectIsTitleSibling('6기는 모두 120명을 뽑는다.', '게임아카데미, 6기 120명 모집', question)).toBe(false);
  });
});

describe('a count asked of one company, told of the other one the title names', () => {
  const title = 'Harbor Books buys Lumen Kids Studio';
  const story =
    'Harbor Books will buy the animation house Lumen Kids Studio for $40 million, it said on Monday. ' +
    'Lumen Kids Studio employs about 120 people in Leeds.';

  it('does not give the bought studio’s staff as the buyer’s', () => {
    const result = ask('How many employees does Harbor Books have?', story, 'en', title);
    expect(result.grounded).toBe(false);
  });

  it('gives the studio’s own staff when the studio is asked about', () => {
    const result = ask('How many people does Lumen Kids Studio employ?', story, 'en', title);
    expect(result.grounded).toBe(true);
    expect(result.text).toContain('120 people');
  });
});

describe('a count asked of one company, told of the other one the title names (Korean, Japanese)', () => {
  it('does not give the bought studio’s staff as the buyer’s', () => {
    const story =
      '하늘출판은 별빛스튜디오 지분 100%를 200억원에 사들이기로 했다고 3일 밝혔다. 별빛스튜디오는 직원 80명을 두고 있다.';
    expect(ask('하늘출판 직원은 몇 명이야?', story, 'ko', '하늘출판, 별빛스튜디오 인수').grounded).toBe(false);
    const own = ask('별빛스튜디오 직원은 몇 명이야?', story, 'ko', '하늘출판, 별빛스튜디오 인수');
    expect(own.grounded).toBe(true);
    expect(own.text).toContain('80명');
  });

  it('does not give the partner’s staff as the company’s', () => {
    const story = 'ミナト書房は、アニメ制作会社のソラノ工房を子会社にすると発表した。ソラノ工房は従業員45人を抱える。';
    expect(ask('ミナト書房の従業員は何人?', story, 'ja', 'ミナト書房、ソラノ工房を子会社化').grounded).toBe(false);
  });
});
