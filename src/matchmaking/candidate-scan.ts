/**
 * Candidates for one profile: the inverted lists of what it needs and offers credit the profiles
 * they hold (long lists sampled), the best few by that evidence pass the hard filters on packed
 * codes (kinds that can meet, nothing proposed, no affiliated bodies, the caller's own filter),
 * and, when there are more than asked for, an embedding similarity of needs and offers orders them.
 */
import {
  absentFlag,
  hasAffiliationsFlag,
  kindCount,
  meetTable,
  type PackedProfiles,
  proposedFlag,
} from './packed-profiles.js';
import { affiliated, type CandidateOptions, type IndexedProfile } from './profile-index.js';
import type { PostingLookup, ProfilePostings } from './profile-postings.js';
import { sortShort } from './short-sort.js';
import type { SparseVector } from './sparse-vector.js';

/**
 * A list longer than this (a broad concept many profiles share) is sampled, not read whole:
 * a window (of the list in rank order) starting at a place that depends on the asking profile's rank, so different
 * profiles see different parts, and a smaller window once the more specific lists found enough candidates.
 */
const longListSample = 800;

/**
 * The score the `k` best reach, from a histogram (evidence weights are multiples of 0.1, so
 * tenths are exact enough): linear time, where sorting every touched profile was not.
 */
function cutoffForBest(scores: Float64Array, count: number, k: number): number {
  let maximum = 0;
  for (let position = 0; position < count; position += 1) {
    const score = scores[position] as number;
    if (score > maximum) maximum = score;
  }
  const buckets = new Int32Array(Math.min(4_000, Math.floor(maximum * 10)) + 1);
  for (let position = 0; position < count; position += 1) {
    const score = scores[position] as number;
    const bucket = Math.min(buckets.length - 1, Math.floor(score * 10 + 1e-9));
    buckets[bucket] = (buckets[bucket] as number) + 1;
  }
  let seen = 0;
  for (let bucket = buckets.length - 1; bucket >= 0; bucket -= 1) {
    seen += buckets[bucket] as number;
    if (seen >= k) return bucket / 10;
  }
  return 0;
}

/** Shorter (more specific) lists first. */
const bySize = (left: PostingLookup, right: PostingLookup) => left.size - right.size;

export class CandidateScan {
  /** The posting lists one call reads and their weights (reused between calls). */
  private readonly lookups: PostingLookup[] = [];
  /** Credits per ordinal, the ordinals credited (each once) and their credits, reused between calls. */
  private accumulator = new Float64Array(0);
  private touched = new Int32Array(0);
  private scores = new Float64Array(0);
  /**
   * The candidates one call accepts, as ordinals and pre-scores side by side (reused between calls): no object per
   * candidate, where a digest looks at a few hundred thousand of them.
   */
  private acceptedOrdinals = new Int32Array(64);
  private acceptedScores = new Float64Array(64);
  private acceptedCount = 0;
  /** Positions (into `touched`) of the band `collect` reads last, reused between calls. */
  private band = new Int32Array(256);
  /** The asking profile's two centroids written out densely for the embedding pre-filter (zero between calls). */
  private readonly dense: [Float64Array, Float64Array] = [new Float64Array(512), new Float64Array(512)];
  private count = 0;
  /** The current call's profile and filters, read by `passes` (no closures made per call). */
  private profile: IndexedProfile | undefined;
  private meetable = false;
  private accept: ((candidate: IndexedProfile) => boolean) | undefined;
  private ownRow = 0;
  private ownFlags = 0;
  private ownOrdinal = -1;

  constructor(
    private readonly byOrdinal: readonly (IndexedProfile | undefined)[],
    private readonly packed: PackedProfiles,
    private readonly postings: ProfilePostings,
  ) {}

  candidates(profile: IndexedProfile, options: CandidateOptions): IndexedProfile[] {
    const { packed } = this;
    if (options.meetable === true && ((packed.flags[profile.ordinal] as number) & proposedFlag) !== 0) return [];
    const pool = Math.max(options.limit * 3, 24);
    this.accumulate(profile, pool);
    const cutoff = this.count > pool ? cutoffForBest(this.scores, this.count, pool) : 0;
    this.profile = profile;
    this.meetable = options.meetable === true;
    this.accept = options.accept;
    this.ownRow = (packed.kinds[profile.ordinal] as number) * kindCount;
    this.ownFlags = packed.flags[profile.ordinal] as number;
    this.ownOrdinal = profile.ordinal;
    // The best few by the looked-up evidence passing the hard filters; the rest (a lower band)
    // only when the filters rejected too many.
    if (this.acceptedOrdinals.length < pool) {
      this.acceptedOrdinals = new Int32Array(pool);
      this.acceptedScores = new Float64Array(pool);
    }
    this.acceptedCount = 0;
    this.collect(cutoff, Number.POSITIVE_INFINITY, pool);
    if (this.acceptedCount < options.limit && cutoff > 0) this.collect(0, cutoff, pool);
    this.profile = undefined;
    this.accept = undefined;
    const { acceptedOrdinals: ordinals, acceptedScores: scores, acceptedCount: count } = this;
    if (count > options.limit) {
      // Embedding pre-filter: what the other side offers against what this one needs, and back.
      const needs = this.spread(profile.needCentroid, 0);
      const offers = this.spread(profile.offerCentroid, 1);
      for (let position = 0; position < count; position += 1) {
        const slot = 2 * (ordinals[position] as number);
        scores[position] =
          (scores[position] as number) + 2 * (packed.denseDot(needs, slot + 1) + packed.denseDot(offers, slot));
      }
      this.unspread(profile.needCentroid, 0);
      this.unspread(profile.offerCentroid, 1);
    }
    this.sortAccepted();
    const best: IndexedProfile[] = [];
    for (let position = 0; position < Math.min(count, options.limit); position += 1)
      best.push(this.byOrdinal[ordinals[position] as number] as IndexedProfile);
    return best;
  }

  /**
   * The accepted candidates best first: by pre-score, then rank, then id (a total order, so any sort gives this one).
   * An insertion sort in place: a call accepts a few dozen.
   */
  private sortAccepted(): void {
    const { acceptedOrdinals: ordinals, acceptedScores: scores, acceptedCount: count, byOrdinal } = this;
    const { ranks } = this.packed;
    for (let position = 1; position < count; position += 1) {
      const ordinal = ordinals[position] as number;
      const score = scores[position] as number;
      const rank = ranks[ordinal] as number;
      let at = position - 1;
      for (; at >= 0; at -= 1) {
        const other = ordinals[at] as number;
        const otherScore = scores[at] as number;
        const before =
          otherScore !== score
            ? otherScore > score
            : (ranks[other] as number) !== rank
              ? (ranks[other] as number) < rank
              : (byOrdinal[other] as IndexedProfile).profile.id < (byOrdinal[ordinal] as IndexedProfile).profile.id;
        if (before) break;
        ordinals[at + 1] = other;
        scores[at + 1] = otherScore;
      }
      ordinals[at + 1] = ordinal;
      scores[at + 1] = score;
    }
  }

  /** A sparse vector written out densely into one of two reused arrays (zero elsewhere). */
  private spread(vector: SparseVector, which: 0 | 1): Float64Array {
    const last = vector.indices.length === 0 ? -1 : (vector.indices[vector.indices.length - 1] as number);
    let dense = this.dense[which];
    // As long as any stored centroid reaches (`denseDot` reads every stored entry), zero where this vector has none.
    const needed = Math.max(last + 1, this.packed.indexEnd);
    if (dense.length < needed) {
      dense = new Float64Array(Math.max(needed, dense.length * 2));
      this.dense[which] = dense;
    }
    const { indices, values } = vector;
    for (let position = 0; position < indices.length; position += 1)
      dense[indices[position] as number] = values[position] as number;
    return dense;
  }

  /** Back to all zeros after `spread`. */
  private unspread(vector: SparseVector, which: 0 | 1): void {
    const dense = this.dense[which];
    for (const index of vector.indices) dense[index] = 0;
  }

  /** Credits every profile the lists of what `profile` needs and offers hold; leaves `scores` and `touched`. */
  private accumulate(profile: IndexedProfile, pool: number): void {
    if (this.accumulator.length < this.byOrdinal.length) {
      this.accumulator = new Float64Array(Math.max(this.byOrdinal.length, this.accumulator.length * 2));
      this.touched = new Int32Array(this.accumulator.length);
    }
    const { lookups } = this;
    lookups.length = 0;
    // Who offers what this profile needs, and who needs what it offers; most specific evidence first.
    this.postings.gather(lookups, profile.needs, 'offer');
    this.postings.gather(lookups, profile.offers, 'need');
    sortShort(lookups, bySize);
    const accumulated = this.accumulator;
    const touched = this.touched;
    let touchedCount = 0;
    for (let at = 0; at < lookups.length; at += 1) {
      const { list, weight } = lookups[at] as PostingLookup;
      const members = this.postings.ordered(list);
      const size = members.length;
      let from = 0;
      let length = size;
      if (size > longListSample) {
        from = (this.packed.ranks[profile.ordinal] as number) % size;
        length = touchedCount >= pool * 4 ? longListSample / 4 : longListSample;
      }
      // A window past the end of the list wraps round to its start.
      const head = Math.min(size, from + length) - from;
      for (let step = 0; step < length; step += 1) {
        const ordinal = members[step < head ? from + step : step - head] as number;
        const before = accumulated[ordinal] as number;
        if (before === 0) touched[touchedCount++] = ordinal;
        accumulated[ordinal] = before + weight;
      }
    }
    if (this.scores.length < touchedCount)
      this.scores = new Float64Array(Math.max(touchedCount, this.scores.length * 2));
    for (let position = 0; position < touchedCount; position += 1) {
      const ordinal = touched[position] as number;
      this.scores[position] = accumulated[ordinal] as number;
      accumulated[ordinal] = 0;
    }
    this.count = touchedCount;
  }

  /**
   * Whether the profile of this ordinal passes the hard filters: read on the packed codes, the profile itself only when
   * an affiliation or the caller's filter asks (most candidates a digest looks at need neither).
   */
  private passes(ordinal: number): boolean {
    const flags = this.packed.flags[ordinal] as number;
    const kind = this.packed.kinds[ordinal] as number;
    if (this.meetable && (meetTable[this.ownRow + kind] === 0 || (flags & proposedFlag) !== 0)) return false;
    if ((flags & absentFlag) !== 0 || (ordinal === this.ownOrdinal && this.byOrdinal[ordinal] === this.profile))
      return false;
    const mayBeAffiliated = this.meetable && ((this.ownFlags | flags) & hasAffiliationsFlag) !== 0;
    if (!mayBeAffiliated && this.accept === undefined) return true;
    const entry = this.byOrdinal[ordinal];
    if (entry === undefined) return false;
    if (mayBeAffiliated && affiliated(this.profile as IndexedProfile, entry)) return false;
    return this.accept === undefined || this.accept(entry);
  }

  /**
   * Accepts, up to `room` in all, the touched profiles scored in [from, below) that pass:
   * above the band first, then the band itself.
   */
  private collect(from: number, below: number, room: number): void {
    const { scores, touched, count } = this;
    const bandTop = from + 0.1 - 1e-9;
    // One pass: the band's positions are noted (in `band`, reused) and read only when those above leave room.
    if (this.band.length < count) this.band = new Int32Array(Math.max(count, 2 * this.band.length));
    const { band } = this;
    let inBand = 0;
    for (let position = 0; position < count && this.acceptedCount < room; position += 1) {
      const score = scores[position] as number;
      if (score >= below || score < from) continue;
      if (score < bandTop) band[inBand++] = position;
      else this.acceptIfPasses(touched[position] as number, score);
    }
    for (let at = 0; at < inBand && this.acceptedCount < room; at += 1) {
      const position = band[at] as number;
      this.acceptIfPasses(touched[position] as number, scores[position] as number);
    }
  }

  private acceptIfPasses(ordinal: number, score: number): void {
    if (!this.passes(ordinal)) return;
    this.acceptedOrdinals[this.acceptedCount] = ordinal;
    this.acceptedScores[this.acceptedCount] = score;
    this.acceptedCount += 1;
  }
}
