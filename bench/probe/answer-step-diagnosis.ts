/**
 * Why the answer step refuses when the right passage is read (tune half only): for each tune question whose answer
 * is refused or "not sure" although a read passage of the right article holds the expected text, the evidence of the
 * sentence that holds it (unit, entities, topic, coverage, own) and the question's weighted terms. Diagnosis, not a
 * figure: `npx tsx bench/probe/answer-step-diagnosis.ts [--set n]`.
 */
import path from 'node:path';
import { questionCandidates } from './question-candidates.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { detectLanguage } from '../../src/knowledge/detect-language.js';
import { openAnswerSetKnowledge, shippedKnowledgeDir } from '../../eval/answer-set-knowledge.js';
import { setsFromArguments } from '../../eval/set-flag.js';

const sets = setsFromArguments(process.argv);
const { set, opened, idByFile, languageByFile, close } = await openAnswerSetKnowledge('matchcut-diagnosis-');
const knowledgeDir = shippedKnowledgeDir;
const { glossary } = await loadGlossary(path.join(knowledgeDir, 'glossary.yaml'));
const candidatesOf = questionCandidates(opened.index, glossary);
const round = (value: number) => Math.round(value * 100) / 100;
try {
  for (const item of set.answerable) {
    if (item.split !== 'tune' || (sets !== undefined && !sets.includes(item.set))) continue;
    const articleId = idByFile.get(item.file);
    const answer = await opened.ask(item.q);
    const expected = new RegExp(item.expect, 'iu');
    if (answer.grounded) continue;
    const read = await opened.retriever.retrieve(item.q, { limit: 8 });
    if (!read.some((passage) => passage.chunk.article.id === articleId && expected.test(passage.chunk.text))) continue;
    const { analysis, terms, candidates } = candidatesOf(item.q, detectLanguage(item.q), read);
    const kind = languageByFile.get(item.file) === item.lang ? 'same' : 'cross';
    process.stdout.write(`\n[${item.set} ${kind} ${item.lang}] type=${analysis.type} ${item.q}\n`);
    for (const term of terms)
      process.stdout.write(
        `   term ${term.term.role}${term.term.counted ? '(counted)' : ''}${term.term.relation ? '(relation)' : ''} ${term.term.word ?? ''} keys=${term.term.keys.slice(0, 6).join('|')} known=${term.known} smooth=${round(term.smooth)}\n`,
      );
    const right = candidates.filter(
      (candidate) =>
        candidate.passage.chunk.article.id === articleId &&
        expected.test(candidate.analysed.sentences[candidate.index] as string),
    );
    for (const candidate of right.slice(0, 2)) {
      const e = candidate.evidence;
      process.stdout.write(
        `   right: unit=${e.unit} strongest=${e.strongest} entities=${round(e.entities)} topic=${round(e.topic)} coverage=${round(e.coverage)} own=${round(e.own)} entityOwn=${round(e.entityOwn)} grounded=${candidate.grounded} score=${round(candidate.score)} | ${(candidate.analysed.sentences[candidate.index] as string).slice(0, 90)}\n`,
      );
    }
    if (right.length === 0) process.stdout.write('   right sentence: none matches the expected text alone\n');
  }
} finally {
  await close();
}
