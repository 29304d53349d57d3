/**
 * How strongly an offered concept answers a needed one, from the lexicon's hierarchy: the same
 * concept, a narrower offer (a kind of what is needed), a role and the skill it stands for — full
 * or nearly; a broader offer (a department or broad role: "VFX specialists" for a matchmove need)
 * only partly, weaker the further up; another kind of the same craft (keying for a Nuke compositing
 * need, ./sibling-crafts.ts) partly, as a broader offer two levels up; a look-alike neighbour (2D vs
 * 3D animation, on-set vs CG lighting) never.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { ConceptFlags, ConceptIds, PairFlags, PairMemo } from './concept-ids.js';
import { type ConceptFacts, createConceptHierarchy, stepsUp } from './concept-hierarchy.js';
import { createSiblings } from './sibling-crafts.js';
import type { ConceptRole } from './normalize-statement.js';

/** How strongly an offered concept answers a needed concept, 0..1. */
export interface ConceptRelations {
  strength(needConcept: string, offerConcept: string): number;
  /** Whether the offer is only a broader concept than the need (a partial, less specific meet). */
  isBroader(needConcept: string, offerConcept: string): boolean;
  /** Whether two concepts (or a concept and an ancestor of the other) are declared look-alikes. */
  lookAlike(first: string, second: string): boolean;
  /** Whether a concept lies under the lexicon's department of look-alike fields outside content production. */
  isOutside(conceptId: string): boolean;
  /** The concept and, for a role, the skills it stands for. */
  standsFor(conceptId: string): string[];
  /** Every concept at or above these. */
  ancestorsOf(conceptIds: readonly string[]): Set<string>;
  /** Whether two concepts are the same or one lies under the other. */
  related(first: string, second: string): boolean;
  /** Whether two concepts share a department (or one is the other's), so one is no other subject than the other. */
  sameField(first: string, second: string): boolean;
  /** The same questions by concept number (`ids`), for the statement scorer, which asks them a few million times. */
  readonly numbered: NumberedRelations;
}

/** `ConceptRelations` by concept number: each answer worked out once per pair and kept in typed arrays. */
export interface NumberedRelations {
  readonly ids: ConceptIds;
  /** What the lexicon's hierarchy says of one concept. */
  factsOf(concept: number): ConceptFacts;
  strength(needConcept: number, offerConcept: number): number;
  /**
   * False when the offered concept certainly answers none of the need (its strength is 0), from masks alone and kept
   * nowhere: for questions asked once, where working out and keeping the strength cost more than the answer.
   */
  mayAnswer(needConcept: number, offerConcept: number): boolean;
  isBroader(needConcept: number, offerConcept: number): boolean;
  lookAlike(first: number, second: number): boolean;
  isOutside(concept: number): boolean;
  related(first: number, second: number): boolean;
  sameField(first: number, second: number): boolean;
  /** Whether the two are other kinds of one craft (see `createSiblings`), neither at or above the other. */
  siblings(first: number, second: number): boolean;
}

/**
 * The taxonomy's department of look-alike fields (web design, print, wedding video, general
 * accounting, language teaching…): work there never meets a content-production need.
 */
export const outsideDepartment = 'outside-content-production';

/** What a broader offer is worth one level up; each further level multiplies by `broaderDecay`. */
const broaderStrength = 0.5;
const broaderDecay = 0.8;
/** What distinct work whose trade overlaps (dubbing and voice acting) is worth for the other's need: in part. */
const overlapStrength = 0.5;
/**
 * What a sibling craft is worth for a need (keying for a Nuke compositing need, dialogue editing for a mixing need: two
 * kinds of one craft): one step up to the craft both are kinds of and one down, as a broader offer two levels up.
 */
const siblingStrength = broaderStrength * broaderDecay;

/**
 * Whether a declared overlap (`overlaps` in the taxonomy) joins a need and an offer, through what each stands for (a
 * role its skill).
 */
function createOverlaps(factsOf: (concept: number) => ConceptFacts): (need: number, offer: number) => boolean {
  /**
   * A declared overlap (`overlaps` in the taxonomy), both ways: a need for the one is met in part by an offer of the
   * other or of a kind of it below a department (anime voice acting for a dubbing need; a compositing offer is no
   * previs for all its VFX department), never the reverse way down the need's side.
   */
  const overlapping = (need: number, offer: number): boolean => {
    const wanted = factsOf(need).overlaps;
    if (wanted === undefined) return false;
    const { upList, upSteps } = factsOf(offer);
    for (let position = 0; position < upList.length; position += 1) {
      const ancestor = upList[position] as number;
      if (wanted.has(ancestor) && (upSteps[position] === 0 || factsOf(ancestor).category !== 'department')) return true;
    }
    return false;
  };
  /** Whether a declared overlap joins the need and the offer, through what each stands for (a role its skill). */
  const overlapsThrough = (need: number, offer: number): boolean => {
    const needs = factsOf(need).standsFor;
    const offers = factsOf(offer).standsFor;
    for (let left = 0; left < needs.length; left += 1) {
      // Most concepts declare no overlap: nothing to ask of the offer.
      if (factsOf(needs[left] as number).overlaps === undefined) continue;
      for (let right = 0; right < offers.length; right += 1)
        if (overlapping(needs[left] as number, offers[right] as number)) return true;
    }
    return false;
  };
  return overlapsThrough;
}

/** What `createStrength` reads: the hierarchy and the relations worked out from it. */
interface StrengthDeps {
  glossary: Glossary;
  ids: ConceptIds;
  factsOf: (concept: number) => ConceptFacts;
  /** Hierarchy only (see `direct` in `createNumberedRelations`). */
  direct: (need: number, offer: number) => number;
  lookAlike: (first: number, second: number) => boolean;
  overlapsThrough: (need: number, offer: number) => boolean;
  /** Whether the two are sibling crafts (see `createSiblings`). */
  siblings: (need: number, offer: number) => boolean;
  /** The crafts a concept's readings are kinds of, for sibling crafts (see `createSiblings`). */
  craftParents: (concept: number) => readonly number[];
  under: (concept: number, above: number) => boolean;
  isMode: ConceptFlags;
}

/** The departments a role is named after (its broader concepts that are departments), worked out once per role. */
function createRoleDepartments(deps: StrengthDeps): (role: number) => number[] {
  const { glossary, ids, factsOf } = deps;
  const known: (number[] | undefined)[] = [];
  return (role) => {
    let departments = known[role];
    if (departments === undefined) {
      departments = (glossary.concepts.get(ids.name(role))?.broader ?? [])
        .map((parent) => ids.of(parent))
        .filter((parent) => factsOf(parent).category === 'department');
      known[role] = departments;
    }
    return departments;
  };
}

/** A concept number's bit in a 64-bit mask kept as two 32-bit halves. */
const bitOf = (concept: number) => 1 << (concept & 31);
const halfOf = (concept: number) => (concept >> 5) & 1;

/**
 * Whether an offer may meet a need at all, from masks of concept numbers (64 bits, numbers folded onto them): most
 * pairs asked meet nothing, and these masks prove it without reading the hierarchy. A meet needs one of what the need
 * stands for at or above one of what the offer stands for, or the reverse; for a role, its department at or above
 * the offer; else a declared overlap or two ways of delivering, which the masks leave to the full reading.
 */
function createMeetScreen(deps: StrengthDeps, departmentsOf: (role: number) => number[]) {
  const { factsOf } = deps;
  /** Per concept: [standsFor, at or above what it stands for, its role's departments] as two halves each. */
  const masks: (Int32Array | undefined)[] = [];
  const add = (mask: Int32Array, offset: number, concept: number) => {
    mask[offset + halfOf(concept)] = (mask[offset + halfOf(concept)] as number) | bitOf(concept);
  };
  const masksOf = (concept: number): Int32Array => {
    let mask = masks[concept];
    if (mask !== undefined) return mask;
    mask = new Int32Array(8);
    const facts = factsOf(concept);
    for (const parent of deps.craftParents(concept)) add(mask, 6, parent);
    for (const standing of facts.standsFor) {
      add(mask, 0, standing);
      for (const above of factsOf(standing).upList) add(mask, 2, above);
    }
    if (facts.category === 'role') for (const department of departmentsOf(concept)) add(mask, 4, department);
    masks[concept] = mask;
    return mask;
  };
  /** Whether what a concept stands for declares an overlap, asked once per concept. */
  const overlapping = new ConceptFlags((need) =>
    factsOf(need).standsFor.some((left) => factsOf(left).overlaps !== undefined),
  );
  /** Whether a declared overlap or a pair of ways of delivering may join them: left to the full reading. */
  const otherwise = (need: number, offer: number) =>
    overlapping.get(need) || (deps.isMode.get(need) && deps.isMode.get(offer));
  return (need: number, offer: number): boolean => {
    const needMask = masksOf(need);
    const offerMask = masksOf(offer);
    for (let half = 0; half < 2; half += 1) {
      const offerUp = offerMask[2 + half] as number;
      if (((needMask[2 + half] as number) & (offerMask[half] as number)) !== 0) return true;
      if ((((needMask[half] as number) | (needMask[4 + half] as number)) & offerUp) !== 0) return true;
      // Sibling crafts: a craft both are kinds of.
      if (((needMask[6 + half] as number) & (offerMask[6 + half] as number)) !== 0) return true;
    }
    return otherwise(need, offer);
  };
}

/**
 * How strongly an offered concept answers a needed one (see the file comment). The declared look-alike check, which
 * turns a meet into none, is asked only of the pairs that would otherwise meet: most pairs meet nothing.
 */
function createStrength(
  deps: StrengthDeps,
  screen: boolean,
): { strength: (need: number, offer: number) => number; mayMeet: (need: number, offer: number) => boolean } {
  const { factsOf, direct, under, isMode } = deps;
  const departmentsOf = createRoleDepartments(deps);
  const mayMeet = screen ? createMeetScreen(deps, departmentsOf) : () => true;

  /** How far the offer meets the need before declared look-alikes are ruled out. */
  const meetBefore = (need: number, offer: number): number => {
    const needFacts = factsOf(need);
    const offerFacts = factsOf(offer);
    const needs = needFacts.standsFor;
    const offers = offerFacts.standsFor;
    let value = 0;
    for (let leftPosition = 0; leftPosition < needs.length; leftPosition += 1) {
      const left = needs[leftPosition] as number;
      const leftFactor = needFacts.standsForFactors[leftPosition] as number;
      for (let rightPosition = 0; rightPosition < offers.length; rightPosition += 1) {
        // In this order (the products round differently the other way).
        const meet = direct(left, offers[rightPosition] as number) * leftFactor;
        value = Math.max(value, meet * (offerFacts.standsForFactors[rightPosition] as number));
      }
    }
    // A role named after a whole department ("animator" under animation) is met by that department
    // and by its sub-departments (2D animation), not by the department's other roles and skills.
    if (needFacts.category === 'role') {
      for (const department of departmentsOf(need)) {
        if (offer === department) value = Math.max(value, 0.9);
        else if (offerFacts.category === 'department' && under(offer, department)) value = Math.max(value, 0.75);
      }
    }
    // Distinct work whose trade overlaps (a dubbing need, voice actors offered): a partial meet.
    if (value < overlapStrength && deps.overlapsThrough(need, offer)) value = overlapStrength;
    // Another kind of the same craft (keying for a Nuke compositing need): a partial meet, as a broader offer.
    if (value < siblingStrength && !isMode.get(need) && !isMode.get(offer) && deps.siblings(need, offer))
      value = siblingStrength;
    // Two ways of delivering ("training" and "talent development", "course" and "education") are close.
    if (value === 0 && isMode.get(need) && isMode.get(offer)) value = 0.6;
    return value;
  };

  const strength = (need: number, offer: number) => {
    if (need === offer) return 1;
    if (!mayMeet(need, offer)) return 0;
    const value = meetBefore(need, offer);
    return value > 0 && deps.lookAlike(need, offer) ? 0 : value;
  };
  return { strength, mayMeet };
}

/** The relations by concept number, each answer worked out on first asking and kept in typed arrays. */
function createNumberedRelations(
  glossary: Glossary,
  roleOf: (conceptId: string) => ConceptRole | undefined,
  screen: boolean,
): NumberedRelations {
  const ids = new ConceptIds();
  const factsOf = createConceptHierarchy(glossary, ids);
  const outside = ids.of(outsideDepartment);
  const isMode = new ConceptFlags((concept) => roleOf(ids.name(concept)) === 'mode');
  /** Whether `above` is the concept or lies above it. */
  const under = (concept: number, above: number) => stepsUp(factsOf(concept), above) !== undefined;

  const overlapsThrough = createOverlaps(factsOf);
  const { siblings, craftParents } = createSiblings(glossary, ids, factsOf, isMode);

  /** Hierarchy only: the same concept, a narrower offer, or a broader one (partial, weaker the further up). */
  const direct = (need: number, offer: number): number => {
    if (need === offer) return 1;
    const narrowerBy = stepsUp(factsOf(offer), need);
    // The offer is a kind of what is needed (need "animation", offer "3D animation training").
    if (narrowerBy !== undefined) return Math.max(0.6, 0.9 - 0.1 * (narrowerBy - 1));
    const broaderBy = stepsUp(factsOf(need), offer);
    // The offer is more general than the need (need "Nuke compositing", offer "VFX training").
    if (broaderBy !== undefined) return broaderStrength * broaderDecay ** (broaderBy - 1);
    return 0;
  };

  /** A declared neighbour pair between the two concepts or any of their ancestors below a department. */
  const lookAlike = (first: number, second: number): boolean => {
    const firstFacts = factsOf(first);
    const secondFacts = factsOf(second);
    if (first === second || !firstFacts.neighbourUp || !secondFacts.neighbourUp) return false;
    for (const left of firstFacts.upList) {
      if (stepsUp(secondFacts, left) !== undefined) continue;
      const { neighbours } = factsOf(left);
      if (neighbours.size === 0) continue;
      for (const right of secondFacts.upList)
        if (stepsUp(firstFacts, right) === undefined && neighbours.has(right)) return true;
    }
    return false;
  };

  const { strength, mayMeet } = createStrength(
    { glossary, ids, factsOf, direct, lookAlike, overlapsThrough, siblings, craftParents, under, isMode },
    screen,
  );

  const isBroader = (need: number, offer: number): boolean => {
    if (need === offer) return false;
    const needFacts = factsOf(need);
    // A role's own skill or department is what it does, not a broader offer.
    if (needFacts.category === 'role' && glossary.concepts.get(ids.name(need))?.broader.includes(ids.name(offer)))
      return false;
    // Through what each stands for: a camera operator (cinematography) for a Steadicam need is a broader offer too,
    // unless some reading of the offer is the needed work or a kind of it.
    const needs = needFacts.standsFor;
    const offers = factsOf(offer).standsFor;
    if (needs.some((left) => offers.some((right) => right === left || under(right, left)))) return false;
    // Work whose trade only overlaps the need's meets it in part, as a broader offer does.
    if (needs.some((left) => offers.some((right) => under(left, right)))) return true;
    // Another kind of the same craft meets it in part, as a broader offer does.
    return direct(need, offer) === 0 && (overlapsThrough(need, offer) || siblings(need, offer));
  };

  const related = (first: number, second: number): boolean =>
    first === second ||
    factsOf(first).standsFor.some((left) =>
      factsOf(second).standsFor.some((right) => left === right || under(left, right) || under(right, left)),
    );

  const strengths = new PairMemo(ids, strength);
  const broader = new PairFlags(ids, isBroader);
  const lookAlikes = new PairFlags(ids, lookAlike);
  const relatedPairs = new PairFlags(ids, related);
  const siblingPairs = new PairFlags(ids, siblings);
  const sameFields = new PairFlags(ids, (first, second) => {
    const left = factsOf(first).departments;
    return factsOf(second).departments.some((department) => left.includes(department));
  });
  const outsideConcepts = new ConceptFlags((concept) => concept !== outside && under(concept, outside));
  return {
    ids,
    factsOf,
    strength: (need, offer) => strengths.get(need, offer),
    mayAnswer: (need, offer) => need === offer || mayMeet(need, offer),
    isBroader: (need, offer) => broader.get(need, offer),
    lookAlike: (first, second) => lookAlikes.get(first, second),
    isOutside: (concept) => outsideConcepts.get(concept),
    related: (first, second) => relatedPairs.get(first, second),
    sameField: (first, second) => sameFields.get(first, second),
    siblings: (first, second) => siblingPairs.get(first, second),
  };
}

export function createConceptRelations(
  glossary: Glossary,
  options: {
    roleOf?: (conceptId: string) => ConceptRole | undefined;
    /** Prove most pairs meet nothing from masks first (`createMeetScreen`); on unless turned off, as a test does. */
    screenPairs?: boolean;
  } = {},
): ConceptRelations {
  const numbered = createNumberedRelations(
    glossary,
    options.roleOf ?? (() => undefined),
    options.screenPairs !== false,
  );
  const { ids, factsOf } = numbered;
  return {
    strength: (needConcept, offerConcept) =>
      needConcept === offerConcept ? 1 : numbered.strength(ids.of(needConcept), ids.of(offerConcept)),
    isBroader: (needConcept, offerConcept) => numbered.isBroader(ids.of(needConcept), ids.of(offerConcept)),
    lookAlike: (first, second) => numbered.lookAlike(ids.of(first), ids.of(second)),
    sameField: (first, second) => numbered.sameField(ids.of(first), ids.of(second)),
    isOutside: (conceptId) => numbered.isOutside(ids.of(conceptId)),
    standsFor: (conceptId) => [...factsOf(ids.of(conceptId)).standsFor].map((number) => ids.name(number)),
    ancestorsOf(conceptIds) {
      const all = new Set<string>();
      for (const conceptId of conceptIds)
        for (const ancestor of factsOf(ids.of(conceptId)).upList) all.add(ids.name(ancestor));
      return all;
    },
    related: (first, second) => first === second || numbered.related(ids.of(first), ids.of(second)),
    numbered,
  };
}
