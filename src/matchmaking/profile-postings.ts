/**
 * The matching index's inverted lists: concept → profiles offering / needing it (exact, and under
 * every broader concept) and word → profiles, so that candidates for a profile are found by
 * looking up what it needs and offers instead of comparing it with every other profile.
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { NormalizedStatement, StatementNormalizer } from './normalize-statement.js';
import type { PackedProfiles } from './packed-profiles.js';
import { RankOrder } from './rank-order.js';
import { sortShort } from './short-sort.js';

/** Profiles (by ordinal) under one key; `array` holds them in rank order, made when the list is next read. */
export interface PostingList {
  members: Set<number>;
  array: Int32Array | undefined;
  /** The word lookup that took this list last (`pushTerms`: each list once per statement). */
  mark: number;
}

type Postings = Map<string, PostingList>;

/** The lists one concept leads to on one side (see `ProfilePostings.listsOf`). */
interface ConceptLists {
  under: PostingList[];
  exact: PostingList[];
  /**
   * What `gatherFor` reads for the concept in a statement naming work (weight 1) and in one naming only ways of
   * delivering (0.2): made once per concept and shared (read only), not once per statement.
   */
  lookups: Map<number, PostingLookup[]>;
}

/** A list `gather` reads, its weight, and its size when gathered (lists do not change while gathered ones are kept). */
export interface PostingLookup {
  list: PostingList;
  weight: number;
  size: number;
}

/** Statements whose gathered lists are kept at most; then they start afresh. */
const gatheredLimit = 100_000;

/** Words shared by more than this share of the statements do not generate candidates. */
const commonTermShare = 0.05;
const commonTermMinimum = 200;

/**
 * The words of the parts of a statement the lexicon could not place (its segments naming no work): all its words when
 * it placed nothing.
 */
export function looseTermsOf(statement: NormalizedStatement): string[] {
  if (statement.concepts.length === 0) return statement.terms;
  // No set made for a statement whose every segment names work (most of those a digest gathers for).
  let loose: Set<string> | undefined;
  for (const segment of statement.segments) {
    if (segment.subjects.length > 0 || segment.terms.length === 0) continue;
    loose ??= new Set<string>();
    for (const term of segment.terms) loose.add(term);
  }
  return loose === undefined ? [] : [...loose];
}

function post(postings: Postings, key: string, ordinal: number): void {
  let list = postings.get(key);
  if (!list) {
    list = { members: new Set(), array: undefined, mark: 0 };
    postings.set(key, list);
  }
  list.members.add(ordinal);
  list.array = undefined;
}

function unpost(postings: Postings, key: string, ordinal: number): void {
  const list = postings.get(key);
  if (!list) return;
  list.members.delete(ordinal);
  list.array = undefined;
  if (list.members.size === 0) postings.delete(key);
}

export class ProfilePostings {
  private readonly exact = { offer: new Map() as Postings, need: new Map() as Postings };
  private readonly under = { offer: new Map() as Postings, need: new Map() as Postings };
  private readonly terms = { offer: new Map() as Postings, need: new Map() as Postings };
  /** Word → profiles with a statement (on that side) in whose unplaced part the word stands (see `looseTermsOf`). */
  private readonly looseTerms = { offer: new Map() as Postings, need: new Map() as Postings };
  private readonly nearCache = new Map<string, string[]>();
  private readonly standsForCache = new Map<string, string[]>();
  /**
   * Per side, per statement serial, the lookups `gather` made for it: a digest gathers for every profile, and profiles
   * share statements. Dropped whenever a profile is added or removed (lists, their sizes and what is common change).
   */
  private readonly gathered = { offer: new Map<number, PostingLookup[]>(), need: new Map<number, PostingLookup[]>() };
  /** Per need serial, its `providerLists` (dropped with the gathered lists). */
  private readonly providers = new Map<number, PostingList[]>();
  /**
   * Per side, per concept, the lists `gatherFor` and `providerLists` read for it (dropped with the gathered lists):
   * statements name a few hundred concepts between them, and each list was looked up by name per statement.
   */
  private readonly conceptLists = { offer: new Map<string, ConceptLists>(), need: new Map<string, ConceptLists>() };

  constructor(
    private readonly glossary: Glossary,
    private readonly normalizer: StatementNormalizer,
    /** How many profiles the index holds (a word is common relative to it). */
    private readonly size: () => number,
    /** The profiles' ranks by ordinal (see `stableRank`). */
    packed: PackedProfiles,
    /** The id of the profile with this ordinal (orders two profiles of one rank); undefined when none holds it. */
    idOf: (ordinal: number) => string | undefined,
  ) {
    // Every ordinal the packed arrays have room for: those no profile holds have no id.
    this.order = new RankOrder(
      () => packed.ranks,
      () => packed.kinds.length,
      idOf,
    );
  }

  /** The order lists are read in (made again whenever a profile comes or goes). */
  private readonly order: RankOrder;
  /** The last `pushTerms` call's mark. */
  private termMark = 0;

  /**
   * A list's members in the order of their ranks (by id where two share one): the order every scan reads, so that
   * candidates, the sampled window of a long list and the providers of a need depend on the profiles alone, not on
   * the order they were put in. Made once per change of the list.
   */
  ordered(list: PostingList): Int32Array {
    if (list.array !== undefined) return list.array;
    list.array = this.order.sort(list.members);
    return list.array;
  }

  /** Adds (or removes) a profile's offers and needs. */
  index(entry: { ordinal: number; offers: NormalizedStatement[]; needs: NormalizedStatement[] }, add: boolean): void {
    const apply = add ? post : unpost;
    this.order.invalidate();
    this.gathered.offer.clear();
    this.gathered.need.clear();
    this.providers.clear();
    this.conceptLists.offer.clear();
    this.conceptLists.need.clear();
    for (const side of ['offer', 'need'] as const) {
      const keys = this.keysOf(side === 'offer' ? entry.offers : entry.needs);
      for (const key of keys.exact) apply(this.exact[side], key, entry.ordinal);
      for (const key of keys.under) apply(this.under[side], key, entry.ordinal);
      for (const key of keys.terms) apply(this.terms[side], key, entry.ordinal);
      for (const key of keys.loose) apply(this.looseTerms[side], key, entry.ordinal);
    }
  }

  /**
   * The lists worth reading for these statements on the other side (`side`: what the other side
   * states — its offers for our needs, its needs for our offers), with their weights.
   */
  gather(lookups: PostingLookup[], statements: readonly NormalizedStatement[], side: 'offer' | 'need') {
    const kept = this.gathered[side];
    for (const statement of statements) {
      let found = kept.get(statement.serial);
      if (found === undefined) {
        if (kept.size >= gatheredLimit) kept.clear();
        found = [];
        this.gatherFor(found, statement, side);
        kept.set(statement.serial, found);
      }
      for (const lookup of found) lookups.push(lookup);
    }
  }

  /** What `gather` reads for one statement. */
  private gatherFor(lookups: PostingLookup[], statement: NormalizedStatement, side: 'offer' | 'need') {
    const { concepts } = statement;
    // Whether each concept only says how or with whom, asked once per concept (a digest gathers for every statement).
    const modes = concepts.map((id) => this.normalizer.isMode(id));
    const hasSubject = modes.includes(false);
    const weight = hasSubject ? 1 : 0.2;
    for (let position = 0; position < concepts.length; position += 1) {
      const conceptId = concepts[position] as string;
      if (hasSubject && modes[position] === true) continue;
      const lists = this.listsOf(conceptId, side);
      let weighed = lists.lookups.get(weight);
      if (weighed === undefined) {
        weighed = [
          ...lists.under.map((list) => ({ list, weight, size: list.members.size })),
          ...lists.exact.map((list) => ({ list, weight: 0.5 * weight, size: list.members.size })),
        ];
        lists.lookups.set(weight, weighed);
      }
      for (const lookup of weighed) lookups.push(lookup);
    }
    // Words matter where the lexicon found nothing to go by: all of them for a statement it could not place at all;
    // for one it placed in part, the words of the part it could not place against the other side's words, and all its
    // words against the parts of the other side's statements it could not place (a partner saying the work in words
    // the lexicon does not know is still found for a need it read).
    if (concepts.length === 0) {
      this.pushTerms(lookups, statement.terms, this.terms[side]);
      return;
    }
    this.pushTerms(lookups, looseTermsOf(statement), this.terms[side]);
    this.pushTerms(lookups, statement.terms, this.looseTerms[side]);
  }

  /**
   * Word lookups (weight 0.3) of these words in these lists, common words left out, each list once (a list marked as
   * taken by this call, where looking through the lookups made so far cost a closure and a pass per word).
   */
  private pushTerms(lookups: PostingLookup[], terms: readonly string[], postings: Postings): void {
    this.termMark += 1;
    const mark = this.termMark;
    const common = this.commonSize();
    for (let position = 0; position < terms.length; position += 1) {
      const list = postings.get(terms[position] as string);
      if (list === undefined || list.members.size > common || list.mark === mark) continue;
      list.mark = mark;
      lookups.push({ list, weight: 0.3, size: list.members.size });
    }
  }

  /** Lists of profiles with an offer that may answer this need, most specific first (kept as `gather` keeps its). */
  providerLists(need: NormalizedStatement): readonly PostingList[] {
    const kept = this.providers.get(need.serial);
    if (kept !== undefined) return kept;
    if (this.providers.size >= gatheredLimit) this.providers.clear();
    const lookups: PostingLookup[] = [];
    for (const list of this.listsFor(need)) lookups.push({ list, weight: 0, size: list.members.size });
    const lists = sortShort(lookups, (left, right) => left.size - right.size).map((lookup) => lookup.list);
    this.providers.set(need.serial, lists);
    return lists;
  }

  private listsFor(need: NormalizedStatement): PostingList[] {
    const lists: PostingList[] = [];
    const subjects = need.concepts.filter((id) => !this.normalizer.isMode(id));
    for (const conceptId of subjects.length > 0 ? subjects : need.concepts) {
      const { under, exact } = this.listsOf(conceptId, 'offer');
      for (const list of under) lists.push(list);
      for (const list of exact) lists.push(list);
    }
    for (const term of need.terms) {
      const postings = this.terms.offer.get(term);
      if (postings && !this.isCommon(postings)) lists.push(postings);
    }
    return lists;
  }

  /**
   * The lists of profiles stating (on `side`) this concept or a narrower one — for a role, of the skill it stands for
   * (`under`) — or a broader one up to two levels, further up being too weak to meet a need (`exact`). Kept per
   * concept.
   */
  private listsOf(conceptId: string, side: 'offer' | 'need'): ConceptLists {
    const kept = this.conceptLists[side].get(conceptId);
    if (kept !== undefined) return kept;
    const under: PostingList[] = [];
    const exact: PostingList[] = [];
    for (const key of this.standsFor(conceptId)) {
      const list = this.under[side].get(key);
      if (list) under.push(list);
    }
    for (const ancestor of this.nearAncestors(conceptId)) {
      const list = this.exact[side].get(ancestor);
      if (list) exact.push(list);
    }
    const lists = { under, exact, lookups: new Map() };
    this.conceptLists[side].set(conceptId, lists);
    return lists;
  }

  private isCommon(postings: PostingList): boolean {
    return postings.members.size > this.commonSize();
  }

  /** Lists of words held by more profiles than this are common. */
  private commonSize(): number {
    return Math.max(commonTermMinimum, commonTermShare * this.size());
  }

  private keysOf(statements: readonly NormalizedStatement[]) {
    const exact = new Set<string>();
    const under = new Set<string>();
    const terms = new Set<string>();
    const loose = new Set<string>();
    for (const statement of statements) {
      for (const conceptId of statement.concepts) {
        exact.add(conceptId);
        for (const ancestor of this.glossary.withAncestors(conceptId)) under.add(ancestor);
      }
      for (const term of statement.terms) terms.add(term);
      for (const term of looseTermsOf(statement)) loose.add(term);
    }
    return { exact, under, terms, loose };
  }

  /**
   * The concept, and for a role the skills right above it: a film editor stands for video editing, so an offer of
   * documentary editing (under video editing) may meet a need for film editors.
   */
  private standsFor(conceptId: string): string[] {
    const cached = this.standsForCache.get(conceptId);
    if (cached) return cached;
    const concepts = this.glossary.concepts;
    const concept = concepts.get(conceptId);
    const skills =
      concept?.category === 'role'
        ? concept.broader.filter((parent) => concepts.get(parent)?.category === 'skill')
        : [];
    const keys = [conceptId, ...skills];
    this.standsForCache.set(conceptId, keys);
    return keys;
  }

  /** Parents and grandparents of a concept. */
  private nearAncestors(conceptId: string): string[] {
    const cached = this.nearCache.get(conceptId);
    if (cached) return cached;
    const concepts = this.glossary.concepts;
    const parents = concepts.get(conceptId)?.broader ?? [];
    const grandparents = parents.flatMap((parent) => concepts.get(parent)?.broader ?? []);
    const near = [...new Set([...parents, ...grandparents])].filter((id) => id !== conceptId);
    this.nearCache.set(conceptId, near);
    return near;
  }
}
