/**
 * Issue 10, session 31: news keeps its subject until it names another. A sentence that names something besides the
 * question's own names (here the answer itself, a university) tells the entity's fact when the entity is named where
 * it is shown — the sentence or the one before — or two sentences before, when the sentence between names nothing
 * else; not when the sentence between names another person or company (and not for a figure told with another
 * organization: see asked-event.test.ts).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import type { Glossary } from '../../src/knowledge/glossary.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

let glossary: Glossary;
beforeAll(async () => {
  ({ glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml')));
});

const ask = (question: string, text: string) =>
  createExtractiveAnswerer({ glossary, rarity: () => 0.5 })(
    question,
    [retrievedPassage(1, text, 'en', 'Northwind names a new head of animation')],
    { language: 'en', query: question },
  );

describe('a subject carried over a sentence that names nothing else', () => {
  it('answers from the sentence two after the one naming the entity', () => {
    const text =
      'Northwind has hired Mira Holt as head of animation. Since then she has directed three short films. ' +
      'She graduated from Ridgeway University in 2004.';
    const answer = ask('Which university did Mira Holt graduate from?', text);
    expect(answer.grounded).toBe(true);
    expect(answer.text).toContain('Ridgeway University');
  });

  it('does not carry it over a sentence naming another person and company', () => {
    const text =
      'Northwind has hired Mira Holt as head of animation. Her deputy Dan Okafor comes from Cobalt Pictures. ' +
      'He graduated from Ridgeway University in 2004.';
    expect(ask('Which university did Mira Holt graduate from?', text).grounded).toBe(false);
  });
});
