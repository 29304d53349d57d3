/**
 * Where the tune half's answerable questions fail, by stage: the right article not among the eight passages the
 * answer step reads (retrieval miss), its passage with the answer not among them, read but refused (or shown as "not
 * sure" with the right sentence), or a grounded answer that is wrong. Each question is asked through the real core
 * (as eval/answers.ts asks it) and retrieved again to find the rank of the right article, overall and among the
 * articles of its language. Only the tune half is read; the check half is never printed.
 * Session 16 (sets A–J, tune): of 291 cross-language questions 26 were retrieval misses (11 of them the first
 * article of their language) and 137 were refused with the right passage read — the answer step, not retrieval,
 * is where most cross-language answers are lost.
 *
 *   npx tsx eval/retrieval-stages.ts [--set j] [--list]   totals per set and kind; --list prints the failures
 *   npx tsx eval/retrieval-stages.ts --check-totals       the check half's totals per set and kind, never a question
 */
import { openAnswerSetKnowledge } from './answer-set-knowledge.js';
import { setsFromArguments } from './set-flag.js';

const sets = setsFromArguments(process.argv);
const list = process.argv.includes('--list');
const half = process.argv.includes('--check-totals') ? 'check' : 'tune';
if (half === 'check' && list) throw new Error('the check half is read as totals only: drop --list');
const { set, opened, idByFile, languageByFile, close } = await openAnswerSetKnowledge('matchcut-stages-');
const totals = new Map<string, Record<string, number>>();
try {
  for (const item of set.answerable) {
    if (item.split !== half || (sets !== undefined && !sets.includes(item.set))) continue;
    const articleId = idByFile.get(item.file);
    const kind = languageByFile.get(item.file) === item.lang ? 'same' : 'cross';
    const answer = await opened.ask(item.q);
    const passages = await opened.retriever.retrieve(item.q, { limit: 30 });
    const read = await opened.retriever.retrieve(item.q, { limit: 8 });
    const readRank = read.findIndex((passage) => passage.chunk.article.id === articleId) + 1;
    const rank = readRank || passages.findIndex((passage) => passage.chunk.article.id === articleId) + 1 || 31;
    const expected = new RegExp(item.expect, 'iu');
    const language = languageByFile.get(item.file);
    const sameLanguage = passages.filter((passage) => passage.chunk.article.language === language);
    const languageRank = sameLanguage.findIndex((passage) => passage.chunk.article.id === articleId) + 1;
    const answerRank =
      read.findIndex((passage) => passage.chunk.article.id === articleId && expected.test(passage.chunk.text)) + 1;
    const cited = answer.citations[0]?.articleId === articleId;
    const correct = answer.grounded && cited && expected.test(answer.text);
    const stage = correct
      ? 'correct'
      : readRank === 0
        ? 'retrieval miss'
        : answerRank === 0
          ? 'answer passage missed'
          : !answer.grounded
            ? cited && expected.test(answer.text)
              ? 'not sure, right sentence'
              : 'refused, passage read'
            : cited
              ? 'wrong sentence'
              : 'wrong article';
    const key = `${half === 'check' ? 'check ' : ''}${item.set} ${kind}`;
    const entry = (totals.get(key) ?? totals.set(key, {}).get(key)) as Record<string, number>;
    entry[stage] = (entry[stage] ?? 0) + 1;
    if (list && stage !== 'correct')
      process.stdout.write(
        `[${item.set} ${kind} ${item.lang}] ${stage} (rank ${rank > 30 ? '>30' : rank}, passage read ${answerRank || 'no'}, in its language ${languageRank || '-'}) ${item.q}\n    → ${answer.text.slice(0, 120)}\n`,
      );
  }
} finally {
  await close();
}
for (const [key, entry] of [...totals].sort(([left], [right]) => left.localeCompare(right)))
  process.stdout.write(
    `${key}: ${Object.entries(entry)
      .map(([stage, count]) => `${stage} ${count}`)
      .join(', ')}\n`,
  );
