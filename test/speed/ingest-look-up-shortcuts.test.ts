/**
 * The shortcuts of an index build's per-word look-ups (issue 17) give what the long way gives: the lexicon passes
 * over a word no form can start at (kept per word, whatever its neighbours), the title-subject look-up stops joining a
 * text's first words once no title starts with them, and the name scans of a text's parts and whole share the keys of
 * a run of capitalised words.
 */
import { describe, expect, it } from 'vitest';
import { type ArticleSubject, createAliasIndex } from '../../src/knowledge/article-aliases.js';
import { type ConceptInput, createGlossary } from '../../src/knowledge/glossary.js';
import { decodeSubjectTable, encodeSubjectTable } from '../../src/retrieval/alias-subjects.js';
import { nameKeys, nameKeysOfParts } from '../../src/retrieval/name-keys.js';

const concepts: ConceptInput[] = [
  { id: 'samarkand', category: 'place', en: ['Samarkand'], uz: ['Samarqand'] },
  { id: 'office', category: 'concept', en: ['office'], ru: ['офис'] },
  { id: 'film-set', category: 'concept', en: ['film set'], ru: ['съёмочная площадка'] },
  { id: 'compositing', category: 'skill', en: ['compositing'], ko: ['컴포지팅'] },
  { id: 'team', category: 'concept', en: ['team'], ko: ['팀'] },
  { id: 'animation', category: 'skill', en: ['animation'], th: ['แอนิเมชัน'] },
  { id: 'post-production', category: 'skill', en: ['post-production', 'post production'] },
];

/** Each text with the concepts the lexicon finds in it, by every way a form is reached from a word. */
const cases: [string, string[]][] = [
  // The word's own key starts a form, with the next word (two-word form) or alone.
  ['They handle post production and animation.', ['post-production', 'animation']],
  // An inflection variant (Uzbek, Russian endings).
  ['Ular Samarqandda ishlaydi.', ['samarkand']],
  ['Мы работаем в офисе.', ['office']],
  // Through the words' stems, a form of two words.
  ['Работа на съёмочной площадке.', ['film-set']],
  // A compound of known words written as one word (its one-syllable piece names nothing alone).
  ['컴포지팅팀을 꾸렸다', ['compositing']],
  // A Thai run.
  ['ทีมแอนิเมชันของเรา', ['animation']],
];

const ids = (glossary: ReturnType<typeof createGlossary>, text: string) =>
  glossary.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId);

describe('the lexicon passing over words no form starts at', () => {
  it('finds each way to a form, on a word met for the first time and again', () => {
    const glossary = createGlossary(concepts);
    for (const [text, expected] of cases) {
      expect(ids(glossary, text)).toEqual(expected);
      expect(ids(glossary, text)).toEqual(expected);
    }
  });

  it('finds the same after the words were met where nothing started at them', () => {
    const fresh = createGlossary(concepts);
    const warm = createGlossary(concepts);
    // Every word of every case alone, and at a text's end (no word after it), first.
    for (const [text] of cases)
      for (const word of text.split(/\s+/u)) {
        warm.findConcepts(word, { morphology: true });
        warm.findConcepts(`and then ${word}`, { morphology: true });
      }
    for (const [text, expected] of cases) {
      expect(ids(warm, text)).toEqual(expected);
      expect(warm.findConcepts(text, { morphology: true })).toEqual(fresh.findConcepts(text, { morphology: true }));
    }
  });

  it('still passes over plain words between forms', () => {
    const glossary = createGlossary(concepts);
    const text = 'Many people said that the animation team works in Samarkand and nowhere else at all.';
    expect(ids(glossary, text)).toEqual(['animation', 'team', 'samarkand']);
    expect(ids(glossary, text)).toEqual(['animation', 'team', 'samarkand']);
  });
});

describe('the title-subject look-up stopping at the first words no title starts with', () => {
  const subjects: ArticleSubject[] = [
    { title: 'Studio Kestrel opens a Hanoi office', keys: ['%kesdrel', '%hanoi'] },
    { title: 'Studio Kestrel', keys: ['%kesdrel-short'] },
    { title: 'Studio Kestrel opens a Seoul office', keys: ['%kesdrel-seoul'] },
    { title: 'Studio Lark hires editors', keys: ['%lark'] },
  ];
  // The build's table (in memory, with the titles' prefixes) and the generation's (a file, without them).
  const inMemory = createAliasIndex({ groups: [], names: [], subjects });
  const { bytes, titles } = encodeSubjectTable(subjects);
  const fromFile = createAliasIndex({ groups: [], names: [], subjectTable: decodeSubjectTable(bytes, titles) });
  const keys = (index: typeof inMemory, text: string) => index.find(text).map((hit) => hit.key);

  it('finds every title a text starts with, shorter and longer, as the table without prefixes does', () => {
    const texts = [
      'Studio Kestrel opens a Hanoi office this week',
      'Studio Kestrel opens a Seoul office',
      'Studio Kestrel opens a studio in Busan',
      'Studio Kestrel hires no one',
      'Studio Lark hires editors and animators',
      'Studio Lark is quiet',
      'Studio',
      'Nothing here',
    ];
    for (const text of texts) expect(keys(inMemory, text)).toEqual(keys(fromFile, text));
    // Titles by length in the order of the first article with each length.
    expect(keys(inMemory, 'Studio Kestrel opens a Hanoi office this week')).toEqual([
      '%kesdrel',
      '%hanoi',
      '%kesdrel-short',
    ]);
    expect(keys(inMemory, 'Studio Kestrel opens a studio in Busan')).toEqual(['%kesdrel-short']);
    expect(keys(inMemory, 'Studio Lark is quiet')).toEqual([]);
  });
});

describe('the name scans of a text and its parts sharing a run’s keys', () => {
  /** The parts of a text split at `. ` (each part's end in the text). */
  const split = (text: string) => {
    const parts: string[] = [];
    const ends: number[] = [];
    let from = 0;
    for (let at = text.indexOf('. '); at >= 0; at = text.indexOf('. ', at + 1)) {
      parts.push(text.slice(from, at + 1));
      ends.push(at + 1);
      from = at + 2;
    }
    parts.push(text.slice(from));
    ends.push(text.length);
    return { parts, ends };
  };

  it('gives each part and the whole the keys it gives each alone, with runs repeated and across parts', () => {
    const texts = [
      'Busan Film Commission met Haneul Studio. Busan Film Commission said Haneul Studio would grow. Kim Ji-won agreed',
      'The deal with Haneul Studio. Haneul Studio Busan Film Commission and Lark Post. Lark Post',
      'Lark Post. Lark Post. Lark Post Kestrel. Kestrel',
      'Anna Lee joined. Anna Lee left Anna Lee Studio. Анна Ли приехала. Анна Ли',
    ];
    for (const text of texts) {
      const { parts, ends } = split(text);
      const found = nameKeysOfParts(text, parts, ends);
      expect(found).toBeDefined();
      expect(found?.whole).toEqual(nameKeys(text));
      expect(found?.parts).toEqual(parts.map((part) => nameKeys(part)));
    }
  });
});
