/**
 * The in-memory matching index over all profiles: each profile's normalised offers and needs,
 * and inverted indexes concept → profiles offering / needing it (exact, and under every broader
 * concept) and word → profiles, so that candidates for a profile are found by looking up what it
 * needs and offers instead of comparing it with every other profile. Candidates are then
 * pre-ranked by an embedding similarity of the profiles' needs and offers before full scoring.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { nameKey } from '../store/open-store.js';
import { kindsCanMeet } from './kind-compatibility.js';
import { cityKey, countryKey, evidencedLanguages } from './languages-and-regions.js';
import type { NormalizedStatement, StatementNormalizer } from './normalize-statement.js';
import type { Profile } from './profile-schema.js';
import { centroid, pooledDot, type SparseVector } from './sparse-vector.js';
import { organizationKinds } from './types.js';

export interface IndexedProfile {
  ordinal: number;
  profile: Profile;
  needs: NormalizedStatement[];
  offers: NormalizedStatement[];
  /** Working languages the profile both lists and shows (in its own text or its country). */
  languages: Set<string>;
  country: string | undefined;
  city: string | undefined;
  articleIds: Set<string>;
  /** Keys (name, aliases, id) this organization is known by. */
  keys: Set<string>;
  /** Keys of the bodies it belongs to. */
  affiliations: Set<string>;
  /**
   * 0..1: the share of its placed offers that are content-production work. An event-lighting rental
   * whose offers are mostly outside the field offers its "lighting crew" for events, not for a shoot.
   */
  offerFocus: number;
  /** Normalised sums of the statement vectors (sparse: a few dozen entries, read in cache-friendly merges). */
  needCentroid: SparseVector;
  offerCentroid: SparseVector;
}

/** Profiles (by ordinal) under one key; the array copy is made when a long list is sampled. */
interface PostingList {
  members: Set<number>;
  array: Int32Array | undefined;
}

type Postings = Map<string, PostingList>;

export interface CandidateOptions {
  /** How many candidates to return, best pre-score first. */
  limit: number;
  /**
   * The matching hard filters, checked on codes the index packs per profile (no object is read
   * for a profile they reject): kinds that can meet, neither profile proposed, no affiliated bodies.
   */
  meetable?: boolean;
  /** Any further hard filter, applied before ranking. */
  accept?: (candidate: IndexedProfile) => boolean;
}

export interface ProfileIndex {
  readonly size: number;
  put(profile: Profile): IndexedProfile;
  remove(id: string): void;
  get(id: string): IndexedProfile | undefined;
  all(): IndexedProfile[];
  /** Profiles worth scoring against `profile`, best first. */
  candidates(profile: IndexedProfile, options: CandidateOptions): IndexedProfile[];
  /** Profiles with an offer that may answer this need (by concept or shared words), most specific first. */
  possibleProviders(need: NormalizedStatement): Iterable<IndexedProfile>;
}

/** Whether one of two organizations belongs to the other (its affiliations name one of the other's keys). */
export function affiliated(first: IndexedProfile, second: IndexedProfile): boolean {
  for (const key of first.affiliations) if (second.keys.has(key)) return true;
  for (const key of second.affiliations) if (first.keys.has(key)) return true;
  return false;
}

const kindCount = organizationKinds.length;
const kindCodes = new Map<string, number>(organizationKinds.map((kind, code) => [kind, code]));
/** kindsCanMeet as a table of kind codes. */
const meetTable = new Uint8Array(kindCount * kindCount);
organizationKinds.forEach((first, row) => {
  organizationKinds.forEach((second, column) => {
    meetTable[row * kindCount + column] = kindsCanMeet(first, second) ? 1 : 0;
  });
});
const proposedFlag = 1;
const hasAffiliationsFlag = 2;

/** Words shared by more than this share of the statements do not generate candidates. */
const commonTermShare = 0.05;
const commonTermMinimum = 200;
/**
 * A list longer than this (a broad concept many profiles share) is sampled, not read whole:
 * a window starting at a place that depends on the asking profile, so different profiles see
 * different parts, and a smaller window once the more specific lists found enough candidates.
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

export function createProfileIndex(deps: {
  glossary: Glossary;
  normalizer: StatementNormalizer;
  /** Whether a concept is work outside content production (see `ConceptRelations.isOutside`). */
  isOutside?: (conceptId: string) => boolean;
}): ProfileIndex {
  const { glossary, normalizer } = deps;
  const isOutside = deps.isOutside ?? (() => false);
  const offerFocus = (offers: readonly NormalizedStatement[]): number => {
    let placed = 0;
    let outside = 0;
    for (const offer of offers) {
      const subjects = offer.segments.flatMap((segment) => segment.subjects);
      if (subjects.length === 0) continue;
      placed += 1;
      if (subjects.every(isOutside)) outside += 1;
    }
    return placed === 0 ? 1 : 1 - outside / placed;
  };
  const byOrdinal: (IndexedProfile | undefined)[] = [];
  const byId = new Map<string, IndexedProfile>();
  const freeOrdinals: number[] = [];
  const offerExact: Postings = new Map();
  const offerUnder: Postings = new Map();
  const needExact: Postings = new Map();
  const needUnder: Postings = new Map();
  const offerTerms: Postings = new Map();
  const needTerms: Postings = new Map();
  let accumulator = new Float64Array(0);
  // Per ordinal, packed so that filtering and pre-ranking thousands of candidates reads a few
  // small arrays instead of chasing each profile's objects: the kind code, flags, and the two
  // centroids (slot 2·ordinal: needs, 2·ordinal + 1: offers) copied into one pool.
  let packedKinds = new Uint8Array(0);
  let packedFlags = new Uint8Array(0);
  let centroidStarts = new Int32Array(0);
  let centroidEnds = new Int32Array(0);
  let poolIndices = new Int32Array(4_096);
  let poolValues = new Float32Array(4_096);
  let poolUsed = 0;
  let poolLive = 0;
  const ensureOrdinalCapacity = (ordinal: number) => {
    if (ordinal < packedKinds.length) return;
    const capacity = Math.max(ordinal + 1, packedKinds.length * 2, 64);
    const grow = <T extends Uint8Array | Int32Array>(old: T, make: (size: number) => T): T => {
      const fresh = make(capacity);
      fresh.set(old);
      return fresh;
    };
    packedKinds = grow(packedKinds, (size) => new Uint8Array(size));
    packedFlags = grow(packedFlags, (size) => new Uint8Array(size));
    const slots = (size: number) => new Int32Array(size * 2);
    const starts = slots(capacity);
    starts.set(centroidStarts);
    centroidStarts = starts;
    const ends = slots(capacity);
    ends.set(centroidEnds);
    centroidEnds = ends;
  };
  const storeCentroid = (slot: number, vector: SparseVector) => {
    const length = vector.indices.length;
    if (poolUsed + length > poolIndices.length) {
      // Compact (removed and replaced profiles leave holes), and grow when still short.
      const capacity = Math.max(poolIndices.length, 2 * (poolLive + length));
      const indices = new Int32Array(capacity);
      const values = new Float32Array(capacity);
      let used = 0;
      for (let other = 0; other < centroidStarts.length; other += 1) {
        const start = centroidStarts[other] as number;
        const end = centroidEnds[other] as number;
        indices.set(poolIndices.subarray(start, end), used);
        values.set(poolValues.subarray(start, end), used);
        centroidStarts[other] = used;
        used += end - start;
        centroidEnds[other] = used;
      }
      poolIndices = indices;
      poolValues = values;
      poolUsed = used;
    }
    poolIndices.set(vector.indices, poolUsed);
    poolValues.set(vector.values, poolUsed);
    centroidStarts[slot] = poolUsed;
    poolUsed += length;
    centroidEnds[slot] = poolUsed;
    poolLive += length;
  };
  const pack = (entry: IndexedProfile) => {
    const { ordinal } = entry;
    ensureOrdinalCapacity(ordinal);
    packedKinds[ordinal] = kindCodes.get(entry.profile.kind) ?? 0;
    packedFlags[ordinal] =
      (entry.profile.origin === 'proposed' ? proposedFlag : 0) |
      (entry.affiliations.size > 0 ? hasAffiliationsFlag : 0);
    storeCentroid(2 * ordinal, entry.needCentroid);
    storeCentroid(2 * ordinal + 1, entry.offerCentroid);
  };
  const unpack = (ordinal: number) => {
    for (const slot of [2 * ordinal, 2 * ordinal + 1]) {
      poolLive -= (centroidEnds[slot] as number) - (centroidStarts[slot] as number);
      centroidStarts[slot] = 0;
      centroidEnds[slot] = 0;
    }
  };

  /** The posting lists one `candidates` call reads and their weights (reused between calls). */
  const lookups: { list: PostingList; weight: number }[] = [];
  const gatherLookups = (
    statements: readonly NormalizedStatement[],
    sameDirectionUnder: Postings,
    sameDirectionExact: Postings,
    terms: Postings,
  ) => {
    for (const statement of statements) {
      const { concepts } = statement;
      let hasSubject = false;
      for (const id of concepts) {
        if (!normalizer.isMode(id)) {
          hasSubject = true;
          break;
        }
      }
      const weight = hasSubject ? 1 : 0.2;
      for (const conceptId of concepts) {
        if (hasSubject && normalizer.isMode(conceptId)) continue;
        // The other side states this concept or a narrower one…
        const under = sameDirectionUnder.get(conceptId);
        if (under) lookups.push({ list: under, weight });
        // …or a broader one, up to two levels (further up is too weak to meet a need).
        for (const ancestor of nearAncestors(conceptId)) {
          const exact = sameDirectionExact.get(ancestor);
          if (exact) lookups.push({ list: exact, weight: 0.5 * weight });
        }
      }
      // Words matter where the glossary found nothing to go by.
      if (concepts.length > 0) continue;
      for (const term of statement.terms) {
        const postings = terms.get(term);
        if (postings && !termIsCommon(postings)) lookups.push({ list: postings, weight: 0.3 });
      }
    }
  };

  interface Found {
    entry: IndexedProfile;
    score: number;
  }
  /** The state of the current `candidates` call that `passes` and `collect` read (no closures made per call). */
  const scan = {
    profile: undefined as IndexedProfile | undefined,
    meetable: false,
    accept: undefined as ((candidate: IndexedProfile) => boolean) | undefined,
    ownRow: 0,
    ownFlags: 0,
    scores: new Float64Array(0),
    touched: new Int32Array(0),
    count: 0,
  };
  /** The profile of this ordinal when it passes the hard filters. */
  const passes = (ordinal: number): IndexedProfile | undefined => {
    const flags = packedFlags[ordinal] as number;
    if (
      scan.meetable &&
      (meetTable[scan.ownRow + (packedKinds[ordinal] as number)] === 0 || (flags & proposedFlag) !== 0)
    )
      return undefined;
    const entry = byOrdinal[ordinal];
    if (entry === undefined || entry === scan.profile) return undefined;
    if (
      scan.meetable &&
      ((scan.ownFlags | flags) & hasAffiliationsFlag) !== 0 &&
      affiliated(scan.profile as IndexedProfile, entry)
    ) {
      return undefined;
    }
    return scan.accept === undefined || scan.accept(entry) ? entry : undefined;
  };
  /** Adds to `found`, up to `room` in all, the touched profiles scored in [from, below) that pass: above the band first, then the band itself. */
  const collect = (found: Found[], from: number, below: number, room: number) => {
    const { scores, touched, count } = scan;
    const bandTop = from + 0.1 - 1e-9;
    for (let position = 0; position < count && found.length < room; position += 1) {
      const score = scores[position] as number;
      if (score >= below || score < bandTop) continue;
      const entry = passes(touched[position] as number);
      if (entry) found.push({ entry, score });
    }
    for (let position = 0; position < count && found.length < room; position += 1) {
      const score = scores[position] as number;
      if (score >= below || score < from || score >= bandTop) continue;
      const entry = passes(touched[position] as number);
      if (entry) found.push({ entry, score });
    }
  };

  /** Ordinals credited by one `candidates` call (each once), and their credits. */
  let touchedBuffer = new Int32Array(0);
  let scoresBuffer = new Float64Array(0);

  const post = (postings: Postings, key: string, ordinal: number) => {
    let list = postings.get(key);
    if (!list) {
      list = { members: new Set(), array: undefined };
      postings.set(key, list);
    }
    list.members.add(ordinal);
    list.array = undefined;
  };
  const unpost = (postings: Postings, key: string, ordinal: number) => {
    const list = postings.get(key);
    if (!list) return;
    list.members.delete(ordinal);
    list.array = undefined;
    if (list.members.size === 0) postings.delete(key);
  };

  const postingKeys = (statements: readonly NormalizedStatement[]) => {
    const exact = new Set<string>();
    const under = new Set<string>();
    const terms = new Set<string>();
    for (const statement of statements) {
      for (const conceptId of statement.concepts) {
        exact.add(conceptId);
        for (const ancestor of glossary.withAncestors(conceptId)) under.add(ancestor);
      }
      for (const term of statement.terms) terms.add(term);
    }
    return { exact, under, terms };
  };

  const index = (entry: IndexedProfile, add: boolean) => {
    const apply = add ? post : unpost;
    const offers = postingKeys(entry.offers);
    const needs = postingKeys(entry.needs);
    for (const key of offers.exact) apply(offerExact, key, entry.ordinal);
    for (const key of offers.under) apply(offerUnder, key, entry.ordinal);
    for (const key of offers.terms) apply(offerTerms, key, entry.ordinal);
    for (const key of needs.exact) apply(needExact, key, entry.ordinal);
    for (const key of needs.under) apply(needUnder, key, entry.ordinal);
    for (const key of needs.terms) apply(needTerms, key, entry.ordinal);
  };

  const remove = (id: string) => {
    const entry = byId.get(id);
    if (!entry) return;
    index(entry, false);
    byId.delete(id);
    byOrdinal[entry.ordinal] = undefined;
    unpack(entry.ordinal);
    freeOrdinals.push(entry.ordinal);
  };

  const nearCache = new Map<string, string[]>();
  /** Parents and grandparents of a concept. */
  const nearAncestors = (conceptId: string): string[] => {
    const cached = nearCache.get(conceptId);
    if (cached) return cached;
    const parents = glossary.concepts.get(conceptId)?.broader ?? [];
    const near = [
      ...new Set([...parents, ...parents.flatMap((parent) => glossary.concepts.get(parent)?.broader ?? [])]),
    ].filter((id) => id !== conceptId);
    nearCache.set(conceptId, near);
    return near;
  };

  const termIsCommon = (postings: PostingList) =>
    postings.members.size > Math.max(commonTermMinimum, commonTermShare * byId.size);

  return {
    get size() {
      return byId.size;
    },
    put(profile) {
      remove(profile.id);
      const needs = profile.needs.map((text) => normalizer.normalize(text));
      const offers = profile.offers.map((text) => normalizer.normalize(text));
      const ordinal = freeOrdinals.pop() ?? byOrdinal.length;
      const entry: IndexedProfile = {
        ordinal,
        profile,
        needs,
        offers,
        languages: evidencedLanguages(profile),
        country: profile.country === undefined ? undefined : countryKey(profile.country),
        city: profile.city === undefined ? undefined : cityKey(profile.city),
        articleIds: new Set(profile.sources.map((source) => source.articleId)),
        keys: new Set([profile.id, nameKey(profile.name), ...profile.aliases.map(nameKey)]),
        affiliations: new Set(profile.affiliations.map(nameKey)),
        offerFocus: offerFocus(offers),
        needCentroid: centroid(needs.map((statement) => statement.vector)),
        offerCentroid: centroid(offers.map((statement) => statement.vector)),
      };
      byOrdinal[ordinal] = entry;
      byId.set(profile.id, entry);
      index(entry, true);
      pack(entry);
      return entry;
    },
    remove,
    get(id) {
      return byId.get(id);
    },
    all() {
      return [...byId.values()];
    },
    candidates(profile, options) {
      if (options.meetable === true && ((packedFlags[profile.ordinal] as number) & proposedFlag) !== 0) return [];
      if (accumulator.length < byOrdinal.length) {
        accumulator = new Float64Array(Math.max(byOrdinal.length, accumulator.length * 2));
        touchedBuffer = new Int32Array(accumulator.length);
      }
      lookups.length = 0;
      // Who offers what this profile needs, and who needs what it offers.
      gatherLookups(profile.needs, offerUnder, offerExact, offerTerms);
      gatherLookups(profile.offers, needUnder, needExact, needTerms);

      const pool = Math.max(options.limit * 3, 24);
      // Most specific evidence first.
      lookups.sort((left, right) => left.list.members.size - right.list.members.size);
      // Credits accumulate in one reused array; the profiles touched are listed once each.
      const accumulated = accumulator;
      const touched = touchedBuffer;
      let touchedCount = 0;
      for (const { list, weight } of lookups) {
        list.array ??= Int32Array.from(list.members);
        const members = list.array;
        const size = members.length;
        let from = 0;
        let length = size;
        if (size > longListSample) {
          from = (profile.ordinal * 7_919) % size;
          length = touchedCount >= pool * 4 ? longListSample / 4 : longListSample;
        }
        // A window past the end of the list wraps round to its start.
        const firstEnd = Math.min(size, from + length);
        for (let position = from; position < firstEnd; position += 1) {
          const ordinal = members[position] as number;
          const before = accumulated[ordinal] as number;
          if (before === 0) touched[touchedCount++] = ordinal;
          accumulated[ordinal] = before + weight;
        }
        const wrapped = length - (firstEnd - from);
        for (let position = 0; position < wrapped; position += 1) {
          const ordinal = members[position] as number;
          const before = accumulated[ordinal] as number;
          if (before === 0) touched[touchedCount++] = ordinal;
          accumulated[ordinal] = before + weight;
        }
      }

      // Keep the best few by the looked-up evidence (a histogram finds the cut-off in linear time)…
      if (scoresBuffer.length < touchedCount)
        scoresBuffer = new Float64Array(Math.max(touchedCount, scoresBuffer.length * 2));
      const scores = scoresBuffer;
      for (let position = 0; position < touchedCount; position += 1) {
        const ordinal = touched[position] as number;
        scores[position] = accumulated[ordinal] as number;
        accumulated[ordinal] = 0;
      }
      const cutoff = touchedCount > pool ? cutoffForBest(scores, touchedCount, pool) : 0;
      scan.profile = profile;
      scan.meetable = options.meetable === true;
      scan.accept = options.accept;
      scan.ownRow = (packedKinds[profile.ordinal] as number) * kindCount;
      scan.ownFlags = packedFlags[profile.ordinal] as number;
      scan.scores = scores;
      scan.touched = touched;
      scan.count = touchedCount;
      // …passing the hard filters; the rest (a lower band) only when the filters rejected too many.
      const accepted: Found[] = [];
      collect(accepted, cutoff, Number.POSITIVE_INFINITY, pool);
      if (accepted.length < options.limit && cutoff > 0) collect(accepted, 0, cutoff, pool);
      scan.profile = undefined;
      scan.accept = undefined;
      if (accepted.length > options.limit) {
        // Embedding pre-filter: what the other side offers against what this one needs, and back.
        // Sparse against sparse: dense copies of every centroid were tens of megabytes read at random.
        for (const candidate of accepted) {
          const slot = 2 * candidate.entry.ordinal;
          candidate.score +=
            2 *
            (pooledDot(
              profile.needCentroid,
              poolIndices,
              poolValues,
              centroidStarts[slot + 1] as number,
              centroidEnds[slot + 1] as number,
            ) +
              pooledDot(
                profile.offerCentroid,
                poolIndices,
                poolValues,
                centroidStarts[slot] as number,
                centroidEnds[slot] as number,
              ));
        }
      }
      accepted.sort((left, right) => right.score - left.score || left.entry.ordinal - right.entry.ordinal);
      return accepted.slice(0, options.limit).map((candidate) => candidate.entry);
    },
    *possibleProviders(need) {
      const lists: PostingList[] = [];
      const subjects = need.concepts.filter((id) => !normalizer.isMode(id));
      for (const conceptId of subjects.length > 0 ? subjects : need.concepts) {
        const under = offerUnder.get(conceptId);
        if (under) lists.push(under);
        for (const ancestor of nearAncestors(conceptId)) {
          const exact = offerExact.get(ancestor);
          if (exact) lists.push(exact);
        }
      }
      for (const term of need.terms) {
        const postings = offerTerms.get(term);
        if (postings && !termIsCommon(postings)) lists.push(postings);
      }
      // Most specific first, each profile once.
      lists.sort((left, right) => left.members.size - right.members.size);
      const seen = new Set<number>();
      for (const list of lists) {
        for (const ordinal of list.members) {
          if (seen.has(ordinal)) continue;
          seen.add(ordinal);
          const entry = byOrdinal[ordinal];
          if (entry) yield entry;
        }
      }
    },
  };
}
