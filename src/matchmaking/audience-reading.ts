/**
 * Who an offer or need is for, as against what it is: "a scuba diving course for actors", "colour grading training for
 * editors", "курсы дайвинга для актёров", "khóa học lặn biển dành cho diễn viên", "คอร์สดำน้ำสำหรับนักแสดง",
 * "俳優向けのダイビングスクール", "배우를 위한 다이빙 센터", "aktyorlar uchun dayving kurslari". A role named right after a word
 * for "for" (or right before a postposition for it) is the audience served when the same item names other work (a
 * skill or a department, or a course in one) that is none of the role's own: those people are served, not offered. A
 * role the item names no other work beside ("a course for actors", "Фон суретшілері үшін курс", "Yosh animatorlar
 * uchun amaliyot") stays what it offers, and so does one whose work the item names ("Nuke compositing training for
 * compositors"): words the lexicon cannot place beside the people (a course's length, level or tool) say nothing.
 */
import type { ConceptHit, Glossary } from '../knowledge/glossary.js';
import { matchKey, wordTokens } from '../retrieval/text-normalize.js';

/** "For" before the people served (spaced scripts whole-word; Thai and Han glued to the next word). */
const keysOf = (words: string) => new Set(wordTokens(words).map((token) => matchKey(token)));
const forBefore = keysOf('for для cho untuk bagi para สำหรับ 面向');
/** "For" after the people served: postpositions and the words that carry them. */
const forAfter = keysOf('үшін uchun зориулсан зориулагдсан арналған арналган 위한 대상 向け ため');
/** Words allowed between the marker and the people ("for young actors", "dành cho các diễn viên"). */
const maxGap = 2;

export interface AudienceReader {
  /**
   * Whether `hit` (a role) names the people the segment serves rather than what it offers; `hits` are every concept
   * found in the segment.
   */
  servedIn(segmentText: string, hit: ConceptHit, hits: readonly ConceptHit[]): boolean;
}

export function createAudienceReader(glossary: Glossary, isWork: (conceptId: string) => boolean): AudienceReader {
  /** Whether two concepts share a concept at or above both, below a department ("Nuke compositing", compositors). */
  const related = (first: string, second: string) => {
    const above = new Set(glossary.withAncestors(first));
    return glossary
      .withAncestors(second)
      .some((id) => above.has(id) && glossary.concepts.get(id)?.category !== 'department');
  };
  const category = (conceptId: string) => glossary.concepts.get(conceptId)?.category;
  /** Whether a word for "for" stands just before the people, or a postposition for it just after them. */
  const marked = (keys: readonly string[], hit: ConceptHit): boolean => {
    for (let gap = 0; gap <= maxGap; gap += 1) {
      const before = hit.start - 1 - gap;
      if (before >= 0 && forBefore.has(keys[before] as string)) return true;
      const after = hit.end + gap;
      if (after < keys.length && forAfter.has(keys[after] as string)) return true;
    }
    return false;
  };
  return {
    servedIn(segmentText, hit, hits) {
      if (category(hit.conceptId) !== 'role') return false;
      const keys = wordTokens(segmentText).map((token) => matchKey(token));
      if (!marked(keys, hit)) return false;
      // Other work named in the item (not more people: "young animators"): the people are served unless it is theirs.
      const otherWork = hits.filter(
        (other) =>
          other.conceptId !== hit.conceptId &&
          category(other.conceptId) !== 'role' &&
          isWork(other.conceptId) &&
          !(other.start >= hit.start && other.end <= hit.end),
      );
      return otherWork.length > 0 && !otherWork.some((other) => related(other.conceptId, hit.conceptId));
    },
  };
}
