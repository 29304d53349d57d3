import { describe, expect, it } from 'vitest';
import { stableRank } from '../../src/matchmaking/packed-profiles.js';
import { kindsCanMeet } from '../../src/matchmaking/kind-compatibility.js';
import { affiliated, createProfileIndex } from '../../src/matchmaking/profile-index.js';
import type { Profile } from '../../src/matchmaking/profile-schema.js';
import { sortShort } from '../../src/matchmaking/short-sort.js';
import { PairScores } from '../../src/matchmaking/statement-score-cache.js';
import type { StatementScore } from '../../src/matchmaking/statement-scorer.js';
import { organizationKinds } from '../../src/matchmaking/types.js';
import { createRandom, createSyntheticProfiles } from '../fixtures/profiles/synthetic-profiles.js';
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
  updatedAt: '2026-12-05T00:00:00.000Z',
});

describe('the typed tables of the candidate scan and the statement-score cache', () => {
  const shipped = shippedScorerPerFile();

  it('keeps a score per pair of readings as a map would, across growth and starting afresh at its limit', () => {
    const limit = 5_000;
    const table = new PairScores(limit);
    const reference = new Map<string, StatementScore>();
    const random = createRandom(3);
    for (let step = 0; step < 20_000; step += 1) {
      // Small numbers (many repeated pairs, and pairs that differ in one side only), as readings are numbered.
      const need = Math.floor(random() * 300);
      const offer = Math.floor(random() * 300);
      const key = `${need}/${offer}`;
      expect(table.get(need, offer)).toBe(reference.get(key));
      if (reference.has(key)) continue;
      if (reference.size >= limit) reference.clear();
      const score: StatementScore = { score: random(), concept: key, specific: true, broad: false };
      table.set(need, offer, score);
      reference.set(key, score);
    }
    for (const [key, score] of reference) {
      const [need, offer] = key.split('/').map(Number) as [number, number];
      expect(table.get(need, offer)).toBe(score);
    }
  });

  it('sorts short lists as Array.prototype.sort does: the same order, equal entries in the order they came', () => {
    const random = createRandom(9);
    for (let round = 0; round < 400; round += 1) {
      // Lengths on both sides of the insertion-sort limit, few distinct keys (many ties), each entry its own object.
      const length = Math.floor(random() * 48);
      const list = Array.from({ length }, (_, position) => ({ key: Math.floor(random() * 4) / 2, position }));
      const byKey = (left: { key: number }, right: { key: number }) => right.key - left.key;
      const expected = [...list].sort(byKey);
      const sorted = sortShort(list, byKey);
      expect(sorted).toBe(list);
      expect(sorted.map((entry) => entry.position)).toEqual(expected.map((entry) => entry.position));
    }
  });

  it('orders candidates of equal evidence by rank, then id, after those with more evidence', async () => {
    const glossary = await shippedGlossary();
    const { normalizer, relations } = shipped;
    const index = createProfileIndex({ glossary, normalizer, isOutside: relations.isOutside });
    const asker = index.put(profile('asker', ['color grading'], ['visual effects compositing']));
    // Twenty alike (the same evidence and embedding), and one that also needs what the asker offers.
    const alike = Array.from({ length: 20 }, (_, number) =>
      index.put(profile(`alike-${number}`, ['visual effects compositing'], [])),
    );
    index.put(profile('both-ways', ['visual effects compositing'], ['color grading']));
    const found = index.candidates(asker, { limit: 6, meetable: true }).map((entry) => entry.profile.id);
    const byRank = alike
      .map((entry) => entry.profile.id)
      .sort((left, right) => stableRank(left) - stableRank(right) || (left < right ? -1 : 1));
    expect(found).toEqual(['both-ways', ...byRank.slice(0, 5)]);
  });

  it('finds candidates and providers in an index as it is now after profiles came and went, as a fresh index does', async () => {
    const glossary = await shippedGlossary();
    const { normalizer, relations } = shipped;
    const profiles = createSyntheticProfiles(glossary, { count: 300, seed: 5 }).map((input, number) =>
      profile(`org-${number}`, input.offers ?? [], input.needs ?? []),
    );
    const fill = (list: readonly Profile[]) => {
      const index = createProfileIndex({ glossary, normalizer, isOutside: relations.isOutside });
      for (const entry of list) index.put(entry);
      return index;
    };
    const candidatesIn = (index: ReturnType<typeof fill>) =>
      index
        .all()
        .map(
          (entry) =>
            `${entry.profile.id}: ${index
              .candidates(entry, { limit: 8, meetable: true })
              .map((found) => found.profile.id)
              .join(' ')} | ${entry.needs
              .flatMap((need) => [...index.possibleProviders(need)].slice(0, 20))
              .map((found) => found.profile.id)
              .join(' ')}`,
        )
        .sort();
    // Scanned (what it gathers is kept), then changed: a quarter more profiles, every tenth one removed.
    const changing = fill(profiles.slice(0, 225));
    candidatesIn(changing);
    for (const entry of profiles.slice(225)) changing.put(entry);
    const removed = profiles.filter((_, number) => number % 10 === 0);
    for (const entry of removed) changing.remove(entry.id);
    const fresh = fill(profiles.filter((entry) => !removed.includes(entry)));
    expect(candidatesIn(changing)).toEqual(candidatesIn(fresh));
    // Visited in the same order as iterated, stopping where asked, a visit inside a visit seeing its own.
    for (const entry of fresh.all()) {
      for (const need of entry.needs) {
        const iterated = [...fresh.possibleProviders(need)];
        const visited: string[] = [];
        const inner: string[] = [];
        fresh.visitProviders(need, (provider) => {
          visited.push(provider.profile.id);
          if (visited.length === 1) fresh.visitProviders(need, (other) => inner.push(other.profile.id) >= 5);
          return visited.length >= 30;
        });
        expect(visited).toEqual(iterated.slice(0, 30).map((provider) => provider.profile.id));
        expect(inner).toEqual(iterated.slice(0, 5).map((provider) => provider.profile.id));
      }
    }
  });

  it('reads the hard filters and the name order off the packed index as the profiles themselves give them', async () => {
    const glossary = await shippedGlossary();
    const { normalizer, relations } = shipped;
    const index = createProfileIndex({ glossary, normalizer, isOutside: relations.isOutside });
    // Every kind, some proposed, some belonging to another, names shared by several.
    const entries = Array.from({ length: 40 }, (_, number) =>
      index.put({
        ...profile(`org-${number}`, ['visual effects compositing'], ['color grading']),
        name: ['Zeta', 'alpha', 'Beta', 'beta', 'Été'][number % 5] as string,
        kind: organizationKinds[number % organizationKinds.length] as Profile['kind'],
        origin: number % 7 === 0 ? 'proposed' : 'import',
        affiliations: number % 6 === 0 ? [`org-${number + 1}`] : [],
      }),
    );
    for (const first of entries) {
      for (const second of entries) {
        const expected =
          second !== first &&
          second.profile.origin !== 'proposed' &&
          kindsCanMeet(first.profile.kind, second.profile.kind) &&
          !affiliated(first, second);
        expect(index.meetable(first, second)).toBe(expected);
      }
    }
    const byName = () =>
      index
        .all()
        .sort((left, right) => left.profile.name.localeCompare(right.profile.name))
        .map((entry) => entry.profile.id);
    expect(index.allByName().map((entry) => entry.profile.id)).toEqual(byName());
    // Kept until the index changes: a profile put again moves to the end of its name's run, one removed leaves.
    index.put({ ...(entries[5] as (typeof entries)[number]).profile });
    index.remove('org-10');
    expect(index.allByName().map((entry) => entry.profile.id)).toEqual(byName());
  });
});
