/**
 * The schema of the lexicon files: knowledge/glossary.yaml (institutions, places, general
 * concepts) and knowledge/taxonomy.yaml (content-industry work: departments → roles → skills,
 * with look-alike neighbours). Both are lists of concepts with surface forms per language.
 */
import { z } from 'zod';

/**
 * Languages with forms in the lexicon; `ind` is Indonesian (the key `id` is the concept's id); `zh` (Chinese), `mn`
 * (Mongolian) and `tl` (Tagalog) hold the trade forms known so far, for some entries only.
 */
export const glossaryLanguages = ['en', 'ko', 'vi', 'ja', 'ru', 'uz', 'ind', 'th', 'kk', 'zh', 'mn', 'tl'] as const;
export type GlossaryLanguage = (typeof glossaryLanguages)[number];

/** Other keys accepted for Indonesian forms (`id` names the concept, so it cannot hold them). */
const indonesianKeys = ['in', 'idn', 'id_forms'] as const;

export const conceptCategories = [
  'department',
  'role',
  'skill',
  'service',
  'organization',
  'program',
  'place',
  'person',
  'concept',
] as const;

const forms = z.array(z.string().trim().min(1, 'must not be empty')).default([]);
const conceptIds = z.array(z.string()).default([]);

export const conceptSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (letters, digits, dashes)'),
  category: z.enum(conceptCategories, { message: `must be one of ${conceptCategories.join(', ')}` }),
  broader: conceptIds,
  /** Look-alike concepts that are NOT the same work (2D vs 3D animation): never a meet. */
  neighbours: conceptIds,
  /**
   * Distinct work whose trade overlaps in part (a dubbing studio casts voice actors; voice actors work in dubbing):
   * each meets a need for the other in part, never as the same work or a kind of it.
   */
  overlaps: conceptIds,
  /**
   * A word with several meanings in the industry (bare "lighting": on set, in CG or in a TV studio): the concepts
   * it may mean. Matching takes the one the statement's other words point to, or lists the phrase as ambiguous.
   */
  senses: conceptIds,
  /** Of `senses`, the one the word means when neither the statement nor the profile's field points to another. */
  usualSense: z.string().optional(),
  /**
   * The craft said plainly: everyday words of what the person does, in any language, by someone who does not know its
   * name ("fight scenes", "actors' safety"). Never forms of the concept; several of them in one need read it, weakly
   * (see src/matchmaking/plain-reading.ts).
   */
  plain: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
  en: z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'needs at least one English form'),
  ko: forms,
  vi: forms,
  ja: forms,
  ru: forms,
  uz: forms,
  ind: forms,
  th: forms,
  kk: forms,
  zh: forms,
  mn: forms,
  tl: forms,
});

export type Concept = z.infer<typeof conceptSchema>;
/** A concept as written by hand (tests): omitted form lists and relations are empty. */
export type ConceptInput = z.input<typeof conceptSchema>;

const knownKeys = new Set<string>([
  'id',
  'category',
  'broader',
  'neighbours',
  'neighbors',
  'overlaps',
  'senses',
  'usualSense',
  'plain',
  ...glossaryLanguages,
  ...indonesianKeys,
]);

/** Moves alternative spellings of keys (`neighbors`, Indonesian under `in`) to the schema's keys. */
export function canonicalEntry(entry: unknown): { entry: unknown; unknownKeys: string[] } {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return { entry, unknownKeys: [] };
  const record: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
  if (record.neighbours === undefined && record.neighbors !== undefined) record.neighbours = record.neighbors;
  delete record.neighbors;
  for (const key of indonesianKeys) {
    if (record[key] === undefined) continue;
    if (record.ind === undefined) record.ind = record[key];
    delete record[key];
  }
  const unknownKeys = Object.keys(entry as Record<string, unknown>).filter((key) => !knownKeys.has(key));
  return { entry: record, unknownKeys };
}

/** A concept with every list filled in. */
export function completeConcept(input: ConceptInput): Concept {
  const list = (value: readonly string[] | undefined) => [...(value ?? [])];
  return {
    id: input.id,
    category: input.category,
    broader: list(input.broader),
    neighbours: list(input.neighbours),
    overlaps: list(input.overlaps),
    senses: list(input.senses),
    ...(input.usualSense === undefined ? {} : { usualSense: input.usualSense }),
    ...(input.plain === undefined || input.plain.length === 0 ? {} : { plain: list(input.plain) }),
    en: list(input.en),
    ko: list(input.ko),
    vi: list(input.vi),
    ja: list(input.ja),
    ru: list(input.ru),
    uz: list(input.uz),
    ind: list(input.ind),
    th: list(input.th),
    kk: list(input.kk),
    zh: list(input.zh),
    mn: list(input.mn),
    tl: list(input.tl),
  };
}

/** The form list of a language written as a language code ("id" for Indonesian), undefined when unknown. */
export function lexiconLanguageOf(language: string): GlossaryLanguage | undefined {
  const code = language === 'id' || language === 'in' ? 'ind' : language;
  return (glossaryLanguages as readonly string[]).includes(code) ? (code as GlossaryLanguage) : undefined;
}
