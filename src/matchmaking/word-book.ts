/**
 * The word book of ./word-evidence.ts: each profile's words numbered once (integers, sorted, a 32-bit mask per
 * statement) — its needs' words the taxonomy could not place, its specific needs' words, its offers' words without
 * work outside content production — and the pool's word weights (IDF over the profiles), worked out again when a
 * profile comes or goes. Statements are kept by serial: profiles share them.
 */
import { boundedMemo } from '../retrieval/bounded-memo.js';
import type { ConceptRelations } from './concept-relations.js';
import { optionalWeight, priorityWeight } from './need-priority.js';
import type { NormalizedStatement } from './normalize-statement.js';
import type { IndexedProfile, ProfileIndex } from './profile-index.js';
import type { StatementScorer } from './reciprocal-score.js';
import { matchKey, wordTokens } from '../retrieval/text-normalize.js';

/** The shared words must weigh at least as much as one word held by this share of the pool's profiles. */
const rareShare = 0.02;

export /** One statement's words by number (sorted, each once) and the work the taxonomy read in it. */
interface StatementWords {
  statement: NormalizedStatement;
  terms: Int32Array;
  /** One bit per word number modulo 32: two statements with no bit in common share no word. */
  mask: number;
  subjects: string[];
}

/** An offer's words, and those of its parts the taxonomy could not read (no work found). */
export interface OfferWords extends StatementWords {
  unreadTerms: Int32Array;
}

/** A profile's words, numbered once: all of them (for the pool's counts), its wordy needs and its offers. */
export interface ProfileWords {
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
export const needWeight = (need: NormalizedStatement) =>
  need.priority === true ? priorityWeight : need.optional === true ? optionalWeight : 1;

/** The words of a need the taxonomy could not place: its unplaced items' (all its words when none was placed). */
function needTerms(need: NormalizedStatement): string[] {
  if (need.delivery.handsOut) return [];
  if (need.concepts.length === 0) return need.terms;
  if (need.unplaced.length === 0) {
    const named = new Set(need.mentions.flatMap((mention) => wordTokens(mention.surface).map(matchKey)));
    return need.terms.filter((key) => !named.has(key));
  }
  const own = new Set(need.terms);
  return [...new Set(need.unplaced.flatMap((item) => wordTokens(item).map(matchKey)))].filter((key) => own.has(key));
}

/** Statements' words by serial: as a need, as an offer, and all of them (for the pool's counts). */
function createStatementWords(deps: {
  relations: ConceptRelations;
  scorer: StatementScorer;
  numberOf: (key: string) => number;
}) {
  const { relations, scorer, numberOf } = deps;
  /** Per statement serial, what it gives (profiles share statements; each kept once, up to `statementsKept`). */
  const bySerial = <T>(make: (statement: NormalizedStatement) => T) =>
    boundedMemo(statementsKept, make, (statement: NormalizedStatement) => statement.serial);

  /** The numbers of all a statement's words (for the pool's counts). */
  const statementNumbers = bySerial((statement) => sortedUnique(statement.terms.map(numberOf)));

  /** An offer's words, without its parts the taxonomy reads as work outside content production. */
  const offerWords = bySerial((offer): OfferWords => {
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
  const needWords = bySerial((need) => {
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

  return { needWords, offerWords, statementNumbers };
}

export interface WordBook {
  /** A profile's words (numbered when first asked; kept until the profile changes). */
  wordsOf(profile: IndexedProfile): ProfileWords;
  /** Works the pool's word weights out again when a profile came or went. */
  weighPool(pool: ProfileIndex): void;
  /** A word's weight in the pool (IDF). */
  weightOf(number: number): number;
  /** What the shared words must weigh at least (one word held by 2% of the pool's profiles). */
  rareWeight(): number;
  /** A need's words the offer repeats, as the need writes them, rarest first. */
  sharedWordsOf(need: NormalizedStatement, shared: readonly number[]): string[];
}

export function createWordBook(deps: { relations: ConceptRelations; scorer: StatementScorer }): WordBook {
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
  const { needWords, offerWords, statementNumbers } = createStatementWords({ ...deps, numberOf });
  const kept = new WeakMap<IndexedProfile, ProfileWords>();
  /** Per word number, its weight in the pool (IDF); worked out again when the pool changes. */
  let weights = new Float64Array(0);
  let rareWeight = Infinity;
  let poolSeen: readonly IndexedProfile[] | undefined;
  const weightOf = (number: number) => (number < weights.length ? (weights[number] as number) : 0);

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
    for (const [position, offer] of profile.offers.entries()) {
      // A perk (meals, lodging for those who work for the profile) offers no work: its words are no evidence.
      if (profile.perkOffers[position] === true) continue;
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
  return { wordsOf, weighPool, weightOf, rareWeight: () => rareWeight, sharedWordsOf };
}
