/**
 * Issue 10, session 21: the question's entity is shown and exactly one sentence of the passage holds a unit of the
 * asked type — that unit is the evidence even when the question's everyday words are written otherwise in the
 * article. Another year's figure is still no answer.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';

const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });
const ask = (question: string, text: string) =>
  answer(question, [retrievedPassage(1, text, 'en', 'Harbor Lights grows')], { language: 'en', query: question });
const lead = 'Harbor Lights is a small animation house. It makes shorts and commercials for local brands. ';

describe('the one sentence of the passage with the asked unit', () => {
  it('answers although the question words its topic otherwise', () => {
    const result = ask(
      'How much did Harbor Lights earn last year from advertising work for clients?',
      `${lead}Harbor Lights brought in $4.2 million over twelve months.`,
    );
    expect(result.grounded).toBe(true);
    expect(result.text).toContain('$4.2 million');
  });

  it('still refuses another year’s figure', () => {
    const result = ask(
      'How much did Harbor Lights earn in 2023 from advertising work for clients?',
      `${lead}In 2021 Harbor Lights brought in $4.2 million over twelve months.`,
    );
    expect(result.grounded).toBe(false);
  });
});
