/**
 * A question in a script without capitals is taken to open with its name when its first word is rare in the knowledge
 * base (term-weights.ts) — but not when that word is one any article may write: a year told from the article's date
 * ("작년", "去年", "올해") or a company's legal form ("株式会社", "주식회사"). Hand-written questions about made-up names.
 */
import { describe, expect, it } from 'vitest';
import { isRelativeYearWord } from '../../src/answer/asked-scope.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { weighTerms } from '../../src/answer/term-weights.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';

/** The words taken for the question's entity, every word being as rare in the knowledge base. */
const entityWords = (question: string) =>
  weighTerms(analyseQuestion(question, undefined, emptyAliasIndex), () => 0.6)
    .filter((item) => item.term.role === 'entity')
    .map((item) => item.term.word);

describe('words any article writes', () => {
  it('are not taken for the name a question opens with', () => {
    expect(entityWords('去年の港町映画祭には何本の応募があった?')).toEqual([]);
    expect(entityWords('작년 바다영화제에서 몇 편 상영했어?')).toEqual([]);
    expect(entityWords('올해 바다영화제 관객은 몇 명이야?')).toEqual([]);
    expect(entityWords('株式会社ミナトの台湾の現地法人は何て名前?')).toEqual([]);
    expect(entityWords('주식회사 바다필름 대표는 누구야?')).toEqual([]);
  });

  it('leave a rare first word that is no such word taken for the name', () => {
    expect(entityWords('港町映画祭には去年何本の応募があった?')).toEqual(['港町']);
    expect(entityWords('바다영화제에서 작년 몇 편 상영했어?')).toEqual(['바다영화제']);
  });

  it('are years told from the article’s date in the articles’ languages, whole words only', () => {
    for (const word of ['작년', '지난해', '올해', '내년', '去年', '昨年', '今年', '来年', 'năm ngoái', 'last year'])
      expect(isRelativeYearWord(word), word).toBe(true);
    for (const word of ['작년도서관', '바다영화제', '今年度版', 'year'])
      expect(isRelativeYearWord(word), word).toBe(false);
  });
});
