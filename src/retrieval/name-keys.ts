/**
 * Loose keys of the names in a text, in every script, so that one name written two ways
 * meets on one key: runs of capitalised Latin or Cyrillic words (each run of one to three
 * words, joined: "Ha Jung-soo" → one key), Hangul words without their particle (하정수),
 * Katakana words (ハ・ジョンス). Keys start with `%`.
 */
import { looseNameKey } from '../knowledge/romanize.js';
import { isStopWord, stripKoreanParticle } from './text-normalize.js';

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[・･]/gu;
const capitalised = /^[\p{Lu}][\p{L}'’-]*$/u;
const hangulWord = /^\p{Script=Hangul}+$/u;
const katakanaWord = /^[\p{Script=Katakana}ー]+$/u;

function keyOf(text: string): string | undefined {
  const key = looseNameKey(text);
  return key.length >= 3 ? `%${key}` : undefined;
}

/** The loose name keys of a text (see the module comment), without duplicates. */
export function nameKeys(text: string): string[] {
  const keys = new Set<string>();
  const add = (value: string) => {
    const key = keyOf(value);
    if (key !== undefined) keys.add(key);
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
    }
  }
  flushRun();
  flushKatakana();
  return [...keys];
}
