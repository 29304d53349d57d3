/**
 * Chooses a digest as a set, not as the top of a list, ranking by a pair's standing among its sides' own pairs (its
 * score when none is given): at most `size` suggestions, each party
 * at most `maxPerParty` times in this digest and `maxPerPartyRecent` times counting recent
 * digests, and a suggestion serving a need already served in this digest is worth less (so the
 * digest covers different needs). Greedy on the marginal value, deterministic.
 */
export interface DigestPolicy {
  /** Suggestions per digest when the caller gives no limit. */
  size: number;
  /** Times one organization may appear in one digest. */
  maxPerParty: number;
  /** Times one organization may appear across the recent digests and this one. */
  maxPerPartyRecent: number;
  /** What "recent" means, for repeats and exposure. */
  recentDays: number;
  /** Suggestions below this score are never sent. */
  minimumScore: number;
  /** Each earlier suggestion in the digest serving the same need multiplies the value by this. */
  repeatedNeedFactor: number;
  /** Unmet needs listed in one digest. */
  maxUnmetNeeds: number;
  /** How long a poster holds a digest it is posting (renewed with each part); a crashed poster's digest frees then. */
  claimMs: number;
  /** How long the pairs of a digest not yet posted whole stay out of other digests, waiting for a retry. */
  reservationMs: number;
}

export const defaultDigestPolicy: DigestPolicy = {
  size: 8,
  maxPerParty: 2,
  maxPerPartyRecent: 4,
  recentDays: 14,
  minimumScore: 0.2,
  repeatedNeedFactor: 0.6,
  maxUnmetNeeds: 20,
  claimMs: 10 * 60_000,
  reservationMs: 6 * 3_600_000,
};

export interface DigestCandidate {
  score: number;
  /**
   * How the pair stands among its sides' own pairs (0..1, see ./digests.ts), what a digest ranks by before the score;
   * the score alone when absent.
   */
  standing?: number;
  aId: string;
  bId: string;
  /** Orders equal scores (e.g. the two names). */
  tieBreak: string;
  /** What the suggestion serves: need concepts (or need texts) of both sides. */
  needKeys: string[];
}

export function chooseDigest<Candidate extends DigestCandidate>(
  candidates: readonly Candidate[],
  options: { size: number; policy: DigestPolicy; recentExposure: ReadonlyMap<string, number> },
): Candidate[] {
  const { size, policy, recentExposure } = options;
  const standing = (candidate: Candidate) => candidate.standing ?? candidate.score;
  const remaining = candidates
    .filter((candidate) => candidate.score >= policy.minimumScore)
    .sort(
      (left, right) =>
        standing(right) - standing(left) ||
        right.score - left.score ||
        (left.tieBreak < right.tieBreak ? -1 : left.tieBreak > right.tieBreak ? 1 : 0),
    );
  const chosen: Candidate[] = [];
  const appearances = new Map<string, number>();
  const servedNeeds = new Map<string, number>();
  const canAppear = (id: string) => {
    const here = appearances.get(id) ?? 0;
    return here < policy.maxPerParty && here + (recentExposure.get(id) ?? 0) < policy.maxPerPartyRecent;
  };
  while (chosen.length < size) {
    let bestIndex = -1;
    let bestValue = 0;
    for (let index = 0; index < remaining.length; index += 1) {
      const candidate = remaining[index] as Candidate;
      // Sorted by standing: nothing further down can beat the best marginal value found.
      if (standing(candidate) <= bestValue) break;
      if (!canAppear(candidate.aId) || !canAppear(candidate.bId)) continue;
      const repeats = candidate.needKeys.reduce((count, key) => Math.max(count, servedNeeds.get(key) ?? 0), 0);
      const value = standing(candidate) * policy.repeatedNeedFactor ** repeats;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = index;
      }
    }
    if (bestIndex === -1) break;
    const [picked] = remaining.splice(bestIndex, 1) as [Candidate];
    chosen.push(picked);
    for (const id of [picked.aId, picked.bId]) appearances.set(id, (appearances.get(id) ?? 0) + 1);
    for (const key of picked.needKeys) servedNeeds.set(key, (servedNeeds.get(key) ?? 0) + 1);
  }
  return chosen;
}
