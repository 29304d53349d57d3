/**
 * Answers across languages without a model (issue 10 item 5): a place or name the question writes in its own script
 * ("토론토", "Монреале") is the same one a sentence of another language writes in Latin letters ("Toronto", "Montreal"),
 * so that sentence is not taken to be about something else — the company its article's title names still shows.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesSomethingElse } from '../../src/answer/asked-unit.js';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { questionNameMatcher } from '../../src/answer/question-names.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

function passage(document: number, title: string, text: string, language = 'en'): RetrievedPassage {
  const article = { id: `article-${document}`, title, language };
  return {
    document,
    fused: 1 / (1 + document),
    chunk: { id: `${article.id}#0`, articleId: article.id, title, position: 0, start: 0, text, article },
  };
}

const glossary = (await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'))).glossary;

describe('a place the question names in another script', () => {
  it('is the question’s own name in a sentence that writes it in Latin letters', () => {
    for (const [question, sentence] of [
      ['Harbourlight 토론토 지사는 언제 문을 열었어?', 'The Toronto office opened in 2019.'],
      ['Когда Harbourlight открыла офис в Монреале?', 'The Montreal office opened in 2019.'],
      ['Harbourlight ở Toronto mở văn phòng khi nào?', 'The Toronto office opened in 2019.'],
    ] as const) {
      const analysis = analyseQuestion(question, glossary, emptyAliasIndex);
      const own = questionNameMatcher(analysis.terms, glossary);
      expect(namesSomethingElse(sentence, analysis.entityWords, own)).toBe(false);
      // Another city is still something else.
      expect(namesSomethingElse('The Vancouver office opened in 2014.', analysis.entityWords, own)).toBe(true);
    }
  });

  it('lets the article’s title show the company for a sentence deep in an English or Vietnamese article', () => {
    const answer = createExtractiveAnswerer({ glossary, rarity: () => 0.5 });
    const english = passage(
      0,
      'Harbourlight Pictures expands across Canada',
      'Harbourlight Pictures is adding two studios in Canada. It has made visual effects for series since 2009. ' +
        'The Toronto studio is expected to create up to 120 new jobs.',
    );
    const korean = 'Harbourlight Pictures 토론토 스튜디오는 일자리를 몇 개 만들어?';
    const fromKorean = answer(korean, [english], { language: 'ko', query: korean });
    expect(fromKorean.grounded).toBe(true);
    expect(fromKorean.text).toMatch(/120 new jobs/);

    const vietnamese = passage(
      1,
      'Harbourlight Pictures mở rộng tại Canada',
      'Harbourlight Pictures sẽ mở thêm hai studio ở Canada. Công ty làm kỹ xảo cho phim truyền hình từ năm 2009. ' +
        'Văn phòng ở Montreal mở cửa vào năm 2017.',
      'vi',
    );
    const russian = 'В каком году Harbourlight Pictures открыла офис в Монреале?';
    const fromRussian = answer(russian, [vietnamese], { language: 'ru', query: russian });
    expect(fromRussian.grounded).toBe(true);
    expect(fromRussian.text).toMatch(/2017/);
  });
});
