/**
 * Issue 10 point 4 (session 13, from fresh set D): a quoted title or "On Friday" is no person, and a "who is X's
 * <office>" question wants that office with the name. Made-up passages.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { hasPerson } from '../../src/answer/name-units.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';

function passage(document: number, text: string, title: string, language = 'en'): RetrievedPassage {
  const article = { id: `article-${document}`, title, language };
  return {
    document,
    fused: 1 / (1 + document),
    chunk: { id: `${article.id}#0`, articleId: article.id, title: article.title, position: 0, start: 0, text, article },
  };
}

describe('what is not a person', () => {
  it('skips quoted titles and a capitalised day or first word', () => {
    expect(hasPerson("After 'Lumo Bay' and 'Ferro The Cat', the studio wants more.", new Set())).toBe(false);
    expect(hasPerson('On Tuesday the college signed the deal.', new Set())).toBe(false);
    expect(hasPerson('The deal was signed by Mara Quinlan on Tuesday.', new Set())).toBe(true);
  });
});

describe('the office a "who is" question asks about', () => {
  const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });

  it('is held with the name, not any person near the entity', () => {
    const text =
      'The Brackley council signed the plan with Northwind on Monday. Brackley mayor Ivo Lenz and the studio head ' +
      'Dana Pryce were present. The documents were countersigned by the finance secretary Omar Veld.';
    const context = { language: 'en', query: "Who is Brackley's finance secretary?" };
    const answered = answer(context.query, [passage(0, text, 'Brackley plan signed')], context);
    if (answered.grounded) expect(answered.text).toMatch(/Omar Veld/);
    const noOffice = 'The Brackley council signed the plan on Monday. Brackley mayor Ivo Lenz was present.';
    const refused = answer(context.query, [passage(1, noOffice, 'Brackley plan signed')], context);
    expect(refused.grounded).toBe(false);
  });
});
