/**
 * Loose keys of the names in a text, in every script, so that one name written two ways
 * meets on one key: runs of capitalised Latin or Cyrillic words (each run of one to three
 * words, joined: "Ha Jung-soo" → one key), Hangul words without their particle (하정수),
 * Katakana words (ハ・ジョンス). Keys start with `%`.
 */
import { consonantSkeleton, looseNameKey } from '../knowledge/romanize.js';
import { isStopWord, stripKoreanParticle } from './text-normalize.js';

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
  ].join('|'),
  'gu',
);
const capitalised = /^[\p{Lu}][\p{L}'’-]*$/u;
const hangulWord = /^\p{Script=Hangul}+$/u;
const katakanaWord = /^[\p{Script=Katakana}ー]+$/u;

function keysOf(text: string): string[] {
  const key = looseNameKey(text);
  if (key.length < 3) return [];
  const skeleton = consonantSkeleton(key);
  return skeleton === undefined ? [`%${key}`] : [`%${key}`, `#${skeleton}`];
}

/** The loose key and, for longer names, the consonant skeleton (`#…`) of one name. */
export function looseKeysOf(text: string): string[] {
  return keysOf(text);
}

/** The loose name keys of a text (see the module comment), without duplicates. */
export function nameKeys(text: string): string[] {
  const keys = new Set<string>();
  const add = (value: string) => {
    for (const key of keysOf(value)) keys.add(key);
  };
  let run: string[] = [];
  let katakana = '';
  const flushRun = () => {
    for (let start = 0; start < run.length; start += 1) {
      for (let length = 1; length <= 3 && start + length <= run.length; length += 1) {
        const words = run.slice(start, start + length);
        if (length === 1 && (words[0] as string).length < 3) continue;
        add(words.join(''));
      }
    }
    run = [];
  };
  const flushKatakana = () => {
    if (katakana.length >= 2) add(katakana);
    katakana = '';
  };
  let previousHangul = '';
  for (const match of text.normalize('NFC').matchAll(wordPattern)) {
    const word = match[0];
    if (word === '・' || word === '･') continue;
    if (katakanaWord.test(word)) {
      katakana += word;
      continue;
    }
    flushKatakana();
    if (capitalised.test(word) && !hangulWord.test(word) && !isStopWord(word.toLowerCase())) {
      run.push(word);
      continue;
    }
    flushRun();
    if (hangulWord.test(word)) {
      const stem = stripKoreanParticle(word);
      const length = [...stem].length;
      if (length >= 2 && length <= 6) add(stem);
      // A name in Hangul may be written in two words (키네마 시트러스).
      if (previousHangul !== '' && length <= 6) add(`${previousHangul}${stem}`);
      previousHangul = word === stem ? stem : '';
    } else {
      previousHangul = '';
    }
  }
  flushRun();
  flushKatakana();
  return [...keys];
}
