/**
 * Issue 10 point 4: a year the question names dates what is asked. A sentence that names years of its own tells of
 * those years: the asked one must be among them, whatever year the sentence before it names.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';

let documents = 0;

function passage(text: string): RetrievedPassage {
  documents += 1;
  const article = { id: `article-${documents}`, title: 'Northwind plans a listing', language: 'en' };
  return {
    document: documents,
    fused: 1,
    chunk: { id: `${article.id}#0`, articleId: article.id, title: article.title, position: 0, start: 0, text, article },
  };
}

describe('a year the question names', () => {
  const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });
  const ask = (question: string, text: string) =>
    answer(question, [passage(text)], { language: 'en', query: question });
  const question = 'How much operating profit will Northwind make in 2020?';

  it('is not answered by a sentence about other years after one that names it', () => {
    const other =
      'Northwind plans to list its shares on the exchange in 2020. ' +
      'Northwind expects operating profit to grow from 30 million dollars this year to 70 million dollars in 2022.';
    expect(ask(question, other).grounded).toBe(false);
  });

  it('is answered by a sentence that names it, or one under it that names no year', () => {
    const own = 'Northwind expects operating profit of 45 million dollars in 2020 after a slow year.';
    expect(ask(question, own).grounded).toBe(true);
    const under =
      'Northwind published its plan for 2020 on Monday. Northwind expects operating profit of 45 million dollars.';
    expect(ask(question, under).grounded).toBe(true);
  });
});
