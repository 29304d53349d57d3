/**
 * The organization profile: zod schema at every boundary (profile files, chat modals,
 * model extraction). Offers and needs are free text in any language; matchmaking
 * normalises them to glossary concepts while keeping the original words.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { cyrillicLetterToLatin } from '../knowledge/romanize.js';
import { organizationKinds } from './types.js';

const text = (maximum: number) =>
  z.string().trim().min(1, 'must not be empty').max(maximum, `must be at most ${maximum} characters`);

/** A taxonomy entry id as picked in a profile form ("compositing", "2d-animation"). */
const taxonomyId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a taxonomy entry id (kebab-case)');

export const profileSourceSchema = z.object({
  articleId: text(200),
  quote: text(2_000),
  /** The offers/needs (repeated exactly) this passage backs; checked by `sourceSupportProblems`. */
  supports: z.array(text(300)).max(50).optional(),
});

export const profileInputSchema = z.object({
  /** Optional stable id; derived from the name when absent. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (letters, digits, dashes)')
    .optional(),
  name: text(200),
  /** Other names the organization goes by (for lookups like `match --for`). */
  aliases: z.array(text(200)).max(20).default([]),
  kind: z.enum(organizationKinds, { message: `must be one of ${organizationKinds.join(', ')}` }),
  country: text(100).optional(),
  city: text(100).optional(),
  languages: z.array(text(40)).max(20).default([]),
  offers: z.array(text(300)).max(50).default([]),
  needs: z.array(text(300)).max(50).default([]),
  /**
   * Taxonomy entries a member picked in a profile form (Slack external select, Discord autocomplete):
   * sure mappings (confidence 1), matched like offers and needs that name exactly that entry.
   */
  pickedOffers: z.array(taxonomyId).max(50).optional(),
  pickedNeeds: z.array(taxonomyId).max(50).optional(),
  description: z.string().trim().max(4_000).default(''),
  /** Bodies this organization belongs to or is an office of (names, aliases or ids); never matched with them. */
  affiliations: z.array(text(200)).max(20).default([]),
  contact: z.string().trim().max(300).optional(),
  sources: z.array(profileSourceSchema).max(50).default([]),
});

export type ProfileInput = z.input<typeof profileInputSchema>;
export type ValidProfileInput = z.output<typeof profileInputSchema>;

export interface Profile extends ValidProfileInput {
  id: string;
  /** Where it came from: the shipped knowledge base, an import, a chat member, or a model proposal. */
  origin: 'knowledge' | 'import' | 'member' | 'proposed';
  updatedAt: string;
}

/** `supports` entries that repeat none of the profile's offers/needs, as field paths and messages. */
export function sourceSupportProblems(profile: ValidProfileInput): { path: (string | number)[]; message: string }[] {
  const statements = new Set([...profile.offers, ...profile.needs]);
  const problems: { path: (string | number)[]; message: string }[] = [];
  profile.sources.forEach((source, sourceIndex) => {
    source.supports?.forEach((supported, supportIndex) => {
      if (!statements.has(supported)) {
        problems.push({
          path: ['sources', sourceIndex, 'supports', supportIndex],
          message: `"${supported}" is not one of this profile's offers or needs; repeat one of them exactly`,
        });
      }
    });
  });
  return problems;
}

/**
 * A stable kebab-case id for a name. Latin names become a slug ("IT Works Korea" → "it-works-korea",
 * Vietnamese diacritics folded, Cyrillic transliterated). Names with letters that have no Latin
 * spelling here (Hangul, kana, Han…) get a hash of the whole name, so "한빛 스튜디오" and "한빛 애니" never
 * collide and the id is the same on every run ("org-3f9a1c2b7d" or "studio-3f9a1c2b7d").
 */
export function profileIdFromName(name: string): string {
  const normalized = name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  let dropped = false;
  const latin = [...normalized.normalize('NFKD').replace(/\p{Mn}+/gu, '')]
    .map((character) => {
      if (/[a-z0-9]/.test(character)) return character;
      if (character === 'đ') return 'd';
      if (character === 'ß') return 'ss';
      const transliterated = cyrillicLetterToLatin(character, 'ids');
      if (transliterated !== undefined) return transliterated;
      if (/[\p{L}\p{N}]/u.test(character)) {
        dropped = true;
        return '-';
      }
      return '-';
    })
    .join('')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  if (!dropped && latin !== '') return latin;
  const hash = createHash('sha256').update(normalized).digest('hex').slice(0, 10);
  return latin === '' ? `org-${hash}` : `${latin}-${hash}`;
}
