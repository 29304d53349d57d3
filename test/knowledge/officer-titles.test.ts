/**
 * The chief-officer titles of the shipped lexicon: an English title, its acronym and the words Korean and Japanese
 * write it with are one role ("chief technology officer" ~ CTO ~ 최고기술책임자 ~ 最高技術責任者), a kind of executive; a
 * common word that spells an acronym in another language is none ("cao nhất" is Vietnamese for "highest").
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';

const { glossary } = await loadGlossary(path.resolve('knowledge', 'glossary.yaml'));
const roles = (text: string) => glossary.findConcepts(text).map((hit) => hit.conceptId);

describe('chief-officer titles', () => {
  it('meet across the words, the acronym and the Korean and Japanese titles', () => {
    for (const text of ['the chief technology officer', 'its CTO', '최고기술책임자를 맡는다', '最高技術責任者に就任'])
      expect(roles(text)).toContain('chief-technology-officer');
    expect(roles('Rob Bredow, chief creative officer of ILM')).toContain('chief-creative-officer');
    expect(roles('라이온하트의 최고아트책임자 자리를 맡는다')).toEqual(roles('the new chief art officer'));
  });

  it('are kinds of executive', () => {
    expect(glossary.withAncestors('chief-financial-officer')).toContain('executive');
  });

  it('take no common word of another language for an acronym', () => {
    expect(roles('Phim nào đoạt giải cao nhất?')).not.toContain('chief-art-officer');
  });
});
