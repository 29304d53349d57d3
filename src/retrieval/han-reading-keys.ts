/**
 * The pinyin keys of Han text (see name-keys.ts, whose module comment tells how a question and a passage use them):
 * the loose key of the Mandarin reading of every stretch of two to four Han characters (knowledge/han-reading.ts).
 */
import { hanNameReadings, hanPinyin, mayBeHanName } from '../knowledge/han-reading.js';
import { loanwordSkeleton } from '../knowledge/loanword-skeleton.js';
import { consonantSkeleton, looseNameKey } from '../knowledge/romanize.js';
import { boundedMemo } from './bounded-memo.js';

const recentKeysLimit = 50_000;

/** A reading's loose key (`%…`), as a name's is made (name-keys.ts), none under three letters. */
function looseKeysOfReading(reading: string): string[] {
  const key = looseNameKey(reading);
  return key.length < 3 ? [] : [`%${key}`];
}

/** What starts the pinyin key of a passage's Han stretch (see the module comment): a loose key of its own kind. */
export const pinyinMark = '%ᴾ';

/** The pinyin key (`%ᴾ…`) a loose key (`%…`) meets a passage's Han text by. */
export const pinyinTwin = (key: string) => `${pinyinMark}${key.slice(1)}`;

/**
 * Whether a question's loose key also looks for a passage's Han text: five letters or more (a shorter loose key is
 * the pinyin of many Han stretches by chance).
 */
export const twinned = (key: string) => key.startsWith('%') && !key.startsWith(pinyinMark) && key.length > 5;

/** The loose keys (`%…`) of the pinyin of a Han run's stretches of two to four characters, each with where it lies. */
export const hanStretchKeys = boundedMemo(
  recentKeysLimit,
  (run: string): readonly { key: string; from: number; to: number }[] =>
    hanNameReadings(run).flatMap(({ reading, from, to }) =>
      looseKeysOfReading(reading).map((key) => ({ key, from, to })),
    ),
);

/** The loose keys (`%…`) of the pinyin of a Han run's stretches of two to four characters. */
export function hanReadingKeys(run: string): string[] {
  return [...new Set(hanStretchKeys(run).map((stretch) => stretch.key))];
}

/**
 * Whether a question's stretch of Han characters also meets another form of it in a passage's Han text by its pinyin
 * (`%ᴾ…`): three characters or more, none of Chinese grammar (see the module comment).
 */
export function twinnedHanStretch(run: string, from: number, to: number): boolean {
  return to - from >= 3 && mayBeHanName([...run].slice(from, to).join(''));
}

/** A foreign name Chinese writes by its sound, its parts joined by a middle dot (托马斯·图尔 is Thomas Tull). */
const dottedName = /(\p{Script=Han}+)·(\p{Script=Han}+)/gu;

/**
 * The consonant skeletons (`#…`, name-keys.ts) of the pinyin of the foreign names a text writes in Han letters with a
 * middle dot (托马斯·图尔, 乔治·卢卡斯), so that the Latin, Hangul or Katakana spelling of the name meets them as
 * its skeleton does. The name runs into the words around it (首席执行官托马斯·图尔将留任): every one to four letters
 * before the dot with every one to four after it.
 */
export function dottedHanNameKeys(text: string): string[] {
  if (!text.includes('·')) return [];
  const keys = new Set<string>();
  for (const match of text.matchAll(dottedName)) {
    const [left, right] = [[...(match[1] as string)], [...(match[2] as string)]];
    for (let before = 1; before <= Math.min(4, left.length); before += 1)
      for (let after = 1; after <= Math.min(4, right.length); after += 1) {
        const pinyin = hanPinyin([...left.slice(-before), ...right.slice(0, after)].join(''));
        if (pinyin === undefined) continue;
        for (const skeleton of [consonantSkeleton(looseNameKey(pinyin)), loanwordSkeleton(pinyin)])
          if (skeleton !== undefined) keys.add(`#${skeleton}`);
      }
  }
  return [...keys];
}
