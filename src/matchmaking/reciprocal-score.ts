/**
 * Reciprocal scoring of a pair of organizations, starting from the needs. Each direction asks
 * "how well do B's offers meet A's specific needs?" (see ./statement-scorer.ts); generic needs
 * (internships, hiring partners, client projects) met by the other side add a little weak
 * reciprocity but never make a pair. A pair is suggested only when at least one specific need of
 * one side is met by the other. For one organization's own list, its needs come first; a digest
 * ranks a pair by its better-served side, with the other side's as reciprocity.
 */
import type { NormalizedStatement } from './normalize-statement.js';
import type { StatementScore, StatementScorer } from './statement-scorer.js';
import { leadWeight } from './need-priority.js';
import { perkOffers } from './perk-offers.js';
import { internshipOnly, offerTeaches, wantsToLearn } from './statement-delivery.js';
import type { OrganizationKind } from './types.js';
import { sortShort } from './short-sort.js';
import { combinedParts, type PassingReader } from './work-coverage.js';
import { addBroadReuse, jointMaximum, languageShare, needWeights, specificCoverage } from './direction-parts.js';

export interface ScoringSettings {
  /** A need counts as met (and is explained) from this statement score on. */
  meetThreshold: number;
  /** What met generic needs (internships, hiring) add to a direction: weak reciprocity. */
  genericWeight: number;
  /**
   * In one organization's list, the weight of its own needs against the partner's: what the partner wants from it
   * (interns, clients) orders partners that meet its needs about equally, never one clearly better at meeting them.
   */
  askerWeight: number;
  /** In a digest, the weight of the better-served side against the other. */
  strongerSideWeight: number;
  /**
   * Whether an offer names the needed work only in passing, as one trade of a catalogue or as a detail of other work
   * (see `createCatalogueReader` in ./work-coverage.ts). Absent: no offer does.
   */
  inPassing?: PassingReader;
}

export const defaultScoringSettings: ScoringSettings = {
  meetThreshold: 0.4,
  genericWeight: 0.12,
  askerWeight: 0.9,
  strongerSideWeight: 0.75,
};

export type { StatementScore, StatementScorer } from './statement-scorer.js';

export interface MetNeed {
  need: NormalizedStatement;
  offer: NormalizedStatement;
  score: number;
  concept: string | undefined;
  specific: boolean;
  broad: boolean;
}

export interface DirectionScore {
  /** 0..1: how well the partner's offers meet this side's specific needs, plus weak generic reciprocity. */
  coverage: number;
  /** Needs met at or above the threshold, specific ones first, best first. */
  met: MetNeed[];
  /** How many of the met needs are specific. */
  specificMet: number;
  /** Whether this side has any specific need. */
  hasSpecificNeeds: boolean;
}

/**
 * What a need met only by a broader offer counts for in a direction's coverage: half, so that a department named
 * in passing ("lighting crews for film crews" for a stunt need) never outranks a partner meeting the need itself.
 */
const broadShare = 0.5;

/** What a need for local work in a named country counts for when met from another country. */
const awayShare = 0.5;

const emptyDirection = (hasSpecificNeeds: boolean): DirectionScore => ({
  coverage: 0,
  met: [],
  specificMet: 0,
  hasSpecificNeeds,
});

/**
 * How well `offers` meet `needs`: the best offer per need; specific needs by a blended mean, generic ones as a bonus.
 * Needs that all name work none of the offers answers (most directions a digest scores) meet nothing, found at once.
 */
export function scoreDirection(
  needs: readonly NormalizedStatement[],
  offers: readonly NormalizedStatement[],
  scorer: StatementScorer,
  settings: ScoringSettings = defaultScoringSettings,
  /** The offering side's focus on content-production work (see `IndexedProfile.offerFocus`). */
  focus = 1,
  /** The offering side's country (key), for needs of local work in a named country. */
  providerCountry?: string,
  /** The offering side's working languages, for the language pair of a dubbing or subtitling need. */
  providerLanguages?: ReadonlySet<string>,
  /** Whether each side teaches the work it names (see `teachesWork`); unknown sides are read by their words alone. */
  teaching?: { asker: boolean; provider: boolean },
  /** The needing side's working languages, for voice or localization work that names no language. */
  askerLanguages?: ReadonlySet<string>,
  /** Whether the offering side is no school (see `hostsInterns`): its internships are no work done for others. */
  hostsInterns = false,
  internshipOffers?: readonly boolean[], // per offer `internshipOnly`, when worked out beforehand (the matching index)
  /** Per offer, whether it is a perk of a commissioning side (./perk-offers.ts): it meets no need. */
  perks?: readonly boolean[],
): DirectionScore {
  if (scorer.meetsNone?.(needs, offers) === true) return emptyDirection(true);
  let specificCount = 0;
  // Whether each need is specific, worked out once (read again below for every need).
  const specificNeeds = new Array<boolean>(needs.length);
  for (let position = 0; position < needs.length; position += 1) {
    const specific = scorer.isSpecific(needs[position] as NormalizedStatement);
    specificNeeds[position] = specific;
    if (specific) specificCount += 1;
  }
  const weights = needWeights(needs, specificNeeds);
  const internships = hostsInterns ? (internshipOffers ?? offers.map(internshipOnly)) : undefined;
  if (needs.length === 0 || offers.length === 0) return emptyDirection(specificCount > 0);
  /** Per specific need met or not: its value and weight (a main need weighs more). */
  const specificBests: { value: number; weight: number }[] = [];
  /** Per offer, the needs it meets only as a broader offer (see `broadReuse`); made when first needed. */
  let broadByOffer: Map<number, { value: number; weight: number }[]> | undefined;
  let genericSum = 0;
  let genericCount = 0;
  const met: MetNeed[] = [];
  // Index loops: a digest scores a hundred thousand directions, and iterators were a large share of what it allocated.
  for (let needPosition = 0; needPosition < needs.length; needPosition += 1) {
    const need = needs[needPosition] as NormalizedStatement;
    let best: MetNeed | undefined;
    // Local work in a named country ("local production accountant in Vietnam") from elsewhere: a weak meet.
    const away =
      need.localTo.length > 0 && providerCountry !== undefined && !need.localTo.includes(providerCountry)
        ? awayShare
        : 1;
    // Items of one need met by different offers of the same partner ("translation" by one, "lettering" by another).
    let joint: number[] | undefined;
    // The same, with details of the need's heading counted in full: when another offer answers the heading itself.
    let jointWithDetails: number[] | undefined;
    let headingMet = false;
    // Staff training in compositing is met by a course in it, never by a studio doing compositing for clients.
    const learning =
      teaching !== undefined && specificNeeds[needPosition] === true && wantsToLearn(need, teaching.asker);
    // The best offer so far, made into a met need once the offers are all read.
    let bestResult: StatementScore | undefined;
    let bestOffer = offers[0] as NormalizedStatement;
    let bestScore = 0;
    for (let offerPosition = 0; offerPosition < offers.length; offerPosition += 1) {
      const offer = offers[offerPosition] as NormalizedStatement;
      if (learning && !offerTeaches(offer, teaching.provider)) continue;
      // An internship a studio offers ("editing internships for students") is a place to learn the work, for the
      // other side's students: no work done for it (a school's practicum, 実習, is its teaching).
      if (specificNeeds[needPosition] === true && internships?.[offerPosition] === true) continue;
      // Meals, lodging and transport a studio provides to those who work for it are terms of the work, not work.
      if (perks?.[offerPosition] === true) continue;
      const result = scorer.score(need, offer);
      const pair = result.score > 0 ? languageShare(need, offer, providerLanguages, askerLanguages) : 1;
      const score = result.score * focus * away * pair;
      if (score > 0 && (bestResult === undefined || score > bestScore)) {
        bestResult = result;
        bestOffer = offer;
        bestScore = score;
      }
      if (score > 0 && result.detailParts === undefined && !result.broad) headingMet = true;
      const resultParts = result.parts;
      if (resultParts !== undefined && resultParts.length > 1) {
        // Read only (the scorer's kept result is never changed): the joint parts are this need's own arrays.
        joint = jointMaximum(joint, resultParts, focus, away, pair);
        jointWithDetails = jointMaximum(jointWithDetails, result.detailParts ?? resultParts, focus, away, pair);
      }
    }
    let metScore = bestScore;
    if (headingMet && jointWithDetails !== undefined) joint = jointWithDetails;
    if (bestResult !== undefined && joint !== undefined) {
      const together = combinedParts(joint, bestResult.leads);
      if (together > metScore) metScore = together;
    }
    // The met need is made only when it is met (most needs a digest reads are not).
    if (bestResult !== undefined && metScore >= settings.meetThreshold)
      best = { need, offer: bestOffer, ...bestResult, score: metScore };
    const value = best !== undefined ? best.score : 0;
    // Met by a broader offer (VFX specialists for a Houdini FX need) or as one trade of a catalogue: partly. Met as a
    // detail of other work: in full once. Further needs the same phrase meets count as a broad phrase's (`broadReuse`).
    if (specificNeeds[needPosition] === true) {
      const weight = leadWeight(weights[needPosition] as number, value);
      const passing = best?.specific === true && !best.broad ? settings.inPassing?.(best.offer, best.concept) : false;
      if (best?.specific === true && (best.broad || (passing !== false && passing !== undefined)) && value > 0) {
        broadByOffer ??= new Map();
        const list = broadByOffer.get(best.offer.serial) ?? [];
        list.push({ value: best.broad || passing === 'catalogue' ? value * broadShare : value, weight });
        broadByOffer.set(best.offer.serial, list);
      } else specificBests.push({ value: best?.specific === true ? value : 0, weight });
    } else {
      genericSum += value;
      genericCount += 1;
    }
    if (best !== undefined && value > 0) met.push(best);
  }
  addBroadReuse(broadByOffer, specificBests);
  let coverage = specificCoverage(specificBests);
  if (genericCount > 0) coverage = Math.min(1, coverage + settings.genericWeight * (genericSum / genericCount));
  sortShort(met, (left, right) => Number(right.specific) - Number(left.specific) || right.score - left.score);
  let specificMet = 0;
  for (const entry of met) if (entry.specific) specificMet += 1;
  return { coverage, met, specificMet, hasSpecificNeeds: specificCount > 0 };
}

export interface ReciprocalScore {
  /** How well b meets a's needs, 0..1. */
  scoreForA: number;
  scoreForB: number;
  /** The pair's score for a digest: the better-served side first, the other as reciprocity. */
  harmonic: number;
  /** The pair's score in a's own list: a's needs first. */
  forAsker: number;
  forA: DirectionScore;
  forB: DirectionScore;
  /** At least one specific need of one side is met by the other. */
  meets: boolean;
}

export function harmonicMean(first: number, second: number): number {
  return first + second === 0 ? 0 : (2 * first * second) / (first + second);
}

/** a's view of the pair: its own needs first when it has specific ones, else what it gives the other side. */
export function askerScore(forA: DirectionScore, forB: DirectionScore, settings: ScoringSettings): number {
  const weight = settings.askerWeight;
  return forA.hasSpecificNeeds
    ? weight * forA.coverage + (1 - weight) * forB.coverage
    : weight * forB.coverage + (1 - weight) * forA.coverage;
}

/** One side of a pair: its statements, its offer focus and its country (key). */
export interface ReciprocalSide {
  needs: readonly NormalizedStatement[];
  offers: readonly NormalizedStatement[];
  offerFocus?: number;
  country?: string | undefined;
  /** Languages it works in (see `IndexedProfile.workingLanguages`). */
  workingLanguages?: ReadonlySet<string>;
  /** Whether it teaches the work it names (see `IndexedProfile.teachesWork`). */
  teachesWork?: boolean;
  /** Whether it hosts interns as a workplace (see `hostsInterns`), when worked out beforehand (the matching index). */
  hostsInterns?: boolean;
  internshipOffers?: readonly boolean[]; // per offer `internshipOnly` (./statement-delivery.ts), from the index
  /** Per offer, whether it is a perk of a commissioning side (./perk-offers.ts), from the index. */
  perkOffers?: readonly boolean[];
  /** The organization, for its kind. */
  profile?: { kind: OrganizationKind };
}

/** Kinds whose internships are places in their own work, not a school's practicum. */
const workplaceKinds: ReadonlySet<OrganizationKind> = new Set(['studio', 'agency', 'broadcaster', 'platform']);

/** Whether an organization offers internships as a workplace (a studio, agency, broadcaster or platform). */
export const hostsInterns = (side: ReciprocalSide): boolean =>
  side.hostsInterns ?? (side.profile !== undefined && workplaceKinds.has(side.profile.kind));

/** Per offer, whether it is a perk (from the index, else read from the side's kind and offers). */
const perksOf = (side: ReciprocalSide): readonly boolean[] | undefined =>
  side.perkOffers ?? (side.profile === undefined ? undefined : perkOffers(side.profile.kind, side.offers));

/** Whether each side teaches the work it names, when both are known (see `scoreDirection`). */
const teaching = (asker: ReciprocalSide, provider: ReciprocalSide) =>
  asker.teachesWork === undefined || provider.teachesWork === undefined
    ? undefined
    : { asker: asker.teachesWork, provider: provider.teachesWork };

export function scoreReciprocal(
  a: ReciprocalSide,
  b: ReciprocalSide,
  scorer: StatementScorer,
  settings: ScoringSettings = defaultScoringSettings,
): ReciprocalScore {
  const forA = scoreDirection(
    a.needs,
    b.offers,
    scorer,
    settings,
    b.offerFocus,
    b.country,
    b.workingLanguages,
    teaching(a, b),
    a.workingLanguages,
    hostsInterns(b),
    b.internshipOffers,
    perksOf(b),
  );
  const forB = scoreDirection(
    b.needs,
    a.offers,
    scorer,
    settings,
    a.offerFocus,
    a.country,
    a.workingLanguages,
    teaching(b, a),
    b.workingLanguages,
    hostsInterns(a),
    a.internshipOffers,
    perksOf(a),
  );
  return combineDirections(forA, forB, settings);
}

/** The pair from its two directions: both coverages, the stronger side weighed more, a's view, whether it meets. */
export function combineDirections(
  forA: DirectionScore,
  forB: DirectionScore,
  settings: ScoringSettings,
): ReciprocalScore {
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
}
