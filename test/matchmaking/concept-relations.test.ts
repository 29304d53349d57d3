import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/knowledge/glossary.js';
import { createConceptRelations } from '../../src/matchmaking/concept-relations.js';
import type { StatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import { shippedGlossary, shippedScorer } from './matchmaking-harness.js';

/** What the relations answer of a pair, whether concepts are named by id or by number. */
interface PairQuestions<Key> {
  strength(first: Key, second: Key): unknown;
  isBroader(first: Key, second: Key): unknown;
  lookAlike(first: Key, second: Key): unknown;
  related(first: Key, second: Key): unknown;
  sameField(first: Key, second: Key): unknown;
  isOutside(first: Key): unknown;
}

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

  /** The six answers of one pair, asked by name (ConceptRelations) or by number (its `numbered` side). */
  const answersOf = <Key>(relations: PairQuestions<Key>, first: Key, second: Key) => [
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
    const answers = pairs.map(([first, second]) => answersOf(forward, first, second));
    const backward = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
    const reversed = [...pairs].reverse().map(([first, second]) => answersOf(backward, first, second));
    expect(reversed.reverse()).toEqual(answers);
    // By number, on relations that have answered nothing yet: the numbers are handed out as the names are first seen.
    const fresh = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
    const { numbered } = fresh;
    const byNumber = pairs.map(([first, second]) =>
      answersOf(numbered, numbered.ids.of(first), numbered.ids.of(second)),
    );
    expect(byNumber).toEqual(answers);
    // The sample holds every kind of answer: partial and full meets, broader offers, look-alikes, outside work.
    const strengths = new Set(answers.map(([strength]) => strength));
    expect(strengths.size).toBeGreaterThan(5);
    for (const position of [1, 2, 3, 4, 5]) expect(answers.some((answer) => answer[position] === true)).toBe(true);
  });

  it('rules out by its masks only pairs that meet nothing: every pair of the lexicon as with no masks', () => {
    const concepts = [...glossary.concepts.keys()];
    const screened = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
    const full = createConceptRelations(glossary, { roleOf: normalizer.roleOf, screenPairs: false });
    const differing: string[] = [];
    let meets = 0;
    for (const need of concepts) {
      for (const offer of concepts) {
        const expected = full.strength(need, offer);
        if (expected > 0) meets += 1;
        if (screened.strength(need, offer) !== expected) differing.push(`${need} ← ${offer}`);
      }
    }
    expect(differing).toEqual([]);
    // Meets of every kind are in the lexicon: the comparison is not of zeros alone.
    expect(meets).toBeGreaterThan(concepts.length);
  });

  it('says a pair may answer whenever its strength is above 0, and rules most pairs out without their strength', () => {
    const concepts = [...glossary.concepts.keys()].filter((_, position) => position % 3 === 0);
    const relations = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
    const { numbered } = relations;
    const missed: string[] = [];
    let ruledOut = 0;
    let pairs = 0;
    for (const need of concepts) {
      for (const offer of concepts) {
        const [first, second] = [numbered.ids.of(need), numbered.ids.of(offer)];
        pairs += 1;
        const may = numbered.mayAnswer(first, second);
        if (!may) ruledOut += 1;
        if (!may && numbered.strength(first, second) > 0) missed.push(`${need} ← ${offer}`);
      }
    }
    expect(missed).toEqual([]);
    expect(numbered.mayAnswer(numbered.ids.of(concepts[0] as string), numbered.ids.of(concepts[0] as string))).toBe(
      true,
    );
    expect(ruledOut).toBeGreaterThan(pairs / 2);
  });
});
