/**
 * What the sureness model learns from: every tune-half question of the answer sets asked through the real core (the
 * evaluation articles ingested as `matchcut ingest` does, the shipped knowledge as distractors), and for each one
 * whose answer has a grounded sentence, the features the answerer records of it (src/answer/sureness.ts) and a
 * label: "right" (that sentence answers the question), "wrong" (another article or another fact) or "refuse" (the
 * question has no answer in the sources); and the seed set's tune half on the shipped knowledge alone. The check half
 * (and the seed holdout half) is never read here.
 *
 *   npx tsx eval/sureness-features.ts     how well each feature alone separates right from the others
 *   --rows file.json                        the rows fit-sureness saved there, instead of asking again
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { notSureMessage } from '../src/answer/messages.js';
import { type SurenessFeatureName, type SurenessFeatures, surenessFeatureNames } from '../src/answer/sureness.js';
import type { Answer } from '../src/answer/types.js';
import { askSeedSet, loadAnswerSets, openEvaluationCore } from './answers.js';
import { separationOf } from './sureness-logistic.js';

export interface SurenessRow {
  set: string;
  kind: 'same-language' | 'cross-language' | 'unanswerable';
  label: 'right' | 'wrong' | 'refuse';
  /** A wrong answer that quotes what is expected from another article than the question's (a report of the same). */
  otherArticle?: boolean;
  /** Questions of one article share a group: cross-validation keeps an article's questions in one fold. */
  group: string;
  /** Whether the shipped model gives the answer as sure. */
  grounded: boolean;
  /** Whether two different answers tie (then it is never sure; see SurenessReport.tied). */
  tied: boolean;
  features: SurenessFeatures;
}

/** The answer's text without the "not sure" opening, as it would read if it were given as sure. */
function quotedText(answer: Answer): string {
  const opening = notSureMessage(answer.language);
  return answer.text.startsWith(opening) ? answer.text.slice(opening.length) : answer.text;
}

/** Asks every tune question and keeps those with a grounded sentence (the only ones sureness decides). */
export async function collectSurenessRows(): Promise<{ rows: SurenessRow[]; questions: number }> {
  const sets = loadAnswerSets();
  const tune = <T extends { split: string }>(items: T[]) => items.filter((item) => item.split === 'tune');
  const opened = await openEvaluationCore(sets);
  const rows: SurenessRow[] = [];
  let questions = 0;
  try {
    for (const item of tune(sets.answerable)) {
      questions += 1;
      const answer = await opened.core.ask(item.q);
      if (!answer.sureness) continue;
      const says = new RegExp(item.expect, 'iu').test(quotedText(answer));
      const fromArticle = opened
        .acceptedArticleIds(item.file, item.expect)
        .includes(answer.citations[0]?.articleId ?? '');
      const right = fromArticle && says;
      const cross = (opened.languageByFile.get(item.file) ?? item.lang) !== item.lang;
      rows.push({
        set: item.set,
        kind: cross ? 'cross-language' : 'same-language',
        label: right ? 'right' : 'wrong',
        ...(says && !fromArticle ? { otherArticle: true } : {}),
        group: item.file,
        grounded: answer.grounded,
        tied: answer.sureness.tied,
        features: answer.sureness.features,
      });
    }
    for (const item of tune(sets.unanswerable)) {
      questions += 1;
      const answer = await opened.core.ask(item.q);
      if (!answer.sureness) continue;
      rows.push({
        set: item.set,
        kind: 'unanswerable',
        label: 'refuse',
        group: answer.citations[0]?.articleId ?? item.q,
        grounded: answer.grounded,
        tied: answer.sureness.tied,
        features: answer.sureness.features,
      });
    }
  } finally {
    await opened.close();
  }
  // The seed set's tune half on the shipped knowledge (its holdout half is never read here): a second, smaller
  // knowledge base, so the model is not fitted to one index alone and the seed regression set does not drop.
  for (const seed of await askSeedSet()) {
    if (seed.item.split !== 'tune') continue;
    questions += 1;
    if (!seed.answer.sureness) continue;
    rows.push({
      set: 'seed',
      kind: seed.answerable ? 'same-language' : 'unanswerable',
      label: seed.answerable ? (seed.says ? 'right' : 'wrong') : 'refuse',
      group: `seed:${seed.answer.citations[0]?.articleId ?? seed.item.q}`,
      grounded: seed.answer.grounded,
      tied: seed.answer.sureness.tied,
      features: seed.answer.sureness.features,
    });
  }
  return { rows, questions };
}

/**
 * How well one feature alone orders right answers above the others: the area under the ROC curve (0.5 = no better
 * than chance, below 0.5 = higher values mean less sure).
 */
export function separation(rows: SurenessRow[], name: SurenessFeatureName): number {
  return separationOf(
    rows,
    rows.map((row) => row.features[name]),
  );
}

async function printSeparation(): Promise<void> {
  const rowsFlag = process.argv.indexOf('--rows');
  const file = rowsFlag === -1 ? undefined : process.argv[rowsFlag + 1];
  const { rows, questions } =
    file !== undefined && existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as { rows: SurenessRow[]; questions: number })
      : await collectSurenessRows();
  const count = (label: SurenessRow['label']) => rows.filter((row) => row.label === label).length;
  process.stdout.write(
    `${questions} tune questions, ${rows.length} with a grounded sentence: right ${count('right')}, wrong ` +
      `${count('wrong')} (${rows.filter((row) => row.otherArticle).length} of them quote the expected answer from ` +
      `another article), should refuse ${count('refuse')}\n`,
  );
  const mean = (list: SurenessRow[], name: SurenessFeatureName) =>
    list.reduce((sum, row) => sum + row.features[name], 0) / Math.max(1, list.length);
  for (const name of surenessFeatureNames) {
    const means = (['right', 'wrong', 'refuse'] as const)
      .map(
        (label) =>
          `${label} ${mean(
            rows.filter((row) => row.label === label),
            name,
          ).toFixed(3)}`,
      )
      .join(', ');
    process.stdout.write(`${name.padEnd(18)} AUC ${separation(rows, name).toFixed(3)}  means: ${means}\n`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await printSeparation();
}
