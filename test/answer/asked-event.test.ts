/**
 * Issue 10 point 3, units of the asked type that compete: the one told with the question's predicate (hired, founded,
 * partnering …) answers; a sentence that tells of another event holds that event's unit. Small synthetic passages.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { predicateHeld, predicatesIn } from '../../src/answer/predicates.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';

function passage(document: number, text: string, language: string): RetrievedPassage {
  const article = { id: `article-${document}`, title: 'Northwind news', language };
  return {
    document,
    fused: 1 / (1 + document),
    chunk: { id: `${article.id}#0`, articleId: article.id, title: article.title, position: 0, start: 0, text, article },
  };
}

const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });

describe('the asked event', () => {
  it('is read in the six languages, and not from words for holding any event', () => {
    expect(predicatesIn('How many people will Northwind hire?')).toContain('hire');
    expect(predicatesIn('노스윈드는 몇 명을 채용하나요?')).toContain('hire');
    expect(predicatesIn('Northwind tuyển bao nhiêu người?')).toContain('hire');
    expect(predicatesIn('ノースウィンドは何人を採用する?')).toContain('hire');
    expect(predicatesIn('Сколько человек наймет «Норд»?')).toContain('hire');
    expect(predicatesIn('Northwind nechta odamni ishga oladi?')).toContain('hire');
    expect(predicatesIn('С кем сотрудничает студия?')).toEqual(['partner']);
    expect(predicatesIn('간담회는 언제 열렸어?')).toEqual([]);
  });

  it('counts most in the clause that holds the unit', () => {
    const hasYear = (text: string) => /\d{4}/.test(text);
    expect(predicateHeld('Northwind, founded in 1936, opened a studio.', ['found'], hasYear)).toBe(1);
    expect(
      predicateHeld('Northwind, which was founded by Ann Smith, opened a studio in 2019.', ['found'], hasYear),
    ).toBe(0.5);
    expect(predicateHeld('Northwind opened a studio in 2019.', ['found'], hasYear)).toBe(0);
  });

  it('chooses the unit told with it over another fact of the same entity', () => {
    for (const [question, language, text, expected] of [
      [
        'Which production company is Northwind partnering with on the facility?',
        'en',
        'With that one word from Ann Smith, president of the Northwind College of Art, the school opened the ' +
          'Eastfield Post-Production Facility, a production company building. Northwind is working closely with ' +
          'Brackley Productions on the facility.',
        /Brackley Productions/,
      ],
      [
        'ノースウィンドって何年にできた会社?',
        'ja',
        'ノースウィンドは2019年7月1日、イーストフィールドと包括的な業務提携を締結した。ノースウィンドは2008年の設立。',
        /2008年/,
      ],
      [
        '노스윈드는 언제 설립된 회사야?',
        'ko',
        '노스윈드는 2019년 7월 이스트필드와 업무협약을 체결했다. 노스윈드는 2008년에 설립됐다.',
        /2008년/,
      ],
    ] as const) {
      // One document number per passage: the answerer keeps a passage's analysis by its id.
      const answered = answer(question, [passage(question.length, text, language)], { language, query: question });
      expect(answered.grounded, question).toBe(true);
      expect(answered.text, question).toMatch(expected);
    }
  });
});
