/**
 * What a member's own list leaves out (issue #11: a look-alike in a top 3 is the error members notice most, and a list
 * with fewer, honest entries beats a filled one). Two kinds of suggestion are left out:
 *  - one meeting none of the member's own specific needs (only what the partner wants from it, or a generic need such
 *    as internships), wherever it stands: a member with specific needs is suggested only partners meeting one of
 *    them, and gets no suggestion rather than a list filled with partners it was never looking for;
 *  - one meeting the member's needs only in part — a related craft's partial score, a broader offer, one trade of a
 *    catalogue or a detail of other work, shared words alone — when every need it meets is met in full by a suggestion
 *    above it, and it scores under half the first's score (it adds nothing the list above it does not give better).
 * The list is read best first; what stays keeps its order.
 */
import type { MetNeed, ReciprocalScore } from './reciprocal-score.js';
import type { PassingReader } from './work-coverage.js';

/** A met need counts as met in full from this statement score on (a related craft meets at 0.4–0.5). */
export const fullMeetScore = 0.6;

/** A suggestion meeting only in part needs met in full above it is left out under this share of the first's score. */
export const partialShareOfFirst = 0.5;

/** What the guard reads of one suggestion: its score and both directions, the member's side first. */
export interface ListedPair {
  score: number;
  scored: Pick<ReciprocalScore, 'forA'>;
}

/** Whether a met need of the member is met in full: on a taxonomy entry, by an offer of that work itself. */
export function metInFull(met: MetNeed, inPassing: PassingReader | undefined): boolean {
  if (!met.specific || met.broad || met.concept === undefined || met.score < fullMeetScore) return false;
  const passing = inPassing?.(met.offer, met.concept);
  return passing === false || passing === undefined;
}

/** The member's list without the suggestions that add nothing above them (see the file's comment). */
export function honestList<Pair extends ListedPair>(pairs: readonly Pair[], inPassing?: PassingReader): Pair[] {
  const first = pairs[0]?.score ?? 0;
  const kept: Pair[] = [];
  /** Needs (statement serials) of the member met in full by a suggestion kept so far. */
  const metAbove = new Set<number>();
  for (const pair of pairs) {
    const { forA } = pair.scored;
    const specific = forA.met.filter((met) => met.specific);
    if (forA.hasSpecificNeeds && specific.length === 0) continue;
    const full = specific.filter((met) => metInFull(met, inPassing));
    const dominated =
      specific.length > 0 &&
      full.length === 0 &&
      pair.score < partialShareOfFirst * first &&
      specific.every((met) => metAbove.has(met.need.serial));
    if (dominated) continue;
    kept.push(pair);
    for (const met of full) metAbove.add(met.need.serial);
  }
  return kept;
}
