/**
 * Word evidence beside the taxonomy, the way retrieval fuses BM25 with dense vectors: a need the taxonomy could not
 * read (its items left unplaced) that a partner's offer repeats in words rare in the profile pool counts as met, in
 * part, with the shared words as its reason. It only adds to needs the taxonomy left unmet, and never where the
 * taxonomy reads the need and the offer as different trades (unrelated work, declared look-alikes, or work outside
 * content production), so what the taxonomy keeps apart stays apart.
 *
 * Words are the engine's own keys (`terms` of a statement: `matchKey` over `wordTokens`, stop and delivery words left
 * out), weighted by their rarity among the pool's profiles (IDF). Per profile, its words are numbered and sorted once
 * (kept until the profile changes); per pair, only the needs that have such words are compared, on integer arrays.
 */
import type { ConceptRelations } from './concept-relations.js';
import type { NormalizedStatement } from './normalize-statement.js';
import type { IndexedProfile, ProfileIndex } from './profile-index.js';
import {
  askerScore,
  type DirectionScore,
  type MetNeed,
  type ReciprocalScore,
  type ScoringSettings,
  type StatementScorer,
} from './reciprocal-score.js';
import { matchKey, wordTokens } from '../retrieval/text-normalize.js';

/** A need met through words the partner's offer repeats, not through a trade the taxonomy read. */
export interface WordMet extends MetNeed {
  /** The shared words, as the need writes them, rarest first. */
  sharedWords: string[];
}

/** Whether a met need rests on shared words rather than a trade the taxonomy read. */
export const restsOnWords = (met: MetNeed): met is WordMet => 'sharedWords' in met;

export interface WordEvidence {
  /** Numbers a profile's words once, when the index takes it in (else when it is first compared). */
  prepare(profile: IndexedProfile): void;
  /**
   * The pair's score with the needs the taxonomy left unmet but the other side's offers repeat in rare words taken
   * in (each direction's coverage, its met needs, whether the pair meets); the same object when there are none.
   */
  fuse(a: IndexedProfile, b: IndexedProfile, scored: ReciprocalScore, pool: ProfileIndex): ReciprocalScore;
}

/** What a need met wholly in rare words counts for against one the taxonomy meets (1). */
const wordShare = 0.8;
/** What the share of a side's need words the other's offers repeat adds to a pair that meets (a fused term). */
const fusedWeight = 0.35;
/** The share of a need's word weight an offer must repeat. */
const minimumContainment = 0.5;
/** The shared words must weigh at least as much as one word held by this share of the pool's profiles. */
const rareShare = 0.02;

/** One statement's words by number (sorted, each once) and the work the taxonomy read in it. */
interface StatementWords {
  statement: NormalizedStatement;
  terms: Int32Array;
  /** One bit per word number modulo 32: two statements with no bit in common share no word. */
  mask: number;
  subjects: string[];
}

/** An offer's words, and those of its parts the taxonomy could not read (no work found). */
interface OfferWords extends StatementWords {
  unreadTerms: Int32Array;
}

/** A profile's words, numbered once: all of them (for the pool's counts), its wordy needs and its offers. */
interface ProfileWords {
  /** Needs with words the taxonomy could not place (unplaced items; all words when nothing was placed). */
  needs: StatementWords[];
  offers: OfferWords[];
  /** Every statement's word numbers, for the pool's counts. */
  numbers: Int32Array[];
  /** The bits of every offer's words, for a quick test before the offers are read one by one. */
  offerMask: number;
  /** Its specific needs with all their words, for the fused term. */
  specificNeeds: StatementWords[];
  /** The weight of its specific needs, as a direction's coverage divides by it. */
  specificWeight: number;
}

/** Statements whose words are kept at most; then they start afresh. */
const statementsKept = 200_000;

/** The numbers sorted, each once. */
function sortedUnique(values: Iterable<number>): Int32Array {
  const sorted = Int32Array.from(values).sort();
  let length = 0;
  for (let position = 0; position < sorted.length; position += 1)
    if (position === 0 || sorted[position] !== sorted[position - 1]) sorted[length++] = sorted[position] as number;
  return sorted.subarray(0, length);
}

/** One bit per number modulo 32 (see `StatementWords.mask`). */
function maskOf(numbers: Int32Array): number {
  let mask = 0;
  for (const number of numbers) mask |= 1 << (number & 31);
  return mask;
}

/** A need's weight in a direction: a need marked as the main one weighs more (as in ./reciprocal-score.ts). */
const needWeight = (need: NormalizedStatement) => (need.priority === true ? 3 : 1);

export function createWordEvidence(deps: {
  relations: ConceptRelations;
  scorer: StatementScorer;
  settings: ScoringSettings;
}): WordEvidence {
  const { relations, scorer, settings } = deps;
  const numbers = new Map<string, number>();
  /** Each word key's number. */
  const numberOf = (key: string) => {
    let number = numbers.get(key);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(key, number);
    }
    return number;
  };
  /** A need's words the offer repeats, as the need writes them, rarest first. */
  const sharedWordsOf = (need: NormalizedStatement, shared: readonly number[]): string[] => {
    const rarest = new Map(shared.map((number) => [number, weightOf(number)]));
    const written = new Map<string, number>();
    for (const token of wordTokens(need.text)) {
      const weight = rarest.get(numbers.get(matchKey(token)) ?? -1);
      if (weight !== undefined && !written.has(token.word)) written.set(token.word, weight);
    }
    return [...written].sort((left, right) => right[1] - left[1]).map(([word]) => word);
  };
  const kept = new WeakMap<IndexedProfile, ProfileWords>();
  /** Per word number, its weight in the pool (IDF); worked out again when the pool changes. */
  let weights = new Float64Array(0);
  let rareWeight = Infinity;
  let poolSeen: readonly IndexedProfile[] | undefined;

  /** The words of a need the taxonomy could not place: its unplaced items' (all its words when none was placed). */
  const needTerms = (need: NormalizedStatement): string[] => {
    if (need.delivery.handsOut) return [];
    if (need.concepts.length === 0) return need.terms;
    if (need.unplaced.length === 0) return [];
    const own = new Set(need.terms);
    return [...new Set(need.unplaced.flatMap((item) => wordTokens(item).map(matchKey)))].filter((key) => own.has(key));
  };

  /** Per statement serial, what it gives as a need and as an offer (profiles share statements; kept once each). */
  const needCache = new Map<
    number,
    { lexical: StatementWords | undefined; full: StatementWords | undefined; specific: boolean }
  >();
  const offerCache = new Map<number, OfferWords>();
  const remembered = <T>(cache: Map<number, T>, serial: number, make: () => T): T => {
    let found = cache.get(serial);
    if (found === undefined) {
      if (cache.size >= statementsKept) cache.clear();
      found = make();
      cache.set(serial, found);
    }
    return found;
  };

  /** Per statement serial, the numbers of all its words (for the pool's counts). */
  const numbersCache = new Map<number, Int32Array>();
  const statementNumbers = (statement: NormalizedStatement): Int32Array =>
    remembered(numbersCache, statement.serial, () => sortedUnique(statement.terms.map(numberOf)));

  /** An offer's words, without its parts the taxonomy reads as work outside content production. */
  const offerWords = (offer: NormalizedStatement): OfferWords =>
    remembered(offerCache, offer.serial, () => {
      const kept = offer.segments.filter(
        (segment) => segment.subjects.length === 0 || !segment.subjects.every(relations.isOutside),
      );
      const terms = sortedUnique(kept.flatMap((segment) => segment.terms.map(numberOf)));
      return {
        statement: offer,
        terms,
        mask: maskOf(terms),
        subjects: [...new Set(kept.flatMap((segment) => segment.subjects))],
        unreadTerms: sortedUnique(
          kept.flatMap((segment) => (segment.subjects.length === 0 ? segment.terms.map(numberOf) : [])),
        ),
      };
    });

  /** A need's words the taxonomy could not place (`lexical`) and, for a specific need, all its words (`full`). */
  const needWords = (need: NormalizedStatement) =>
    remembered(needCache, need.serial, () => {
      const subjects = [...new Set(need.segments.flatMap((segment) => segment.subjects))];
      const words = (keys: readonly string[]): StatementWords | undefined => {
        if (keys.length === 0) return undefined;
        const terms = sortedUnique(keys.map(numberOf));
        return { statement: need, terms, mask: maskOf(terms), subjects };
      };
      const specific = scorer.isSpecific(need);
      return {
        lexical: words(needTerms(need)),
        full: specific && !need.delivery.handsOut ? words(need.terms) : undefined,
        specific,
      };
    });

  const wordsOf = (profile: IndexedProfile): ProfileWords => {
    const known = kept.get(profile);
    if (known !== undefined) return known;
    const needs: StatementWords[] = [];
    const specificNeeds: StatementWords[] = [];
    let specificWeight = 0;
    for (const need of profile.needs) {
      const { lexical, full, specific } = needWords(need);
      if (lexical !== undefined) needs.push(lexical);
      if (full !== undefined) specificNeeds.push(full);
      if (specific) specificWeight += needWeight(need);
    }
    const offers: OfferWords[] = [];
    let offerMask = 0;
    for (const offer of profile.offers) {
      const words = offerWords(offer);
      if (words.terms.length > 0) offers.push(words);
      offerMask |= words.mask;
    }
    const words: ProfileWords = {
      numbers: [...profile.needs, ...profile.offers].map(statementNumbers),
      specificNeeds,
      needs,
      offers,
      offerMask,
      specificWeight,
    };
    kept.set(profile, words);
    return words;
  };

  /** The pool's word weights, worked out again when a profile came or went. */
  const weighPool = (pool: ProfileIndex) => {
    const profiles = pool.allByName();
    if (profiles === poolSeen) return;
    // Per word, how many profiles use it: a stamp per word marks the profile that counted it last.
    const all = profiles.map(wordsOf);
    const counts = new Int32Array(numbers.size);
    // Per word, how many profiles use it: a stamp per word marks the profile that counted it last.
    const stamps = new Int32Array(numbers.size);
    all.forEach((words, position) => {
      for (const statement of words.numbers)
        for (const number of statement) {
          if (stamps[number] === position + 1) continue;
          stamps[number] = position + 1;
          counts[number] = (counts[number] as number) + 1;
        }
    });
    const size = Math.max(1, profiles.length);
    weights = new Float64Array(numbers.size);
    for (let number = 0; number < counts.length; number += 1)
      weights[number] = Math.log((size + 1) / ((counts[number] as number) + 0.5));
    rareWeight = Math.log((size + 1) / (Math.max(1, rareShare * size) + 0.5));
    poolSeen = profiles;
  };

  const weightOf = (number: number) => (number < weights.length ? (weights[number] as number) : 0);

  /**
   * The offer's words a need may be met on: a need whose work the taxonomy read (and found unmet) only in the offer's
   * parts the taxonomy could not read either — where both are read, the taxonomy's verdict stands.
   */
  const comparable = (need: StatementWords, offer: OfferWords): Int32Array =>
    need.subjects.length === 0 ? offer.terms : offer.unreadTerms;

  /** How far one offer repeats a need's words (their weight's share), or 0 below the bar; with the shared words. */
  const containment = (need: StatementWords, offer: OfferWords): { share: number; shared: number[] } => {
    const terms = comparable(need, offer);
    const shared: number[] = [];
    let sharedWeight = 0;
    let needWeightSum = 0;
    for (let i = 0, j = 0; i < need.terms.length; i += 1) {
      const number = need.terms[i] as number;
      needWeightSum += weightOf(number);
      while (j < terms.length && (terms[j] as number) < number) j += 1;
      if (j < terms.length && terms[j] === number) {
        shared.push(number);
        sharedWeight += weightOf(number);
      }
    }
    const share = needWeightSum === 0 ? 0 : sharedWeight / needWeightSum;
    return share >= minimumContainment && sharedWeight >= rareWeight ? { share, shared } : { share: 0, shared };
  };

  /** The needs of one side the taxonomy left unmet that the other side's offers repeat in rare words. */
  const wordMet = (needing: ProfileWords, offering: ProfileWords, direction: DirectionScore, focus: number) => {
    const found: WordMet[] = [];
    for (const need of needing.needs) {
      if ((need.mask & offering.offerMask) === 0) continue;
      if (direction.met.some((met) => met.need === need.statement)) continue;
      let best: { offer: OfferWords; share: number; shared: number[] } | undefined;
      for (const offer of offering.offers) {
        const found = containment(need, offer);
        if (found.share > (best?.share ?? 0)) best = { offer, ...found };
      }
      const score = best === undefined ? 0 : wordShare * best.share * focus;
      if (best === undefined || score < settings.meetThreshold) continue;
      const sharedWords = sharedWordsOf(need.statement, best.shared);
      found.push({
        need: need.statement,
        offer: best.offer.statement,
        score,
        concept: undefined,
        specific: true,
        broad: false,
        sharedWords,
      });
    }
    return found;
  };

  /** Whether the taxonomy reads the need and the offer as different trades (both read, none related). */
  const differentTrades = (need: StatementWords, offer: StatementWords): boolean => {
    if (need.subjects.length === 0 || offer.subjects.length === 0) return false;
    let related = false;
    for (const needConcept of need.subjects)
      for (const offerConcept of offer.subjects) {
        if (relations.lookAlike(needConcept, offerConcept)) return true;
        if (relations.related(needConcept, offerConcept) || relations.sameField(needConcept, offerConcept))
          related = true;
      }
    return !related;
  };

  /** The weighted share of one side's specific needs' words the other side's offers repeat (not across trades). */
  const fusedShare = (needing: ProfileWords, offering: ProfileWords): number => {
    if (needing.specificNeeds.length === 0) return 0;
    let sum = 0;
    let weight = 0;
    for (const need of needing.specificNeeds) {
      const w = needWeight(need.statement);
      weight += w;
      if ((need.mask & offering.offerMask) === 0) continue;
      let best = 0;
      for (const offer of offering.offers) {
        if ((need.mask & offer.mask) === 0) continue;
        let shared = 0;
        let total = 0;
        for (let i = 0, j = 0; i < need.terms.length; i += 1) {
          const number = need.terms[i] as number;
          total += weightOf(number);
          while (j < offer.terms.length && (offer.terms[j] as number) < number) j += 1;
          if (j < offer.terms.length && offer.terms[j] === number) shared += weightOf(number);
        }
        // The trades are compared only for an offer that would count (the words are the cheaper test).
        if (total > 0 && shared / total > best && !differentTrades(need, offer)) best = shared / total;
      }
      sum += w * best;
    }
    return weight === 0 ? 0 : sum / weight;
  };

  /**
   * A direction with the fused term taken in: a share of the room left below a full coverage, so that two partners
   * that both meet the needs well keep their order instead of both reaching 1.
   */
  const withFused = (direction: DirectionScore, share: number): DirectionScore =>
    share === 0
      ? direction
      : { ...direction, coverage: direction.coverage + fusedWeight * share * (1 - direction.coverage) };

  /** A direction with word-met needs taken in. */
  const withWords = (direction: DirectionScore, found: WordMet[], needing: ProfileWords): DirectionScore => {
    let added = 0;
    let extraWeight = 0;
    for (const met of found) {
      added += met.score * needWeight(met.need);
      if (!scorer.isSpecific(met.need)) extraWeight += needWeight(met.need);
    }
    const coverage = Math.min(1, direction.coverage + added / Math.max(1, needing.specificWeight + extraWeight));
    return {
      coverage,
      met: [...direction.met, ...found],
      specificMet: direction.specificMet + found.length,
      hasSpecificNeeds: true,
    };
  };

  return {
    prepare: (profile) => void wordsOf(profile),
    fuse(a, b, scored, pool) {
      const aWords = wordsOf(a);
      const bWords = wordsOf(b);
      weighPool(pool);
      const forAFound = aWords.needs.length === 0 ? [] : wordMet(aWords, bWords, scored.forA, b.offerFocus);
      const forBFound = bWords.needs.length === 0 ? [] : wordMet(bWords, aWords, scored.forB, a.offerFocus);
      let forA = forAFound.length === 0 ? scored.forA : withWords(scored.forA, forAFound, aWords);
      let forB = forBFound.length === 0 ? scored.forB : withWords(scored.forB, forBFound, bWords);
      if (forA.specificMet + forB.specificMet === 0) return scored;
      forA = withFused(forA, fusedShare(aWords, bWords) * b.offerFocus);
      forB = withFused(forB, fusedShare(bWords, aWords) * a.offerFocus);
      const stronger = Math.max(forA.coverage, forB.coverage);
      const weaker = Math.min(forA.coverage, forB.coverage);
      return {
        scoreForA: forA.coverage,
        scoreForB: forB.coverage,
        harmonic: settings.strongerSideWeight * stronger + (1 - settings.strongerSideWeight) * weaker,
        forAsker: askerScore(forA, forB, settings),
        forA,
        forB,
        meets: forA.specificMet + forB.specificMet > 0,
      };
    },
  };
}
