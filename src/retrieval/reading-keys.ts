/**
 * Sino-Korean reading keys (`^…`) of a text, so that a Japanese kanji word and the Korean word it is (需要予測 ~
 * 수요예측, 競争率 ~ 경쟁률) meet on one key: kanji runs read in Hangul, Korean words without their particle or verb
 * ending, and two Korean words written apart as one (수요 예측). See knowledge/sino-korean-reading.ts.
 */
import { hangulReadingKeys, kanjiReadingKeys } from '../knowledge/sino-korean-reading.js';
import { boundedMemo } from './bounded-memo.js';
import { stripKoreanParticle } from './text-normalize.js';

const runPattern = /\p{Script=Han}+|\p{Script=Hangul}+/gu;
const hanRun = /^\p{Script=Han}/u;

/** A run's reading keys with their pieces, and a Hangul run's stem (the run itself for a kanji run). */
interface RunReading {
  stem: string;
  keys: readonly string[];
}

/** The readings of runs seen recently: an index build reads the same words in passage after passage. */
const runReading = boundedMemo(50_000, (run: string): RunReading => {
  if (hanRun.test(run)) return { stem: run, keys: kanjiReadingKeys(run) };
  const stem = stripKoreanParticle(run);
  return { stem, keys: hangulReadingKeys(stem) };
});

/**
 * The reading keys of a text, without duplicates. `pieces` false (a question's words): each word's own key only, not
 * the two-syllable pieces of a longer word. `hangul` false: kanji runs only (a passage in the lexical index, where a
 * Korean question meets a Japanese passage; keys on every Korean passage cost more than they found, see lexical-terms).
 */
export function readingKeys(text: string, pieces = true, hangul = true): string[] {
  if (!/[\p{Script=Han}\p{Script=Hangul}]/u.test(text)) return [];
  const keys = new Set<string>();
  let previous: { stem: string; end: number } | undefined;
  for (const match of text.matchAll(runPattern)) {
    const run = match[0];
    if (hanRun.test(run)) {
      for (const key of pieces ? runReading(run).keys : kanjiReadingKeys(run, pieces)) keys.add(key);
      previous = undefined;
      continue;
    }
    if (!hangul) continue;
    const reading = runReading(run);
    const stem = reading.stem;
    for (const key of pieces ? reading.keys : hangulReadingKeys(stem, pieces)) keys.add(key);
    // 수요 예측: the first word has no particle and only a space stands between the two.
    if (previous !== undefined && /^\s+$/u.test(text.slice(previous.end, match.index)))
      for (const key of hangulReadingKeys(`${previous.stem}${stem}`, false)) keys.add(key);
    previous = stem === run && [...run].length >= 2 ? { stem, end: match.index + run.length } : undefined;
  }
  return [...keys];
}
