/**
 * The cast in a statement about other work: "исторические костюмы для кино, включая массовку" (costumes, the crowd's
 * too), "costumes for the cast and extras", "배우 대상 사극 의상" name the performers the work is done for, not performers
 * on offer or asked for. A bare word for actors or extras (배우, массовка, extras, 群演) in a statement that names other
 * work than finding the cast is who the work is for (the statement's people), never the reason for a match. Finding the
 * cast stays work: casting beside actors ("แคสติ้งนักแสดงเด็ก", "Кастинг: … жүжигчид"), and extras named with a word
 * for finding or supplying them ("보조출연자 섭외", "подбор массовки", "extras agency"); so does a statement naming no
 * other work ("보조출연자 150명", "actors for a feature").
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { ConceptMention, StatementSegment } from './normalize-statement.js';

/** The performers themselves (their own entries: actors; extras, the crowd side of casting). */
const actorEntry = 'actor';
const extrasEntry = 'extras-casting';
/** Finding the cast, the work a bare performer word may stand beside. */
const castingEntry = 'casting';

/** Words for finding, booking or supplying the crowd, as the extras entry's own forms write them. */
const findingWord = new RegExp(
  'casting|agency|booking|supply|섭외|에이전시|공급|모집|tuyển|cung cấp|手配|事務所|募集' +
    '|подбор|кастинг|набор|tanlash|tanlov|іріктеу|jasa|penyedia|จัดหา|แคสติ้ง|招募|选角|сонго',
  'iu',
);

export function createCastReader(glossary: Glossary) {
  const under = (conceptId: string, entry: string) => glossary.withAncestors(conceptId).includes(entry);
  /** Finding the cast or the performers themselves: no other work beside them. */
  const castWork = (conceptId: string) =>
    under(conceptId, castingEntry) || conceptId === actorEntry || under(conceptId, actorEntry);

  /**
   * Whether the concept names people doing work (a director, an interpreter): beside the cast they may be whom it is
   * shown or sent to ("пробыг … найруулагч руу илгээх": screen tests sent to the director), so no sign of other work.
   */
  const isRole = (conceptId: string) => glossary.concepts.get(conceptId)?.category === 'role';

  /** Whether the concept is a bare performer word here (every mention of it written without a finding word). */
  const barePerformer = (conceptId: string, mentions: readonly ConceptMention[]): boolean => {
    if (conceptId === actorEntry) return true;
    if (conceptId !== extrasEntry) return false;
    return mentions.every((mention) => mention.conceptId !== conceptId || !findingWord.test(mention.surface));
  };

  /** Moves bare performers from the segments' subjects to their people when the statement names other work. */
  return (segments: readonly StatementSegment[], mentions: readonly ConceptMention[]): void => {
    const otherWork = segments.some((segment) => segment.subjects.some((id) => !castWork(id) && !isRole(id)));
    if (!otherWork) return;
    for (const segment of segments) {
      const performers = segment.subjects.filter((id) => barePerformer(id, mentions));
      if (performers.length === 0) continue;
      segment.subjects = segment.subjects.filter((id) => !performers.includes(id));
      for (const id of performers) if (!segment.people.includes(id)) segment.people.push(id);
      segment.concepts = [...segment.subjects, ...segment.modes, ...segment.people, ...segment.domains];
    }
  };
}
