/**
 * Which writing systems and languages the lexicon has forms in, so that a profile written in one
 * it lacks (Khmer, Arabic, Spanish…) gets a clear note instead of silently matching nothing.
 */
import { type Glossary, glossaryLanguages } from '../knowledge/glossary.js';
import { languageCode, languageName } from './languages-and-regions.js';
import type { Profile } from './profile-schema.js';

const scripts = [
  'Latin',
  'Cyrillic',
  'Hangul',
  'Han',
  'Hiragana',
  'Katakana',
  'Thai',
  'Lao',
  'Khmer',
  'Myanmar',
  'Arabic',
  'Hebrew',
  'Devanagari',
  'Bengali',
  'Tamil',
  'Georgian',
  'Armenian',
  'Greek',
  'Mongolian',
] as const;
const patterns = scripts.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

/** The listed script of each character seen so far (null: none of them). */
const scriptOfCharacter = new Map<string, string | null>();

function scriptsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const character of text) {
    let script = scriptOfCharacter.get(character);
    if (script === undefined) {
      script = patterns.find(([, pattern]) => pattern.test(character))?.[0] ?? null;
      scriptOfCharacter.set(character, script);
    }
    if (script !== null) found.add(script);
  }
  return found;
}

export interface LexiconCoverage {
  /** A note for organizers when a profile is written in a script or language the lexicon has no forms for. */
  noteFor(profile: Pick<Profile, 'name' | 'languages' | 'offers' | 'needs'>): string | undefined;
}

/** The scripts and languages the lexicon has forms in. */
function lexiconScripts(glossary: Glossary) {
  const covered = new Set<string>();
  const languagesWithForms = new Set<string>();
  for (const concept of glossary.concepts.values()) {
    for (const language of glossaryLanguages) {
      const forms = concept[language];
      if (forms.length === 0) continue;
      languagesWithForms.add(language === 'ind' ? 'id' : language);
      for (const form of forms) for (const script of scriptsIn(form)) covered.add(script);
    }
  }
  return { covered, languagesWithForms };
}

export function createLexiconCoverage(glossary: Glossary): LexiconCoverage {
  // Worked out on the first note asked for (imports), not when matchmaking starts.
  let lexicon: ReturnType<typeof lexiconScripts> | undefined;
  return {
    noteFor(profile) {
      lexicon ??= lexiconScripts(glossary);
      const { covered, languagesWithForms } = lexicon;
      const missing = new Set<string>();
      for (const text of [...profile.offers, ...profile.needs]) {
        for (const script of scriptsIn(text)) if (!covered.has(script)) missing.add(script);
      }
      const codes = profile.languages.map(languageCode);
      const unknownLanguages = codes.length > 0 && codes.every((code) => !languagesWithForms.has(code));
      if (missing.size === 0 && !unknownLanguages) return undefined;
      const what =
        missing.size > 0
          ? `in ${[...missing].join(', ')} script, which the lexicon has no forms for`
          : `in ${codes.map(languageName).join(', ')}, which the lexicon has no forms for`;
      return (
        `${profile.name}: offers and needs written ${what}; they are matched by their own words only — ` +
        'add English (or another supported language) wording, or extend knowledge/taxonomy.yaml.'
      );
    },
  };
}
