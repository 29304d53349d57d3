/**
 * Session 33 (#17): what a sentence's name patterns find is kept per sentence (sentence-memo.ts) and the question's
 * own names are set aside on each call, so a sentence read for one question answers another question as if read
 * afresh; the people a lexicon makes places are kept per lexicon; a sentence's aloneness is kept per title. Made-up
 * sentences; each check reads the same sentence again under another question, lexicon or title.
 */
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { hasOrganization, hasPerson, personSpans } from '../../src/answer/name-units.js';
import { alonenessOf } from '../../src/answer/question-facts.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { sentenceMemo, sentenceMemoByGlossary, sentencesKept } from '../../src/answer/sentence-memo.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { createGlossary } from '../../src/knowledge/glossary.js';

const none = new Set<string>();

describe('names found once per sentence, the question applied each time', () => {
  it("sets aside each question's own person, not the first question's", () => {
    const sentence = 'The deal was signed by Mira Holt and Jon Reyes last spring.';
    const all = personSpans(sentence, none);
    expect(all.map((span) => sentence.slice(span.start, span.end))).toEqual(['Mira Holt', 'Jon Reyes']);
    const mira = personSpans(sentence, new Set(['mira', 'holt']));
    expect(mira.map((span) => sentence.slice(span.start, span.end))).toEqual(['Jon Reyes']);
    expect(personSpans(sentence, new Set(['mira', 'holt', 'jon', 'reyes']))).toEqual([]);
    // Read again for the first question: all of them again.
    expect(personSpans(sentence, none)).toEqual(all);
  });
  it('gives spans the caller may change without changing what is kept', () => {
    const sentence = 'Fans of Rowan Vale met in May.';
    const first = personSpans(sentence, none);
    (first[0] as { start: number }).start = 99;
    expect(personSpans(sentence, none)[0]?.start).toBe(sentence.indexOf('Rowan'));
  });
  it("keeps a lexicon's places apart from another lexicon's and from none", () => {
    const sentence = 'The crew met Port Kells officials on Monday.';
    const withPlace = createGlossary([{ id: 'port-kells', category: 'place', en: ['Port Kells'] }]);
    const withoutPlace = createGlossary([{ id: 'harbour', category: 'concept', en: ['harbour'] }]);
    expect(hasPerson(sentence, none, withPlace)).toBe(false);
    expect(hasPerson(sentence, none, withoutPlace)).toBe(true);
    expect(hasPerson(sentence, none)).toBe(true);
    expect(hasPerson(sentence, none, withPlace)).toBe(false);
  });
  it("sets aside each question's own organization", () => {
    const sentence = 'Northwind Studios signed a deal with Bluefin Pictures.';
    expect(hasOrganization(sentence, none)).toBe(true);
    expect(hasOrganization(sentence, new Set(['northwind', 'studios']))).toBe(true);
    expect(hasOrganization(sentence, new Set(['northwind', 'studios', 'bluefin', 'pictures']))).toBe(false);
    expect(hasOrganization(sentence, none, new Set(['northwind', 'bluefin']))).toBe(false);
    expect(hasOrganization(sentence, none)).toBe(true);
  });
});

describe('sentence memos', () => {
  it('compute a sentence once until the memo is full, then afresh', () => {
    let computed = 0;
    const length = sentenceMemo((sentence) => {
      computed += 1;
      return sentence.length;
    });
    expect([length('abc'), length('abc'), length('abcd')]).toEqual([3, 3, 4]);
    expect(computed).toBe(2);
    for (let index = 0; index < sentencesKept; index += 1) length(`s${index}`);
    computed = 0;
    expect(length('abc')).toBe(3);
    expect(computed).toBe(1);
  });
  it('keep one memo per lexicon', () => {
    const first = createGlossary([{ id: 'a', category: 'concept', en: ['alpha'] }]);
    const second = createGlossary([{ id: 'a', category: 'concept', en: ['alpha'] }]);
    const seen: string[] = [];
    const memo = sentenceMemoByGlossary((sentence, glossary) => {
      seen.push(glossary === first ? 'first' : glossary === second ? 'second' : 'none');
      return sentence;
    });
    for (const glossary of [first, second, undefined, first, second, undefined]) memo(glossary)('alpha');
    expect(seen).toEqual(['first', 'second', 'none']);
  });
});

describe("a sentence's aloneness kept per question and title", () => {
  it("counts the title's names as the question's under that title only", () => {
    const analysis = analyseQuestion('How many people does Northwind employ?', undefined, emptyAliasIndex);
    const alone = alonenessOf(analysis, undefined, true);
    const sentence = 'Bluefin Pictures now has 40 employees.';
    expect(alone(sentence, 'Northwind grows')).toBe(false);
    expect(alone(sentence, 'Bluefin Pictures grows')).toBe(true);
    expect(alone(sentence, 'Northwind grows')).toBe(false);
  });
});

describe('a count narrowed by a place', () => {
  it('looks the places up only for a sentence that holds a count, with the same answers', () => {
    const glossary = createGlossary([
      { id: 'vancouver', category: 'place', en: ['Vancouver'] },
      { id: 'ottawa', category: 'place', en: ['Ottawa'] },
    ]);
    const analysis = analyseQuestion('How many animators does Atomic employ in Vancouver?', glossary, emptyAliasIndex);
    const holds = (sentence: string) => holdsAskedUnit(sentence, analysis, glossary);
    expect(holds('The Vancouver studio employs 120 animators.')).toBe(true);
    expect(holds('The studio employs 120 animators.')).toBe(true);
    expect(holds('The Ottawa studio employs 90 animators.')).toBe(false);
    expect(holds('The Ottawa studio hired animators.')).toBe(false);
    expect(holds('The Vancouver studio hired animators.')).toBe(false);
  });
});
