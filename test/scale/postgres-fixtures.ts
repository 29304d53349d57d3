/** Profiles, suggestions and digests for the PostgreSQL scale tests. */
import type { Profile } from '../../src/matchmaking/profile-schema.js';
import type { Digest, Suggestion } from '../../src/matchmaking/types.js';

export function testProfile(id: string, name: string, origin: Profile['origin'] = 'import'): Profile {
  return {
    id,
    name,
    aliases: [],
    kind: 'studio',
    languages: ['en'],
    offers: ['VFX compositing'],
    needs: ['Korean dubbing'],
    description: `${name} description`,
    affiliations: [],
    sources: [],
    origin,
    updatedAt: '2026-12-01T00:00:00.000Z',
  };
}

export function testSuggestion(id: string, aId: string, bId: string, digestId?: string): Suggestion {
  return {
    id,
    digestId,
    a: { id: aId, name: `Party ${aId}`, kind: 'studio' },
    b: { id: bId, name: `Party ${bId}`, kind: 'talent_center' },
    score: 0.75,
    scoreForA: 0.5,
    scoreForB: 1,
    reasons: [{ side: 'a', kind: 'need_offer', text: `${aId} needs VFX ↔ ${bId} offers VFX` }],
    citations: [],
  };
}

export function testDigest(id: string, createdAt: string, pairs: readonly (readonly [string, string])[]): Digest {
  return {
    id,
    createdAt,
    channel: 'slack:C1',
    suggestions: pairs.map(([aId, bId], index) => testSuggestion(`${id}-s${index}`, aId, bId, id)),
    unmetNeeds: [],
  };
}
