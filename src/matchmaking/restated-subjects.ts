/**
 * A need's broad words that restate its own specific work. "Spine 2D animator: 6–8 animations per character" names
 * Spine animation and, in its details, animation; "film editor: rough cut, fine cut and video editing" names film
 * editing and, in its details, video editing. The broader concept is the same work said broadly: an offer of only
 * that broad work (UI animation, YouTube video editing) meets the need in part, as a broader offer of the specific
 * work, not in full through the broad word. So, as a need, a segment's subject standing above another subject of the
 * same segment or of the heading it details is left out; a detail left with no subject adds nothing of its own to the
 * need. Another item of the list is another wish ("editors on staff, or train our team in editing") and keeps its
 * broad work.
 */
import { stepsUp } from './concept-hierarchy.js';
import type { NumberedRelations } from './concept-relations.js';
import type { Reading, NumberedSegment } from './statement-readings.js';

/** Whether `broad` stands strictly above one of `specifics` in the lexicon's hierarchy. */
function aboveAny(relations: NumberedRelations, broad: number, specifics: Int32Array): boolean {
  for (const specific of specifics)
    if (specific !== broad && (stepsUp(relations.factsOf(specific), broad) ?? 0) > 0) return true;
  return false;
}

/** One segment as a need reads it: its subjects without those that restate its own or its heading's specific work. */
function narrowed(relations: NumberedRelations, segment: NumberedSegment): NumberedSegment {
  const keep: number[] = [];
  segment.subjects.forEach((subject, position) => {
    if (!aboveAny(relations, subject, segment.subjects) && !aboveAny(relations, subject, segment.heading))
      keep.push(position);
  });
  if (keep.length === segment.subjects.length) return segment;
  const subjects = Int32Array.from(keep.map((position) => segment.subjects[position] as number));
  const names = keep.map((position) => segment.segment.subjects[position] as string);
  return {
    ...segment,
    segment: { ...segment.segment, subjects: names },
    subjects,
    subjectsAndDomains: Int32Array.from([...subjects, ...segment.domains]),
  };
}

/** Each need reading's segments as a need reads them (see the file comment), worked out once per reading. */
export class NeedSegments {
  private readonly byReading = new WeakMap<Reading, NumberedSegment[]>();

  constructor(private readonly relations: NumberedRelations) {}

  of(need: Reading): NumberedSegment[] {
    let segments = this.byReading.get(need);
    if (segments === undefined) {
      segments = need.segments.map((segment) => narrowed(this.relations, segment));
      this.byReading.set(need, segments);
    }
    return segments;
  }
}
