/**
 * Han/Kana questions of the tune half (no held-out sets): the words the question analysis reads, their role, and
 * how rarely the index holds each word and its bigrams. Diagnosis: `npx tsx bench/probe/han-names.ts [--set a,b]`.
 */
import { openAnswerSetKnowledge } from '../../eval/answer-set-knowledge.js';
import { setsFromArguments } from '../../eval/set-flag.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { withHanNames } from '../../src/answer/han-names.js';

const sets = setsFromArguments(process.argv);
const skipped = new Set(['ao', 'ap', 'aq']);
const { set, opened, close } = await openAnswerSetKnowledge('matchcut-han-names-');
const lexical = opened.index.lexical;
const round = (value: number) => Math.round(value * 100) / 100;
try {
  for (const item of [...set.answerable, ...(set.unanswerable ?? [])] as { q: string; split: string; set: string }[]) {
    if (item.split !== 'tune' || skipped.has(item.set) || (sets !== undefined && !sets.includes(item.set))) continue;
    if (!/[\p{Script=Han}\p{Script=Katakana}]/u.test(item.q)) continue;
    const rarity = (key: string) => lexical.rarity(key);
    const analysis = withHanNames(analyseQuestion(item.q, opened.knowledge.glossary, opened.index.aliases), rarity);
    const words = analysis.terms.map((term) => {
      const word = term.word ?? term.keys[0] ?? '';
      return `${word}:${term.role[0]}:${round(Math.max(...term.keys.map(rarity)))}`;
    });
    process.stdout.write(`${item.set}\t${item.q}\n\t${words.join(' ')}\n`);
  }
} finally {
  await close();
}
