/**
 * A profile's broad need that its other needs say narrowly ("game art outsourcing" beside "game UI design") weighs
 * as an optional need: a partner meeting the specific need ranks above a broad catalogue that meets only the broad
 * one. Made-up profiles over the shipped taxonomy, a real SQLite store.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { markRestatingNeeds } from '../../src/matchmaking/restating-needs.js';
import { createStatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { harnessPerTest, partnerNames, shippedGlossary, testProfile } from './matchmaking-harness.js';

const profile = (
  name: string,
  kind: ProfileInput['kind'],
  description: string,
  offers: string[],
  needs: string[],
  place: Pick<ProfileInput, 'country' | 'city' | 'languages'> = {
    country: 'Vietnam',
    city: 'Hà Nội',
    languages: ['Vietnamese', 'English'],
  },
): ProfileInput => testProfile(name, kind, description, offers, needs, place);

describe('needs that restate another need broadly', () => {
  const open = harnessPerTest();

  it('are marked optional; the specific need, a need with no broader twin and a main need are not', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    const needs = [
      'Game UI design: main menus, HUD, icons',
      'Game art outsourcing',
      'Voice actors for Vietnamese dubbing',
    ].map(normalizer.normalize);
    const marked = markRestatingNeeds(needs, glossary, normalizer.nextSerial);
    expect(marked.map((need) => need.optional === true)).toEqual([false, true, false]);
    expect(marked[1]?.serial).not.toBe(needs[1]?.serial);
    // A broad need marked as the main one keeps its weight.
    const main = [needs[0], normalizer.normalize('Game art outsourcing (main)')] as typeof needs;
    expect(main[1]?.priority).toBe(true);
    expect(markRestatingNeeds(main, glossary, normalizer.nextSerial)[1]?.optional).not.toBe(true);
    // Nothing to restate: the same needs.
    const apart = [needs[0], needs[2]] as typeof needs;
    expect(markRestatingNeeds(apart, glossary, normalizer.nextSerial)).toEqual(apart);
  });

  it('weigh as optional needs: a broad catalogue meeting only them is a partial answer', async () => {
    const studioNeeds = [
      'Facial animation and lip-sync for 90 minutes of cutscenes',
      'Game UI design: main menus, inventory and shop screens, battle HUD, icons',
    ];
    const studio = (name: string, broadNeed: string) =>
      profile(
        name,
        'studio',
        'Mobile game studio in Hanoi making a fantasy RPG for release next year.',
        ['Paid projects for art vendors', 'Long-term outsourcing contracts'],
        [...studioNeeds, broadNeed],
      );
    const harness = await open({
      profiles: [
        studio('Lotus Games', 'Game art outsourcing'),
        profile(
          'Pixel Frame UI',
          'studio',
          'Game UI art house: we design interfaces for mobile and PC games.',
          ['Game UI design: main menus, inventory and shop screens, HUD, skill icons'],
          ['Game studios as clients'],
          { country: 'Thailand', city: 'Bangkok', languages: ['Thai', 'English'] },
        ),
        profile(
          'Mountain Art Factory',
          'studio',
          'Full-service game art outsourcing studio for mobile games.',
          ['Full game art outsourcing: concept art, 3D models, textures, effects, UI'],
          ['Long-term outsourcing contracts with game studios'],
        ),
      ],
    });
    const matches = await harness.matchmaking.match('Lotus Games', { limit: 5 });
    // How well the partner meets the studio's needs (the studio's side of the pair).
    const forStudio = (partner: string) => {
      const match = matches.find((found) => partnerNames([found], 'Lotus Games')[0] === partner);
      if (match === undefined) return 0;
      return match.a.name === 'Lotus Games' ? match.scoreForA : match.scoreForB;
    };
    expect(partnerNames(matches, 'Lotus Games')[0]).toBe('Pixel Frame UI');
    // Met on the broad need (and on UI in passing) only, the catalogue is a partial answer: the studio's side scores it
    // under two thirds of the partner meeting its specific need (without the restating weight, four fifths).
    expect(forStudio('Mountain Art Factory')).toBeGreaterThan(0);
    expect(forStudio('Mountain Art Factory')).toBeLessThan((2 / 3) * forStudio('Pixel Frame UI'));
  });
});
