import { describe, expect, it } from 'vitest';
import { listSpecificity } from '../../src/matchmaking/candidate-scan.js';
import { createProfileIndex } from '../../src/matchmaking/profile-index.js';
import type { Profile } from '../../src/matchmaking/profile-schema.js';
import { shippedGlossary, shippedScorerPerFile } from './matchmaking-harness.js';

const profile = (id: string, offers: string[], needs: string[]): Profile => ({
  id,
  name: id,
  aliases: [],
  kind: 'studio',
  languages: [],
  offers,
  needs,
  description: '',
  affiliations: [],
  sources: [],
  origin: 'import',
  updatedAt: '2026-12-07T00:00:00.000Z',
});

describe('the candidate scan weighs specific evidence above broad evidence', () => {
  const shipped = shippedScorerPerFile();

  it('weighs a list by how few of the index it holds', () => {
    expect(listSpecificity(3, 1_000)).toBeGreaterThan(listSpecificity(30, 1_000));
    expect(listSpecificity(30, 1_000)).toBeGreaterThan(listSpecificity(300, 1_000));
    // Never nothing: a list holding most of the index still counts a little.
    expect(listSpecificity(1_000, 1_000)).toBe(0.2);
  });

  it('reaches the one profile offering a specific need past dozens meeting two broad ones', async () => {
    const glossary = await shippedGlossary();
    const { normalizer, relations } = shipped;
    const index = createProfileIndex({ glossary, normalizer, isOutside: relations.isOutside });
    const asker = index.put(
      profile('asker', ['feature film production'], ['Steadicam operator with own rig', 'video editing', 'film music']),
    );
    // Forty all-round houses that each meet two of the asker's broader needs among much else, and one that meets the
    // specific need only: by the count of lists alone the forty filled the scan's pool of 24 and it was never read.
    const wide = ['video editing', 'film music', 'wedding photography', 'translation services', 'website design'];
    for (let number = 0; number < 40; number += 1) index.put(profile(`broad-${number}`, wide, []));
    index.put(profile('steadicam', ['Steadicam operation'], []));
    const found = index.candidates(asker, { limit: 8, meetable: true }).map((entry) => entry.profile.id);
    expect(found).toHaveLength(8);
    expect(found).toContain('steadicam');
  });
});
