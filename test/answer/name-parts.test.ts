/**
 * Issue 10 point 4 (session 14): the entity check accepts another spelling of a name the knowledge base writes, not
 * a kind of thing that is one word of it — "Animation" of "Aurora Animation" names every animation body.
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { createAliasIndex } from '../../src/knowledge/article-aliases.js';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { looseNameKey } from '../../src/knowledge/romanize.js';

const glossary = createGlossary([
  { id: 'animation', category: 'concept', en: ['animation'], ja: ['アニメーション'] },
  { id: 'borovsk', category: 'place', en: ['Borovsk'], ru: ['Боровск'] },
]);
const key = (name: string) => `%${looseNameKey(name)}`;

describe('another spelling of a name', () => {
  it('is not one of its kind words', () => {
    // The knowledge base writes "Animation" alone (any studio's name) and no "Aria Animation".
    const aliases = createAliasIndex({ groups: [], names: [key('Animation'), key('Greenleaf Animation')] });
    const question = analyseQuestion('Aria Animationの社長は誰?', glossary, aliases);
    const entity = question.terms.find((term) => term.role === 'entity');
    expect(entity?.word).toBe('aria');
    expect(entity?.keys).not.toContain(key('Animation'));
  });

  it('may still be the place the name holds', () => {
    const aliases = createAliasIndex({ groups: [], names: [key('Borovsk')] });
    const question = analyseQuestion("Who runs Borovsk's House of Animation?", glossary, aliases);
    const keys = question.terms.filter((term) => term.role !== 'topic').flatMap((term) => term.keys);
    expect(keys).toContain(key('Borovsk'));
  });
});
