/**
 * A profile's broad need that its other needs already say narrowly: a game studio listing "game UI art outsourcing:
 * main screens, HUD, icons" and then "art outsourcing", or a film listing "colourist for HDR grading" and then
 * "post-production". The broad need restates the specific ones (the same wish said broadly) more than it asks for other
 * work, so it weighs as an optional need (`optionalWeight`): a partner meeting it alone, through a broad catalogue of
 * that field, ranks below one meeting the specific need it restates. It is not left out (it may still ask for more of
 * the field), and a need marked as the main one keeps its weight. Within one need the same holds through
 * ./restated-subjects.ts; this is the same reading across a profile's list of needs.
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { NormalizedStatement } from './normalize-statement.js';

/** The subjects a need names (what it is about, not how it is delivered). */
const subjectsOf = (need: NormalizedStatement) => new Set(need.segments.flatMap((segment) => segment.subjects));

/**
 * The needs with each one that only restates another more broadly marked optional (a copy with a serial of its own);
 * the same array when none does.
 */
export function markRestatingNeeds(
  needs: readonly NormalizedStatement[],
  glossary: Glossary,
  nextSerial: () => number,
): NormalizedStatement[] {
  if (needs.length < 2) return [...needs];
  const subjects = needs.map(subjectsOf);
  // Everything strictly above one of each need's subjects.
  const above = subjects.map((own) => {
    const found = new Set<string>();
    for (const subject of own)
      for (const ancestor of glossary.withAncestors(subject)) if (ancestor !== subject) found.add(ancestor);
    return found;
  });
  let changed = false;
  const marked = needs.map((need, position) => {
    const own = subjects[position] as Set<string>;
    if (own.size === 0 || need.priority === true || need.optional === true) return need;
    const restates = needs.some(
      (other, at) =>
        at !== position &&
        other.optional !== true &&
        [...own].every((subject) => (above[at] as Set<string>).has(subject)),
    );
    if (!restates) return need;
    changed = true;
    return { ...need, serial: nextSerial(), optional: true };
  });
  return changed ? marked : [...needs];
}
