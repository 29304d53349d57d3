/**
 * Issue 10 (grounded-but-wrong): a results report tells several periods' figures side by side, and a credits
 * paragraph names several people with their roles. A quarter or half the question names is not answered by a
 * sentence that names only other periods; a role the sentence before names belongs to the person named there.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { periodAgrees, periodsIn, yearOnlyCompared } from '../../src/answer/asked-period.js';
import { scoreCandidates } from '../../src/answer/candidate-scoring.js';
import { weighTerms } from '../../src/answer/term-weights.js';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { createPassageAnalyser } from '../../src/answer/passage-analysis.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

let documents = 0;

function passage(text: string, title: string, language = 'en'): RetrievedPassage {
  documents += 1;
  const article = { id: `article-${documents}`, title, language };
  return {
    document: documents,
    fused: 1,
    chunk: { id: `${article.id}#0`, articleId: article.id, title: article.title, position: 0, start: 0, text, article },
  };
}

describe('the quarters and halves a text names', () => {
  it('reads quarters in words, numbers and Roman numerals across languages', () => {
    expect([...periodsIn('revenue in the second quarter')]).toEqual(['q2']);
    expect([...periodsIn('Q4 bookings')]).toEqual(['q4']);
    expect([...periodsIn('4분기 영업이익')]).toEqual(['q4']);
    expect([...periodsIn('2·4분기 매출')]).toEqual(['q2']);
    expect([...periodsIn('第2四半期の売上高')]).toEqual(['q2']);
    expect([...periodsIn('四季度净利润')]).toEqual(['q4']);
    expect([...periodsIn('lợi nhuận quý II/2024')]).toEqual(['q2']);
    expect([...periodsIn('во втором квартале')]).toEqual(['q2']);
    expect([...periodsIn('laba kuartal IV-2022')]).toEqual(['q4']);
    expect([...periodsIn('รายได้ไตรมาสที่ 2')]).toEqual(['q2']);
  });

  it('reads halves, and several periods in one sentence', () => {
    expect([...periodsIn('second half of the year')]).toEqual(['h2']);
    expect([...periodsIn('하반기 매출')]).toEqual(['h2']);
    expect([...periodsIn('下半年营收')]).toEqual(['h2']);
    expect([...periodsIn('6 tháng cuối năm')]).toEqual(['h2']);
    expect([...periodsIn('во втором полугодии')]).toEqual(['h2']);
    expect([...periodsIn('1분기 100억원에서 2분기 120억원으로')].sort()).toEqual(['q1', 'q2']);
  });

  it('finds no period in counts, years and words that only look alike', () => {
    expect(periodsIn('13분기 연속 흑자').size).toBe(0);
    expect(periodsIn('The studio has 3 quarterly releases and opened in 2014.').size).toBe(0);
    expect(periodsIn('headquartered in Sydney').size).toBe(0);
  });

  it('agrees when either names no period or the asked one is among those told', () => {
    expect(periodAgrees(new Set(['q3']), new Set())).toBe(true);
    expect(periodAgrees(new Set(), new Set(['q1']))).toBe(true);
    expect(periodAgrees(new Set(['q1']), new Set(['q1', 'q2']))).toBe(true);
    expect(periodAgrees(new Set(['q3']), new Set(['q1', 'q2']))).toBe(false);
    expect(periodAgrees(new Set(['h1']), new Set(['q2']))).toBe(false);
  });
});

let shipped: ReturnType<typeof loadGlossary> | undefined;
const shippedGlossary = async () => {
  shipped ??= loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
  return (await shipped).glossary;
};

describe('a year named only to compare with it', () => {
  it('does not date the sentence in any of the languages', () => {
    expect(yearOnlyCompared('Revenue reached 207 million dollars in 2024, up 12% compared with 2023.', '2023')).toBe(
      true,
    );
    expect(yearOnlyCompared('Doanh thu năm 2024 đạt 207 tỷ won, tăng 12% so với năm 2023.', '2023')).toBe(true);
    expect(yearOnlyCompared('2024년 매출은 2023년 대비 12% 늘었다.', '2023')).toBe(true);
    expect(yearOnlyCompared('2024年の売上高は2023年比12%増だった。', '2023')).toBe(true);
    expect(yearOnlyCompared('2024年营收较2023年增长12%。', '2023')).toBe(true);
    expect(yearOnlyCompared('Выручка в 2024 году выросла на 12% по сравнению с 2023 годом.', '2023')).toBe(true);
  });

  it('still dates it when the year is told for itself as well, or not compared', () => {
    expect(
      yearOnlyCompared('Revenue rose from 11 million dollars in 2023 to 13 million dollars in 2024.', '2023'),
    ).toBe(false);
    expect(yearOnlyCompared('In 2023 revenue was 11 million dollars, down from 2022.', '2023')).toBe(false);
    expect(yearOnlyCompared('Revenue in 2024 rose 12%.', '2023')).toBe(false);
  });
});

describe('a period the question names', () => {
  const report = '노스윈드의 매출은 1분기 400억원, 2분기 450억원이었다.';
  const ask = async (question: string, text: string, language: string) => {
    const answer = createExtractiveAnswerer({ glossary: await shippedGlossary(), rarity: () => 0.5 });
    return answer(question, [passage(text, '노스윈드 실적', 'ko')], { language, query: question });
  };

  it('is not answered by a sentence that tells only other quarters, in its language or across one', async () => {
    expect((await ask('노스윈드의 3분기 매출은 얼마야?', report, 'ko')).grounded).toBe(false);
    expect((await ask('What was Northwind revenue in the third quarter?', report, 'en')).grounded).toBe(false);
  });

  it('is answered by a sentence that names it among others', async () => {
    expect((await ask('노스윈드의 2분기 매출은 얼마야?', report, 'ko')).grounded).toBe(true);
  });
});

describe('a role the sentence before names', () => {
  const grounded = async (question: string, text: string) => {
    const glossary = await shippedGlossary();
    const analysis = { ...analyseQuestion(question, glossary, emptyAliasIndex), language: 'en' };
    const terms = weighTerms(analysis, () => 0.5);
    const analyser = createPassageAnalyser(glossary);
    const read = passage(text, 'Bluebird opens in cinemas');
    return scoreCandidates([read], analysis, terms, (item) => analyser(item.chunk, emptyAliasIndex), glossary).map(
      (candidate) => candidate.grounded,
    );
  };

  it("belongs to the person named with it, not to the next sentence's person", async () => {
    const text =
      'Bluebird opened on Friday. The director of the film is Mara Quinlan. ' +
      'The first Bluebird film, made by Tom Reyes, opened in 2004.';
    expect(await grounded('Who is the director of Bluebird?', text)).toEqual([false, true, false]);
  });

  it('still lends itself to a sentence when it names no one of its own', async () => {
    const text = 'Bluebird has a new director. She is Mara Quinlan, who made two Bluebird shorts.';
    expect(await grounded('Who is the director of Bluebird?', text)).toEqual([false, true]);
  });
});
