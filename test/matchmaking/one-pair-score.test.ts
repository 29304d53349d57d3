import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { harnessPerTest, partnerNames } from './matchmaking-harness.js';

const open = harnessPerTest();

const profile = (name: string, kind: ProfileInput['kind'], offers: string[], needs: string[] = []): ProfileInput => ({
  name,
  kind,
  country: 'South Korea',
  languages: ['Korean', 'English'],
  offers,
  needs,
});

// Two centers the taxonomy reads alike for the studio's need (stop-motion animators); one of them also says it in
// the studio's own rarer words (puppet series), a third says it in another language.
const profiles = [
  profile(
    'Han River Animation',
    'studio',
    ['internships for animation students'],
    ['stop-motion animators for a puppet series about penguins'],
  ),
  profile('Alpha Frames', 'talent_center', ['stop-motion animators']),
  profile('Zeta Puppets', 'talent_center', ['stop-motion animators for puppet series']),
  profile('Beta Clay', 'talent_center', ['스톱모션 애니메이터']),
  // Repeats the need's words, but its work is printing: no need met, so no pair, whatever the words.
  profile('Penguin Prints', 'agency', ['printing posters for a puppet series about penguins']),
];

describe('one score per pair, word evidence fused in', () => {
  it('orders a list by the score it shows: saying the need in its words leads partners read alike', async () => {
    const harness = await open({ profiles });
    const matches = await harness.matchmaking.match('Han River Animation');
    expect(partnerNames(matches, 'Han River Animation')).toEqual(['Zeta Puppets', 'Alpha Frames', 'Beta Clay']);
    for (let index = 1; index < matches.length; index += 1)
      expect(matches[index - 1]?.score).toBeGreaterThan(matches[index]?.score ?? 1);
    // Each score is read from the directions every card shows.
    const [first, second] = matches;
    expect(first?.scoreForA).toBeGreaterThan(second?.scoreForA ?? 1);
  });

  it('gives a digest suggestion the scores and reasons of the pair in its first side’s own list', async () => {
    const harness = await open({ profiles });
    const digest = await harness.matchmaking.digest({ limit: 3 });
    expect(digest.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of digest.suggestions) {
      const own = await harness.matchmaking.match(suggestion.a.id, { limit: 10 });
      const found = own.find((match) => match.b.id === suggestion.b.id);
      expect(found, `${suggestion.a.name} → ${suggestion.b.name}`).toBeDefined();
      expect([found?.scoreForA, found?.scoreForB, found?.reasons]).toEqual([
        suggestion.scoreForA,
        suggestion.scoreForB,
        suggestion.reasons,
      ]);
    }
  });
});
