/**
 * The cast beside other work: the people a production films (actors, extras) are whom much work is done for or with
 * ("ทำผมนักแสดงหลัก", hair for the lead actors; "пошив костюмов, включая массовку", costumes, the extras' too;
 * "Safety diver untuk aktor"; "второй режиссёр для работы с массовкой"). In a statement that leads with other work
 * (its heading, else its first placed item), a cast word names that work's people (whom it is for, as "students" in
 * a course), not more work on offer or wanted: a makeup team's need that names the lead actors is a makeup need, and a
 * costume workshop meets no need for extras. Finding the cast is work on it: extras beside casting stay.
 * A statement about the cast itself ("보조출연자 섭외", "casting of lead actors and extras") keeps it.
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { StatementSegment } from './normalize-statement.js';

/** The cast: actors and extras (and what lies under them in the taxonomy). */
const castConcepts = ['actor', 'extras-casting'];

/** Moves cast subjects to the people a statement names (whom its work is for) when it leads with other work. */
export function createCastContext(glossary: Glossary) {
  const isCast = (conceptId: string) => glossary.withAncestors(conceptId).some((id) => castConcepts.includes(id));
  // Finding the cast is work on it: extras casting under a casting lead stays; actors beside acting lessons do not.
  const foundBy = (work: string, cast: string) =>
    glossary.concepts.get(cast)?.category !== 'role' &&
    (glossary.withAncestors(work).includes(cast) || glossary.withAncestors(cast).includes(work));
  /** The heading's work without the cast moved (the heading is read apart from the segments). */
  return (segments: readonly StatementSegment[], heading: readonly string[]): string[] => {
    const first =
      heading.length > 0 ? heading : (segments.find((segment) => segment.subjects.length > 0)?.subjects ?? []);
    // The work it leads with; a lead naming only the cast makes the statement about the cast.
    const lead = first.filter((id) => !isCast(id));
    if (lead.length === 0) return [...heading];
    for (const segment of segments) {
      const cast = segment.subjects.filter((id) => isCast(id) && !lead.some((work) => foundBy(work, id)));
      if (cast.length === 0) continue;
      segment.subjects = segment.subjects.filter((id) => !cast.includes(id));
      segment.people = [...new Set([...segment.people, ...cast])];
    }
    return heading.filter((id) => !isCast(id) || lead.some((work) => foundBy(work, id)));
  };
}
