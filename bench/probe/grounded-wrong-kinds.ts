/**
 * Which kinds of grounded-but-wrong answers the tune half gives (issue #10): every grounded answer that is wrong,
 * sorted into
 *   unanswerable      an unanswerable question answered (from a near fact: a sibling's, another year's, …)
 *   other-article     an answerable question answered from another article (another entity's fact)
 *   right-article     the right article cited, but a sentence that does not say the expected fact (another unit of
 *                     the asked type, the unit of another event or entity of the same article)
 * and printed one by one with the shown text, for reading. Diagnosis, not a figure. The held-out sets (AO, AP, AQ)
 * are left out unless `--set` names them; the check half is never read.
 * With `--features <file>`, every grounded answer's sureness features and whether it is right are appended to the
 * file as JSON lines (to look for what sets the wrong ones apart).
 *   npx tsx bench/probe/grounded-wrong-kinds.ts [--set y,aa] [--quiet] [--features /tmp/features.jsonl]
 */
import { appendFileSync } from 'node:fs';
import { openAnswerSetKnowledge } from '../../eval/answer-set-knowledge.js';
import { setsFromArguments } from '../../eval/set-flag.js';

const heldOut = new Set(['ao', 'ap', 'aq']);
const sets = setsFromArguments(process.argv);
const quiet = process.argv.includes('--quiet');
const featureFile = process.argv.includes('--features')
  ? process.argv[process.argv.indexOf('--features') + 1]
  : undefined;
const keep = (q: string, right: boolean, answer: { text: string; sureness?: { features: object } }) => {
  if (featureFile !== undefined)
    appendFileSync(
      featureFile,
      `${JSON.stringify({ q, right, text: answer.text.slice(0, 160), ...answer.sureness?.features })}\n`,
    );
};
const inScope = (item: { split: string; set: string }) =>
  item.split === 'tune' && (sets === undefined ? !heldOut.has(item.set) : sets.includes(item.set));

const { set, opened, idByFile, close } = await openAnswerSetKnowledge('matchcut-gbw-kinds-');
const counts = new Map<string, number>();
let grounded = 0;
const note = (kind: string, lines: string[]) => {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  if (!quiet) process.stdout.write(`[${kind}] ${lines.join('\n    ')}\n`);
};
try {
  for (const item of set.answerable.filter(inScope)) {
    const answer = await opened.ask(item.q);
    if (!answer.grounded) continue;
    grounded += 1;
    const articleId = idByFile.get(item.file);
    const first = answer.citations[0]?.articleId;
    const says = new RegExp(item.expect, 'iu').test(answer.text);
    keep(item.q, first === articleId && says, answer);
    if (first === articleId && says) continue;
    const kind = first === articleId ? 'right-article' : says ? 'other-article-saying-it' : 'other-article';
    note(kind, [
      `(${item.set} ${item.lang}) ${item.q}`,
      `want /${item.expect}/ in ${item.file}`,
      answer.text.slice(0, 300),
    ]);
  }
  for (const item of set.unanswerable.filter(inScope)) {
    const answer = await opened.ask(item.q);
    if (!answer.grounded) continue;
    grounded += 1;
    keep(item.q, false, answer);
    note('unanswerable', [
      `(${item.set} ${item.lang}) ${item.q}`,
      `near ${JSON.stringify(item.near)}`,
      answer.text.slice(0, 300),
    ]);
  }
} finally {
  await close();
}
const wrong = [...counts.values()].reduce((sum, count) => sum + count, 0);
process.stdout.write(
  `grounded-but-wrong ${wrong}/${grounded}: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}\n`,
);
