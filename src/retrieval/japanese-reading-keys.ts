/**
 * Japanese names in kanji across scripts (knowledge/japanese-reading.ts tells how the kanji are read), both ways:
 * - a question's kanji (集英社, 講談社, a Chinese question's 角川) give the loose keys (`%…`) of their Japanese
 *   readings, which meet the romanized name an article writes (Shueisha, Kodansha, KADOKAWA), as written or by
 *   spelling (spelling-matcher.ts);
 * - a Japanese article's kanji names are learnt when a generation is built, each reading with the pinyin key (`%ᴾ…`,
 *   han-reading-keys.ts) its passages already hold for that stretch: a question that writes the name in Latin letters,
 *   Hangul or Katakana (Shuntaro Furukawa, 도토키 히로키, Nintendo) finds the reading by its loose key, as spelled (a
 *   reading found by a spelling distance found other names too: tune sets e, j, n, t, u lost two answers and a
 *   refusal), and looks for that pinyin key. Nothing is added to a passage's own keys.
 * Stretches of two to four kanji are read, as the pinyin keys are; a reading under four letters is too short to tell
 * one name from another, and a learnt one under five (a stretch with a kanji the table lacks is not read).
 */
import { foldedHan } from '../knowledge/han-reading.js';
import { japanesePersonNameReadings, japaneseReadings } from '../knowledge/japanese-reading.js';
import { looseNameKey } from '../knowledge/romanize.js';
import { boundedMemo } from './bounded-memo.js';
import { hanStretchKeys, pinyinTwin } from './han-reading-keys.js';

const shortestReading = 4;
/** A learnt reading under five letters would be found by too many names. */
const shortestLearntReading = 5;
/**
 * Unless the kanji stand as a run of their own (東映アニメーション, 東宝、…): two kanji between kana, Latin letters or
 * punctuation are a word or a name whole, not a stretch cut out of a longer compound, so a short reading of theirs
 * (Toei, Toho) is the name's. Tune half: cross-language 456 -> 457/1413, same 429 -> 430, refused 519 -> 521,
 * grounded-but-wrong 325 -> 323; cross-language retrieval misses 326 -> 322.
 */
const shortestWholeRunReading = 3;
const longestStretch = 4;

/**
 * The loose keys of a stretch's Japanese readings, none shorter than `shortest` letters; of a whole run (`whole`), its
 * readings as a person's name too (宮崎駿 ~ Hayao Miyazaki, japanesePersonNameReadings).
 */
function readingKeysOf(stretch: string, shortest: number, whole = false): string[] {
  const keys = new Set<string>();
  const readings = japaneseReadings(stretch, foldedHan);
  if (whole) readings.push(...japanesePersonNameReadings(stretch, foldedHan));
  for (const reading of readings) {
    const key = looseNameKey(reading);
    if (key.length >= shortest) keys.add(`%${key}`);
  }
  return [...keys];
}

/** The stretches of two to four characters of a Han run, each with where it lies. */
function* stretchesOf(run: string): Generator<{ stretch: string; from: number; to: number }> {
  const characters = [...run];
  for (let from = 0; from + 2 <= characters.length; from += 1)
    for (let to = from + 2; to <= Math.min(characters.length, from + longestStretch); to += 1)
      yield { stretch: characters.slice(from, to).join(''), from, to };
}

/**
 * The loose keys (`%…`) of the Japanese readings of a question's Han run (see the module comment). A Japanese
 * question writes a name as a run of its own between kana (集英社の…): its run is read whole, and only a run of two to
 * four kanji (主幹事証券会社 is a compound word, not a name); Chinese runs on, so its every stretch is read.
 */
export function japaneseReadingKeys(run: string, japanese: boolean): readonly string[] {
  if (!japanese) return stretchReadingKeys(run);
  const length = [...run].length;
  return length >= 2 && length <= longestStretch ? readingKeysOf(run, shortestReading, true) : [];
}

const stretchReadingKeys = boundedMemo(10_000, (run: string): readonly string[] => {
  const keys = new Set<string>();
  for (const { stretch } of stretchesOf(run)) for (const key of readingKeysOf(stretch, shortestReading)) keys.add(key);
  return [...keys];
});

/** What marks a learnt reading among a generation's names: `ᴶ<loose key of the reading>=<pinyin key>`. */
const readingMark = 'ᴶ';
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const hanRun = /\p{Script=Han}{2,}/gu;

/**
 * The readings of the kanji names a Japanese text writes (a text without kana gives none), as a generation's names
 * hold them: `ᴶ%<reading key>=%ᴾ<pinyin key>` (see the module comment).
 */
export function learntJapaneseReadings(text: string): string[] {
  if (!kana.test(text)) return [];
  const entries = new Set<string>();
  for (const match of text.matchAll(hanRun)) {
    const run = match[0];
    const pinyin = new Map<string, string>();
    for (const { key, from, to } of hanStretchKeys(run)) pinyin.set(`${from}:${to}`, pinyinTwin(key));
    const length = [...run].length;
    for (const { stretch, from, to } of stretchesOf(run)) {
      const twin = pinyin.get(`${from}:${to}`);
      if (twin === undefined) continue;
      const whole = from === 0 && to === length;
      const shortest = whole ? shortestWholeRunReading : shortestLearntReading;
      for (const key of readingKeysOf(stretch, shortest, whole)) entries.add(`${readingMark}${key}=${twin}`);
    }
  }
  return [...entries];
}

/** Finds the pinyin keys of the kanji names whose Japanese reading a question's name is (see the module comment). */
export interface ReadingMatcher {
  pinyinKeysOf(keys: readonly string[]): string[];
}

/** A matcher over a generation's learnt readings (its names that start with `ᴶ`). */
export function createReadingMatcher(names: Iterable<string>): ReadingMatcher {
  // Made on the first look-up (an open does not walk the names for it).
  let byReading: Map<string, string[]> | undefined;
  const readings = () => {
    if (byReading !== undefined) return byReading;
    byReading = new Map<string, string[]>();
    for (const name of names) {
      if (!name.startsWith(readingMark)) continue;
      const [reading, twin] = name.slice(readingMark.length).split('=');
      if (reading === undefined || twin === undefined) continue;
      const list = byReading.get(reading) ?? [];
      list.push(twin);
      byReading.set(reading, list);
    }
    return byReading;
  };
  return {
    pinyinKeysOf(keys) {
      const known = readings();
      if (known.size === 0) return [];
      const found = new Set<string>();
      for (const key of keys) for (const twin of known.get(key) ?? []) found.add(twin);
      return [...found];
    },
  };
}
