/**
 * Who an offer or need is for, as against what it is: "a diving course for actors", "editing for YouTubers",
 * "dubbing for kids' channels", "курс дайвинга для актёров", "khóa lặn dành cho diễn viên", "คอร์สดำน้ำสำหรับนักแสดง",
 * "俳優向けのダイビング講座", "배우를 위한 다이빙 강좌", "aktyorlar uchun sho'ng'in kursi", "актерлер үшін сүңгу курсы",
 * "жүжигчдэд зориулсан шумбах сургалт", "面向演员的潜水课程". A role named right after a word for "for" (or right before
 * a postposition for it) is the audience served when the rest of the item names something else — other work, or
 * words the lexicon cannot place (diving): those people are served, not offered. A role that is the whole subject of
 * the item stays what it offers ("a course for actors" teaches acting; "Фон суретшілері үшін курс" trains background
 * artists), and so does one whose work the rest of the item names ("Nuke for compositors").
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
/**
 * How a course is pitched (basic, intensive, advanced), not what it is about: such words beside the people do not make
 * them an audience.
 */
const levelWords = keysOf(
  `basic beginner beginners intensive advanced introductory intro foundation foundations level new young
     базовый базовые базовая начинающих интенсив интенсивный продвинутый cơ bản nâng cao các những mới trẻ
     dasar lanjutan pemula muda baru เบื้องต้น ขั้นสูง ใหม่ 기초 심화 입문 신인 初級 入門 基礎 上級 新人 の
   бастапқы базалық жас жаңа boshlang'ich boshlangʻich yosh yangi анхан шатны залуу шинэ 初级 入门 基础 高级 的`,
);

export interface AudienceReader {
  /**
   * Whether `hit` (a role) names the people the segment serves rather than what it offers; `hits` are every concept
   * found in the segment, `isDeliveryWord` tells words of delivery (course, training) from content words.
   */
  servedIn(segmentText: string, hit: ConceptHit, hits: readonly ConceptHit[]): boolean;
}

export function createAudienceReader(
  glossary: Glossary,
  isDeliveryKey: (key: string) => boolean,
  isWork: (conceptId: string) => boolean,
): AudienceReader {
  /** Whether two concepts share a concept at or above both, below a department ("Nuke compositing", compositors). */
  const related = (first: string, second: string) => {
    const above = new Set(glossary.withAncestors(first));
    return glossary
      .withAncestors(second)
      .some((id) => above.has(id) && glossary.concepts.get(id)?.category !== 'department');
  };
  /** The positions of the marker and of the words between it and the people, or undefined when no marker is near. */
  const markedSpan = (keys: readonly string[], hit: ConceptHit): [number, number] | undefined => {
    for (let gap = 0; gap <= maxGap; gap += 1) {
      const before = hit.start - 1 - gap;
      if (before >= 0 && forBefore.has(keys[before] as string)) return [before, hit.start];
      const after = hit.end + gap;
      if (after < keys.length && forAfter.has(keys[after] as string)) return [hit.end, after + 1];
    }
    return undefined;
  };
  return {
    servedIn(segmentText, hit, hits) {
      if (glossary.concepts.get(hit.conceptId)?.category !== 'role') return false;
      const keys = wordTokens(segmentText).map((token) => matchKey(token));
      const span = markedSpan(keys, hit);
      if (span === undefined) return false;
      const inSpan = (position: number) =>
        (position >= hit.start && position < hit.end) || (position >= span[0] && position < span[1]);
      // Other work named in the item: the people are served unless that work is theirs.
      const otherWork = hits.filter(
        (other) =>
          other.conceptId !== hit.conceptId &&
          isWork(other.conceptId) &&
          !(other.start >= hit.start && other.end <= hit.end),
      );
      if (otherWork.some((other) => related(other.conceptId, hit.conceptId))) return false;
      if (otherWork.length > 0) return true;
      // Else words the lexicon cannot place, beside the people: what is offered is that unknown work.
      const placed = new Set<number>();
      for (const other of hits)
        for (let position = other.start; position < other.end; position += 1) placed.add(position);
      return keys.some(
        (key, position) =>
          !inSpan(position) &&
          !placed.has(position) &&
          !isDeliveryKey(key) &&
          !levelWords.has(key) &&
          !/^\d+$/.test(key) &&
          key.length > 1,
      );
    },
  };
}
