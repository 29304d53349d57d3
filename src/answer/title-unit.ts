/**
 * Whether a sentence names a work or a title (a film, a series, a project, a theme): what a "which film" question
 * asks for.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { vietnameseLetter } from '../retrieval/text-normalize.js';

/** A title in quotes of any script ("…", «…», 『…』, 「…」, '…', 《…》): a work, a project, a theme. */
const quotedTitles = /["“«『「《〈'‘]([^"”»』」》〉'’]{2,80})["”»』」》〉'’]/gu;
/** A capitalised word inside a Latin-script sentence (titles in running text are often not quoted). */
const capitalisedInside = /(?<=[\p{L}\d,;:]\s+)\p{Lu}[\p{L}\d&'-]*/gu;
const calendarWord = new RegExp(
  '^(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday)$',
  'u',
);

/**
 * Whether a sentence names a work or a title (a film, a series, a project, a theme) the question does not name:
 * a quoted title, or a capitalised word in running Latin text that is none of the question's words and no word of
 * the lexicon's (a place, a known institution: "Việt Nam", "Netflix" are not titles).
 */
export function hasTitle(sentence: string, entityWords: ReadonlySet<string>, glossary?: Glossary): boolean {
  const own = (text: string) =>
    text
      .toLowerCase()
      .split(/[\s\-–—:,.!?·・]+/u)
      .filter((word) => word !== '')
      .some((word) => !entityWords.has(word));
  for (const match of sentence.matchAll(quotedTitles)) if (own(match[1] as string)) return true;
  // Vietnamese capitalises every word of a body's or a place's name ("Bộ Văn hóa, Thể thao và Du lịch") and quotes
  // its titles: there only a quoted title is one.
  if (vietnameseLetter.test(sentence)) return false;
  let lexiconWords: Set<string> | undefined;
  for (const match of sentence.matchAll(capitalisedInside)) {
    const word = match[0].toLowerCase();
    if (entityWords.has(word) || calendarWord.test(word)) continue;
    lexiconWords ??= new Set(
      (glossary?.findConcepts(sentence) ?? []).flatMap((hit) => hit.surface.toLowerCase().split(/\s+/u)),
    );
    if (!lexiconWords.has(word)) return true;
  }
  return false;
}
