/**
 * An alias an article states, met in a question as one of the asker's plain words rather than as the name: a Han
 * character or Hangul syllable alone (an article's "(月)" after a date, "(株)" before a company), or an acronym the
 * article writes in capitals met as a word of another language written in small letters or with its marks ("HOI" is
 * not Vietnamese "Hội", "TAC" not "hợp tác", "SAMA" not Indonesian "kerja sama"). The question then names no such body.
 * Nor does a plain word of the lexicon an article stated beside a name ("…부문장(사장)"): the question asks it as the
 * lexicon knows it (kindWord, capitalsOnly; question-analysis.ts).
 */
import { type AliasGroup, type AliasHit, type AliasIndex, formKeys } from '../knowledge/article-aliases.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { WordToken } from '../retrieval/text-normalize.js';

/** The lexicon's categories of particular bodies, people and programmes (a concept of another is a kind). */
export const entityCategories = new Set(['organization', 'person', 'program']);

/** An acronym as an article writes it: two letters or more, none small ("TAC", "B2B", "J.P."). */
const acronym = /^[\p{Lu}\d][\p{Lu}\d&.-]+$/u;
/** A letter beyond plain Latin (ộ, á, đ): in a word an acronym written in plain Latin letters is not. */
const beyondPlainLatin = /[^\u0020-\u007E]/u;
/** One letter of a script that writes words without spaces: a Han character or a Hangul syllable alone. */
const lone = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** The key (`&…`) an alias group is found by, as createAliasIndex keys it: its first form's word keys. */
const aliasGroupKey = (group: AliasGroup) => `&${formKeys(group.forms[0] as string).join('_')}`;

/** Whether a form of a group is one word, `key` (matchKey), as the articles wrote it. */
function oneWordForm(form: string, key: string): boolean {
  const keys = formKeys(form);
  return keys.length === 1 && keys[0] === key;
}

const formsByIndex = new WeakMap<readonly AliasGroup[], Map<string, string[]>>();

/** The forms of each alias group by its key (see createAliasIndex), gathered once per alias index. */
function formsOf(aliases: AliasIndex, key: string): readonly string[] {
  let forms = formsByIndex.get(aliases.groups);
  if (forms === undefined) {
    forms = new Map();
    for (const group of aliases.groups) forms.set(aliasGroupKey(group), group.forms);
    formsByIndex.set(aliases.groups, forms);
  }
  return forms.get(key) ?? [];
}

/**
 * Whether a one-word alias hit is only the asker's word (see the module comment): a lone Han or Hangul letter, or a
 * word whose forms in the group are all acronyms and which the question writes in small letters or with marks.
 */
export function aliasMetAsPlainWord(
  aliases: AliasIndex,
  hit: AliasHit,
  tokens: readonly WordToken[],
  keys: readonly string[],
  rawQuestion: string,
): boolean {
  const token = tokens[hit.start];
  const key = keys[hit.start];
  if (hit.end - hit.start !== 1 || token === undefined || key === undefined) return false;
  if (lone.test(token.whole ?? token.word)) return true;
  const forms = formsOf(aliases, hit.key).filter((form) => oneWordForm(form, key));
  if (forms.length === 0 || !forms.every((form) => acronym.test(form))) return false;
  const written = rawQuestion
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.toLowerCase() === token.word);
  return (
    written.length > 0 &&
    written.every(
      (word) =>
        word === word.toLowerCase() || (beyondPlainLatin.test(word) && !beyondPlainLatin.test(forms[0] as string)),
    )
  );
}

/** Whether words are, as a whole, a lexicon concept that names no particular body, person or programme. */
export function kindWord(words: WordToken[], glossary: Glossary | undefined): boolean {
  // A Korean word as written and without its particle (사장은 is 사장).
  const texts = new Set([
    words.map((token) => token.whole ?? token.word).join(' '),
    words.map((t) => t.word).join(' '),
  ]);
  return [...texts].some((text) =>
    (glossary?.findConcepts(text) ?? []).some((hit) => {
      const concept = glossary?.concepts.get(hit.conceptId);
      const named = entityCategories.has(concept?.category ?? '') && /^\p{Lu}/u.test(concept?.en[0] ?? '');
      return !named && hit.surface.replace(/\s+/gu, '').length >= text.replace(/\s+/gu, '').length;
    }),
  );
}

/** Whether the question writes these words in capitals only, as an acronym ("OTT", "MOU"), not as plain words. */
export function capitalsOnly(rawQuestion: string, words: readonly WordToken[]): boolean {
  return words.every((token) => {
    const capitals = token.word.toUpperCase();
    if (capitals === token.word) return false;
    // Glued to the words of a script without spaces ("OTT로", "MOUを").
    const latinAround = String.raw`[\p{Script=Latin}\p{Script=Cyrillic}\p{N}]`;
    return new RegExp(
      `(?<!${latinAround})${capitals.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?!${latinAround})`,
      'u',
    ).test(rawQuestion);
  });
}
