/**
 * Issue 10 (session 16, from fresh set M): the role a person question asks is met, in part, by the broader role it is
 * a kind of ("CEO" by "chairman": both head the company), and a founder is a role of its own in every language, apart
 * from the chief executive ("founder and CEO" names both); the verbs of founding (основал, 세운, 立ち上げた) are
 * the founding concept. Made-up names.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { termMatch } from '../../src/answer/term-match.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

describe('a role asked in a person question', () => {
  const glossary = createGlossary([
    { id: 'executive', category: 'role', en: ['chairman'], vi: ['chủ tịch'] },
    { id: 'chief-executive', category: 'role', broader: ['executive'], en: ['CEO'], vi: ['giám đốc điều hành'] },
  ]);

  it('is met in part by the broader role a sentence names', () => {
    const analysis = analyseQuestion('Ai là giám đốc điều hành của Northwind?', glossary, emptyAliasIndex);
    const role = analysis.terms.find((term) => term.keys.includes('@chief-executive'));
    expect(role?.relation).toBe(true);
    // A sentence naming the chairman holds the executive concept (a sentence's keys hold a concept's ancestors).
    const chairman = new Set(['northwind', '@executive', 'ivo', 'lenz']);
    expect(termMatch(role as NonNullable<typeof role>, chairman)).toBe(0.5);
    expect(termMatch(role as NonNullable<typeof role>, new Set(['northwind', '@chief-executive']))).toBe(1);
  });
});

describe('the shipped lexicon', () => {
  it('reads a founder as one role in every language, apart from the chief executive', async () => {
    const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
    const concepts = (text: string) => glossary.findConcepts(text).map((hit) => hit.conceptId);
    for (const text of ['the founder', '창업자', 'người sáng lập', '創業者', 'основатель', 'asoschi'])
      expect(concepts(text)).toContain('founder');
    expect(concepts('Thilo Kuther, founder and CEO')).toEqual(expect.arrayContaining(['founder', 'chief-executive']));
    // The verbs of founding a company, as articles and questions write them.
    for (const text of ['Кто основал студию?', '2017년 세운 회사다', '2017年2月に立ち上げたスタジオ'])
      expect(glossary.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId)).toContain('founding');
    const analysis = analyseQuestion('Ai là người sáng lập Northwind?', glossary, emptyAliasIndex);
    expect(analysis.terms.some((term) => term.relation === true && term.keys.includes('@founder'))).toBe(true);
  });
});
