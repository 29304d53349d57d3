/**
 * The extractive answerer on the table of passages written from knowledge of the eight languages
 * (test/fixtures/referring-back-passages.ts; not the evaluation files): per language, how many questions whose answer
 * sentence names its subject by reference, by no subject or by an inflected name are answered (grounded, holding the
 * expected text), shown but "not sure", refused, or answered wrongly — and how many near-misses (the reference points
 * at another entity named in between) are kept from a grounded wrong answer.
 * `npx tsx bench/probe/referring-back-passages.ts [--misses]`.
 */
import path from 'node:path';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../../eval/answer-set-knowledge.js';
import { referringBackPassages, type PassageLanguage } from '../../test/fixtures/referring-back-passages.js';
import { retrievedPassage } from '../../test/helpers/retrieved-passage.js';

const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
const answer = createExtractiveAnswerer({ glossary, rarity: () => 0.5 });
const showMisses = process.argv.includes('--misses');
const misses: string[] = [];
const totals = { right: 0, notSure: 0, refused: 0, wrong: 0, all: 0, held: 0, nearAll: 0 };
const rows = ['| lang | right | not sure | refused | wrong | near-misses held |', '|---|---|---|---|---|---|'];
// Each passage its own document: the passage analyser keeps what it read by chunk.
let document = 0;
const ask = (question: string, title: string, text: string, language: string) =>
  answer(question, [retrievedPassage((document += 1), text, language, title)], { language, query: question });

for (const language of Object.keys(referringBackPassages) as PassageLanguage[]) {
  const { cases, nearMisses } = referringBackPassages[language];
  const row = { right: 0, notSure: 0, refused: 0, wrong: 0, held: 0 };
  for (const item of cases) {
    const result = ask(item.question, item.title, item.text, language);
    const kind = result.grounded
      ? result.text.includes(item.answer)
        ? 'right'
        : 'wrong'
      : result.sureness === undefined
        ? 'refused'
        : 'notSure';
    row[kind] += 1;
    if (kind !== 'right') misses.push(`${language} ${kind}: ${item.question} → ${result.text.slice(0, 120)}`);
  }
  for (const item of nearMisses) {
    const result = ask(item.question, item.title, item.text, language);
    if (result.grounded && result.text.includes(item.wrong))
      misses.push(`${language} near-miss grounded: ${item.question}`);
    else row.held += 1;
  }
  totals.right += row.right;
  totals.notSure += row.notSure;
  totals.refused += row.refused;
  totals.wrong += row.wrong;
  totals.all += cases.length;
  totals.held += row.held;
  totals.nearAll += nearMisses.length;
  rows.push(
    `| ${language} | ${row.right}/${cases.length} | ${row.notSure} | ${row.refused} | ${row.wrong} | ` +
      `${row.held}/${nearMisses.length} |`,
  );
}
process.stdout.write(
  `${rows.join('\n')}\n\nright ${totals.right}/${totals.all} (not sure ${totals.notSure}, refused ${totals.refused}, ` +
    `wrong ${totals.wrong}), near-misses held ${totals.held}/${totals.nearAll}\n`,
);
if (showMisses) process.stdout.write(`\n${misses.join('\n')}\n`);
