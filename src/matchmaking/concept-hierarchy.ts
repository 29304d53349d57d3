/**
 * The lexicon's hierarchy by concept number (./concept-ids.ts), worked out once per concept: the concepts at or above
 * it with their distances (a typed array indexed by number), its category, what it stands for, its lowest departments
 * and its declared neighbours and overlaps. The concept relations ask these for every new pair of concepts a digest
 * meets — over a hundred thousand at 10,000 profiles — and maps keyed by names spent that time hashing.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { ancestorSteps } from './ancestor-distances.js';
import type { ConceptIds } from './concept-ids.js';

export interface ConceptFacts {
  category: string | undefined;
  /** Per concept number, the steps up to it plus one (itself 1); 0 when it is not at or above this concept. */
  up: Uint16Array;
  /** The concepts at or above it (itself first), nearest first, and their steps up. */
  upList: Int32Array;
  upSteps: Int32Array;
  /** A role stands for itself and the skills right above it (film editor → video editing), at these factors. */
  standsFor: Int32Array;
  standsForFactors: Float64Array;
  /** The lowest departments at or above it (itself when it has none). */
  departments: Int32Array;
  /** Its own declared neighbours (look-alikes). */
  neighbours: ReadonlySet<number>;
  /** Whether it or a concept above it declares any neighbour (most do not: no pair check needed). */
  neighbourUp: boolean;
  /** Its declared overlaps, both ways (see `overlapping` in ./concept-relations.ts). */
  overlaps: ReadonlySet<number> | undefined;
}

/** Whether `above` is at or above the concept, and how many steps up (undefined when it is not). */
export function stepsUp(facts: ConceptFacts, above: number): number | undefined {
  const stored = above < facts.up.length ? (facts.up[above] as number) : 0;
  return stored === 0 ? undefined : stored - 1;
}

export function createConceptHierarchy(glossary: Glossary, ids: ConceptIds): (concept: number) => ConceptFacts {
  const declaredOverlaps = new Map<number, Set<number>>();
  for (const concept of glossary.concepts.values()) {
    for (const other of concept.overlaps ?? []) {
      if (other === concept.id || !glossary.concepts.has(other)) continue;
      const [first, second] = [ids.of(concept.id), ids.of(other)];
      declaredOverlaps.set(first, (declaredOverlaps.get(first) ?? new Set()).add(second));
      declaredOverlaps.set(second, (declaredOverlaps.get(second) ?? new Set()).add(first));
    }
  }
  const facts: (ConceptFacts | undefined)[] = [];
  const category = (concept: number) => glossary.concepts.get(ids.name(concept))?.category;

  const work = (concept: number): ConceptFacts => {
    const name = ids.name(concept);
    // Each concept at or above it at its fewest steps, numbered in the order the walk meets them.
    const steps = new Map<number, number>();
    for (const [above, depth] of ancestorSteps(glossary, name)) steps.set(ids.of(above), depth);
    const up = new Uint16Array(ids.size);
    for (const [number, depth] of steps) up[number] = depth + 1;
    const own = category(concept);
    const skills =
      own === 'role'
        ? (glossary.concepts.get(name)?.broader ?? []).filter(
            (parent) => glossary.concepts.get(parent)?.category === 'skill',
          )
        : [];
    const departments = [...steps].filter(([number]) => category(number) === 'department');
    const nearest = Math.min(...departments.map(([, depth]) => depth));
    const upList = Int32Array.from(steps.keys());
    const neighbours = new Set([...glossary.neighboursOf(name)].map((neighbour) => ids.of(neighbour)));
    return {
      category: own,
      up,
      upList,
      upSteps: Int32Array.from(steps.values()),
      standsFor: Int32Array.from([concept, ...skills.map((skill) => ids.of(skill))]),
      standsForFactors: Float64Array.from([1, ...skills.map(() => 0.95)]),
      departments: Int32Array.from(
        departments.length === 0
          ? [concept]
          : departments.filter(([, depth]) => depth === nearest).map(([number]) => number),
      ),
      neighbours,
      neighbourUp: [...upList].some((number) => glossary.neighboursOf(ids.name(number)).size > 0),
      overlaps: declaredOverlaps.get(concept),
    };
  };
  return (concept) => {
    let known = facts[concept];
    if (known === undefined) {
      known = work(concept);
      facts[concept] = known;
    }
    return known;
  };
}
