/**
 * The in-memory matching index over all profiles: each profile's normalised offers and needs,
 * and inverted indexes concept → profiles offering / needing it (exact, and under every broader
 * concept) and word → profiles, so that candidates for a profile are found by looking up what it
 * needs and offers instead of comparing it with every other profile. Candidates are then
 * pre-ranked by an embedding similarity of the profiles' needs and offers before full scoring.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { nameKey } from '../store/open-store.js';
import { cityKey, countryKey, languageCode } from './languages-and-regions.js';
import type { NormalizedStatement, SparseVector, StatementNormalizer } from './normalize-statement.js';
import type { Profile } from './profile-schema.js';

export interface IndexedProfile {
  ordinal: number;
  profile: Profile;
  needs: NormalizedStatement[];
  offers: NormalizedStatement[];
  languages: Set<string>;
  country: string | undefined;
  city: string | undefined;
  articleIds: Set<string>;
  /** Keys (name, aliases, id) this organization is known by. */
  keys: Set<string>;
  /** Keys of the bodies it belongs to. */
  affiliations: Set<string>;
  needCentroid: SparseVector;
  offerCentroid: SparseVector;
  /** The same centroids as dense arrays, for the fast side of the pre-filter's dot products. */
  needCentroidDense: Float32Array;
  offerCentroidDense: Float32Array;
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
  /** Hard filter applied before ranking. */
  accept: (candidate: IndexedProfile) => boolean;
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
function cutoffForBest(scores: Float64Array, k: number): number {
  let maximum = 0;
  for (const score of scores) if (score > maximum) maximum = score;
  const buckets = new Int32Array(Math.min(4_000, Math.floor(maximum * 10)) + 1);
  for (const score of scores) {
    const bucket = Math.min(buckets.length - 1, Math.floor(score * 10 + 1e-9));
    buckets[bucket] = (buckets[bucket] as number) + 1;
  }
  let count = 0;
  for (let bucket = buckets.length - 1; bucket >= 0; bucket -= 1) {
    count += buckets[bucket] as number;
    if (count >= k) return bucket / 10;
  }
  return 0;
}

function dimensions(...lists: (readonly NormalizedStatement[])[]): number {
  let highest = 0;
  for (const list of lists) for (const statement of list) highest = Math.max(highest, (statement.vector.indices.at(-1) ?? -1) + 1);
  return highest;
}

function toDense(vector: SparseVector, size: number): Float32Array {
  const dense = new Float32Array(size);
  vector.indices.forEach((index, position) => {
    dense[index] = vector.values[position] as number;
  });
  return dense;
}

/** Dot product of a sparse and a dense vector (dense entries past its end count as zero). */
function sparseDenseDot(sparse: SparseVector, dense: Float32Array): number {
  let sum = 0;
  for (let position = 0; position < sparse.indices.length; position += 1) {
    const index = sparse.indices[position] as number;
    if (index < dense.length) sum += (sparse.values[position] as number) * (dense[index] as number);
  }
  return sum;
}

function centroid(statements: readonly NormalizedStatement[]): SparseVector {
  const sums = new Map<number, number>();
  for (const statement of statements) {
    statement.vector.indices.forEach((index, position) => {
      sums.set(index, (sums.get(index) ?? 0) + (statement.vector.values[position] as number));
    });
  }
  const entries = [...sums].sort((left, right) => left[0] - right[0]);
  const norm = Math.sqrt(entries.reduce((sum, [, value]) => sum + value * value, 0));
  return {
    indices: Int32Array.from(entries.map(([index]) => index)),
    values: Float32Array.from(entries.map(([, value]) => (norm === 0 ? 0 : value / norm))),
  };
}

export function createProfileIndex(deps: { glossary: Glossary; normalizer: StatementNormalizer }): ProfileIndex {
  const { glossary, normalizer } = deps;
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
    freeOrdinals.push(entry.ordinal);
  };

  const nearCache = new Map<string, string[]>();
  /** Parents and grandparents of a concept. */
  const nearAncestors = (conceptId: string): string[] => {
    const cached = nearCache.get(conceptId);
    if (cached) return cached;
    const parents = glossary.concepts.get(conceptId)?.broader ?? [];
    const near = [...new Set([...parents, ...parents.flatMap((parent) => glossary.concepts.get(parent)?.broader ?? [])])].filter(
      (id) => id !== conceptId,
    );
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
        languages: new Set(profile.languages.map(languageCode)),
        country: profile.country === undefined ? undefined : countryKey(profile.country),
        city: profile.city === undefined ? undefined : cityKey(profile.city),
        articleIds: new Set(profile.sources.map((source) => source.articleId)),
        keys: new Set([profile.id, nameKey(profile.name), ...profile.aliases.map(nameKey)]),
        affiliations: new Set(profile.affiliations.map(nameKey)),
        needCentroid: centroid(needs),
        offerCentroid: centroid(offers),
        needCentroidDense: new Float32Array(0),
        offerCentroidDense: new Float32Array(0),
      };
      entry.needCentroidDense = toDense(entry.needCentroid, dimensions(needs, offers));
      entry.offerCentroidDense = toDense(entry.offerCentroid, dimensions(needs, offers));
      byOrdinal[ordinal] = entry;
      byId.set(profile.id, entry);
      index(entry, true);
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
      if (accumulator.length < byOrdinal.length) accumulator = new Float64Array(Math.max(byOrdinal.length, accumulator.length * 2));
      const touched: number[] = [];
      const lookups: { list: PostingList; weight: number }[] = [];
      const add = (list: PostingList | undefined, weight: number) => {
        if (list) lookups.push({ list, weight });
      };
      const lookUp = (
        statements: readonly NormalizedStatement[],
        sameDirectionUnder: Postings,
        sameDirectionExact: Postings,
        terms: Postings,
      ) => {
        for (const statement of statements) {
          const subjects = statement.concepts.filter((id) => !normalizer.isMode(id));
          const concepts = subjects.length > 0 ? subjects : statement.concepts;
          const weight = subjects.length > 0 ? 1 : 0.2;
          for (const conceptId of concepts) {
            // The other side states this concept or a narrower one…
            add(sameDirectionUnder.get(conceptId), weight);
            // …or a broader one, up to two levels (further up is too weak to meet a need).
            for (const ancestor of nearAncestors(conceptId)) add(sameDirectionExact.get(ancestor), 0.5 * weight);
          }
          // Words matter where the glossary found nothing to go by.
          if (statement.concepts.length > 0) continue;
          for (const term of statement.terms) {
            const postings = terms.get(term);
            if (postings && !termIsCommon(postings)) add(postings, 0.3);
          }
        }
      };
      // Who offers what this profile needs, and who needs what it offers.
      lookUp(profile.needs, offerUnder, offerExact, offerTerms);
      lookUp(profile.offers, needUnder, needExact, needTerms);

      const pool = Math.max(options.limit * 3, 24);
      const credit = (ordinal: number, weight: number) => {
        if (accumulator[ordinal] === 0) touched.push(ordinal);
        accumulator[ordinal] = (accumulator[ordinal] as number) + weight;
      };
      // Most specific evidence first.
      lookups.sort((left, right) => left.list.members.size - right.list.members.size);
      for (const { list, weight } of lookups) {
        list.array ??= Int32Array.from(list.members);
        const members = list.array;
        const size = members.length;
        if (size <= longListSample) {
          for (let position = 0; position < size; position += 1) credit(members[position] as number, weight);
          continue;
        }
        const window = touched.length >= pool * 4 ? longListSample / 4 : longListSample;
        const start = (profile.ordinal * 7_919) % size;
        for (let step = 0; step < window; step += 1) credit(members[(start + step) % size] as number, weight);
      }

      // Keep the best few by the looked-up evidence (a histogram finds the cut-off in linear time)…
      const scores = new Float64Array(touched.length);
      touched.forEach((ordinal, position) => {
        scores[position] = accumulator[ordinal] as number;
        accumulator[ordinal] = 0;
      });
      const cutoff = touched.length > pool ? cutoffForBest(scores, pool) : 0;
      const collect = (from: number, below: number, room: number) => {
        const found: { entry: IndexedProfile; score: number }[] = [];
        // Above the band first, then the band itself until there is room for no more.
        for (const strictlyAbove of [true, false]) {
          for (let position = 0; position < touched.length && found.length < room; position += 1) {
            const score = scores[position] as number;
            if (score >= below || score < from || (strictlyAbove ? score < from + 0.1 - 1e-9 : score >= from + 0.1 - 1e-9)) continue;
            const entry = byOrdinal[touched[position] as number];
            if (entry && entry !== profile && options.accept(entry)) found.push({ entry, score });
          }
        }
        return found;
      };
      // …passing the hard filters; the rest (a lower band) only when the filters rejected too many.
      let accepted = collect(cutoff, Number.POSITIVE_INFINITY, pool);
      if (accepted.length < options.limit && cutoff > 0) accepted = [...accepted, ...collect(0, cutoff, pool - accepted.length)];
      if (accepted.length > options.limit) {
        // Embedding pre-filter: what the other side offers against what this one needs, and back.
        for (const candidate of accepted) {
          candidate.score +=
            2 *
            (sparseDenseDot(profile.needCentroid, candidate.entry.offerCentroidDense) +
              sparseDenseDot(profile.offerCentroid, candidate.entry.needCentroidDense));
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

