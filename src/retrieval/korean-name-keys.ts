/**
 * A question's keys for Korean names written the other way. People (knowledge/korean-name-readings.ts): a Hangul
 * name that starts with a common surname by the spellings other scripts' press gives it (이진수 ~ "Jinsoo Lee",
 * 곽동원 ~ "Dong Won Kwak"), and a Latin name that starts or ends with a customary surname spelling by the Revised
 * Romanization its Hangul spelling is keyed by ("Park Tae-hoon" ~ 박태훈). Companies whose name starts with an
 * acronym spelt out in Hangul or Katakana letter names (엘지유플러스 ~ LG유플러스, 씨제이이엔엠 ~ CJ ENM, 케이티시즌 ~
 * KT Seezn): the letters' key and the rest's, as an article that writes the acronym in Latin letters is keyed.
 * English names that start with "The", which Korean and Japanese write into the name (더그림엔터테인먼트, ザ・グリム ~
 * "The Grim Entertainment", 더밀 ~ "The Mill") while a Latin run leaves the stop word out: the run with it.
 * Question side only: an article's keys are as they were.
 */
import { koreanNameInHangulOrder, koreanNameSpellings } from '../knowledge/korean-name-readings.js';
import { loanwordSkeleton } from '../knowledge/loanword-skeleton.js';
import { looseNameKey, romanizeHangul, spelledLetters, toLatin } from '../knowledge/romanize.js';
import { stripKoreanParticle } from './text-normalize.js';

const looseKey = (spelling: string) => `%${looseNameKey(spelling)}`;

/** The loose keys of a Hangul word's readings as a Korean person's name (none for a word that is no such name). */
export function koreanNameWordKeys(word: string): string[] {
  const name = stripKoreanParticle(word);
  // A surname the loose key folds away ("Jinsoo Yi" ~ "jinsoo") would leave the given name alone: not a key.
  const given = looseKey(romanizeHangul(name.slice(1)));
  return koreanNameSpellings(name)
    .map(looseKey)
    .filter((key) => key !== given);
}

const letterSpelling = /^[\p{Script=Hangul}\p{Script=Katakana}ー]+$/u;

/**
 * The keys of a Hangul or Katakana word that spells an acronym, whole or at its start (see the module comment): the
 * letters as a word ("lg") and as a name ("%kjenm" for "CJ ENM"), and the rest of the word alone (유플러스) and after
 * the letters. Two letters or more, and a rest of two characters or more.
 */
export function spelledAcronymKeys(word: string): string[] {
  const stem = stripKoreanParticle(word).replace(/[・･]/gu, '');
  if (!letterSpelling.test(stem)) return [];
  const characters = [...stem];
  const keys: string[] = [];
  // A word that spells letters throughout is an acronym alone (엔에이치엔 = NHN), not letters and a rest.
  const whole = spelledLetters(stem) === undefined ? 2 : characters.length;
  for (let end = characters.length; end >= whole; end -= 1) {
    const rest = characters.slice(end).join('');
    if (rest.length === 1) continue;
    const letters = spelledLetters(characters.slice(0, end).join(''));
    if (letters === undefined || letters.length < 2) continue;
    keys.push(letters, looseKey(letters));
    if (rest !== '') keys.push(looseKey(rest), looseKey(`${letters}${toLatin(rest)}`));
  }
  // A rest of fewer than four letters is an everyday word as often as a name (비디오|게임).
  return [...new Set(keys)].filter((key) => !key.startsWith('%') || key.length > 4);
}

/** The loose key of a run of two or three Latin words read as a Korean person's name in Hangul, if it is one. */
export function koreanNameRunKey(words: readonly string[]): string | undefined {
  const reading = koreanNameInHangulOrder(words);
  return reading === undefined ? undefined : looseKey(reading);
}

/** The loose key and loanword skeleton of a name written with "The" before it (see the module comment). */
export function theNameKeys(name: string): string[] {
  const written = `The ${name}`;
  const heard = loanwordSkeleton(written);
  return heard === undefined ? [looseKey(written)] : [looseKey(written), `#${heard}`];
}

const theRuns = /\b[Tt]he\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu;
const hangulWords = /\p{Script=Hangul}+/gu;
const spelledWords = /[\p{Script=Hangul}\p{Script=Katakana}ー・･]+/gu;
const capitalisedRuns = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/** The keys of a question's Korean people's names written the other way (see the module comment). */
export function koreanNameKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const [word] of text.matchAll(hangulWords)) for (const key of koreanNameWordKeys(word)) keys.add(key);
  for (const [word] of text.matchAll(spelledWords)) for (const key of spelledAcronymKeys(word)) keys.add(key);
  for (const [, run = ''] of text.matchAll(theRuns)) {
    const words = run.split(/\s+/u);
    for (let length = 1; length <= words.length; length += 1)
      for (const key of theNameKeys(words.slice(0, length).join(' '))) keys.add(key);
  }
  for (const [run] of text.matchAll(capitalisedRuns)) {
    const words = run.split(/\s+/u);
    for (let start = 0; start < words.length; start += 1)
      for (let length = 2; length <= 3 && start + length <= words.length; length += 1) {
        const key = koreanNameRunKey(words.slice(start, start + length));
        if (key !== undefined) keys.add(key);
      }
  }
  return [...keys];
}
