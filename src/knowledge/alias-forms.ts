/**
 * How news writes a name beside its short form, for the aliases an article states (article-aliases.ts): an acronym
 * spelled out by its words' initials, small words too where a language keeps them in its names; a Chinese or Japanese
 * name run into the words before its bracket; a bracket that belongs inside a name, or converts an amount.
 */

import { toLatin } from './romanize.js';

/** Small words that are no name alone. */
export const generic = new Set(['the', 'a', 'an', 'and', 'of', 'in', 'on', 'at', 'for', 'to', 'from']);

const isAlphabetic = (form: string) => /^[\p{Script=Latin}\p{Script=Cyrillic}\d\s&.'’-]+$/u.test(form);
const firstLetter = (form: string) =>
  toLatin(form)
    .replace(/[^a-z]/g, '')
    .charAt(0);

/**
 * Between two alphabetic forms, the long one starts with the short one's first letter:
 * words before it are a title or a place ("Chairman of the …", "Hàn Quốc (KOCCA)") and go.
 */
export function alignLong(longForm: string, shortForm: string): string {
  if (!isAlphabetic(longForm) || !isAlphabetic(shortForm)) return longForm;
  const letter = firstLetter(shortForm);
  const words = longForm.split(/\s+/);
  while (
    words.length > 0 &&
    (firstLetter(words[0] as string) !== letter || generic.has((words[0] as string).toLowerCase()))
  ) {
    words.shift();
  }
  if (!(words.length >= 2 || (words.length === 1 && shortForm.length < (words[0] as string).length))) return '';
  // An acronym holds the initials of the name it shortens in the same script, in order: "Việt Nam (VFDA)" ends a
  // longer Vietnamese name written in lower case ("Hiệp hội … Điện ảnh Việt Nam") and is no alias of the country.
  // (A Russian name may be shortened by its English acronym: "(далее — KOCCA)".)
  if (/^[\p{Lu}\d&.-]{2,10}$/u.test(shortForm) && !/\p{Script=Cyrillic}/u.test(longForm + shortForm)) {
    const letters = toLatin(shortForm).replace(/[^a-z]/g, '');
    let at = 0;
    for (const word of words) {
      // A word without a letter ("&" of "Industrial Light & Magic (ILM)") has no initial.
      if (generic.has(word.toLowerCase()) || firstLetter(word) === '') continue;
      at = letters.indexOf(firstLetter(word), at) + 1;
      if (at === 0) return '';
    }
  }
  return words.join(' ');
}

// An acronym in brackets after the words it shortens, each word giving its initial, small words too: Vietnamese,
// Indonesian and Russian names keep their lower-case words ("Hoạt hình Việt Nam (HHVN)", "Văn hóa, Thể thao và Du
// lịch (VHTT&DL)", "Воронежский государственный университет (ВГУ)").
const bracketedAcronym = /[(（]\s*([\p{Lu}][\p{Lu}\d&.-]{1,9})\s*[)）]/gu;
const alphabeticWord = /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}'’-]*$/u;
// Words an acronym may leave out or write as "&".
const acronymConnectors = new Set(['and', 'và', 'dan', 'и', 'of', 'the', 'for', 'de', '&']);

/** A word's initial, folded to a Latin or Cyrillic capital without marks ("Điện" → "D", "ảnh" → "A"). */
function initialOf(word: string): string {
  return word.normalize('NFD').charAt(0).toUpperCase().replace('Đ', 'D');
}

/**
 * The words just before an acronym that it spells out with every word's initial, shortest first: "Hãng phim Hoạt
 * hình Việt Nam (HHVN)" → "Hoạt hình Việt Nam". The long form starts with a capital (a name's first word).
 */
function spelledOut(before: string, acronymForm: string): string | undefined {
  const letters = [
    ...acronymForm
      .normalize('NFD')
      .replace(/[\p{Mn}.\-\s]/gu, '')
      .toUpperCase()
      .replace(/Đ/gu, 'D'),
  ];
  if (letters.filter((letter) => letter !== '&').length < 3) return undefined;
  const words = before
    .split(/[\s,]+/u)
    .filter((word) => word !== '')
    .slice(-12);
  if (!words.every((word) => alphabeticWord.test(word) || word === '&')) {
    // Only the words after the last one of another kind (a number, another script, a quote) may be the name.
    const last = words.findLastIndex((word) => !(alphabeticWord.test(word) || word === '&'));
    words.splice(0, last + 1);
  }
  // Match the letters from the end backwards against the words; a connector may be skipped or give "&".
  for (let start = words.length - 1; start >= 0; start -= 1) {
    const tail = words.slice(start);
    if (tail.length < 2 || !/^\p{Lu}/u.test(tail[0] as string)) continue;
    if (spells(tail, letters)) return tail.join(' ');
  }
  return undefined;
}

function spells(words: readonly string[], letters: readonly string[]): boolean {
  const match = (word: number, letter: number): boolean => {
    if (word === words.length) return letter === letters.length;
    const current = words[word] as string;
    const connector = acronymConnectors.has(current.toLowerCase());
    if (connector && match(word + 1, letter)) return true;
    if (connector && letters[letter] === '&' && match(word + 1, letter + 1)) return true;
    return letter < letters.length && initialOf(current) === letters[letter] && match(word + 1, letter + 1);
  };
  return match(0, 0);
}

export function spelledOutPairs(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const match of text.matchAll(bracketedAcronym)) {
    const acronymForm = match[1] as string;
    const longForm = spelledOut(text.slice(Math.max(0, match.index - 160), match.index), acronymForm);
    if (longForm !== undefined) pairs.push([longForm, acronymForm]);
  }
  return pairs;
}

// Chinese text runs a name into the words before it ("周六他应追光动画(Light Chaser Animation)"): the name starts
// after the last function character (a pronoun, preposition, particle or date character) of the run.
const chineseFunctionCharacters =
  /^.*[的了在应向与和及跟同由被把将对从为是他她它们这那其该等或于年月日也都就并还已曾让给请邀称即]/u;
const hanOnly = /^\p{Script=Han}+$/u;
// Japanese runs a name into the kana before it: the name starts after the last Hiragana.
const lastHiragana = /^.*\p{Script=Hiragana}/u;

/** The name at the end of a run of another script (see above); the run itself when too little would be left. */
export function nameAtEnd(form: string): string {
  // A year or a number run into the Han letters ("2001年在法国…学院") is no part of the name either.
  const han = /\d/u.test(form) ? (/\p{Script=Han}+$/u.exec(form)?.[0] ?? form) : form;
  const cut = hanOnly.test(han) ? han.replace(chineseFunctionCharacters, '') : form.replace(lastHiragana, '');
  return [...cut].length >= 2 ? cut : form;
}

/**
 * Whether a bracket is inside a name rather than after it: "哆啦哔梦(上海)文化传播有限公司" (a Chinese company's
 * place in Han letters, Han letters going on right after the bracket); or an amount converted ("1億元超(16億円超)").
 */
export function notAnAlias(longForm: string, shortForm: string, after: string): boolean {
  if (/\p{Script=Han}$/u.test(longForm) && /^\p{Script=Han}/u.test(shortForm) && /^\p{Script=Han}/u.test(after))
    return true;
  return /^\d/u.test(shortForm) && !/\p{Script=Latin}/u.test(shortForm);
}

// The legal forms a company writes before or after its name, in the languages of the articles (folded as
// `companyFormOnly` folds a form): "(주)", "㈜", "주식회사", "(株)", "株式会社", "有限公司", "Cty TNHH", "ООО", "PT",
// "LLC", "Co., Ltd." — and the bodies' forms "(사)", "(재)", "社団法人". Two-letter Latin forms (AG, SA, AB) are
// left out: they are also acronyms of names.
const companyForms = [
  '주식회사|유한회사|유한책임회사|합자회사|합명회사|사단법인|재단법인|주|유|사|재',
  '株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|社団法人|財団法人|' +
    '株|有|社|財',
  '股份有限公司|有限责任公司|有限責任公司|有限公司|股份公司|公司',
  'côngty|cty|tnhh|ctcp|cổphần|jsc',
  'ооо|оао|зао|пао|ао|нко|ано',
  'pt|tbk|persero',
  'llc|llp|inc|incorporated|ltd|limited|co|corp|corporation|company|plc|gmbh|pty|pte|kk',
].join('|');
const onlyCompanyForms = new RegExp(`^(?:${companyForms})+$`, 'u');
// The forms one at a time, longest first ("incorporated" before "inc"), to tell "Co., Ltd." from "Coco" or "주주".
const eachCompanyForm = new RegExp(
  companyForms
    .split('|')
    .sort((left, right) => right.length - left.length)
    .join('|'),
  'gu',
);

/**
 * Whether a form is only a company's legal form ("(주)", "株式会社", "Co., Ltd.", "ООО"): written with every company of
 * that form, it is never an alias or a name by itself, and learnt as one it would join them all into one group.
 */
export function companyFormOnly(form: string): boolean {
  const folded = form
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s().,·（）「」『』"'“”«»-]+/gu, '');
  if (folded === '' || !onlyCompanyForms.test(folded)) return false;
  // One form written twice is a word or a name ("Coco", "주주"), not a company's legal form.
  const forms = folded.match(eachCompanyForm) ?? [];
  return new Set(forms).size === forms.length;
}
