/**
 * Japanese kanji words and Korean words are often one Sino-Xenic word written two ways: 公募 is 공모, 需要予測 수요예측,
 * 競争率 경쟁률, 手数料 수수료, 発表 발표. A kanji run read character by character in its Sino-Korean reading (the table of
 * the `hanja` package: one Hangul syllable per character, Japanese simplified forms included) is the Korean word, up to
 * the initial-sound law (連載 is read 련재 and written 연재, 率 is 률 or 율 after a vowel); a Chinese simplified form the
 * table lacks is read as its traditional form (动画 as 動畫, 동화: han-reading.ts). Both sides are folded the
 * same way, on every syllable: an initial ㄹ is read ㅇ before i or y (력 ~ 역, 률 ~ 율) and ㄴ before other vowels
 * (로 ~ 노), an initial ㄴ before i or y is read ㅇ (녀 ~ 여). The key is used for matching only, never shown.
 */
import { createRequire } from 'node:module';
import { foldedHan } from './han-reading.js';

/**
 * Japanese simplified forms the table reads as another character that shares the shape, where Korean reads the
 * traditional form they stand for (予 for 豫 in 予算 예산, 芸 for 藝 in 芸能 예능, 専 for 專 in 専門 전문), and 率 in its
 * reading as a rate (競争率 경쟁률).
 */
const japaneseReadings: Record<string, string> = {
  予: '예',
  芸: '예',
  専: '전',
  証: '증',
  担: '담',
  胆: '담',
  欠: '결',
  台: '대',
  虫: '충',
  灯: '등',
  渓: '계',
  蚕: '잠',
  糸: '사',
  率: '률',
};

let table: Record<string, string> | undefined;

function readingOf(character: string): string | undefined {
  if (table === undefined)
    table = createRequire(import.meta.url)('hanja/lib/data/hanjaeum.json') as Record<string, string>;
  // A simplified Chinese form the table lacks (动 of 动画) is read as its traditional form (動, 동).
  return japaneseReadings[character] ?? table[character] ?? table[foldedHan(character)];
}

const syllableStart = 0xac00;
const syllableEnd = 0xd7a3;
const initialSpan = 21 * 28;
const [initialN, initialR, initialSilent] = [2, 5, 11];
/** The medial vowels read with a y or as i (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ), before which the initial-sound law drops ㄹ and ㄴ. */
const yVowels = new Set([2, 3, 6, 7, 12, 17, 20]);

/** A Hangul word with every syllable folded by the initial-sound law (see the module comment). */
function folded(hangul: string): string {
  let result = '';
  for (const character of hangul) {
    const code = character.charCodeAt(0);
    if (code < syllableStart || code > syllableEnd) return '';
    const offset = code - syllableStart;
    const initial = Math.floor(offset / initialSpan);
    const rest = offset % initialSpan;
    const yVowel = yVowels.has(Math.floor(rest / 28));
    const read =
      initial === initialR
        ? yVowel
          ? initialSilent
          : initialN
        : initial === initialN && yVowel
          ? initialSilent
          : initial;
    result += String.fromCharCode(syllableStart + read * initialSpan + rest);
  }
  return result;
}

/**
 * The reading keys of one word read in Hangul, 2 to 6 syllables: the whole word and, for a longer one, its two-syllable
 * pieces from the start (수요예측 is also 수요 and 예측, 경쟁률 also 경쟁): a compound is often written as its parts.
 * `pieces` false: the whole word only (a question's word asks for itself).
 */
function keysOfReading(reading: string, pieces: boolean): string[] {
  const key = folded(reading);
  if (key.length < 2 || key.length > 6) return [];
  const keys = [`^${key}`];
  if (pieces)
    for (let start = 0; start + 2 <= key.length && key.length > 2; start += 2)
      keys.push(`^${key.slice(start, start + 2)}`);
  return keys;
}

/** The Sino-Korean reading of a run of two or more kanji, undefined when a character has none. */
export function kanjiReading(run: string): string | undefined {
  const characters = [...run];
  if (characters.length < 2) return undefined;
  let reading = '';
  for (const character of characters) {
    const read = readingOf(character);
    if (read === undefined) return undefined;
    reading += read;
  }
  return reading;
}

/** The ways Korean turns a Sino-Korean noun into a verb (발표했다, 출시된, 진행하는): the noun is what a kanji word reads. */
const verbEnding =
  /(?:하다|한다|했다|하는|하고|하며|하여|해서|했고|했으며|했던|했다고|한|할|해|했|된다|됐다|되는|되고|되며|되어|돼|됐고|됐으며|된|될|됐|시킨|시켰다|시켜)$/u;

/** A Korean word (its particle taken off) without the ending that makes a noun a verb, when two syllables are left. */
export function koreanReadingStem(word: string): string {
  const match = verbEnding.exec(word);
  return match !== null && match.index >= 2 ? word.slice(0, match.index) : word;
}

/** Reading keys (`^…`, see the module comment) of a kanji run of two or more characters. */
export function kanjiReadingKeys(run: string, pieces = true): string[] {
  const reading = kanjiReading(run);
  return reading === undefined ? [] : keysOfReading(reading, pieces);
}

/** Reading keys (`^…`) of a Korean word without its particle. */
export function hangulReadingKeys(stem: string, pieces = true): string[] {
  return keysOfReading(koreanReadingStem(stem), pieces);
}
