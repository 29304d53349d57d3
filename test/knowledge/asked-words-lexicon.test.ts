/**
 * Words a member asks with in the article's own language name the concept the article words differently: "who is in
 * charge of" a company meets its head, a Japanese "営業開始" is an opening, a Vietnamese "trò chơi" is a game.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';

const { glossary, problems } = await loadGlossary(path.resolve('knowledge', 'glossary.yaml'));
const concepts = (text: string) => glossary.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId);

describe('asked words of the same language', () => {
  it('load without a form claimed twice', () => {
    expect(problems).toEqual([]);
  });

  it('name leading a company, opening for business and games', () => {
    expect(concepts('Who is in charge of the studio now?')).toContain('leadership');
    expect(concepts('新店舗の営業開始は来月の予定です。')).toContain('opening');
    expect(concepts('Công ty phát hành hơn 50 trò chơi mỗi năm.')).toContain('game');
    expect(concepts('Công ty vận hành nhiều trò chơi trực tuyến.')).toContain('game');
  });

  it('leave words of another sense alone', () => {
    expect(concepts('The charge was dropped.')).not.toContain('leadership');
    expect(concepts('Công ty chơi lớn với dự án mới.')).not.toContain('game');
  });
});
