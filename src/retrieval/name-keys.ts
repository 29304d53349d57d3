/**
 * Loose keys of the names in a text, in every script, so that one name written two ways
 * meets on one key: runs of capitalised Latin or Cyrillic words (each run of one to three
 * words, joined: "Ha Jung-soo" → one key), Hangul words without their particle (하정수),
 * Katakana words (ハ・ジョンス). Keys start with `%`.
 *
 * Han text is read by its Mandarin pinyin (knowledge/han-reading.ts), one way: a passage's every stretch of two to
 * four Han characters gives a pinyin key `%ᴾ…` (王长田 → %ᴾ + the loose key of "wangchangtian"), which a question's
 * names in any script meet through their twins (queryNameKeys: "Wang Changtian", 왕창톈); a question's Han words give
 * `%` keys that meet the names a passage writes in another script (陈睿 ~ "Rui Chen", 哔哩哔哩 ~ Bilibili), and its
 * stretches of three characters or more twins that meet another form of them (金在龙 ~ 金在龍, 咒术回战 ~ 呪術廻戦):
 * two Han characters sound like too many others (世纪 and 实际 are both shiji). A Japanese question's kanji are read
 * so by no key: they are Japanese words.
 */
import { boundedMemo } from './bounded-memo.js';
import { dottedHanNameKeys, pinyinTwin, twinned } from './han-reading-keys.js';
import { koreanNameKeys } from './korean-name-keys.js';
import { loanwordSkeleton } from '../knowledge/loanword-skeleton.js';
import { hangulKinds, withoutKinds } from './name-kinds.js';
import { type HangulWord, keysOf, NameScan, recentKeysLimit, type RunKeys } from './name-scan.js';
import type { SpellingMatcher } from './spelling-matcher.js';
import { isStopWord, stripKoreanParticle } from './text-normalize.js';

export { createSpellingMatcher, type SpellingMatcher } from './spelling-matcher.js';

// Words by script: Japanese and Korean text runs scripts together without spaces ("キネマシトラスは2019年").
const wordPattern = new RegExp(
  [
    String.raw`[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{N}'’-]*`,
    String.raw`\p{Script=Hangul}+`,
    String.raw`[\p{Script=Katakana}ー]+`,
    '[・･]',
    String.raw`\p{N}+`,
    String.raw`\p{Script=Han}+`,
    String.raw`\p{Script=Hiragana}+`,
    // Thai letters with their vowels and marks (not Thai digits).
    String.raw`[\u0E01-\u0E4E]+`,
  ].join('|'),
  'gu',
);
const capitalised = /^[\p{Lu}][\p{L}'’-]*$/u;
const digitsOnly = /^\p{N}+$/u;
// "Inyo's" is Inyo.
const possessive = /['’]s?$/u;
const hangulWord = /^\p{Script=Hangul}+$/u;
const hanWord = /^\p{Script=Han}{2,}$/u;
const katakanaWord = /^[\p{Script=Katakana}ー]+$/u;
/** A Thai word as spaces set it apart, short enough to be (a part of) a name: a longer one is a clause. */
const thaiWord = /^[\u0E01-\u0E4E]{2,20}$/u;

/**
 * The loose key and, for longer names, the consonant skeleton (`#…`) of one name; with a matcher,
 * also the knowledge base's other spellings of it.
 */
export function looseKeysOf(text: string, spellings?: SpellingMatcher): string[] {
  const keys = keysOf(text);
  const all = spellings === undefined ? [...keys] : [...keys, ...spellings.spellingsOf(keys)];
  const loose = all.filter(twinned);
  // A question's name meets a passage's Han text by its pinyin twin (see the module comment).
  return [...all, ...loose.map(pinyinTwin)];
}

/** An "&" Korean writes inside a name as 앤 (화앤담 = Hwa&Dam): between two Hangul letters. */
const hangulAmpersand = /(?<=\p{Script=Hangul})앤(?=\p{Script=Hangul})/gu;

/** The name as a Latin spelling that writes "&" between its parts reads (화앤담 → 화담, as "Hwa&Dam" is keyed). */
function withoutAmpersands(names: readonly string[]): string[] {
  const forms: string[] = [];
  for (const name of names) {
    const form = name.replace(hangulAmpersand, '');
    if (form !== name && [...form].length >= 2) forms.push(form);
  }
  return forms;
}

function hangulWordOf(word: string): HangulWord {
  const stem = stripKoreanParticle(word);
  const length = [...stem].length;
  const names = withoutKinds(stem, hangulKinds);
  return {
    word,
    stem,
    length,
    heard: length > 6 && length <= 9 ? loanwordSkeleton(stem) : undefined,
    names: stem.includes('앤') ? [...names, ...withoutAmpersands([stem, ...names])] : names,
  };
}

/**
 * A text's words as the name scan reads them, each handed to `scan` and to `also` (a second scan), if given, with
 * what stands between them; `before` is what stood before the text for `also` (the text between two parts). Gives
 * back what follows the text's last word.
 */
function scanWords(text: string, scan: NameScan, also?: NameScan, before = ''): string {
  const normalized = text.normalize('NFC');
  let lastEnd = 0;
  let lastHangul: HangulWord | undefined;
  // exec rather than matchAll: no iterator results per word (nothing in the loop scans words again).
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(normalized); match !== null; match = wordPattern.exec(normalized)) {
    const word = match[0];
    if (lastHangul !== undefined && lastEnd === match.index && digitsOnly.test(word)) {
      scan.digitsAfter(lastHangul, word);
      also?.digitsAfter(lastHangul, word);
    }
    lastHangul = undefined;
    // What stands between the last word and this one, cut out only where it matters.
    if (also?.readsGap === true) {
      const between = normalized.slice(lastEnd, match.index);
      also.gap(lastEnd === 0 ? `${before}${between}` : between);
    }
    if (scan.readsGap) scan.gap(normalized.slice(lastEnd, match.index));
    lastEnd = match.index + word.length;
    if (word === '・' || word === '･') continue;
    // Most words start with a small Latin letter or a digit: neither a name nor Katakana nor Hangul.
    const first = word.charCodeAt(0);
    const reading =
      (first >= 97 && first <= 122) || (first >= 48 && first <= 57)
        ? otherWord
        : hiraganaNamePart(word, normalized.charAt(lastEnd))
          ? katakanaReading
          : surnameBeforeGivenName(word, normalized, lastEnd)
            ? { name: word, possessive: false }
            : readingOf(word);
    if (reading === otherWord) {
      scan.other();
      also?.other();
    } else if (reading === katakanaReading) {
      scan.katakanaWord(word);
      also?.katakanaWord(word);
    } else if (reading === hanReading) {
      scan.han(word);
      also?.han(word);
    } else if (reading === thaiReading) {
      scan.thaiWord(word);
      also?.thaiWord(word);
    } else if ('possessive' in reading) {
      scan.capitalised(reading.name, reading.possessive);
      also?.capitalised(reading.name, reading.possessive);
    } else {
      scan.hangul(reading);
      also?.hangul(reading);
      lastHangul = reading;
    }
  }
  return normalized.slice(lastEnd);
}

/** A Korean given name as the press writes it in Latin letters: two syllables joined by a hyphen ("Ki-duk"). */
const hyphenedGivenName = /^\s\p{Lu}\p{Ll}+-\p{Ll}+(?![\p{L}-])/u;

/**
 * Whether a capitalised word that is a stop word elsewhere is a surname here, right before a hyphened given name:
 * "Kim" is Uzbek for "who" and the commonest Korean surname ("Kim Ki-duk", "Kim Jee-woon"); the name's key holds it.
 */
function surnameBeforeGivenName(word: string, text: string, end: number): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) && isStopWord(word.toLowerCase()) && hyphenedGivenName.test(text.slice(end, end + 24))
  );
}

/** Hiragana letters a word of grammar ends with: a particle, an inflection (のスタジオ, されたアニメ, しているスタジオ). */
const grammarEnding = /[のはがをにでともへやるたてだしいうなかられりばずすくょっ]$/u;
const hiragana = /^\p{Script=Hiragana}{3,}$/u;
const katakanaStart = /^[\p{Script=Katakana}]/u;

/**
 * Whether a Hiragana word is the first part of a name written on in Katakana (しいたけデジタル = Shiitake Digital):
 * three letters or more, right before a Katakana word, not ending as grammar does.
 */
function hiraganaNamePart(word: string, next: string): boolean {
  return katakanaStart.test(next) && hiragana.test(word) && !grammarEnding.test(word);
}

/** How the name scan reads a word: no part of a name, Katakana, a capitalised word (without its "'s"), Hangul. */
type WordReading =
  | typeof otherWord
  | typeof katakanaReading
  | typeof hanReading
  | typeof thaiReading
  | { name: string; possessive: boolean }
  | HangulWord;
const otherWord = Symbol('other');
const katakanaReading = Symbol('katakana');
const hanReading = Symbol('han');
const thaiReading = Symbol('thai');

/** The readings of words seen recently (words recur across passages; the Hangul ones cost a skeleton each). */
const readingOf = boundedMemo(recentKeysLimit, (word: string): WordReading => {
  if (katakanaWord.test(word)) return katakanaReading;
  if (hanWord.test(word)) return hanReading;
  if (thaiWord.test(word)) return thaiReading;
  if (capitalised.test(word) && !hangulWord.test(word) && !isStopWord(word.toLowerCase()))
    return { name: word.replace(possessive, ''), possessive: possessive.test(word) };
  if (hangulWord.test(word)) return hangulWordOf(word);
  return otherWord;
});

const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The keys with the text's dotted Han names' (without duplicates; `unique`: `keys` holds none, e.g. a scan's). */
function withDottedNames(keys: string[], text: string, unique = false): string[] {
  const dotted = dottedHanNameKeys(text);
  // Most texts write no dotted name: a scan's keys are then the answer as they stand (no set and arrays per text).
  return unique && dotted.length === 0 ? keys : [...new Set([...keys, ...dotted])];
}

/**
 * A question's name keys: nameKeys' with the pinyin twin (`ᴾ…`) of each loose key, its Han words' pinyin keys as `%`
 * keys (see the module comment), and its Korean people's names written the other way (korean-name-keys.ts). */
export function queryNameKeys(text: string): string[] {
  const scan = new NameScan(new Set(), false, true, kana.test(text));
  scanWords(text, scan);
  return withDottedNames([...scan.finish(), ...koreanNameKeys(text)], text);
}

/** The loose name keys of a text (see the module comment), without duplicates. */
export function nameKeys(text: string): string[] {
  const scan = new NameScan();
  scanWords(text, scan);
  return withDottedNames(scan.finish(), text, true);
}

/**
 * The loose keys (`%…`) of the names in the texts, all in one set: each text's are nameKeys' that start with `%`,
 * found without working out the skeletons (a knowledge base's names, learnt-aliases.ts).
 */
export function looseNameKeys(texts: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const text of texts) {
    const scan = new NameScan(keys, true);
    scanWords(text, scan);
    scan.end();
  }
  for (const key of keys) if (!key.startsWith('%')) keys.delete(key);
  return keys;
}

/** Characters a word may go on with (a word could run from one part into the next). */
const wordEnd = /[\p{L}\p{N}'’-]$/u;
const wordStart = /^[\p{L}\p{N}'’-]/u;
/** Characters that may join the character before them when the text is normalised. */
const joining = /^[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]/u;

/**
 * The name keys of a text and of parts of it at once, each as nameKeys gives them, the text's words read once: the
 * parts are in order, `ends[i]` where part i ends in the text, and between two parts the text holds no letter or
 * digit. Undefined when a word or a normalised character could run from one part into the next (then each is scanned
 * alone).
 */
export function nameKeysOfParts(
  text: string,
  parts: readonly string[],
  ends: readonly number[],
): { whole: string[]; parts: string[][] } | undefined {
  for (let index = 0; index + 1 < parts.length; index += 1) {
    const after = text.slice(ends[index] as number, (ends[index] as number) + 1);
    const next = parts[index + 1] as string;
    if ((wordEnd.test(parts[index] as string) && wordStart.test(after)) || joining.test(after) || joining.test(next))
      return undefined;
  }
  const starts: number[] = [];
  for (let index = 0; index < parts.length; index += 1) {
    const start = index === 0 ? 0 : text.indexOf(parts[index] as string, ends[index - 1] as number);
    if (start < 0) return undefined;
    starts.push(start);
  }
  const runKeys: RunKeys = { words: undefined, keys: [] };
  const whole = new NameScan(new Set(), false, false, false, runKeys);
  let trailing = '';
  const keys = parts.map((part, index) => {
    const scan = new NameScan(new Set(), false, false, false, runKeys);
    const between = index === 0 ? '' : text.slice(ends[index - 1] as number, starts[index] as number);
    const lead = `${trailing}${between}`;
    const rest = scanWords(part, scan, whole, lead);
    // A part without a word leaves what stood before it standing before the next.
    trailing = rest.length < part.normalize('NFC').length ? rest : `${lead}${rest}`;
    return withDottedNames(scan.finish(), part, true);
  });
  return { whole: withDottedNames(whole.finish(), text, true), parts: keys };
}
