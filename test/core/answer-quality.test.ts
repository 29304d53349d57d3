/**
 * Answer quality on questions the core has never been tuned on as sentences: every fact of
 * the four seed articles asked in several phrasings and in en/ko/vi/ja/ru/uz (right first
 * citation, answer holds the fact), and questions the articles do not answer although
 * they share words with them (must be refused). The set is split into a tuning part and a
 * held-out part; both must hold the rates.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Answer } from '../../src/answer/types.js';
import { hasEventDate, namesSomethingElse, numbersIn, withoutNumbers } from '../../src/answer/asked-unit.js';
import { type TestCore, createTestCore } from '../helpers/test-core.js';

interface AnswerableQuestion {
  q: string;
  lang: string;
  article: string | string[];
  expect: string;
  split: 'tune' | 'holdout';
}
interface UnanswerableQuestion {
  q: string;
  lang: string;
  split: 'tune' | 'holdout';
}

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'answer-questions.yaml');
const set = parse(readFileSync(fixture, 'utf8')) as {
  answerable: AnswerableQuestion[];
  unanswerable: UnanswerableQuestion[];
};

let testCore: TestCore;
beforeAll(async () => {
  testCore = await createTestCore();
}, 120_000);
afterAll(async () => testCore.cleanup());

const ask = (question: string) => testCore.core.ask(question);

function answersCorrectly(item: AnswerableQuestion, answer: Answer): boolean {
  const articles = Array.isArray(item.article) ? item.article : [item.article];
  return (
    answer.grounded &&
    articles.includes(answer.citations[0]?.articleId ?? '') &&
    new RegExp(item.expect, 'i').test(answer.text)
  );
}

describe('the evaluation set', () => {
  it('is large and covers all six languages', () => {
    expect(set.answerable.length).toBeGreaterThanOrEqual(80);
    expect(set.unanswerable.length).toBeGreaterThanOrEqual(25);
    for (const language of ['en', 'ko', 'vi', 'ja', 'ru', 'uz']) {
      expect(
        set.answerable.some((item) => item.lang === language),
        language,
      ).toBe(true);
      expect(
        set.unanswerable.some((item) => item.lang === language),
        language,
      ).toBe(true);
    }
    expect(set.answerable.filter((item) => item.split === 'holdout').length).toBeGreaterThanOrEqual(
      set.answerable.length / 4,
    );
  });
});

// Floors at what is measured after the entity had to be named with a sentence that names something
// else, units the question names itself stopped counting and uncased names were recognised (issue 10
// items 3 and 4): tune 69/75 answered / 23/25 refused, holdout 32/40 / 12/12, all 101/115 / 35/37
// (before: 69/75 / 22/25, 31/40 / 11/12, 100/115 / 33/37). After the asked-unit fixes of 2026-12-04 (report
// dates, day questions, money is not a count): tune 70/75 / 23/25, all 102/115 / 35/37. With "not sure" on ties
// (two different answers scoring alike are not grounded) holdout 31/40 and all 101/115: "단기 교육 과정은 몇 개였나요?"
// was answered right only because the tie fell its way (the other sentence gives another count). A role that only
// describes the entity in a question not asking for a person no longer has to stand with the answer: holdout
// 32/40, all 102/115. A typed question's entity must be named in the answer sentence or the one before it (issue
// 10, precision on unseen articles: check-half grounded-but-wrong 30/85 → 28/82): holdout 31/40, all 101/115.
const floors = {
  tune: { answered: 0.93, refused: 0.92 },
  holdout: { answered: 0.77, refused: 1 },
  all: { answered: 0.87, refused: 0.94 },
} as const;

describe('answer quality rates', () => {
  for (const split of ['tune', 'holdout', 'all'] as const) {
    it(`answers ≥ ${floors[split].answered * 100}% of the answerable ${split} questions with the right first citation, and refuses ≥ ${floors[split].refused * 100}% of the unanswerable ones`, async () => {
      const failures: string[] = [];
      const inSplit = (item: { split: string }) => split === 'all' || item.split === split;
      const answerable = set.answerable.filter(inSplit);
      let correct = 0;
      for (const item of answerable) {
        const answer = await ask(item.q);
        if (answersCorrectly(item, answer)) correct += 1;
        else
          failures.push(
            `ANSWER [${item.lang}] ${item.q}\n    grounded=${answer.grounded} first=${answer.citations[0]?.articleId} want /${item.expect}/ → ${answer.text.slice(0, 160)}`,
          );
      }
      const unanswerable = set.unanswerable.filter(inSplit);
      let refused = 0;
      for (const item of unanswerable) {
        const answer = await ask(item.q);
        if (!answer.grounded) refused += 1;
        else failures.push(`REFUSE [${item.lang}] ${item.q}\n    → ${answer.text.slice(0, 160)}`);
      }
      const answeredRate = correct / answerable.length;
      const refusedRate = refused / unanswerable.length;
      console.log(
        `[answer-quality] ${split}: answerable ${correct}/${answerable.length} (${(answeredRate * 100).toFixed(1)}%), unanswerable refused ${refused}/${unanswerable.length} (${(refusedRate * 100).toFixed(1)}%)` +
          (failures.length > 0 ? `\n  ${failures.join('\n  ')}` : ''),
      );
      expect(answeredRate, failures.join('\n')).toBeGreaterThanOrEqual(floors[split].answered);
      expect(refusedRate, failures.join('\n')).toBeGreaterThanOrEqual(floors[split].refused);
    }, 120_000);
  }
});

describe('the most important questions, one by one', () => {
  it.each([
    ['How many people work at IT Works Korea?', 'uzbekistan-korea-digital-content', /\b42\b/],
    ['IT Works Koreada nechta xodim ishlaydi?', 'uzbekistan-korea-digital-content', /\b42\b/],
    ['KOBETA는 언제 설립되었나요?', 'uzbekistan-korea-digital-content', /1987/],
    ['Who proposed a graphic production center in Samarkand?', 'uzbekistan-korea-digital-content', /Muksinova/],
    [
      'Кто предложил создать центр графического производства в Самарканде?',
      'uzbekistan-korea-digital-content',
      /Muksinova/,
    ],
    ['How many experts participated as instructors?', 'netflix-kocca-kofic-mou-2025', /\b54\b/],
    ['What is the KAFA X Netflix Masterclass?', 'netflix-kocca-kofic-mou-2025', /mentorship|Reboot Camp/],
    ['KOCCA mở văn phòng tại Việt Nam khi nào?', 'kocca-vietnam-office', /8\/10/],
    ['NetflixとKOCCAの覚書はいつ締結されましたか?', undefined, /April 24/],
  ] as const)('%s', async (question, article, pattern) => {
    const answer = await ask(question);
    expect(answer.grounded).toBe(true);
    expect(answer.text).toMatch(pattern);
    if (article) expect(answer.citations[0]?.articleId).toBe(article);
    else
      expect(['netflix-kocca-kofic-mou-2025', 'joongang-netflix-kocca-kofic-mou']).toContain(
        answer.citations[0]?.articleId,
      );
  });

  it.each([
    'Who is the mayor of Busan?',
    'How much does a Netflix subscription cost in Korea?',
    'Samarqand aholisi qancha?',
    'Какая погода в Ташкенте?',
    'How many employees does KOCCA have?',
    'Who is the CEO of Netflix?',
    // Another company's headcount is not Pixar's.
    'How many people does Pixar employ?',
  ])('refuses: %s', async (question) => {
    const answer = await ask(question);
    expect(answer.grounded).toBe(false);
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});

describe('what counts as the asked unit', () => {
  it('does not count a number the question names itself', () => {
    const numbers = new Set(numbersIn('The course had 240 seats: how many people applied?'));
    expect(withoutNumbers('All 240 seats were filled.', numbers)).not.toMatch(/240/);
    expect(withoutNumbers('372 people applied for 240 seats.', numbers)).toMatch(/372/);
  });

  it('does not take an edition ("this year\'s market") for the date of an event', () => {
    expect(hasEventDate("Screaming Girl took the main award of this year's market.")).toBe(false);
    expect(hasEventDate('The market was held from February 17 to 21.')).toBe(true);
    expect(hasEventDate('올해의 행사에서 상을 받았다.')).toBe(false);
  });

  it('tells a sentence that names another company or title from one that names nothing else', () => {
    const entity = new Set(['troubled', 'muse']);
    expect(namesSomethingElse('It has promised 53 jobs in its first year.', entity)).toBe(false);
    expect(namesSomethingElse('Mayor Adrian Perkins spoke at Millennium Studios.', entity)).toBe(true);
    expect(namesSomethingElse('Troubled Muse makes animation.', entity)).toBe(false);
    expect(namesSomethingElse('It earned 180 billion dong with "Bỗng dưng trúng số".', entity)).toBe(true);
  });
});
