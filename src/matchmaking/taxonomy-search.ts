/**
 * Search in the taxonomy of content-industry work for the profile forms' pickers (Slack external
 * select, Discord autocomplete): what a member types — a label, an alias, trade jargon or an
 * abbreviation, in any language the lexicon has, or only its first letters — finds the departments,
 * roles and skills it names. Each choice is the entry's id and its label in the member's language
 * (or, when the member typed another language, in that one), so a picked entry is stored as a sure
 * taxonomy id instead of free text.
 */
import { type Glossary, type GlossaryLanguage, glossaryLanguages } from '../knowledge/glossary.js';

/** Categories a member can pick: the taxonomy's work, not places, institutions or general concepts. */
const pickableCategories: ReadonlySet<string> = new Set(['department', 'role', 'skill', 'service']);

/** Slack lists at most 100 options in an external select; Discord shows 25 autocomplete choices. */
export const taxonomyChoiceLimits = { slack: 100, discord: 25 } as const;

export interface TaxonomyChoice {
  /** The taxonomy entry's id (what a profile stores). */
  id: string;
  /** Its preferred label in the language chosen for the member. */
  label: string;
  /** Its preferred English label (adapters show it beside a label in another language). */
  englishLabel: string;
  /** The language of `label` (a lexicon key: en, ko, vi, ja, ru, uz, ind, th, kk). */
  language: string;
  category: string;
}

export interface TaxonomySearchOptions {
  /** The member's language (a code such as "ko", "vi", "en-US"): labels in it unless the query is in another one. */
  language?: string | undefined;
  /** How many choices, 25 by default, at most 100. */
  limit?: number | undefined;
}

export interface TaxonomySearch {
  /** The entries a typed text names, best first; with no text, the departments. */
  search(query: string, options?: TaxonomySearchOptions): TaxonomyChoice[];
  /** The given ids as choices (unknown or not pickable ids are left out), labelled in the language. */
  describe(ids: readonly string[], options?: { language?: string | undefined }): TaxonomyChoice[];
  /** Whether an id is a taxonomy entry a member may pick. */
  isPickable(id: string): boolean;
}

interface FormKey {
  key: string;
  /** The words of the key, for prefix matches inside a form ("3d" finds "rigging for 3d"). */
  words: string[];
  language: GlossaryLanguage;
}

interface PickableEntry {
  id: string;
  category: string;
  order: number;
  forms: FormKey[];
}

/** Folds case, Latin diacritics (Vietnamese typed without marks), ё and apostrophe variants (Uzbek oʻ). */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[ʻʼ’‘`']/g, '')
    .replace(/[\s\-_/·・,.()]+/gu, ' ')
    .trim();
}

/** Match quality of one form, 0 when it does not match: whole form, form prefix, word prefix, all words, inside. */
function matchTier(form: FormKey, query: string, queryWords: readonly string[]): number {
  if (form.key === query) return 5;
  if (form.key.startsWith(query)) return 4;
  if (form.words.some((word) => word.startsWith(query))) return 3;
  if (queryWords.length > 1 && queryWords.every((part) => form.words.some((word) => word.startsWith(part)))) return 2;
  // Inside a word: Korean, Japanese and Thai forms are often written without spaces ("컴포지팅작업").
  if ([...query].length >= 2 && form.key.includes(query)) return 1;
  return 0;
}

/** Negative when `left` is the better match: higher tier, preferred language, shorter form. */
function compareFound(
  left: { tier: number; preference: number; length: number },
  right: { tier: number; preference: number; length: number },
): number {
  return right.tier - left.tier || left.preference - right.preference || left.length - right.length;
}

const clampLimit = (limit: number | undefined) =>
  Math.max(1, Math.min(taxonomyChoiceLimits.slack, Math.floor(limit ?? taxonomyChoiceLimits.discord)));

/** "ko-KR" → "ko", "id" → "ind"; undefined for a language the lexicon has no forms in. */
function lexiconLanguage(language: string | undefined): GlossaryLanguage | undefined {
  if (language === undefined) return undefined;
  const base = language.toLowerCase().split(/[-_]/)[0] ?? '';
  const code = base === 'id' || base === 'in' ? 'ind' : base;
  return (glossaryLanguages as readonly string[]).includes(code) ? (code as GlossaryLanguage) : undefined;
}

export function createTaxonomySearch(glossary: Glossary): TaxonomySearch {
  let entries: PickableEntry[] | undefined;
  // Built on first use: the bots load the lexicon at start, the pickers ask later.
  const pickable = (): PickableEntry[] => {
    if (entries !== undefined) return entries;
    entries = [];
    for (const concept of glossary.concepts.values()) {
      if (!pickableCategories.has(concept.category)) continue;
      const forms: FormKey[] = [];
      for (const language of glossaryLanguages) {
        for (const form of concept[language]) {
          const key = searchKey(form);
          if (key !== '') forms.push({ key, words: key.split(' '), language });
        }
      }
      entries.push({ id: concept.id, category: concept.category, order: entries.length, forms });
    }
    return entries;
  };
  const byId = () => new Map(pickable().map((entry) => [entry.id, entry]));
  let entriesById: Map<string, PickableEntry> | undefined;

  const choice = (entry: PickableEntry, language: GlossaryLanguage): TaxonomyChoice => {
    const label = glossary.label(entry.id, language);
    const englishLabel = glossary.label(entry.id, 'en');
    const labelled = glossary.concepts.get(entry.id)?.[language][0] !== undefined ? language : 'en';
    return { id: entry.id, label, englishLabel, language: labelled, category: entry.category };
  };

  return {
    search(query, options = {}) {
      const limit = clampLimit(options.limit);
      const memberLanguage = lexiconLanguage(options.language) ?? 'en';
      const key = searchKey(query);
      if (key === '') {
        return pickable()
          .filter((entry) => entry.category === 'department')
          .slice(0, limit)
          .map((entry) => choice(entry, memberLanguage));
      }
      const queryWords = key.split(' ');
      // Among forms that match as well, the member's language first, then English ("3D" is in Korean forms too).
      const preference = (language: GlossaryLanguage) => (language === memberLanguage ? 0 : language === 'en' ? 1 : 2);
      type Found = { tier: number; preference: number; length: number; language: GlossaryLanguage };
      const found: (Found & { entry: PickableEntry })[] = [];
      for (const entry of pickable()) {
        let best: Found | undefined;
        for (const form of entry.forms) {
          const tier = matchTier(form, key, queryWords);
          if (tier === 0) continue;
          const candidate = { tier, preference: preference(form.language), length: form.key.length };
          if (best === undefined || compareFound(candidate, best) < 0) best = { ...candidate, language: form.language };
        }
        if (best !== undefined) found.push({ entry, ...best });
      }
      found.sort(
        (left, right) => right.tier - left.tier || left.length - right.length || left.entry.order - right.entry.order,
      );
      // Typed in a language other than English (Korean, Russian…): labels in that language; otherwise the member's.
      return found
        .slice(0, limit)
        .map(({ entry, language }) => choice(entry, language === 'en' ? memberLanguage : language));
    },
    describe(ids, options = {}) {
      entriesById ??= byId();
      const language = lexiconLanguage(options.language) ?? 'en';
      const known = entriesById;
      return ids.flatMap((id) => {
        const entry = known.get(id);
        return entry === undefined ? [] : [choice(entry, language)];
      });
    },
    isPickable(id) {
      entriesById ??= byId();
      return entriesById.has(id);
    },
  };
}
