/**
 * Coverage gaps with the shipped lexicon: the same concepts in any language are one gap, similar
 * wording about another place is another, wording decides only where the lexicon finds nothing, and
 * only unanswered or not-helpful questions count — most frequent first.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Glossary } from '../../src/knowledge/glossary.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { findCoverageGaps } from '../../src/operations/coverage-gaps.js';
import type { LoggedQuestion } from '../../src/operations/question-log-types.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

let glossary: Glossary;
beforeAll(async () => {
  ({ glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml')));
});

const conceptsOf = (text: string) => glossary.findConcepts(text).map((hit) => hit.conceptId);

let sequence = 0;
function logged(question: string, language: string, overrides: Partial<LoggedQuestion> = {}): LoggedQuestion {
  sequence += 1;
  return {
    id: `q${sequence}`,
    at: new Date(Date.UTC(2026, 10, 1, 0, sequence)).toISOString(),
    question,
    language,
    platform: 'slack',
    communityId: undefined,
    channelId: undefined,
    member: undefined,
    path: 'refused',
    grounded: false,
    citedArticleIds: [],
    latencyMs: 5,
    rating: undefined,
    helpful: 0,
    notHelpful: 0,
    ...overrides,
  };
}

describe('coverage gaps', () => {
  it('groups by the lexicon concepts across languages, and keeps another place apart', () => {
    const gaps = findCoverageGaps(
      [
        logged('Who trains VFX artists in Tashkent?', 'en'),
        logged('who train vfx artist in tashkent', 'en'),
        logged('Who trains VFX artists in Hanoi?', 'en'),
        logged('Who is the mayor of Busan?', 'en'),
        logged('부산 시장은 누구입니까?', 'ko'),
        logged('누가 부산 시장인가요?', 'ko'),
      ],
      conceptsOf,
    );
    expect(gaps).toEqual([
      { example: expect.any(String), count: 3, languages: ['ko', 'en'] },
      { example: expect.stringMatching(/tashkent/i), count: 2, languages: ['en'] },
      { example: 'Who trains VFX artists in Hanoi?', count: 1, languages: ['en'] },
    ]);
    expect(['Who is the mayor of Busan?', '부산 시장은 누구입니까?', '누가 부산 시장인가요?']).toContain(
      gaps[0]?.example,
    );
  });

  it('groups near-duplicate wording where the lexicon finds nothing, and counts only what needs coverage', () => {
    const gaps = findCoverageGaps(
      [
        logged('What is the price of a ticket?', 'en'),
        logged('what is the price of the tickets', 'en'),
        logged('Wie viel kostet das?', 'de'),
        // Answered and voted helpful: not a gap. Answered but voted not helpful: a gap.
        logged('Who trains VFX artists in Hanoi?', 'en', { grounded: true, path: 'extractive', rating: 'helpful' }),
        logged('Who trains VFX artists in Tashkent?', 'en', {
          grounded: true,
          path: 'extractive',
          rating: 'not_helpful',
        }),
      ],
      conceptsOf,
    );
    expect(gaps.map((gap) => [gap.count, gap.example])).toEqual([
      [2, 'what is the price of the tickets'],
      [1, 'Who trains VFX artists in Tashkent?'],
      [1, 'Wie viel kostet das?'],
    ]);
  });
});
