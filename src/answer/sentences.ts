/**
 * Multilingual sentence splitting for extractive answers and ingest (Latin, Cyrillic,
 * Hangul, CJK, Thai punctuation). A full stop ends a sentence unless it belongs to an
 * abbreviation (Dr., Co., Ltd., U.S., TP.HCM, PGS.TS., т.е., г.), an initial (J. K.), a
 * number or date (3.5, 04.03.2025) or a number's label (No. 5, Apr. 25); a full stop
 * with no space before a new capitalised word ("last year.A new") still ends one.
 * 。！？ end a sentence wherever they stand.
 */

/** Abbreviations that are never followed by a sentence end (titles, Vietnamese degrees, Russian short forms). */
const alwaysAbbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'gen',
  'gov',
  'sen',
  'rep',
  'mt',
  'ft',
  'messrs',
  'vs',
  'e.g',
  'i.e',
  'approx',
  'ca',
  'cf',
  'dept',
  'est',
  'tp',
  'pgs',
  'gs',
  'ts',
  'ths',
  'bs',
  'ks',
  'pgs.ts',
  'gs.ts',
  'ths.bs',
  'т.е',
  'т.д',
  'т.п',
  'т.к',
  'т.н',
  'г',
  'гг',
  'им',
  'ул',
  'д',
  'стр',
  'см',
  'проф',
  'акад',
  'и.о',
  'пр',
  'р',
]);
/**
 * Short forms of a figure's unit ("$1,3 млрд.", "5 тыс.", "200 руб."): the figure's noun follows in lower case when
 * the sentence goes on ("млн. рублей"), so a capitalised word after one begins the next sentence.
 */
const unitAbbreviations = new Set(['тыс', 'млн', 'млрд', 'трлн', 'руб', 'долл']);
/** Labels that stand before a number: an abbreviation only when a digit follows ("No. 5", "Sept. 15"). */
const beforeNumberAbbreviations = new Set([
  'no',
  'nos',
  'vol',
  'p',
  'pp',
  'art',
  'fig',
  'ch',
  'sec',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'tr',
  'tel',
  '№',
]);
/** Company and place abbreviations that can also close a sentence ("… in the U.S. The studio …"). */
const closingAbbreviations = new Set([
  'inc',
  'ltd',
  'co',
  'corp',
  'llc',
  'plc',
  'jsc',
  'pvt',
  'pte',
  'bhd',
  'etc',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
]);
/** Words that begin an English sentence after a closing abbreviation. */
const sentenceStarters = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'in',
  'on',
  'at',
  'but',
  'and',
  'however',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'there',
  'after',
  'before',
  'since',
  'as',
  'when',
  'while',
]);

const terminator = /[.!?…。！？]+["”’»)\]」』）]*/gu;
const cjkTerminator = /[。！？]/u;
const openingPunctuation = /^["“‘«([「『（]*/u;

function wordBefore(text: string): string {
  return (/[\p{L}\p{N}.№]*$/u.exec(text)?.[0] ?? '').replace(/^\.+/, '');
}

function firstWord(text: string): string {
  return /^[\p{L}\p{N}]*/u.exec(text.replace(openingPunctuation, ''))?.[0] ?? '';
}

/** Whether a single full stop at `dotIndex`, followed by whitespace and then `next`, ends a sentence. */
function fullStopEndsSentence(before: string, next: string): boolean {
  const word = wordBefore(before);
  const lower = word.toLowerCase();
  const nextWord = firstWord(next);
  if (alwaysAbbreviations.has(lower)) return false;
  if (unitAbbreviations.has(lower)) return /^\p{Lu}/u.test(nextWord);
  if (beforeNumberAbbreviations.has(lower) && /^\d/u.test(nextWord)) return false;
  // An initial ("J. K. Rowling", "Kim J. said"): one capital letter.
  if (/^\p{Lu}$/u.test(word)) return false;
  // A company name's suffixes in a row ("Pvt. Ltd.", "Co. Ltd."): the next is part of the same name.
  if (closingAbbreviations.has(nextWord.toLowerCase()) && /^\p{L}+\./u.test(next)) return false;
  // Dotted acronyms (U.S., P.M.) and company suffixes close a sentence only before a typical sentence opening.
  if (closingAbbreviations.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return sentenceStarters.has(nextWord.toLowerCase());
  }
  return true;
}

function boundaryAfter(paragraph: string, match: RegExpExecArray): boolean {
  const mark = match[0];
  const end = match.index + mark.length;
  const rest = paragraph.slice(end, end + 40);
  if (rest === '') return false;
  // 。 inside a quotation that the sentence goes on after (「…。」と述べた) does not end it.
  if (cjkTerminator.test(mark)) return !(/[」』）)]$/u.test(mark) && /^\p{Script=Hiragana}/u.test(rest));
  // The few characters before the mark are all any rule looks at.
  const before = paragraph.slice(Math.max(0, match.index - 40), match.index);
  const spaced = /^\s+/u.exec(rest);
  if (!spaced) {
    // No space: "year.A new" and "다.이어" end a sentence; "U.S.", "3.5", "TP.HCM", "ausfilm.com" do not.
    const next = rest.replace(openingPunctuation, '');
    if (/\p{Script=Hangul}$/u.test(before) && /^\p{Script=Hangul}/u.test(next)) return true;
    return /\p{Ll}{2}$/u.test(before) && /^\p{Lu}(?:\p{Ll}|\s)/u.test(next);
  }
  const next = rest.slice(spaced[0].length);
  if (!/^["“‘«([「『（]*[\p{Lu}\p{Lo}\d]/u.test(next)) return false;
  if (/^[.]$/u.test(mark.replace(/["”’»)\]」』）]+$/u, ''))) return fullStopEndsSentence(before, next);
  return true;
}

/** Whether a mark stands inside CJK title or quotation brackets still open (『ラブライブ! スクール…』). */
function insideTitleBrackets(text: string): boolean {
  let depth = 0;
  for (const character of text) {
    if (character === '『' || character === '「' || character === '【') depth += 1;
    else if ((character === '』' || character === '」' || character === '】') && depth > 0) depth -= 1;
  }
  return depth > 0;
}

/** Splits one paragraph at its sentence ends (the first `atMost` sentences: the rest is not looked at). */
function splitParagraph(paragraph: string, atMost = Number.POSITIVE_INFINITY): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(terminator)) {
    if (insideTitleBrackets(paragraph.slice(Math.max(start, match.index - 80), match.index + match[0].length)))
      continue;
    if (!boundaryAfter(paragraph, match)) continue;
    const end = (match.index ?? 0) + match[0].length;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
    if (sentences.length >= atMost) return sentences;
  }
  const last = paragraph.slice(start).trim();
  if (last !== '') sentences.push(last);
  return sentences;
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n+/)) sentences.push(...splitParagraph(paragraph));
  return sentences;
}

/** splitSentences(text)[0], without splitting the rest of the text (an article's lead, learnt-aliases.ts). */
export function firstSentence(text: string): string | undefined {
  for (const paragraph of text.split(/\n+/)) {
    const [first] = splitParagraph(paragraph, 1);
    if (first !== undefined) return first;
  }
  return undefined;
}
