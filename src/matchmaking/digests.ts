/**
 * Digests: every organization's best pairs (each pair scored once, from whichever side finds it
 * first), without pairs suggested recently or reserved by a digest being posted, chosen as a set
 * (./choose-digest.ts) by their standing — the pair's score against the best found for its
 * better-served side — and explained, each with the score every view shows.
 *
 * Choose, post, then record: `planDigest` chooses and stores a digest split into the parts the
 * adapter posts — choosing and storing in one IMMEDIATE transaction, so concurrent digests (other
 * processes too) never take the same pair — and reserves its pairs for a while. The adapter posts
 * part by part and reports each with `recordDigestPart`; only recorded parts make their pairs
 * "suggested". A failed post is `releaseDigest`d: nothing is marked, and the next plan for that
 * channel (or, with nothing posted yet, another channel of the same platform) resumes the same digest.
 */
import type { DigestOptions } from '../core-types.js';
import { badInput, notFound } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { DigestHold, DigestPlan, MatchcutStore, StoreRepositories } from '../store/store-interface.js';
import { nameKey, pairKeyOf } from '../store/store-types.js';
import { chooseDigest, type DigestCandidate, type DigestPolicy } from './choose-digest.js';
import type { IndexedProfile } from './profile-index.js';
import { byName, type MatchingEngine, type ScoredPair } from './matching.js';
import { askerScore, type MetNeed, type ReciprocalScore } from './reciprocal-score.js';
import type { Digest, UnmetNeed } from './types.js';

export type { DigestPart, DigestPlan, DigestPostingState } from '../store/store-types.js';

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

export interface DigestPlanOptions extends DigestOptions {
  /**
   * The parts the adapter posts (one message each): the suggestion ids of each part, in order, every
   * suggestion in exactly one part. One part with every suggestion when absent.
   */
  split?: (digest: Digest) => string[][];
}

/** Digests as the core offers them (see the file comment). */
export interface DigestService {
  /** Choose a digest and record it as delivered whole (the terminal, tests). */
  digest(options?: DigestOptions): Promise<Digest>;
  /** Choose (or resume) a digest to post, its pairs reserved; nothing counts as suggested yet. */
  planDigest(options?: DigestPlanOptions): Promise<DigestPlan>;
  /** A part was posted: its pairs become suggested. Returns the digest's posting so far. */
  recordDigestPart(digestId: string, partIndex: number, messageRef?: string): Promise<DigestPlan>;
  /** Posting failed or stopped: nothing more is marked; a retry resumes the same digest while it is reserved. */
  releaseDigest(digestId: string): Promise<void>;
  /** The digest `digest` or `planDigest` would give now, recording nothing (a dry run). */
  previewDigest(options?: DigestOptions): Promise<Digest>;
  /** A stored digest with its posting, the latest without an id. NOT_FOUND when there is none. */
  showDigest(digestId?: string): Promise<DigestPlan>;
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

/**
 * A pair a digest may choose: what choosing reads, and the pair's two sides as `matchesFor` found them (the asking
 * side first) and whether the pair reads the other way round. The scored pair itself is made again for the few
 * chosen (`pairOf`): kept for every candidate, tens of thousands of scored pairs outlived each young collection.
 */
type Candidate = DigestCandidate & { asker: IndexedProfile; found: IndexedProfile; swapped: boolean };

/** The scored pair of a candidate, the side whose needs are better met first (as when it was found). */
function pairOf(engine: MatchingEngine, candidate: Candidate): ScoredPair {
  const found = engine.scorePair(candidate.asker, candidate.found, 'pair');
  if (found === undefined) throw new Error(`the pair ${candidate.aId} / ${candidate.bId} no longer scores`);
  return candidate.swapped ? swapped(engine, found) : found;
}

/** The pair read the other way round. */
const swapped = (engine: MatchingEngine, found: ScoredPair): ScoredPair => ({
  ...found,
  a: found.b,
  b: found.a,
  scored: swapSides(found.scored, engine.settings),
});

/** The keys of the first four needs a pair meets (the first side's first), as choosing reads them. */
function firstNeedKeys(first: readonly MetNeed[], second: readonly MetNeed[]): string[] {
  const keys: string[] = [];
  for (const list of [first, second])
    for (let position = 0; position < list.length && keys.length < 4; position += 1) {
      const met = list[position] as MetNeed;
      keys.push(met.concept ?? nameKey(met.need.text));
    }
  return keys;
}

/** Every organization's best pairs, each pair once, the side whose needs are better met first. */
async function digestCandidates(deps: DigestDeps): Promise<Candidate[]> {
  const { store, engine } = deps;
  const blocked = await store.blockedPairs();
  const candidates: Candidate[] = [];
  // By name (then id), as a rebuilt index holds them: which side of a pair finds it (the other skips what is done)
  // must not hang on the order the index got them in. The index keeps them by name: only names shared are sorted here.
  const entries = [...engine.index().allByName()].sort(
    (left, right) => byName(left.profile.name, right.profile.name) || (left.profile.id < right.profile.id ? -1 : 1),
  );
  // Per ordinal, whether its organization's pairs are all found (a byte read per candidate, no hashing).
  const done = new Uint8Array(entries.reduce((largest, entry) => Math.max(largest, entry.ordinal + 1), 0));
  const skip = (other: IndexedProfile) => done[other.ordinal] === 1;
  // Per ordinal, the best score of the pairs found with its organization (from either side).
  const best = new Float64Array(done.length);
  for (const entry of entries) {
    if (entry.profile.origin === 'proposed') continue;
    for (const found of engine.matchesFor(entry, { limit: 4, blocked, candidateLimit: 12, skip, view: 'pair' })) {
      best[found.a.ordinal] = Math.max(best[found.a.ordinal] as number, found.score);
      best[found.b.ordinal] = Math.max(best[found.b.ordinal] as number, found.score);
      const swap = found.scored.scoreForB > found.scored.scoreForA;
      const pair: ScoredPair = swap ? swapped(engine, found) : found;
      const needKeys = firstNeedKeys(pair.scored.forA.met, pair.scored.forB.met);
      candidates.push({
        asker: found.a,
        found: found.b,
        swapped: swap,
        score: pair.score,
        aId: pair.a.profile.id,
        bId: pair.b.profile.id,
        tieBreak: `${pair.a.profile.name}\u0000${pair.b.profile.name}`,
        needKeys,
      });
    }
    done[entry.ordinal] = 1;
  }
  // A pair's standing: its score against the best pair found for either side, the better served of the two. Scores
  // compare within one organization's pairs (the same needs read against each partner); across organizations they
  // also measure how their profiles are written — a pair written in two scripts shares no wording, and its fused
  // score is about half its coverage (./word-evidence.ts) — so a digest ranks every organization's best pairs first.
  for (const candidate of candidates)
    candidate.standing =
      candidate.score / Math.max(best[candidate.asker.ordinal] as number, best[candidate.found.ordinal] as number);
  return candidates;
}

const iso = (date: Date, plusMs = 0) => new Date(date.getTime() + plusMs).toISOString();

/**
 * Chooses from the candidates against the store as it is now: pairs suggested recently (unless
 * repeats are allowed) and pairs reserved by digests being posted are left out, and so are
 * organizations already shown enough. Call with the session of the transaction that stores the result.
 */
async function chooseNow(
  deps: DigestDeps,
  store: StoreRepositories,
  candidates: readonly Candidate[],
  options: DigestOptions,
  size: number,
): Promise<Digest> {
  const { engine, policy } = deps;
  const createdAt = deps.now();
  const since = iso(createdAt, -policy.recentDays * 86_400_000);
  const repeats = options.allowRepeats === true;
  const reserved = await store.reservedSuggestions(createdAt.toISOString());
  const taken = new Set(reserved.map((suggestion) => suggestion.pairKey));
  if (!repeats) for (const suggestion of await store.suggestionsSince(since)) taken.add(suggestion.pairKey);
  // Asked to repeat (re-send), the cap across recent digests is lifted; the cap within this one stays.
  const recentExposure = new Map<string, number>();
  const exposed = [
    ...(repeats ? [] : (await store.digestPartiesSince(since)).flatMap(({ partyIds }) => partyIds)),
    ...reserved.flatMap((suggestion) => [suggestion.aId, suggestion.bId]),
  ];
  for (const id of exposed) recentExposure.set(id, (recentExposure.get(id) ?? 0) + 1);
  const open = candidates.filter((candidate) => !taken.has(pairKeyOf(candidate.aId, candidate.bId)));
  const chosen = chooseDigest(open, { size, policy, recentExposure });
  const digestId = deps.createId('digest');
  return {
    id: digestId,
    createdAt: createdAt.toISOString(),
    channel: options.channel,
    suggestions: chosen.map((candidate) => ({
      ...engine.explain(pairOf(engine, candidate)),
      id: deps.createId('suggestion'),
      digestId,
    })),
    unmetNeeds: deps.unmetNeeds(policy.maxUnmetNeeds),
  };
}

/** The parts of a digest: as the adapter splits it, checked; one part by default. */
function partsOf(digest: Digest, split: DigestPlanOptions['split']): string[][] {
  const ids = digest.suggestions.map((suggestion) => suggestion.id);
  if (split === undefined) return [ids];
  const parts = split(digest);
  const listed = parts.flat();
  if (parts.length === 0 || listed.length !== ids.length || ids.some((id) => !listed.includes(id))) {
    throw badInput(`The parts of digest ${digest.id} must list each of its ${ids.length} suggestions exactly once.`);
  }
  return parts;
}

function sizeOf(options: DigestOptions, policy: DigestPolicy): number {
  const size = options.limit ?? policy.size;
  if (!isMatchLimit(size))
    throw badInput('The digest limit must be a whole number from 1 to 200.', {
      details: { reason: 'BAD_LIMIT', maximum: 200 },
    });
  return size;
}

async function requirePlan(store: MatchcutStore, digestId: string): Promise<DigestPlan> {
  const plan = await store.getDigestPlan(digestId);
  if (plan === undefined)
    throw notFound(`No digest "${digestId}".`, { details: { reason: 'UNKNOWN_DIGEST', name: digestId } });
  return plan;
}

export function createDigestService(deps: DigestDeps): DigestService {
  const { store, engine, policy, logger } = deps;
  const holdFrom = (now: Date): DigestHold => ({
    claimedUntil: iso(now, policy.claimMs),
    reservedUntil: iso(now, policy.reservationMs),
  });
  /** A digest this channel's retry takes over, held for this poster (with a transaction's session). */
  const resume = async (session: StoreRepositories, channel: string | undefined): Promise<DigestPlan | undefined> => {
    const now = deps.now();
    const found = await session.resumableDigest(channel, now.toISOString());
    if (found === undefined) return undefined;
    await session.claimDigest(found.digest.id, channel, holdFrom(now));
    return session.getDigestPlan(found.digest.id);
  };

  async function planDigest(options: DigestPlanOptions = {}): Promise<DigestPlan> {
    await engine.ensureFresh();
    const size = sizeOf(options, policy);
    const resumed = await store.transaction((session) => resume(session, options.channel));
    if (resumed !== undefined) {
      const posted = resumed.parts.filter((part) => part.postedAt !== undefined).length;
      logger.info({ digest: resumed.digest.id, channel: options.channel, posted }, 'digest resumed for a retry');
      return resumed;
    }
    const started = performance.now();
    // Scoring happens outside the write lock; choosing against the reservations and storing is one transaction.
    const candidates = await digestCandidates(deps);
    const plan = await store.transaction(async (session) => {
      const again = await resume(session, options.channel);
      if (again !== undefined) return again;
      const digest = await chooseNow(deps, session, candidates, options, size);
      if (digest.suggestions.length === 0) await session.saveDigest(digest);
      else await session.saveDigestPlan(digest, partsOf(digest, options.split), holdFrom(deps.now()));
      return (await session.getDigestPlan(digest.id)) as DigestPlan;
    });
    logger.info(
      {
        digest: plan.digest.id,
        suggestions: plan.digest.suggestions.length,
        parts: plan.parts.length,
        candidates: candidates.length,
        unmetNeeds: plan.digest.unmetNeeds.length,
        milliseconds: Math.round(performance.now() - started),
      },
      'digest chosen',
    );
    return plan;
  }

  async function recordDigestPart(digestId: string, partIndex: number, messageRef?: string): Promise<DigestPlan> {
    const plan = await requirePlan(store, digestId);
    if (!Number.isInteger(partIndex) || partIndex < 0 || partIndex >= plan.parts.length) {
      throw badInput(`Digest ${digestId} has parts 0 to ${plan.parts.length - 1}, not ${partIndex}.`);
    }
    const now = deps.now();
    await store.recordDigestPart(digestId, partIndex, messageRef, now.toISOString(), holdFrom(now));
    const updated = await requirePlan(store, digestId);
    logger.info({ digest: digestId, part: partIndex, messageRef, state: updated.state }, 'digest part posted');
    return updated;
  }

  return {
    planDigest,
    recordDigestPart,
    async digest(options = {}) {
      const plan = await planDigest({ ...options, split: undefined });
      for (const part of plan.parts)
        if (part.postedAt === undefined) await recordDigestPart(plan.digest.id, part.index);
      return plan.digest;
    },
    async releaseDigest(digestId) {
      await requirePlan(store, digestId);
      await store.releaseDigest(digestId);
      logger.info({ digest: digestId }, 'digest released: nothing more marked; a retry resumes it');
    },
    async previewDigest(options = {}) {
      await engine.ensureFresh();
      const size = sizeOf(options, policy);
      const now = deps.now().toISOString();
      const pending = await store.resumableDigest(options.channel, now);
      if (pending !== undefined) return pending.digest;
      return chooseNow(deps, store, await digestCandidates(deps), options, size);
    },
    async showDigest(digestId) {
      if (digestId !== undefined) return requirePlan(store, digestId);
      const latest = await store.latestDigestPlan();
      if (latest === undefined)
        throw notFound('No digest has been made yet.', { details: { reason: 'NO_DIGEST_YET' } });
      return latest;
    },
  };
}
