import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProfileIndex, type ProfileIndex } from '../../src/matchmaking/profile-index.js';
import type { Digest } from '../../src/matchmaking/types.js';
import { createRandom, createSyntheticProfiles } from '../fixtures/profiles/synthetic-profiles.js';
import { createHarness, type Harness, shippedGlossary, shippedScorer } from './matchmaking-harness.js';

/** A digest's pairs and scores and its unmet needs, without the ids each run makes. */
const pairsOf = (digest: Digest) => [
  ...digest.suggestions.map((suggestion) => `${suggestion.a.id} ↔ ${suggestion.b.id} ${suggestion.score}`),
  ...digest.unmetNeeds.map((unmet) => `${unmet.profile.id}: ${unmet.need}`),
];

/**
 * The same profiles give the same digest and the same matches, however the index came to hold them: built by the
 * import (profiles in the file's order), rebuilt from the store (in name order), or imported in another order.
 */
describe('digest determinism', () => {
  const harnesses: Harness[] = [];
  beforeAll(async () => {
    const glossary = await shippedGlossary();
    // Enough profiles that broad concepts' lists are long and sampled.
    const profiles = createSyntheticProfiles(glossary, { count: 2_500, seed: 11 });
    const random = createRandom(5);
    const shuffled = profiles
      .map((profile) => ({ profile, key: random() }))
      .sort((left, right) => left.key - right.key)
      .map(({ profile }) => profile);
    for (const order of [profiles, shuffled]) {
      const harness = await createHarness();
      harnesses.push(harness);
      const result = await harness.matchmaking.profiles.importMany(order, { file: 'synthetic' });
      expect(result.problems).toEqual([]);
    }
  }, 240_000);
  afterAll(async () => {
    for (const harness of harnesses) await harness.close();
  });

  it('previews the same digest from the imported index, a rebuilt one and another import order', async () => {
    const [imported, other] = harnesses as [Harness, Harness];
    const fromImport = pairsOf(await imported.matchmaking.previewDigest({ limit: 200 }));
    expect(fromImport.length).toBeGreaterThan(200);
    const fromRebuild = pairsOf(await imported.reopen().previewDigest({ limit: 200 }));
    const fromOtherOrder = pairsOf(await other.matchmaking.previewDigest({ limit: 200 }));
    expect(fromRebuild).toEqual(fromImport);
    expect(fromOtherOrder).toEqual(fromImport);
  }, 240_000);

  it('gives the same matches for an organization from either index', async () => {
    const [imported, other] = harnesses as [Harness, Harness];
    const rebuilt = imported.reopen();
    const studios = (await imported.matchmaking.profiles.list()).filter((profile) => profile.kind === 'studio');
    for (const studio of studios.slice(0, 15)) {
      const matches = async (service: Harness['matchmaking']) =>
        (await service.match(studio.id, { limit: 5 })).map((match) => `${match.b.id} ${match.score}`);
      const expected = await matches(imported.matchmaking);
      expect(await matches(rebuilt), studio.name).toEqual(expected);
      expect(await matches(other.matchmaking), studio.name).toEqual(expected);
    }
  }, 240_000);

  it('finds the same candidates and providers in an index filled in another order, with ordinals reused', async () => {
    const profiles = await (harnesses[0] as Harness).store.listProfiles();
    const { normalizer, relations } = await shippedScorer();
    const glossary = await shippedGlossary();
    const fill = (order: typeof profiles) => {
      const index = createProfileIndex({ glossary, normalizer, isOutside: relations.isOutside });
      for (const profile of order) index.put(profile);
      return index;
    };
    const forward = fill(profiles);
    const backward = fill([...profiles].reverse());
    // Removed and put back: they take the freed ordinals in another order.
    const moved = profiles.filter((_, position) => position % 7 === 0);
    for (const profile of moved) backward.remove(profile.id);
    for (const profile of moved.reverse()) backward.put(profile);
    const seen = (index: ProfileIndex) =>
      profiles.map((profile) => {
        const entry = index.get(profile.id);
        if (!entry) throw new Error(`${profile.id} not indexed`);
        const candidates = index.candidates(entry, { limit: 12, meetable: true }).map((found) => found.profile.id);
        const providers = [...index.possibleProviders(entry.needs[0] ?? entry.offers[0]!)].map(
          (found) => found.profile.id,
        );
        return `${profile.id}: ${candidates.join(' ')} | ${providers.slice(0, 50).join(' ')}`;
      });
    expect(seen(backward)).toEqual(seen(forward));
  }, 240_000);
});
