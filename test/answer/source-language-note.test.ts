/**
 * Issue 10 point 5: an answer from an article in another language says so in the asker's language — for the six
 * languages' articles and for any other an organizer ingests (Chinese, Thai, Kazakh), on the extractive path and on a
 * model's answer. Small synthetic passages.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { otherLanguageNote } from '../../src/answer/messages.js';
import { withSourceLanguageNote } from '../../src/answer/source-language.js';
import type { Answer } from '../../src/answer/types.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';

const passage = (document: number, text: string, language: string) =>
  retrievedPassage(document, text, language, 'Northwind');

describe('the note on an answer from another language', () => {
  it("names a language outside the six in the asker's language", () => {
    expect(otherLanguageNote('ko', 'zh')).toBe('(중국어 기사에서)');
    expect(otherLanguageNote('en', 'th')).toBe('(from a Thai article)');
    expect(otherLanguageNote('en', 'id')).toBe('(from an Indonesian article)');
    expect(otherLanguageNote('vi', 'zh')).toBe('(từ một bài viết tiếng Trung)');
    expect(otherLanguageNote('ru', 'kk')).toBe('(из статьи на казахском языке)');
    expect(otherLanguageNote('uz', 'zh')).toBe('(xitoy tilidagi maqoladan)');
    expect(otherLanguageNote('ja', 'ko')).toBe('（韓国語の記事より）');
    expect(otherLanguageNote('ko', 'ko')).toBeUndefined();
    expect(otherLanguageNote('en', 'qqq')).toBeUndefined();
  });

  it('is added by the extractive answer for a Chinese article asked about in English and Korean', () => {
    const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });
    const text = 'Northwind Studio 成立于 2016 年。Northwind Studio 在 2016 年 成立。';
    for (const [question, language, note] of [
      ['When was Northwind Studio founded?', 'en', '(from a Chinese article)'],
      ['Northwind Studio는 언제 설립됐어?', 'ko', '(중국어 기사에서)'],
    ] as const) {
      const answered = answer(question, [passage(0, text, 'zh')], { language, query: question });
      expect(answered.text, question).toContain(note);
    }
  });

  it("is added to a model's grounded answer from an article in another language, once", () => {
    const passages = [passage(0, 'Northwind employs 42 people.', 'en'), passage(1, '노스윈드 직원은 42명이다.', 'ko')];
    const generated = (articleId: string, grounded = true): Answer => ({
      text: 'Northwind에는 42명이 일합니다 [1].',
      grounded,
      path: 'generated',
      query: 'Northwind?',
      language: 'ko',
      citations: [{ n: 1, articleId, title: 'Northwind', quote: '…', chunkId: `${articleId}#0`, score: 0 }],
    });
    expect(withSourceLanguageNote(generated('article-0'), passages, 'ko').text).toBe(
      'Northwind에는 42명이 일합니다 [1]. (영어 기사에서)',
    );
    const vietnamese = { ...generated('article-1'), text: 'Northwind có 42 nhân viên [1].', language: 'vi' };
    expect(withSourceLanguageNote(vietnamese, passages, 'vi').text).toBe(
      'Northwind có 42 nhân viên [1]. (từ một bài viết tiếng Hàn)',
    );
    // Same language, not grounded, or already said: unchanged.
    expect(withSourceLanguageNote(generated('article-1'), passages, 'ko').text).toBe(
      'Northwind에는 42명이 일합니다 [1].',
    );
    expect(withSourceLanguageNote(generated('article-0', false), passages, 'ko').text).not.toContain('영어');
    const noted = withSourceLanguageNote(generated('article-0'), passages, 'ko');
    expect(withSourceLanguageNote(noted, passages, 'ko').text).toBe(noted.text);
  });
});
