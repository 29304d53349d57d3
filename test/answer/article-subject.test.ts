/**
 * The article's subject (src/answer/article-subject.ts): a typed question's entity that an article's title names is
 * the subject of the article's sentences that tell a unit of the asked type without naming it, even when they name
 * someone else — unless they name another party of the title. Small synthetic passages in several languages.
 */
import { describe, expect, it } from 'vitest';
import { namesTitleSibling, titleSiblings } from '../../src/answer/article-subject.js';
import { defaultScoringSettings, scoreCandidates } from '../../src/answer/candidate-scoring.js';
import { createPassageAnalyser } from '../../src/answer/passage-analysis.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { questionNameMatcher } from '../../src/answer/question-names.js';
import { weighTerms } from '../../src/answer/term-weights.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';

const siblingsFor = (question: string, title: string) => {
  const analysis = analyseQuestion(question, undefined, emptyAliasIndex);
  const keys = new Set(analysis.terms.flatMap((term) => term.keys));
  return titleSiblings(title, questionNameMatcher(analysis.terms, undefined), keys, undefined);
};

describe("a title's other parties", () => {
  it('are the names the title writes besides the question’s own, in several scripts', () => {
    const english = siblingsFor('How much will Northwind invest?', 'Northwind and Eastfield sign a co-production deal');
    expect(english.names).toContain('eastfield');
    expect(english.names).not.toContain('northwind');
    const korean = siblingsFor('노스윈드는 얼마를 투자해?', '노스윈드, 이스트필드와 공동제작 협약');
    expect(korean.names).toContain('이스트필드');
    expect(korean.names).not.toContain('노스윈드');
    const russian = siblingsFor('Сколько вложит «Норд»?', '«Норд» и «Восток» подписали соглашение');
    expect(russian.names).toContain('восток');
    expect(russian.names).not.toContain('норд');
  });

  it('are met in a sentence as whole Latin words or anywhere in other scripts', () => {
    const english = siblingsFor('How much will Northwind invest?', 'Northwind and Eastfield sign a co-production deal');
    expect(namesTitleSibling('Eastfield will put in $2 million.', english, undefined)).toBe(true);
    expect(
      namesTitleSibling('Its chief executive Ann Smith said the studio would put in $2 million.', english, undefined),
    ).toBe(false);
    // Part of a longer word is not the name.
    expect(namesTitleSibling('The Eastfielders club met on Monday.', english, undefined)).toBe(false);
    const korean = siblingsFor('노스윈드는 얼마를 투자해?', '노스윈드, 이스트필드와 공동제작 협약');
    expect(namesTitleSibling('이스트필드는 20억원을 투자한다.', korean, undefined)).toBe(true);
    expect(namesTitleSibling('회사는 30억원을 투자한다.', korean, undefined)).toBe(false);
    const russian = siblingsFor('Сколько вложит «Норд»?', '«Норд» и «Восток» подписали соглашение');
    expect(namesTitleSibling('«Восток» вложит 10 млн рублей.', russian, undefined)).toBe(true);
  });

  it('are none when the title names only the question’s entity', () => {
    const only = siblingsFor('How many people will Northwind hire?', 'Northwind opens a studio');
    expect(namesTitleSibling('Chief executive Ann Smith said it would hire 40 people.', only, undefined)).toBe(false);
  });
});

describe('the article’s subject when scoring sentences', () => {
  const analyser = createPassageAnalyser(undefined);
  const grounded = (question: string, language: string, title: string, text: string, articleSubject: boolean) => {
    const analysis = { ...analyseQuestion(question, undefined, emptyAliasIndex), language };
    const terms = weighTerms(analysis, () => 0.5);
    const candidates = scoreCandidates(
      [retrievedPassage(question.length, text, language, title)],
      analysis,
      terms,
      (passage) => analyser(passage.chunk, emptyAliasIndex),
      undefined,
      { ...defaultScoringSettings, articleSubject },
    );
    return candidates.filter((candidate) => candidate.grounded).map((item) => item.analysed.sentences[item.index]);
  };

  it('grounds a sentence naming someone else only when asked to, and never one naming the title’s other party', () => {
    // The sentence names a work ('붉은 항구'): something else, but no organization (a figure told with another body
    // is that body's: test/answer/asked-event.test.ts).
    for (const [question, language, title, text, answer, sibling] of [
      [
        '노스윈드는 몇 명을 채용해?',
        'ko',
        '노스윈드, 이스트필드와 리즈에 스튜디오 개소',
        "새 스튜디오는 월요일 리즈에서 문을 열었다. 앤 스미스 대표는 첫 작품 '붉은 항구'를 위해 내년에 40명을 " +
          "채용한다고 말했다. 이스트필드는 '붉은 항구'에 25명을 채용한다고 밝혔다.",
        /40명/,
        /25명/,
      ],
    ] as const) {
      expect(grounded(question, language, title, text, false).join(' '), question).not.toMatch(answer);
      const withSubject = grounded(question, language, title, text, true).join(' ');
      expect(withSubject, question).toMatch(answer);
      expect(withSubject, question).not.toMatch(sibling);
    }
  });
});

describe('the second pass with the article’s subject', () => {
  const analyser = createPassageAnalyser(undefined);
  it('scores again only the sentences the subject is read into and gives what a full second pass gives', () => {
    const question = 'How many people will Northwind hire?';
    const analysis = { ...analyseQuestion(question, undefined, emptyAliasIndex), language: 'en' };
    const terms = weighTerms(analysis, () => 0.5);
    const passages = [
      retrievedPassage(
        1,
        'The new studio opened in Leeds on Monday. Chief executive Ann Smith said it would hire 40 people for ' +
          "its first series, 'Red Harbour'. Eastfield said it would hire 25 people.",
        'en',
        'Northwind and Eastfield open a studio in Leeds',
      ),
      retrievedPassage(2, 'A festival in York showed 12 films. Its director said 300 people came.', 'en', 'York notes'),
    ];
    const analyse = (passage: (typeof passages)[number]) => analyser(passage.chunk, emptyAliasIndex);
    const score = (articleSubject: boolean, unread?: ReturnType<typeof scoreCandidates>) =>
      scoreCandidates(
        passages,
        analysis,
        terms,
        analyse,
        undefined,
        { ...defaultScoringSettings, articleSubject },
        unread,
      );
    const first = score(false);
    const full = score(true);
    const reused = score(true, first);
    expect(reused).toEqual(full);
    // The subject changes a sentence of the passage whose title names Northwind: that one is scored again.
    const changed = reused.filter((candidate, index) => candidate !== first[index]);
    expect(changed.map((item) => item.analysed.sentences[item.index])).toEqual([
      "Chief executive Ann Smith said it would hire 40 people for its first series, 'Red Harbour'.",
    ]);
    expect(changed[0]?.grounded).toBe(true);
    // Every other candidate, the other passage's among them, is the first pass's own.
    expect(reused.filter((candidate) => candidate.passageRank === 1).every((item) => first.includes(item))).toBe(true);
  });
});
