/**
 * Issue 10, session 16: an article names its subject once and then tells its facts in sentences that name nothing
 * else ("The first season has 26 episodes"), far below the name. A typed question about the subject is answered by
 * such a sentence. A small synthetic passage through the real extractive answerer.
 */
import { describe, expect, it } from 'vitest';
import { hasCount } from '../../src/answer/answer-units.js';
import { countedOf } from '../../src/answer/asked-object.js';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';

const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });

const series =
  'Northwind Media will fully fund an animated series for the first time. The project is Lex and Plu, about a fox ' +
  'and a raccoon who drive a space taxi. The premiere is planned for December on a children’s channel. ' +
  'The show is aimed at children aged 6 to 9. Their friends are a little fox, a booby and a mushroom. ' +
  'It is drawn in 2D. The first season has 26 episodes of 11 minutes.';

describe('a subject named once, far above its facts', () => {
  it('answers from a later sentence that names nothing else', () => {
    const question = 'How many episodes are in the first season of Lex and Plu?';
    const result = answer(question, [retrievedPassage(1, series, 'en', 'Northwind Media backs an animated series')], {
      language: 'en',
      query: question,
    });
    expect(result.grounded).toBe(true);
    expect(result.text).toContain('26 episodes');
  });
});

describe('a subject named once, its fact told by a person', () => {
  it('answers from a later sentence that names only a speaker or a member of staff', () => {
    const told =
      'Northwind Media will fully fund an animated series for the first time. The project is Lex and Plu, about a ' +
      'fox and a raccoon who drive a space taxi. The premiere is planned for December on a children’s channel. ' +
      'The show is aimed at children aged 6 to 9. It is drawn in 2D. ' +
      'As studio director Marina Kessler told reporters, the first season has 26 episodes of 11 minutes.';
    const question = 'How many episodes are in the first season of Lex and Plu?';
    const result = answer(question, [retrievedPassage(3, told, 'en', 'Northwind Media backs an animated series')], {
      language: 'en',
      query: question,
    });
    expect(result.grounded).toBe(true);
    expect(result.text).toContain('26 episodes');
    // Another studio named with the figure: it may be that one's, so the subject must be named with it.
    const other = told.replace('As studio director Marina Kessler told', 'As Harbor Pictures told');
    const another = answer(question, [retrievedPassage(4, other, 'en', 'Northwind Media backs an animated series')], {
      language: 'en',
      query: question,
    });
    expect(another.grounded).toBe(false);
  });
});

describe('the office asked, written as the question writes it', () => {
  it('answers "who is the chairman" with the chairman, not a chief executive filed under the same broader role', () => {
    const glossary = createGlossary([
      { id: 'executive', category: 'role', en: ['chairman', 'chairperson'] },
      { id: 'chief-executive', category: 'role', en: ['chief executive', 'CEO'], broader: ['executive'] },
    ]);
    const answerer = createExtractiveAnswerer({ glossary, rarity: () => 0.5 });
    const text =
      'Northwind Effects is preparing to expand. At the same time Ivo Lenz has come on board as chairman. ' +
      'Northwind was set up by effects veterans. Dana Pryce is chief executive and executive producer of Northwind.';
    const question = "Who is Northwind's new chairman?";
    const result = answerer(question, [retrievedPassage(2, text, 'en', 'Northwind Effects raises money')], {
      language: 'en',
      query: question,
    });
    expect(result.text).not.toContain('Dana Pryce');
    if (result.grounded) expect(result.text).toContain('Ivo Lenz');
  });
});

describe('one round of several', () => {
  const text =
    'Northwind Animation Studios, the studio set up by Gary Lee, said on Friday it had closed a US$20 million ' +
    'Series B funding round. The round was led by Harbor Capital and Elm Ventures. Northwind was founded in 2013 to ' +
    'make animated features.';
  // Each passage its own document: the answerer keeps a document's analysis.
  const ask = (question: string, body: string, language: string, title: string, document: number) =>
    answer(question, [retrievedPassage(document, body, language, title)], { language, query: question });

  it('does not answer a question about one round with a sentence that tells only another', () => {
    const title = 'Northwind Animation raises US$20 million';
    expect(ask('How much did Northwind Animation raise in its Series A?', text, 'en', title, 11).grounded).toBe(false);
    const same = ask('How much did Northwind Animation raise in its Series B?', text, 'en', title, 11);
    expect(same.grounded).toBe(true);
    expect(same.text).toContain('US$20 million');
  });

  it('reads Korean round counters', () => {
    const korean =
      '부산영상위원회는 CG 교육을 모두 3차로 진행한다. 1차 교육은 6월 22일까지 11주 동안 이론과 실습으로 이어진다. ' +
      '교육생에게는 포트폴리오 제작을 지원한다.';
    expect(ask('부산영상위원회 2차 교육은 언제 끝나?', korean, 'ko', '부산영상위원회 CG 교육 시작', 12).grounded).toBe(
      false,
    );
  });
});

describe('a Korean noun after 몇 that is a counter itself', () => {
  it('is found right after the number ("몇 차로" and "3차로")', () => {
    const counted = countedOf('노스윈드 교육은 총 몇 차로 나눠 진행돼?', undefined);
    expect(hasCount('교육은 모두 3차로 나눠 진행된다.', counted, undefined)).toBe(true);
    expect(hasCount('교육생 20명을 뽑는다.', counted, undefined)).toBe(false);
  });
});
