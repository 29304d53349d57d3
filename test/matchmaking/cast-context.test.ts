/**
 * The cast beside other work (./src/matchmaking/cast-context.ts): actors and extras named in a statement that leads
 * with other work are whom that work is for, not work on offer or wanted; a statement about the cast keeps them.
 * Real lexicon, normaliser and scorer.
 */
import { describe, expect, it } from 'vitest';
import { scoreDirection } from '../../src/matchmaking/reciprocal-score.js';
import { shippedScorer } from './matchmaking-harness.js';

const subjectsOf = (statement: { segments: readonly { subjects: readonly string[] }[] }) =>
  statement.segments.flatMap((segment) => segment.subjects);

describe('the cast beside other work', () => {
  it('reads actors and extras after other work as whom it is for', async () => {
    const { normalizer } = await shippedScorer();
    const costumes = normalizer.normalize('Пошив костюмов для сериалов, включая массовку');
    expect(subjectsOf(costumes)).toContain('costume-design');
    expect(subjectsOf(costumes)).not.toContain('extras-casting');
    const hair = normalizer.normalize('Hair and makeup for the lead actors');
    expect(subjectsOf(hair)).toEqual(['makeup']);
    expect(hair.segments[0]?.people).toContain('actor');
    expect(subjectsOf(normalizer.normalize('Safety divers for actors, marine coordinator'))).not.toContain('actor');
  });

  it('keeps the cast in a statement about the cast, and extras beside casting', async () => {
    const { normalizer } = await shippedScorer();
    expect(subjectsOf(normalizer.normalize('Lead actors for a feature film'))).toContain('actor');
    expect(subjectsOf(normalizer.normalize('Extras casting: crowd scenes up to 300 people'))).toContain(
      'extras-casting',
    );
    const casting = subjectsOf(normalizer.normalize('Casting of lead actors and extras'));
    expect(casting).toEqual(expect.arrayContaining(['casting', 'extras-casting']));
    expect(casting).not.toContain('actor');
  });

  it('a costume workshop that dresses the extras meets no need for extras; an extras agency does', async () => {
    const { normalizer, scorer } = await shippedScorer();
    const needs = [normalizer.normalize('Extras for battle scenes: 200 a day, team leaders on set')];
    const workshop = scoreDirection(
      needs,
      [normalizer.normalize('Пошив костюмов для сериалов, включая массовку')],
      scorer,
    );
    const agency = scoreDirection(
      needs,
      [normalizer.normalize('Extras casting for period dramas, crowd scenes')],
      scorer,
    );
    expect(workshop.specificMet).toBe(0);
    expect(agency.specificMet).toBe(1);
  });
});
