/**
 * An alias an article states, met in a question as one of the asker's plain words rather than as the name: a Han
 * character or Hangul syllable alone (an article's "(月)" after a date, "(株)" before a company), or an acronym the
 * article writes in capitals met as a word of another language written in small letters or with its marks ("HOI" is
 * not Vietnamese "Hội", "TAC" not "hợp tác", "SAMA" not Indonesian "kerja sama"). The question then names no such body.
 */
import {
  type AliasGroup,
  type AliasHit,
  type AliasIndex,
  aliasGroupKey,
  oneWordForm,
} from '../knowledge/article-aliases.js';
import type { WordToken } from '../retrieval/text-normalize.js';

/** An acronym as an article writes it: two letters or more, none small ("TAC", "B2B", "J.P."). */
const acronym = /^[\p{Lu}\d][\p{Lu}\d&.-]+$/u;
/** A letter beyond plain Latin (ộ, á, đ): in a word an acronym written in plain Latin letters is not. */
const beyondPlainLatin = /[^\u0020-\u007E]/u;
/** One letter of a script that writes words without spaces: a Han character or a Hangul syllable alone. */
const lone = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

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
