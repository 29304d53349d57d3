import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/knowledge/glossary.js';
import { type ConceptRelations, createConceptRelations } from '../../src/matchmaking/concept-relations.js';
import type { StatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import { shippedGlossary, shippedScorer } from './matchmaking-harness.js';

/**
 * The concept relations keep each answer by concept number in typed arrays (rows that grow as numbers are handed
 * out): whichever order pairs are first asked in, by name or by number, every answer is the same.
 */
describe('concept relations kept by number', () => {
  let glossary: Glossary;
  let normalizer: StatementNormalizer;
  beforeAll(async () => {
    glossary = await shippedGlossary();
    ({ normalizer } = await shippedScorer());
  });

  const byName = (relations: ConceptRelations, first: string, second: string) => [
    relations.strength(first, second),
    relations.isBroader(first, second),
    relations.lookAlike(first, second),
    relations.related(first, second),
    relations.sameField(first, second),
    relations.isOutside(first),
  ];

  it('answers every pair alike whatever order it is first asked in, by name and by number', () => {
    // Every fifth concept of the lexicon, and an id it does not know.
    const concepts = [...[...glossary.concepts.keys()].filter((_, position) => position % 5 === 0), 'not-a-concept'];
    const pairs = concepts.flatMap((first) => concepts.map((second) => [first, second] as const));
    const forward = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
    const answers = pairs.map(([first, second]) => byName(forward, first, second));
    const backward = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
    const reversed = [...pairs].reverse().map(([first, second]) => byName(backward, first, second));
    expect(reversed.reverse()).toEqual(answers);
    // By number, on relations that have answered nothing yet: the numbers are handed out as the names are first seen.
    const fresh = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
    const { numbered } = fresh;
    const byNumber = pairs.map(([first, second]) => {
      const [left, right] = [numbered.ids.of(first), numbered.ids.of(second)];
      return [
        numbered.strength(left, right),
        numbered.isBroader(left, right),
        numbered.lookAlike(left, right),
        numbered.related(left, right),
        numbered.sameField(left, right),
        numbered.isOutside(left),
      ];
    });
    expect(byNumber).toEqual(answers);
    // The sample holds every kind of answer: partial and full meets, broader offers, look-alikes, outside work.
    const strengths = new Set(answers.map(([strength]) => strength));
    expect(strengths.size).toBeGreaterThan(5);
    for (const position of [1, 2, 3, 4, 5]) expect(answers.some((answer) => answer[position] === true)).toBe(true);
  });
});
