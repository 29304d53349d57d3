/**
 * Han text has no capitals, and the word segmenter cuts a name it does not know into single letters (腾|讯, 艺|画|开|天,
 * 東|映): a Chinese or Japanese question naming a company or a title seemed to name nothing, and each of its letters
 * weighed as a plain word. A stretch of such a question is read as a name when the knowledge base itself treats it as
 * one: the index holds the stretch's pinyin key (`%ᴾ…`, retrieval/han-reading-keys.ts, which every passage writing
 * the stretch holds) in few passages, and the stretch is made of letters the segmenter reads one by one (a word of its
 * vocabulary, 员工 or 投资, is no part of a name) with no letter of Chinese grammar. The stretch's letters then make
 * one entity term found by that key, as a capitalised name is: a sentence must write the stretch, not any of its
 * letters. Tune half: same 419 -> 420/649, cross 451 -> 452/1413, refused 517 -> 519/639, grounded-but-wrong
 * 325 -> 324. Stretches holding a vocabulary word (新|千歳, 利用|者) and a rarity bar of 0.7 were tried: both lost.
 */
import { foldedHan, mayBeHanName } from '../knowledge/han-reading.js';
import { japanesePersonNameReadings } from '../knowledge/japanese-reading.js';
import { looseNameKey } from '../knowledge/romanize.js';
import { hanStretchKeys, pinyinTwin } from '../retrieval/han-reading-keys.js';
import type { QuestionTerm } from './question-analysis.js';

/** How rarely (0..1, see LexicalIndex.rarity) the index must hold a stretch's pinyin key for it to be a name. */
export const hanNameRarity = 0.6;
const longest = 4;
const hanWord = /^\p{Script=Han}+$/u;

interface Stretch {
  from: number;
  to: number;
  keys: string[];
  letters: number;
  rare: number;
}

/** The loose key (`%…`) of the Mandarin reading of a whole stretch of Han letters, when it has one. */
function stretchReading(text: string): string | undefined {
  const letters = [...text].length;
  return hanStretchKeys(text).find((stretch) => stretch.from === 0 && stretch.to === letters)?.key;
}

/** A spelt name's loose key is a name's when it has this many letters or more (a shorter one is many names'). */
const shortestSpeltKey = 6;

/**
 * The loose keys (`%…`) another script spells a stretch's name with: its Mandarin reading (张艺谋 ~ Zhang Yimou,
 * 장이머우) and, of a whole run of three or four letters, its readings as a Japanese person's name (宮崎駿 ~ Hayao
 * Miyazaki, japanese-reading.ts); none under six letters.
 */
function speltKeys(text: string, reading: string | undefined, whole: boolean): string[] {
  const keys = new Set<string>();
  if (reading !== undefined) keys.add(reading);
  if (whole) for (const name of japanesePersonNameReadings(text, foldedHan)) keys.add(`%${looseNameKey(name)}`);
  return [...keys].filter((key) => key.length > shortestSpeltKey);
}

/**
 * The keys a stretch is found by as a name and how rarely the rarest is held (1: none is): its pinyin key (`%ᴾ…`) when
 * the knowledge base holds it; else the loose keys other scripts spell it with that the knowledge base holds (an
 * article in Latin letters, Hangul or Cyrillic writes the name: the question's Han letters are the name too).
 */
function nameKeysOf(text: string, whole: boolean, rarity: (key: string) => number): { keys: string[]; rare: number } {
  const reading = stretchReading(text);
  if (reading !== undefined) {
    const key = pinyinTwin(reading);
    const rare = rarity(key);
    if (rare < 1) return { keys: [key], rare };
  }
  const held = speltKeys(text, reading, whole)
    .map((key) => ({ key, rare: rarity(key) }))
    .filter((spelt) => spelt.rare < 1);
  if (held.length === 0) return { keys: [], rare: 1 };
  return { keys: held.map((spelt) => spelt.key), rare: Math.max(...held.map((spelt) => spelt.rare)) };
}

/** Runs of topic terms of Han words at consecutive positions (nothing between them: no stop word, no concept). */
function hanRuns(terms: readonly QuestionTerm[]): QuestionTerm[][] {
  const positioned = terms
    .filter((term) => term.role === 'topic' && term.position !== undefined && hanWord.test(term.word ?? ''))
    .sort((left, right) => (left.position as number) - (right.position as number));
  const runs: QuestionTerm[][] = [];
  for (const term of positioned) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run !== undefined && last?.position === (term.position as number) - 1) run.push(term);
    else runs.push([term]);
  }
  return runs.filter((run) => run.length >= 2);
}

/** The stretches of a run of two words or more that may be a name, each with its key and how rarely it is held. */
function candidates(run: readonly QuestionTerm[], rarity: (key: string) => number): Stretch[] {
  const found: Stretch[] = [];
  for (let from = 0; from < run.length; from += 1)
    for (let to = from + 2; to <= run.length; to += 1) {
      const words = run.slice(from, to).map((term) => term.word as string);
      const text = words.join('');
      const letters = [...text].length;
      if (letters > longest) break;
      if (!mayBeHanName(text)) continue;
      // A person's name read the Japanese way stands as a run of its own (宮崎駿の…), not inside a longer one.
      const { keys, rare } = nameKeysOf(text, from === 0 && to === run.length, rarity);
      if (keys.length === 0 || rare < hanNameRarity) continue;
      // A word of the segmenter's vocabulary (two letters or more) is general vocabulary, not a name's part; a name
      // of three letters or four another script spells may hold one (宮崎|駿).
      const spelt = !(keys[0] as string).startsWith('%ᴾ');
      if (!(spelt && letters >= 3) && words.some((word) => [...word].length >= 2)) continue;
      found.push({ from, to, keys, letters, rare });
    }
  return found;
}

/** The longer stretch first, then the rarer. */
function better(left: Stretch, right: Stretch): number {
  return right.letters - left.letters || right.rare - left.rare;
}

/**
 * The question's terms with each Han stretch the knowledge base holds as a name (see the module comment) read as one
 * entity term in place of its words' topic terms; unchanged when the question already names an entity.
 */
export function withHanNames<T extends { terms: QuestionTerm[] }>(analysis: T, rarity: (key: string) => number): T {
  if (analysis.terms.some((term) => term.role === 'entity')) return analysis;
  const replaced = new Set<QuestionTerm>();
  const names: QuestionTerm[] = [];
  for (const run of hanRuns(analysis.terms)) {
    const taken = new Set<number>();
    for (const stretch of candidates(run, rarity).sort(better)) {
      const span = [...Array(stretch.to - stretch.from).keys()].map((offset) => stretch.from + offset);
      if (span.some((index) => taken.has(index))) continue;
      for (const index of span) {
        taken.add(index);
        replaced.add(run[index] as QuestionTerm);
      }
      const first = run[stretch.from] as QuestionTerm;
      const word = run
        .slice(stretch.from, stretch.to)
        .map((term) => term.word)
        .join('');
      names.push({ keys: stretch.keys, word, position: first.position, role: 'entity', weight: 2, broader: [] });
    }
  }
  if (names.length === 0) return analysis;
  return { ...analysis, terms: [...analysis.terms.filter((term) => !replaced.has(term)), ...names] };
}
