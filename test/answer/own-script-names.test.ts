/**
 * Issue 10 point 4, the question's entity named in the sentence shown: a name the question writes in the article's own
 * script is found there by its spelling; its loose keys (sound, consonant skeleton) carry it across scripts but do not
 * pair it with another name that sounds alike in the same script.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';

const passage = (document: number, title: string, text: string, language = 'en') =>
  retrievedPassage(document, text, language, title);

describe('a name in the article’s own script', () => {
  const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });
  const ask = (question: string, passages: RetrievedPassage[]) =>
    answer(question, passages, { language: 'en', query: question });

  it('is not found in a sound-alike name of another company', () => {
    const other = passage(
      1,
      'Textor Digital opens in Florida',
      'Textor Digital opened a studio in Florida. In return Textor Digital must hire 500 employees by 2014.',
    );
    expect(ask('How many employees does Dexter have?', [other]).grounded).toBe(false);
    const own = passage(
      2,
      'Dexter Studios grows',
      'Dexter Studios opened a new floor. Dexter Studios has 500 employees.',
    );
    expect(ask('How many employees does Dexter have?', [own]).grounded).toBe(true);
  });

  it('still reads the rest of a name one of whose words is spelled out', () => {
    const studio = passage(
      3,
      'Atomic Cartoons opens in Burbank',
      "Atomic Cartoons' new premises in Burbank can hold up to 880 crew members across three buildings.",
    );
    const answered = ask('How many crew members can the Atomic Cartoons LA studio hold?', [studio]);
    expect(answered.grounded).toBe(true);
    expect(answered.text).toMatch(/880 crew/);
  });

  it('meets the same name spelled one letter apart, but not a plural of a word of it', () => {
    const variant = passage(
      4,
      'Netflix trains crews with Conjinwon',
      'Since 2024 Netflix and Conjinwon have trained about 1,100 production personnel.',
    );
    const answered = ask('How many personnel did Konjinwon train with Netflix?', [variant]);
    expect(answered.grounded).toBe(true);
    expect(answered.text).toMatch(/1,100/);
  });
});
