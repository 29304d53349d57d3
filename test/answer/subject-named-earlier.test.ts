/**
 * Issue 10, session 16: an article names its subject once and then tells its facts in sentences that name nothing
 * else ("The first season has 26 episodes"), far below the name. A typed question about the subject is answered by
 * such a sentence. A small synthetic passage through the real extractive answerer.
 */
import { describe, expect, it } from 'vitest';
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
    const result = answerer(question, [retrievedPassage(1, text, 'en', 'Northwind Effects raises money')], {
      language: 'en',
      query: question,
    });
    expect(result.text).not.toContain('Dana Pryce');
    if (result.grounded) expect(result.text).toContain('Ivo Lenz');
  });
});
