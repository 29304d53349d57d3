/**
 * Digests: every organization's best pairs (each pair scored once, from whichever side finds it
 * first), without pairs suggested recently, chosen as a set (./choose-digest.ts), explained and
 * stored with their suggestions.
 */
import type { DigestOptions } from '../core-types.js';
import { badInput } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { type MatchcutStore, nameKey, pairKeyOf } from '../store/open-store.js';
import { chooseDigest, type DigestCandidate, type DigestPolicy } from './choose-digest.js';
import type { IndexedProfile } from './profile-index.js';
import type { MatchingEngine, ScoredPair } from './matching.js';
import { askerScore, type ReciprocalScore } from './reciprocal-score.js';
import type { Digest, UnmetNeed } from './types.js';

export const matchLimitSchemaBounds = { minimum: 1, maximum: 200 } as const;

export function isMatchLimit(value: number): boolean {
  return Number.isInteger(value) && value >= matchLimitSchemaBounds.minimum && value <= matchLimitSchemaBounds.maximum;
}

export function swapSides(scored: ReciprocalScore, settings: MatchingEngine['settings']): ReciprocalScore {
  return {
    scoreForA: scored.scoreForB,
    scoreForB: scored.scoreForA,
    harmonic: scored.harmonic,
    forAsker: askerScore(scored.forB, scored.forA, settings),
    forA: scored.forB,
    forB: scored.forA,
    meets: scored.meets,
  };
}

export interface DigestDeps {
  store: MatchcutStore;
  engine: MatchingEngine;
  policy: DigestPolicy;
  logger: Logger;
  now: () => Date;
  createId: (kind: 'digest' | 'suggestion') => string;
  unmetNeeds: (limit: number) => UnmetNeed[];
}

/** Every organization's best pairs, each pair once, the side whose needs are better met first. */
function digestCandidates(deps: DigestDeps, options: DigestOptions, since: string) {
  const { store, engine } = deps;
  const blocked = store.blockedPairs();
  const recentPairs = new Set(store.suggestionsSince(since).map((suggestion) => suggestion.pairKey));
  const done = new Set<number>();
  const candidates: (DigestCandidate & { pair: ScoredPair })[] = [];
  for (const entry of engine.index().all()) {
    if (entry.profile.origin === 'proposed') continue;
    const skip = (other: IndexedProfile) => done.has(other.ordinal);
    for (const found of engine.matchesFor(entry, { limit: 4, blocked, candidateLimit: 12, skip, view: 'pair' })) {
      const pairKey = pairKeyOf(found.a.profile.id, found.b.profile.id);
      if (options.allowRepeats !== true && recentPairs.has(pairKey)) continue;
      const pair: ScoredPair =
        found.scored.scoreForB > found.scored.scoreForA
          ? { ...found, a: found.b, b: found.a, scored: swapSides(found.scored, engine.settings) }
          : found;
      const needKeys = [...pair.scored.forA.met, ...pair.scored.forB.met]
        .slice(0, 4)
        .map((met) => met.concept ?? nameKey(met.need.text));
      candidates.push({
        pair,
        score: pair.score,
        aId: pair.a.profile.id,
        bId: pair.b.profile.id,
        tieBreak: `${pair.a.profile.name}\u0000${pair.b.profile.name}`,
        needKeys,
      });
    }
    done.add(entry.ordinal);
  }
  return candidates;
}

export async function createDigest(deps: DigestDeps, options: DigestOptions = {}): Promise<Digest> {
  const { store, engine, policy, logger } = deps;
  engine.ensureFresh();
  const size = options.limit ?? policy.size;
  if (!isMatchLimit(size)) throw badInput('The digest limit must be a whole number from 1 to 200.');
  const createdAt = deps.now();
  const since = new Date(createdAt.getTime() - policy.recentDays * 86_400_000).toISOString();
  // Asked to repeat (re-send), the cap across recent digests is lifted; the cap within this one stays.
  const recentExposure = new Map<string, number>();
  for (const { partyIds } of options.allowRepeats === true ? [] : store.digestPartiesSince(since)) {
    for (const id of partyIds) recentExposure.set(id, (recentExposure.get(id) ?? 0) + 1);
  }
  const started = performance.now();
  const candidates = digestCandidates(deps, options, since);
  const chosen = chooseDigest(candidates, { size, policy, recentExposure });
  const digestId = deps.createId('digest');
  const digest: Digest = {
    id: digestId,
    createdAt: createdAt.toISOString(),
    channel: options.channel,
    suggestions: chosen.map(({ pair }) => ({ ...engine.explain(pair), id: deps.createId('suggestion'), digestId })),
    unmetNeeds: deps.unmetNeeds(policy.maxUnmetNeeds),
  };
  store.saveDigest(digest);
  logger.info(
    {
      digest: digestId,
      suggestions: digest.suggestions.length,
      candidates: candidates.length,
      unmetNeeds: digest.unmetNeeds.length,
      milliseconds: Math.round(performance.now() - started),
    },
    'digest chosen',
  );
  return digest;
}
