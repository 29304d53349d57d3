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
import { mayBeHanName } from '../knowledge/han-reading.js';
import { hanStretchKeys, pinyinTwin } from '../retrieval/han-reading-keys.js';
import type { QuestionTerm } from './question-analysis.js';

/** How rarely (0..1, see LexicalIndex.rarity) the index must hold a stretch's pinyin key for it to be a name. */
export const hanNameRarity = 0.6;
const longest = 4;
const hanWord = /^\p{Script=Han}+$/u;

interface Stretch {
  from: number;
  to: number;
  key: string;
  letters: number;
  rare: number;
}

/** The pinyin key (`%ᴾ…`) of a whole stretch of Han letters, as a passage writing it holds it, when it has one. */
function stretchKey(text: string): string | undefined {
  const letters = [...text].length;
  const whole = hanStretchKeys(text).find((stretch) => stretch.from === 0 && stretch.to === letters);
  return whole === undefined ? undefined : pinyinTwin(whole.key);
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
      const key = stretchKey(text);
      const rare = key === undefined ? 1 : rarity(key);
      if (key === undefined || rare >= 1 || rare < hanNameRarity) continue;
      // A word of the segmenter's vocabulary (two letters or more) is general vocabulary, not a name's part.
      if (words.some((word) => [...word].length >= 2)) continue;
      found.push({ from, to, key, letters, rare });
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
      names.push({ keys: [stretch.key], word, position: first.position, role: 'entity', weight: 2, broader: [] });
    }
  }
  if (names.length === 0) return analysis;
  return { ...analysis, terms: [...analysis.terms.filter((term) => !replaced.has(term)), ...names] };
}
