/**
 * Issue 10 point 4 (session 13, from fresh set D): a quoted title or "On Friday" is no person, and a "who is X's
 * <office>" question wants that office with the name; a kind word with an acronym is no name. Made-up passages.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { hasPerson } from '../../src/answer/name-units.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { createAliasIndex, extractAliasPairs, groupAliases } from '../../src/knowledge/article-aliases.js';
import { createGlossary } from '../../src/knowledge/glossary.js';
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

describe('a kind word an article gives an acronym', () => {
  it('stays a topic, so the rare first word is taken for the name asked about', () => {
    const glossary = createGlossary([
      { id: 'agreement', category: 'concept', en: ['MOU', 'memorandum of understanding'], ko: ['업무협약'] },
    ]);
    const aliases = createAliasIndex(groupAliases(extractAliasPairs('두 회사는 업무협약(MOU)을 맺었다.')));
    const analysis = analyseQuestion('노스윈드가 어디랑 업무협약 맺었어?', glossary, aliases);
    expect(analysis.terms.filter((term) => term.role === 'entity')).toEqual([]);
    expect(analysis.entityWords.has('업무협약')).toBe(false);
    // A name an article gives an acronym is still an entity.
    const named = createAliasIndex(groupAliases(extractAliasPairs('노스윈드 아카데미(NWA)와 협약을 맺었다.')));
    const asked = analyseQuestion('NWA는 어디랑 협약 맺었어?', glossary, named);
    expect(asked.terms.some((term) => term.role === 'entity')).toBe(true);
  });
});
