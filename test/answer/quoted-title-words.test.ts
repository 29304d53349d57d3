/**
 * Issue 10, session 27: an English title in quotes runs past three capitalised words ("Small Potatoes Make Big
 * Waves"); its later words are part of the title, not a person's name. A remark in quotes still names people.
 * Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { hasPerson, personSpans } from '../../src/answer/name-units.js';

const names = (sentence: string) =>
  personSpans(sentence, new Set()).map((span) => sentence.slice(span.start, span.end));

describe('a long title in quotes', () => {
  it.each([
    'He screened “Small Potatoes Make Big Waves” at the festival.',
    'The film "Wonder Pets Save The Big Day Again" premiered on Friday.',
    'The studio made «Rocket Dogs Go To Bright Harbor Town» for a streamer.',
  ])('names no person: %s', (sentence) => {
    expect(hasPerson(sentence, new Set())).toBe(false);
  });

  it('leaves the person named outside it', () => {
    expect(names('“Small Potatoes Make Big Waves” was directed by Josh Selig.')).toEqual(['Josh Selig']);
  });
});

describe('a remark in quotes', () => {
  it('still names the people it names', () => {
    expect(names('“We hired Anna Kim last year,” he said.')).toEqual(['Anna Kim']);
    expect(names('"We are happy to work with Josh Selig again," she said.')).toEqual(['Josh Selig']);
  });
});
