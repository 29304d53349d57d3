/**
 * The consonants of a name as another script hears it: Korean, Japanese and Russian write a foreign
 * name by its sound, so "Animal Logic" is 애니멀 로직 and アニマル・ロジック, "Fitzgerald" Фицджеральд,
 * "Sconnect" 에스커넥트. Their vowels differ (each script adds its own: 스 for s, ク for k), but the
 * consonants agree once English spelling is read as it sounds: an r that ends a syllable is not heard
 * (Fletcher ~ 플레처 ~ フレッチャー), c and g before e, i, y are soft (Logic ~ 로직, Agent ~ 에이전트),
 * and a run of capitalised words written as one ("CyberAgent") is read word by word; Katakana writes an English
 * "di" before a vowel ジ (スタジオ ~ Studio ~ 스튜디오), read back as d.
 * The skeleton drops every vowel (an initial one too: 에스커넥트 ~ Sconnect) and folds the consonants
 * that the scripts confuse (k/g/c/q, b/p/f/v, d/t, j/ch/z, l/r); it is used for matching only.
 */
import { toLatin } from './romanize.js';

/** Latin spellings read as English sounds them, in order (a digraph before its letters). */
const latinSounds: [RegExp, string][] = [
  [/tch/g, 'j'],
  [/ch/g, 'j'],
  [/sh/g, 's'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/qu/g, 'kw'],
  [/x/g, 'ks'],
  [/tz/g, 's'],
  [/t(?=ion)/g, 's'],
  [/c(?=[eiy])/g, 's'],
  // "-ture" is heard "cher" (Pictures ~ 픽처스, Adventure ~ 어드벤처).
  [/t(?=ure)/g, 'j'],
  // A word-final "re" is an r not heard (Centre ~ 센터, Pictures ~ 픽처스).
  [/re(?=s?$)/g, 'e'],
  [/g(?=[eiy])/g, 'j'],
  // An r not followed by a vowel is not heard (non-rhotic, as the loanword scripts write English).
  [/r(?![aeiouy])/g, ''],
  // As the romanized spellings read it (a Korean name written in Latin, Sonmi ~ 손미).
  [/nm/g, 'm'],
];

/** Romanized spellings of the same sounds (Revised Romanization, Hepburn, Cyrillic transliterated). */
const romanizedSounds: [RegExp, string][] = [
  [/shch/g, 's'],
  [/dzh|tch|ch|zh/g, 'j'],
  [/sh/g, 's'],
  [/ts/g, 's'],
  [/kh/g, 'h'],
  // Katakana writes a doubled m with ン (マンマル ~ Mammal, ハンマー ~ Hammer).
  [/nm/g, 'm'],
];

/** Katakana alone writes an English "di" before a vowel ジ (スタジオ ~ Studio, ラジオ ~ Radio; Hangul 스튜디오). */
const katakanaSounds: [RegExp, string][] = [[/ji(?=[aeiou])/g, 'di'], ...romanizedSounds];
const katakana = /\p{Script=Katakana}/u;

const consonantClasses: [RegExp, string][] = [
  [/ng(?![aeiou])/g, 'n'],
  [/[aeiouy]/g, ''],
  [/h|w/g, ''],
  [/[ckgq]/g, 'k'],
  [/[zj]/g, 'j'],
  [/[bpfv]/g, 'b'],
  [/[dt]/g, 'd'],
  [/r/g, 'l'],
];

const latinWord = /^[\p{Script=Latin}'’-]+$/u;

/** The folded consonants of one word (see the module comment). */
function wordConsonants(word: string): string {
  const latin = latinWord.test(word);
  let letters = toLatin(word).replace(/[^a-z]/g, '');
  const sounds = latin ? latinSounds : katakana.test(word) ? katakanaSounds : romanizedSounds;
  for (const [pattern, replacement] of sounds) letters = letters.replace(pattern, replacement);
  for (const [pattern, replacement] of consonantClasses) letters = letters.replace(pattern, replacement);
  return letters;
}

/** How many consonants a skeleton needs before it tells one name from another. */
const shortestSkeleton = 4;

/**
 * The loanword skeleton of a name in any script (see the module comment), undefined when it has fewer than four
 * consonants: shorter skeletons are shared by too many names.
 */
export function loanwordSkeleton(name: string): string | undefined {
  const words = name
    .normalize('NFC')
    .replace(/['’]s?(?=\s|$)/gu, '')
    // "CyberAgent", "AnimalLogic" (a run of capitalised words written as one): word by word.
    .replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ')
    .split(/[\s・･-]+/u)
    .filter((word) => word !== '');
  const heard = words
    .map(wordConsonants)
    .join('')
    .replace(/(.)\1+/g, '$1');
  // A name's last s or z is written either way (Wars ~ 워즈, Studios ~ 스튜디오, Pictures ~ ピクチャーズ): not kept,
  // though it counts towards the length a skeleton needs (Cygames ~ 사이게임즈).
  return heard.length >= shortestSkeleton ? heard.replace(/[sj]$/u, '') : undefined;
}
