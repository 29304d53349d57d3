/**
 * Why the tune half's same-language answerable questions are refused (issue #10), by kind: the right sentence shown
 * but "not sure" (tied, or the sureness model below its threshold — then the features that pull it down most), the
 * right passage read but another sentence shown, or the right passage not read at all. Diagnosis, not a figure:
 * `npx tsx bench/probe/same-refusal-kinds.ts [--set a,b]` (`SKIP_SETS=ao,ap,aq` leaves held-out sets out).
 * `--json file` also writes one row per refusal.
 */
import { writeFileSync } from 'node:fs';
import { surenessFeatureNames } from '../../src/answer/sureness.js';
import surenessModel from '../../src/answer/sureness-model.json' with { type: 'json' };
import { notSureMessage } from '../../src/answer/messages.js';
import { openAnswerSetKnowledge } from '../../eval/answer-set-knowledge.js';
import { setsFromArguments } from '../../eval/set-flag.js';

const sets = setsFromArguments(process.argv);
const skipped = new Set((process.env.SKIP_SETS ?? '').split(',').filter(Boolean));
const jsonFlag = process.argv.indexOf('--json');
const { set, opened, idByFile, languageByFile, close } = await openAnswerSetKnowledge('matchcut-same-kinds-');
const round = (value: number) => Math.round(value * 100) / 100;
const counts = new Map<string, number>();
const rows: unknown[] = [];
const count = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1);

/** Each feature's pull on the model's sum against an average answer: weight × standardised value. */
function pulls(features: Record<string, number>): [string, number][] {
  return surenessFeatureNames
    .map((name, index): [string, number] => [
      name,
      ((surenessModel.weights[index] as number) *
        ((features[name] as number) - (surenessModel.means[index] as number))) /
        (surenessModel.scales[index] as number),
    ])
    .sort((left, right) => left[1] - right[1]);
}

try {
  for (const item of set.answerable) {
    if (item.split !== 'tune' || skipped.has(item.set) || (sets !== undefined && !sets.includes(item.set))) continue;
    if (languageByFile.get(item.file) !== item.lang) continue;
    const articleId = idByFile.get(item.file);
    const answer = await opened.ask(item.q);
    const expected = new RegExp(item.expect, 'iu');
    const first = answer.citations[0]?.articleId;
    if (answer.grounded) {
      count(first === articleId && expected.test(answer.text) ? 'right' : 'grounded but wrong');
      continue;
    }
    const opening = notSureMessage(answer.language);
    const notSure = answer.text.startsWith(opening);
    const shownRight = notSure && first === articleId && expected.test(answer.text.slice(opening.length));
    let kind: string;
    if (shownRight) kind = answer.sureness?.tied ? 'right shown, tied' : 'right shown, below threshold';
    else {
      const read = await opened.retriever.retrieve(item.q, { limit: 8 });
      const passageRead = read.some(
        (passage) => passage.chunk.article.id === articleId && expected.test(passage.chunk.text),
      );
      kind = passageRead
        ? notSure
          ? 'right passage read, another sentence shown (not sure)'
          : 'right passage read, nothing grounded'
        : 'right passage not read';
    }
    count(kind);
    const report = answer.sureness;
    const line = [`[${item.set} ${item.lang}] ${kind}: ${item.q}`];
    if (report) {
      line.push(`   p=${round(report.probability)} tied=${report.tied}`);
      if (kind === 'right shown, below threshold')
        line.push(
          `   pulls: ${pulls(report.features)
            .slice(0, 5)
            .map(
              ([name, value]) =>
                `${name}=${round(report.features[name as keyof typeof report.features])}(${round(value)})`,
            )
            .join(' ')}`,
        );
    }
    line.push(`   shown: ${answer.text.slice(0, 160)}`);
    process.stdout.write(`${line.join('\n')}\n`);
    rows.push({ set: item.set, lang: item.lang, q: item.q, kind, sureness: report });
  }
  process.stdout.write('\n');
  for (const [kind, value] of [...counts].sort((left, right) => right[1] - left[1]))
    process.stdout.write(`${String(value).padStart(4)}  ${kind}\n`);
  if (jsonFlag !== -1) writeFileSync(process.argv[jsonFlag + 1] as string, JSON.stringify(rows));
} finally {
  await close();
}
