/**
 * Whether an organization's profile, read whole, shows that it works in the content industry. A centre of another
 * industry (a hotel-uniform maker, a pharmacy writing health columns, a sport-shooting club) may share one word with a
 * production need (costumes, supervision, guns) without naming any screen format, department or kind of the field's
 * organizations, or the several kinds of production work a real supplier of the field names. Such a profile's offers
 * count less for a production need (see `offerFocus` in ./profile-index.ts): one shared word is not enough to meet it.
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { StatementNormalizer } from './normalize-statement.js';

/**
 * The formats, industries and kinds of organization of the field: a profile naming one of them (film, drama series,
 * broadcasting, games, music videos, advertising; film companies, broadcasters, post houses) says whom its work is
 * for. General knowledge of the content industry.
 */
export const screenFields: ReadonlySet<string> = new Set([
  'content-industry',
  'film-industry',
  'broadcasting-industry',
  'media-industry',
  'music-industry',
  'webtoon-industry',
  'character-industry',
  'k-content',
  'k-drama',
  'drama-series',
  'micro-drama',
  'film',
  'feature-film',
  'short-film',
  'documentary',
  'short-form-video',
  'advertising',
  'music-video',
  'game',
  'webtoon',
  'digital-content',
  'broadcasting',
  'film-festival',
  'filming',
  'premiere',
  'episode',
  'season',
  'cinemas-screens',
  // The field's kinds of organization: whom the work is for (film companies, broadcasters, post houses…).
  'studio',
  'animation-studio',
  'vfx-studio',
  'post-production-house',
  'game-studio',
  'webtoon-studio',
  'broadcaster',
  'tv-network',
  'ott-platform',
  'media-company',
  'distributor',
  'film-school',
  'film-commission',
  'sound-stage',
]);

/** How many distinct kinds of production work a profile must name to show its field without naming a format. */
export const fieldWorkCount = 3;

/** What an organization's offers count for when its profile does not show the content industry (see above). */
export const offFieldShare = 0.5;

export interface FieldReading {
  /** Whether a concept is work outside content production. */
  isOutside(conceptId: string): boolean;
  /** Whether a concept is a kind of work (a subject: a skill, a role, a department), not a way of delivering it. */
  isWork(conceptId: string): boolean;
  /** Whether a concept is one of the field's departments (camera and lighting, on-set crew, post-production…). */
  isDepartment(conceptId: string): boolean;
}

/**
 * Whether the concepts a whole profile names (description, offers and needs) show the content industry: a screen
 * format, industry, department or kind of organization of the field, or at least `fieldWorkCount` distinct kinds of
 * production work. Ways of delivering work (courses, internships, students) and concepts outside the field never count.
 */
export function showsContentField(conceptIds: Iterable<string>, reading: FieldReading): boolean {
  const work = new Set<string>();
  for (const id of conceptIds) {
    if (reading.isOutside(id)) continue;
    if (screenFields.has(id) || reading.isDepartment(id)) return true;
    if (reading.isWork(id)) work.add(id);
  }
  return work.size >= fieldWorkCount;
}

/**
 * For the matching index: the concepts of a text (one pass, read only) and whether a profile, read whole — its
 * description's concepts and those of its needs and offers, the organizations it names there too (whom it serves) —
 * shows the content industry.
 */
export function profileFieldReader(
  glossary: Glossary,
  normalizer: Pick<StatementNormalizer, 'roleOf'>,
  isOutside: (conceptId: string) => boolean,
) {
  const conceptsOf = (text: string): string[] =>
    text === '' ? [] : [...new Set(glossary.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId))];
  const reading: FieldReading = {
    isOutside,
    isWork: (conceptId) => normalizer.roleOf(conceptId) === 'subject',
    isDepartment: (conceptId) => glossary.concepts.get(conceptId)?.category === 'department',
  };
  return {
    conceptsOf,
    inContentField: (described: readonly string[], profile: { needs: readonly string[]; offers: readonly string[] }) =>
      showsContentField([...described, ...conceptsOf([...profile.needs, ...profile.offers].join('\n'))], reading),
  };
}
