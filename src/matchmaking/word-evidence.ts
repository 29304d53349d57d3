/**
 * Word evidence beside the taxonomy, the way retrieval fuses BM25 with dense vectors: a need the taxonomy could not
 * read (its items left unplaced) that a partner's offer repeats in words rare in the profile pool counts as met, in
 * part, with the shared words as its reason. It only adds to needs the taxonomy left unmet, and never where the
 * taxonomy reads the need and the offer as different trades (unrelated work, declared look-alikes, or work outside
 * content production), so what the taxonomy keeps apart stays apart.
 *
 * A pair that meets has ONE score, its word evidence fused in (CombSUM): each direction's coverage is the mean of the
 * taxonomy's reading (how much of the side's needs the partner meets) and the word share (how much of the side's
 * specific needs' words, weighted by rarity, the partner's offers repeat). Every view reads that score — the member's
 * list, `match`, digests, cards and reports — so no view orders pairs other than by the score it shows.
 *
 * Words are the engine's own keys (`terms` of a statement: `matchKey` over `wordTokens`, stop and delivery words left
 * out), weighted by their rarity among the pool's profiles (IDF). Per profile, its words are numbered and sorted once
 * (kept until the profile changes); per pair, only the needs that have such words are compared, on integer arrays.
 */
import type { ConceptRelations } from './concept-relations.js';
import type { IndexedProfile, ProfileIndex } from './profile-index.js';
import {
  combineDirections,
  type DirectionScore,
  type MetNeed,
  type ReciprocalScore,
  type ScoringSettings,
  type StatementScorer,
} from './reciprocal-score.js';
import {
  createWordBook,
  needWeight,
  type OfferWords,
  type ProfileWords,
  type StatementWords,
  type WordBook,
} from './word-book.js';

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
/** The share of a need's word weight an offer must repeat. */
const minimumContainment = 0.5;
/**
 * Below that share, a need still counts as met when the offer repeats at least this many rare words' weight (a
 * word held by 2% of the pool's profiles) and this share of the need's word weight — and only from a partner in the
 * field: all its placed offers content-production work, at least one offer placed, the offer no other trade.
 */
const softRareWords = 4;
const softContainment = 0.15;
/** An offer focus this high: (almost) all the partner's placed offers are content-production work. */
const fullFocus = 0.99;

/**
 * The word weight a need's sorted words have in all (`total`) and in common with an offer's sorted words (`shared`);
 * `onShared` sees each shared word's number.
 */
function overlapWeight(
  needTerms: Int32Array,
  offerTerms: Int32Array,
  weightOf: (number: number) => number,
  onShared?: (number: number) => void,
): { shared: number; total: number } {
  let shared = 0;
  let total = 0;
  for (let i = 0, j = 0; i < needTerms.length; i += 1) {
    const number = needTerms[i] as number;
    total += weightOf(number);
    while (j < offerTerms.length && (offerTerms[j] as number) < number) j += 1;
    if (j < offerTerms.length && offerTerms[j] === number) {
      shared += weightOf(number);
      onShared?.(number);
    }
  }
  return { shared, total };
}

/** Whether the taxonomy reads the need and the offer as different trades (both read, none related). */
const tradesApart =
  (relations: ConceptRelations) =>
  (need: StatementWords, offer: StatementWords): boolean => {
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

/** Needs the taxonomy left unmet that the other side's offers repeat in rare words, and a direction with them in. */
function createWordMeets(
  book: WordBook,
  scorer: StatementScorer,
  settings: ScoringSettings,
  relations: ConceptRelations,
) {
  const { weightOf, sharedWordsOf } = book;
  const differentTrades = tradesApart(relations);
  /**
   * The offer's words a need may be met on: a need whose work the taxonomy read (and found unmet) only in the offer's
   * parts the taxonomy could not read either — where both are read, the taxonomy's verdict stands.
   */
  const comparable = (need: StatementWords, offer: OfferWords): Int32Array =>
    need.subjects.length === 0 ? offer.terms : offer.unreadTerms;

  /** How far one offer repeats a need's words (their weight's share), or 0 below the bar; with the shared words. */
  const containment = (
    need: StatementWords,
    offer: OfferWords,
    inField: boolean,
  ): { share: number; shared: number[] } => {
    const shared: number[] = [];
    const overlap = overlapWeight(need.terms, comparable(need, offer), weightOf, (number) => shared.push(number));
    const sharedWeight = overlap.shared;
    const share = overlap.total === 0 ? 0 : sharedWeight / overlap.total;
    if (share >= minimumContainment && sharedWeight >= book.rareWeight()) return { share, shared };
    // A long need a field partner's offer repeats in many rare words counts too, though the share is smaller: the
    // shared weight, against twice the bar, stands for the share (at the bar, the need is just met).
    if (
      inField &&
      share >= softContainment &&
      sharedWeight >= softRareWords * book.rareWeight() &&
      !differentTrades(need, offer)
    )
      return { share: Math.min(1, sharedWeight / (2 * softRareWords * book.rareWeight())), shared };
    return { share: 0, shared };
  };

  /** The needs of one side the taxonomy left unmet that the other side's offers repeat in rare words. */
  const wordMet = (needing: ProfileWords, offering: ProfileWords, direction: DirectionScore, focus: number) => {
    const found: WordMet[] = [];
    // The field check of the softer bar: the partner's placed offers all content-production work, one at least.
    const inField = focus >= fullFocus && offering.offers.some((offer) => offer.subjects.length > 0);
    for (const need of needing.needs) {
      if ((need.mask & offering.offerMask) === 0) continue;
      if (direction.met.some((met) => met.need === need.statement)) continue;
      let best: { offer: OfferWords; share: number; shared: number[] } | undefined;
      for (const offer of offering.offers) {
        const found = containment(need, offer, inField);
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

  return { wordMet, withWords };
}

/** The fused term: how much of one side's specific needs' words the other side's offers repeat (not across trades). */
function createFusedTerm(book: WordBook, relations: ConceptRelations) {
  const { weightOf } = book;
  const differentTrades = tradesApart(relations);

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
        const { shared, total } = overlapWeight(need.terms, offer.terms, weightOf);
        // The trades are compared only for an offer that would count (the words are the cheaper test).
        if (total > 0 && shared / total > best && !differentTrades(need, offer)) best = shared / total;
      }
      sum += w * best;
    }
    return weight === 0 ? 0 : sum / weight;
  };

  /**
   * A direction with the fused term taken in: the mean of the taxonomy's coverage and the word share (CombSUM with
   * equal weights — both are shares of the same needs, so no weight is fitted — halved to stay within 0..1). A
   * partner whose offers repeat none of the needs' words (written in another language, or in other words) keeps
   * half its coverage, so among pairs the taxonomy reads alike the one that also says it in the side's words leads.
   * A side without specific needs has nothing the words could measure: its coverage stays the taxonomy's alone.
   */
  const withFused = (direction: DirectionScore, needing: ProfileWords, share: number): DirectionScore =>
    needing.specificNeeds.length === 0 ? direction : { ...direction, coverage: (direction.coverage + share) / 2 };

  return { fusedShare, withFused };
}

export function createWordEvidence(deps: {
  relations: ConceptRelations;
  scorer: StatementScorer;
  settings: ScoringSettings;
}): WordEvidence {
  const { relations, scorer, settings } = deps;
  const book = createWordBook({ relations, scorer });
  const { wordMet, withWords } = createWordMeets(book, scorer, settings, relations);
  const { fusedShare, withFused } = createFusedTerm(book, relations);
  return {
    prepare: (profile) => void book.wordsOf(profile),
    fuse(a, b, scored, pool) {
      const aWords = book.wordsOf(a);
      const bWords = book.wordsOf(b);
      book.weighPool(pool);
      const forAFound = aWords.needs.length === 0 ? [] : wordMet(aWords, bWords, scored.forA, b.offerFocus);
      const forBFound = bWords.needs.length === 0 ? [] : wordMet(bWords, aWords, scored.forB, a.offerFocus);
      const forA = forAFound.length === 0 ? scored.forA : withWords(scored.forA, forAFound, aWords);
      const forB = forBFound.length === 0 ? scored.forB : withWords(scored.forB, forBFound, bWords);
      if (forA.specificMet + forB.specificMet === 0) return scored;
      return combineDirections(
        withFused(forA, aWords, fusedShare(aWords, bWords) * b.offerFocus),
        withFused(forB, bWords, fusedShare(bWords, aWords) * a.offerFocus),
        settings,
      );
    },
  };
}
