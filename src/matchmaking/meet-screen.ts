/**
 * The concept relations' first question about a pair (./concept-relations.ts): whether the offered concept may meet
 * the needed one at all, answered without working out the strength — most pairs a digest asks about meet nothing.
 */
import { ConceptFlags } from './concept-ids.js';
import type { ConceptFacts } from './concept-hierarchy.js';

/** What the screen reads of the lexicon's hierarchy (see `StrengthDeps` in ./concept-relations.ts). */
export interface ScreenDeps {
  factsOf: (concept: number) => ConceptFacts;
  /** The crafts a concept's readings are kinds of, for sibling crafts (see `createSiblings`). */
  craftParents: (concept: number) => readonly number[];
  isMode: ConceptFlags;
}

/** A concept number's bit in a 64-bit mask kept as two 32-bit halves. */
const bitOf = (concept: number) => 1 << (concept & 31);
const halfOf = (concept: number) => (concept >> 5) & 1;

/** What the meet screen reads of one concept (see `createMeetScreen`), each list a few numbers long. */
interface ScreenFacts {
  /** [standsFor, at or above what it stands for, its role's departments, its craft parents] as two halves each. */
  masks: Int32Array;
  /** What it stands for (itself; for a role, the skills right above it too). */
  standsFor: Int32Array;
  /** What it stands for and, for a role, the departments it is named after. */
  standsForOrDepartment: Int32Array;
  /** Per concept number, the steps up plus one (see `ConceptFacts.up`): at or above what it stands for when not 0. */
  up: Uint16Array;
  /** The crafts its readings are kinds of (see `createSiblings`). */
  craftParents: Int32Array;
}

/** Whether two small lists share a number. */
function share(first: Int32Array, second: Int32Array): boolean {
  for (let left = 0; left < first.length; left += 1)
    for (let right = 0; right < second.length; right += 1) if (first[left] === second[right]) return true;
  return false;
}

/** Whether one of `concepts` is at or above the concept whose steps up are `up` (see `stepsUp`). */
function anyAtOrAbove(concepts: Int32Array, up: Uint16Array): boolean {
  for (let position = 0; position < concepts.length; position += 1) {
    const concept = concepts[position] as number;
    if (concept < up.length && up[concept] !== 0) return true;
  }
  return false;
}

/** The screen's facts of one concept (see `ScreenFacts`). */
function screenFactsOf(deps: ScreenDeps, departmentsOf: (role: number) => number[], concept: number): ScreenFacts {
  const { factsOf } = deps;
  const facts = factsOf(concept);
  const masks = new Int32Array(8);
  const add = (offset: number, number: number) => {
    masks[offset + halfOf(number)] = (masks[offset + halfOf(number)] as number) | bitOf(number);
  };
  const craftParents = Int32Array.from(deps.craftParents(concept));
  for (const parent of craftParents) add(6, parent);
  for (const standing of facts.standsFor) {
    add(0, standing);
    for (const above of factsOf(standing).upList) add(2, above);
  }
  const departments = facts.category === 'role' ? departmentsOf(concept) : [];
  for (const department of departments) add(4, department);
  return {
    masks,
    standsFor: facts.standsFor,
    standsForOrDepartment:
      departments.length === 0 ? facts.standsFor : Int32Array.from([...facts.standsFor, ...departments]),
    // What a role stands for besides itself lies right above it: its own steps up cover all it stands for.
    up: facts.up,
    craftParents,
  };
}

/**
 * Whether an offer may meet a need at all: most pairs asked meet nothing, and this proves it without working out the
 * strength. A meet needs one of what the offer stands for at or above the need (all the need stands for lies at or
 * above it), or one of what the need stands for (for a role, also its department) at or above the offer; or a craft
 * both are kinds of; else a declared overlap or two ways of delivering, which the screen leaves to the full reading.
 * First on masks of concept numbers (64 bits, numbers folded onto them), which rule out most pairs in a few
 * operations; a pair they pass is asked again on the concepts' own lists, since unrelated concepts whose numbers
 * collide pass the masks (over the shipped lexicon three in four of the pairs they passed met nothing).
 */
export function createMeetScreen(deps: ScreenDeps, departmentsOf: (role: number) => number[]) {
  const { factsOf } = deps;
  const screenFacts: (ScreenFacts | undefined)[] = [];
  const factsFor = (concept: number): ScreenFacts => {
    let known = screenFacts[concept];
    if (known === undefined) {
      known = screenFactsOf(deps, departmentsOf, concept);
      screenFacts[concept] = known;
    }
    return known;
  };
  /** Whether what a concept stands for declares an overlap, asked once per concept. */
  const overlapping = new ConceptFlags((need) =>
    factsOf(need).standsFor.some((left) => factsOf(left).overlaps !== undefined),
  );
  /** Whether a declared overlap or a pair of ways of delivering may join them: left to the full reading. */
  const otherwise = (need: number, offer: number) =>
    overlapping.get(need) || (deps.isMode.get(need) && deps.isMode.get(offer));
  return (need: number, offer: number): boolean => {
    const needFacts = factsFor(need);
    const offerFacts = factsFor(offer);
    const needMask = needFacts.masks;
    const offerMask = offerFacts.masks;
    let maybe = false;
    for (let half = 0; half < 2 && !maybe; half += 1)
      maybe =
        ((needMask[2 + half] as number) & (offerMask[half] as number)) !== 0 ||
        (((needMask[half] as number) | (needMask[4 + half] as number)) & (offerMask[2 + half] as number)) !== 0 ||
        ((needMask[6 + half] as number) & (offerMask[6 + half] as number)) !== 0;
    // The masks' hints asked exactly.
    if (
      maybe &&
      (anyAtOrAbove(offerFacts.standsFor, needFacts.up) ||
        anyAtOrAbove(needFacts.standsForOrDepartment, offerFacts.up) ||
        share(needFacts.craftParents, offerFacts.craftParents))
    )
      return true;
    return otherwise(need, offer);
  };
}
