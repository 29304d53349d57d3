import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindsCanMeet } from '../../src/matchmaking/kind-compatibility.js';
import type { Matchmaking } from '../../src/matchmaking/index.js';
import type { Digest } from '../../src/matchmaking/types.js';
import { createSyntheticProfiles } from '../fixtures/profiles/synthetic-profiles.js';
import { createHarness, type Harness, shippedGlossary } from './matchmaking-harness.js';

const decoys = ['wedding-videography', 'print-design', 'web-design', 'social-video-marketing'];

describe('10,000 profiles', () => {
  let harness: Harness;
  // A second service over the file, as a second process would have: it indexes the 10,002 profiles when opened
  // (~9 s CPU), so the first test's matching, the second's digests and the last test's warmed digest share one
  // (the importing service would index them again for its first digest).
  let opened: Matchmaking | undefined;
  const secondService = () => (opened ??= harness.reopen());
  beforeAll(async () => {
    const glossary = await shippedGlossary();
    const profiles = [
      ...createSyntheticProfiles(glossary, { count: 10_000, seed: 7, decoys }),
      // A pair only words outside the glossary connect, hidden among the ten thousand.
      {
        name: 'Planted Hologram Studio',
        kind: 'studio' as const,
        needs: ['volumetric hologram puppeteers'],
        offers: ['paid residencies for puppeteer graduates'],
      },
      {
        name: 'Planted Puppetry Academy',
        kind: 'talent_center' as const,
        offers: ['volumetric hologram puppeteer apprenticeships'],
        needs: ['paid residencies for puppeteer graduates'],
      },
    ];
    harness = await createHarness();
    const result = await harness.matchmaking.profiles.importMany(profiles, { file: 'synthetic' });
    expect(result.problems).toEqual([]);
    expect(result.imported).toHaveLength(10_002);
  }, 180_000);
  afterAll(async () => harness.close());

  it('matches organizations through the index, each suggestion explained by a met need', async () => {
    const reopened = secondService();
    const studios = (await reopened.profiles.list()).filter((profile) => profile.kind === 'studio').slice(0, 40);
    expect(studios).toHaveLength(40);
    for (const studio of studios) {
      const matches = await reopened.match(studio.id, { limit: 5 });
      for (const match of matches) {
        expect(match.a.id).toBe(studio.id);
        expect(kindsCanMeet(match.a.kind, match.b.kind)).toBe(true);
        expect(match.reasons.some((reason) => reason.kind === 'need_offer')).toBe(true);
        expect(match.score).toBeGreaterThan(0);
      }
      for (let index = 1; index < matches.length; index += 1) {
        expect(matches[index - 1]?.score).toBeGreaterThanOrEqual(matches[index]?.score ?? 0);
      }
    }
    const planted = await reopened.match('Planted Hologram Studio', { limit: 3 });
    expect(planted[0]?.b.name).toBe('Planted Puppetry Academy');
    expect(planted[0]?.reasons.map((reason) => reason.side)).toEqual(expect.arrayContaining(['a', 'b']));
  }, 180_000);

  it('chooses a digest over all of them within the caps', async () => {
    const service = secondService();
    const digest = await service.digest({ limit: 20 });
    expect(digest.suggestions).toHaveLength(20);
    const counts = new Map<string, number>();
    for (const suggestion of digest.suggestions) {
      for (const id of [suggestion.a.id, suggestion.b.id]) counts.set(id, (counts.get(id) ?? 0) + 1);
      expect(suggestion.reasons.some((reason) => reason.kind === 'need_offer')).toBe(true);
      for (const reason of suggestion.reasons) expect(decoys).not.toContain(reason.concept);
    }
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    // Each suggestion is the pair `match` finds for its first side: the same directional scores, reasons and
    // citations (the score differs by view only: a digest ranks a pair by its better-served side).
    for (const suggestion of digest.suggestions) {
      const found = (await service.match(suggestion.a.id, { limit: 50 })).find(
        (match) => match.b.id === suggestion.b.id,
      );
      expect(found, `${suggestion.a.name} → ${suggestion.b.name}`).toBeDefined();
      expect({ ...found, score: undefined }).toEqual({
        ...suggestion,
        id: undefined,
        digestId: undefined,
        score: undefined,
      });
    }
    const second = await service.digest({ limit: 20 });
    const firstPairs = new Set(
      digest.suggestions.map((suggestion) => [suggestion.a.id, suggestion.b.id].sort().join('|')),
    );
    for (const suggestion of second.suggestions)
      expect(firstPairs.has([suggestion.a.id, suggestion.b.id].sort().join('|'))).toBe(false);
  }, 180_000);

  // The scorer keeps concept relations and statement scores by number, in the order they are first asked: a digest
  // from a fresh service equals one from a service over the same index that has matched organizations first.
  it('chooses the same digest whatever the scorer kept from earlier asks', async () => {
    const comparable = (digest: Digest) => ({
      suggestions: digest.suggestions.map((suggestion) => ({ ...suggestion, id: undefined, digestId: undefined })),
      unmetNeeds: digest.unmetNeeds,
    });
    // The second service: it has matched studios and chosen digests (the tests above) and now matches other kinds.
    const warmed = secondService();
    const others = (await warmed.profiles.list()).filter((profile) => profile.kind !== 'studio').slice(0, 60);
    for (const other of others) await warmed.match(other.id, { limit: 5 });
    const warm = await warmed.previewDigest({ limit: 20 });
    const fresh = await harness.reopen().previewDigest({ limit: 20 });
    expect(fresh.suggestions).toHaveLength(20);
    expect(comparable(fresh)).toEqual(comparable(warm));
  }, 180_000);
});
