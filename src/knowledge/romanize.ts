/**
 * Names across scripts and spellings: Hangul in Revised Romanization, Kana in Hepburn,
 * Cyrillic transliterated, and a loose key that folds the usual spelling variants of
 * romanized names ("Ha Jung-soo" ~ "Ha Jung-su" ~ 하정수, "Konjinwon" ~ "Conjinwon" ~ 콘진원,
 * "Baek" ~ "Paik"). Two spellings of one name share a loose key; the key is used for
 * matching only, never shown.
 */
import { boundedMemo } from '../retrieval/bounded-memo.js';
import { romanizeThai } from './thai-romanization.js';

const initials = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const medials = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
const finals = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

/** Hangul syllables in Revised Romanization (syllable by syllable, no sound-change rules). */
export function romanizeHangul(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    if (code < 0xac00 || code > 0xd7a3) {
      result += character;
      continue;
    }
    const offset = code - 0xac00;
    const initial = Math.floor(offset / 588);
    const medial = Math.floor((offset % 588) / 28);
    const final = offset % 28;
    result += `${initials[initial]}${medials[medial]}${finals[final]}`;
  }
  return result;
}

const kanaTable: Record<string, string> = {};
const kanaRows = `あa いi うu えe おo かka きki くku けke こko さsa しshi すsu せse そso たta ちchi つtsu てte とto なna にni ぬnu ねne のno
はha ひhi ふfu へhe ほho まma みmi むmu めme もmo やya ゆyu よyo らra りri るru れre ろro わwa をo んn
がga ぎgi ぐgu げge ごgo ざza じji ずzu ぜze ぞzo だda ぢji づzu でde どdo ばba びbi ぶbu べbe ぼbo ぱpa ぴpi ぷpu ぺpe ぽpo ゔvu`;
for (const pair of kanaRows.split(/\s+/).filter((item) => item !== '')) {
  const kana = pair[0] as string;
  const romaji = pair.slice(1);
  kanaTable[kana] = romaji;
  // Katakana sits 0x60 above Hiragana.
  kanaTable[String.fromCodePoint((kana.codePointAt(0) as number) + 0x60)] = romaji;
}
const smallKana: Record<string, string> = { ゃ: 'ya', ゅ: 'yu', ょ: 'yo', ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' };
for (const [kana, romaji] of Object.entries(smallKana)) {
  smallKana[String.fromCodePoint((kana.codePointAt(0) as number) + 0x60)] = romaji;
}

/** Hiragana and Katakana in Hepburn (long-vowel marks and the middle dot dropped). */
export function romanizeKana(text: string): string {
  let result = '';
  let doubleNext = false;
  for (const character of text) {
    if (character === 'っ' || character === 'ッ') {
      doubleNext = true;
      continue;
    }
    if (character === 'ー' || character === '・') continue;
    const small = smallKana[character];
    if (small !== undefined) {
      // きゃ → kya, しゃ → sha, ファ → fa: the small kana replaces the vowel.
      const base = result.replace(/[aeiou]$/, '');
      const stem = /(sh|ch|j)$/.test(base) ? base : base;
      result = /(sh|ch|j)$/.test(stem) && small.startsWith('y') ? `${stem}${small.slice(1)}` : `${stem}${small}`;
      continue;
    }
    const romaji = kanaTable[character];
    if (romaji === undefined) {
      result += character;
      doubleNext = false;
      continue;
    }
    result += doubleNext ? `${romaji[0]}${romaji}` : romaji;
    doubleNext = false;
  }
  return result;
}

const cyrillicTable: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: 'o',
  қ: 'q',
  ғ: 'g',
  ҳ: 'h',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ң: 'ng',
  ө: 'o',
  ү: 'u',
  ә: 'a',
};

/**
 * One Cyrillic letter (lower case) in Latin letters, undefined when it has none. `names` is the spelling names are
 * matched by (х → h, with Kazakh and Uzbek letters); `ids` is the one profile ids have always been built from
 * (х → kh, no Kazakh-only letters), kept so that stored ids do not change.
 */
export function cyrillicLetterToLatin(letter: string, variant: 'names' | 'ids' = 'names'): string | undefined {
  if (variant === 'ids') {
    if (letter === 'х') return 'kh';
    if ('ңөүә'.includes(letter)) return undefined;
  }
  return cyrillicTable[letter];
}

/** The Cyrillic vowel letters: a soft sign before one is heard as a glide (Миньоны ~ Minions, Вьетнам ~ Vietnam). */
const cyrillicVowels = 'аеёиоуыэюяіїє';

/**
 * Cyrillic transliterated to Latin letters (lower case). A soft sign before a vowel is written i, as the foreign
 * names Russian writes so spell it (Пьер ~ Pierre, Миньоны ~ Minions); elsewhere it is not written.
 */
export function transliterateCyrillic(text: string): string {
  let result = '';
  const lower = text.toLowerCase();
  for (let index = 0; index < lower.length; index += 1) {
    const character = lower.charAt(index);
    if (character === 'ь' && cyrillicVowels.includes(lower.charAt(index + 1)) && index + 1 < lower.length)
      result += 'i';
    else result += cyrillicTable[character] ?? character;
  }
  return result;
}

/** Any of the supported scripts to Latin letters (other text as it is, lower-cased). */
export function toLatin(text: string): string {
  return transliterateCyrillic(romanizeThai(romanizeKana(romanizeHangul(text.normalize('NFC')))))
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/đ/g, 'd')
    .toLowerCase();
}

const vowelFolds: [RegExp, string][] = [
  [/eo/g, 'o'],
  [/eu/g, 'u'],
  [/oo|ou/g, 'u'],
  [/ee/g, 'i'],
  [/ae|ai|ei/g, 'e'],
  [/ui/g, 'i'],
  [/y(?=[aeiou])/g, ''],
  [/wo/g, 'o'],
];
const consonantFolds: [RegExp, string][] = [
  [/tion/g, 'sion'],
  [/c(?=[eiy])/g, 's'],
  [/shch|sch/g, 's'],
  [/ch(?=[rl])/g, 'k'], // English "chr", "chl" are k (Christopher ~ 크리스토퍼 ~ クリストファー, Chloe ~ 클로이).
  [/tch|ch|zh|dzh|dj/g, 'j'],
  [/sh/g, 's'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/kh|gh/g, 'h'],
  [/ts/g, 's'],
  [/ck/g, 'k'],
  // Loanwords spell x out (Netflix ~ 넷플릭스 ~ ネットフリックス).
  [/x/g, 'ks'],
  // 우 after a final ㅇ is written "woo" ("Jung-woo" ~ 정우): the w leaves the ng before a vowel, as in "Jung-eun".
  [/ngw(?=[aeiou])/g, 'ng'],
  [/ng$/g, 'n'],
  [/ng(?![aeiou])/g, 'n'],
  [/[ckgqx]/g, 'k'],
  [/z/g, 'j'],
  [/[bpfv]/g, 'b'],
  [/[dt]/g, 'd'],
  [/r/g, 'l'],
  [/w/g, ''],
];

/**
 * A loose matching key for a name written in any script: romanized, letters only, with
 * vowel and consonant spellings folded (eo/o, u/oo, k/g/c, j/ch, b/p, d/t, l/r), o and u
 * merged, final h dropped, doubled letters collapsed. Kept for the names seen recently: names recur across
 * passages, and the folds are some thirty replacements.
 */
export const looseNameKey: (text: string) => string = boundedMemo(50_000, (text: string) => foldedNameKey(text));

function foldedNameKey(text: string): string {
  let key = toLatin(text.replace(/['’]s?(?=\s|$)/gu, '')).replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of vowelFolds) key = key.replace(pattern, replacement);
  for (const [pattern, replacement] of consonantFolds) key = key.replace(pattern, replacement);
  key = key.replace(/u/g, 'o').replace(/y/g, 'i');
  key = key.replace(/h(?![aeiou])/g, '').replace(/(.)\1+/g, '$1');
  // Final vowels carry case endings and romanization habits (Мультпрактика / Мультпрактике, -soo / -su).
  return key.length > 4 ? key.replace(/[aeiou]+$/, '') : key;
}

/**
 * The consonants of a loose name key (its first letter kept): loanwords and names written in
 * Katakana or Hangul add vowels the Latin spelling lacks ("Kinema Citrus" ~ キネマシトラス,
 * "Netflix" ~ 넷플릭스); their consonants still agree. Undefined when too short to tell.
 */
export function consonantSkeleton(looseKey: string): string | undefined {
  const skeleton = `${looseKey.charAt(0)}${looseKey.slice(1).replace(/[aeiouy]/g, '')}`.replace(/(.)\1+/g, '$1');
  return skeleton.length >= 5 ? skeleton : undefined;
}

const isVowel = (code: number) => code === 97 || code === 101 || code === 105 || code === 111 || code === 117;

/** What one edit between two loose keys costs: vowels, and the r and s that loanwords drop or add, cost less. */
function editCost(code: number): number {
  if (isVowel(code)) return 0.4;
  return code === 108 || code === 115 ? 0.6 : 1;
}

let previousRow = new Float64Array(64);
let currentRow = new Float64Array(64);

/**
 * A weighted edit distance between two loose name keys: a vowel written or left out (Korean and
 * Japanese add vowels to loanwords: "Studio" ~ 스튜디오 ~ スタジオ) costs 0.4, a dropped r or an
 * added s 0.6, any other consonant 1. Stops early, returning Infinity, once `limit` is passed.
 */
export function looseKeyDistance(left: string, right: string, limit = Number.POSITIVE_INFINITY): number {
  if (previousRow.length <= right.length) {
    previousRow = new Float64Array(right.length * 2 + 1);
    currentRow = new Float64Array(right.length * 2 + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  previous[0] = 0;
  for (let column = 1; column <= right.length; column += 1)
    previous[column] = (previous[column - 1] as number) + editCost(right.charCodeAt(column - 1));
  for (let row = 1; row <= left.length; row += 1) {
    const letter = left.charCodeAt(row - 1);
    const deletion = editCost(letter);
    current[0] = (previous[0] as number) + deletion;
    let smallest = current[0] as number;
    for (let column = 1; column <= right.length; column += 1) {
      const other = right.charCodeAt(column - 1);
      const substitution = letter === other ? 0 : isVowel(letter) && isVowel(other) ? 0.4 : 1;
      const value = Math.min(
        (previous[column - 1] as number) + substitution,
        (previous[column] as number) + deletion,
        (current[column - 1] as number) + editCost(other),
      );
      current[column] = value;
      if (value < smallest) smallest = value;
    }
    if (smallest > limit) return Number.POSITIVE_INFINITY;
    [previous, current] = [current, previous];
  }
  return previous[right.length] as number;
}

/**
 * Whether two loose keys spell one name: the same first letter and a distance of at most
 * 0.3 + 0.15 per letter of the longer key, 0.6 under seven letters (keys under five letters only
 * as written).
 */
export function sameNameSpelling(left: string, right: string): boolean {
  if (left === right) return true;
  const shorter = Math.min(left.length, right.length);
  const longer = Math.max(left.length, right.length);
  if (shorter < 5 || left.charAt(0) !== right.charAt(0) || longer - shorter > longer * 0.45) return false;
  const allowed = spellingAllowance(longer);
  return looseKeyDistance(left, right, allowed) <= allowed;
}

/** The distance sameNameSpelling allows between two keys, by the longer one's length. */
export function spellingAllowance(longer: number): number {
  // Short keys differ in one vowel or a dropped or added r or s: any more makes another name.
  return longer < 7 ? 0.6 : 0.3 + 0.15 * longer;
}

// The names of the Latin letters as Korean and Japanese write an acronym out (엠 = M, 아이엘엠 = ILM, エムビーエー =
// MBA), one list per letter.
const letterNames: Record<string, string[]> = {
  a: ['에이', 'エー', 'エイ'],
  b: ['비', 'ビー'],
  c: ['씨', '시', 'シー'],
  d: ['디', 'ディー'],
  e: ['이', 'イー'],
  f: ['에프', 'エフ'],
  g: ['지', '쥐', 'ジー'],
  h: ['에이치', '에치', 'エイチ', 'エッチ'],
  i: ['아이', 'アイ'],
  j: ['제이', 'ジェー', 'ジェイ'],
  k: ['케이', 'ケー', 'ケイ'],
  l: ['엘', 'エル'],
  m: ['엠', 'エム'],
  n: ['엔', 'エヌ'],
  o: ['오', 'オー'],
  p: ['피', 'ピー'],
  q: ['큐', 'キュー'],
  r: ['알', 'アール'],
  s: ['에스', 'エス'],
  t: ['티', 'ティー'],
  u: ['유', 'ユー'],
  v: ['브이', 'ブイ', 'ヴィー'],
  w: ['더블유', 'ダブリュー', 'ダブリュ'],
  x: ['엑스', 'エックス'],
  y: ['와이', 'ワイ'],
  z: ['제트', 'ゼット', 'ズィー'],
};
const letterByName = new Map<string, string>();
for (const [letter, names] of Object.entries(letterNames)) for (const name of names) letterByName.set(name, letter);
const longestLetterName = Math.max(...[...letterByName.keys()].map((name) => name.length));

/**
 * The Latin letters a Hangul or Katakana word spells out by their names ("아이엘엠" → "ilm", "エム・エー" → "ma"),
 * lower-case; undefined when the word is anything else. The first way found that reads the whole word.
 */
export function spelledLetters(word: string): string | undefined {
  const text = word.normalize('NFC').replace(/[・･\s]/gu, '');
  if (!/^[\p{Script=Hangul}\p{Script=Katakana}ー]+$/u.test(text)) return undefined;
  const reading: (string | undefined)[] = [''];
  for (let end = 1; end <= text.length; end += 1) {
    for (let length = 1; length <= Math.min(longestLetterName, end) && reading[end] === undefined; length += 1) {
      const before = reading[end - length];
      const letter = letterByName.get(text.slice(end - length, end));
      if (before !== undefined && letter !== undefined) reading[end] = `${before}${letter}`;
    }
  }
  return reading[text.length];
}
