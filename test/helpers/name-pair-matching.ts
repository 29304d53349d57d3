/**
 * Whether the answerer meets a question's name in a sentence that writes the name another way (name-pairs.ts):
 * the question is analysed as the answerer analyses it (analyseQuestion, with the spelling matcher over the names a
 * knowledge base of that one sentence holds), the sentence keyed as a passage is (textKeys), and the name is met when
 * every entity term of the question matches the sentence's keys (termMatch, the article's script's matcher).
 */
import { type AliasIndex, createAliasIndex } from '../../src/knowledge/article-aliases.js';
import type { Glossary } from '../../src/knowledge/glossary.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { textKeys } from '../../src/answer/passage-analysis.js';
import { withoutUnheldSkeletons } from '../../src/answer/name-spans.js';
import { withHanNames } from '../../src/answer/han-names.js';
import { weighTerms } from '../../src/answer/term-weights.js';
import { scriptMatchers } from '../../src/answer/term-coverage.js';
import { learnNames } from '../../src/retrieval/learnt-aliases.js';
import type { NamePairGroup } from '../fixtures/name-pairs.js';

/** Finals of a Hangul syllable: 은 after one, 는 after none. */
const topicParticle = (name: string) => {
  const last = name.charCodeAt(name.length - 1);
  return last >= 0xac00 && last <= 0xd7a3 && (last - 0xac00) % 28 !== 0 ? '은' : '는';
};

/** A question naming `name` in each language, the name in the place a name takes there. */
const questions: Record<string, (name: string) => string> = {
  en: (name) => `How much revenue did ${name} report in 2023?`,
  ko: (name) => `${name}의 2023년 매출은 얼마인가?`,
  ja: (name) => `${name}の2023年の売上高はいくらですか？`,
  zh: (name) => `${name}2023年的收入是多少？`,
  ru: (name) => `Какую выручку ${name} получил в 2023 году?`,
  vi: (name) => `Doanh thu năm 2023 của ${name} là bao nhiêu?`,
  th: (name) => `รายได้ปี 2023 ของ ${name} คือเท่าไร`,
};

/** A sentence of an article naming `name`, in each language. */
const sentences: Record<string, (name: string) => string> = {
  en: (name) => `${name} said its revenue rose 12% in 2023.`,
  ko: (name) => `${name}${topicParticle(name)} 2023년 매출이 12% 늘었다고 밝혔다.`,
  ja: (name) => `${name}は2023年の売上高が12%増えたと発表した。`,
  zh: (name) => `${name}表示，2023年收入增长了12%。`,
  ru: (name) => `${name} сообщил, что выручка в 2023 году выросла на 12%.`,
  vi: (name) => `${name} cho biết doanh thu năm 2023 tăng 12%.`,
  th: (name) => `${name} ระบุว่ารายได้ปี 2023 เพิ่มขึ้น 12%`,
};

/** Whether a question in `askedLanguage` naming `asked` meets an article sentence in `writtenLanguage` naming `written`. */
export function nameMet(
  glossary: Glossary | undefined,
  asked: string,
  askedLanguage: string,
  written: string,
  writtenLanguage: string,
): boolean {
  const sentence = (sentences[writtenLanguage] as (name: string) => string)(written);
  const aliases: AliasIndex = createAliasIndex({ groups: [], names: learnNames([{ title: '', text: sentence }]) });
  const keys = textKeys(sentence, glossary, aliases);
  const analysis = analyseQuestion((questions[askedLanguage] as (name: string) => string)(asked), glossary, aliases);
  // A name the knowledge base holds is rare there (a few articles write it); a key it does not hold is unknown (1).
  const rarity = (key: string) => (keys.has(key) ? 0.9 : 1);
  // A Han stretch the knowledge base holds as a name is the question's entity, as the answerer reads it.
  const terms = weighTerms(withoutUnheldSkeletons(withHanNames(analysis, rarity), rarity), rarity);
  const entities = terms.filter((item) => item.term.role === 'entity' || item.term.role === 'place');
  if (entities.length === 0) return false;
  const inSentence = scriptMatchers(terms)(writtenLanguage)(keys);
  return entities.every((item) => inSentence(item.term) > 0);
}

export interface PairTally {
  pair: string;
  same: number;
  met: number;
  apart: number;
  falselyMet: number;
  missed: string[];
  confused: string[];
}

/** A pair asked in either language and written in the other: [asked, its language, written, its language]. */
function bothWays(a: string, left: string, b: string, right: string) {
  return [
    [a, left, b, right],
    [b, right, a, left],
  ] as const;
}

/** Each group's pairs tried both ways (asked in either language, written in the other), tallied per script pair. */
export function tallyNamePairs(glossary: Glossary | undefined, groups: readonly NamePairGroup[]): PairTally[] {
  const tallies = new Map<string, PairTally>();
  for (const group of groups) {
    const tally = tallies.get(group.pair) ?? {
      pair: group.pair,
      same: 0,
      met: 0,
      apart: 0,
      falselyMet: 0,
      missed: [],
      confused: [],
    };
    tallies.set(group.pair, tally);
    const [left, right] = group.langs;
    for (const [a, b] of group.same ?? [])
      for (const [asked, askedIn, written, writtenIn] of bothWays(a, left, b, right)) {
        tally.same += 1;
        if (nameMet(glossary, asked, askedIn, written, writtenIn)) tally.met += 1;
        else tally.missed.push(`${asked} → ${written}`);
      }
    for (const [a, b] of group.apart ?? [])
      for (const [asked, askedIn, written, writtenIn] of bothWays(a, left, b, right)) {
        tally.apart += 1;
        if (nameMet(glossary, asked, askedIn, written, writtenIn)) {
          tally.falselyMet += 1;
          tally.confused.push(`${asked} → ${written}`);
        }
      }
  }
  return [...tallies.values()];
}
