/**
 * Why an answer is grounded: for the tune questions whose text contains one of the given strings (never check
 * questions), the question's weighted terms and the grounded candidates, best first, with their evidence.
 * Diagnosis, not a figure: `npx tsx bench/probe/grounded-evidence.ts "Grim Entertainment" "Asahi"`.
 */
import path from 'node:path';
import { questionCandidates } from './question-candidates.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { detectLanguage } from '../../src/knowledge/detect-language.js';
import { openAnswerSetKnowledge, shippedKnowledgeDir } from '../../eval/answer-set-knowledge.js';

const wanted = process.argv.slice(2);
const { set, opened, close } = await openAnswerSetKnowledge('matchcut-grounded-evidence-');
const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
const candidatesOf = questionCandidates(opened.index, glossary);
const round = (value: number) => Math.round(value * 100) / 100;
try {
  const questions = [...set.answerable, ...set.unanswerable].filter(
    (item) => item.split === 'tune' && wanted.some((text) => item.q.includes(text)),
  );
  for (const item of questions) {
    const read = await opened.retriever.retrieve(item.q, { limit: 8 });
    const { analysis, terms, candidates } = candidatesOf(item.q, detectLanguage(item.q), read);
    process.stdout.write(`\n[${item.set} ${item.lang}] type=${analysis.type} ${item.q}\n`);
    for (const term of terms)
      process.stdout.write(
        `   term ${term.term.role}${term.term.counted ? '(counted)' : ''} ${term.term.word ?? ''} ` +
          `keys=${term.term.keys.slice(0, 6).join('|')} known=${term.known} smooth=${round(term.smooth)}\n`,
      );
    const grounded = candidates.filter((candidate) => candidate.grounded).sort((a, b) => b.score - a.score);
    for (const candidate of grounded.slice(0, 3)) {
      const e = candidate.evidence;
      process.stdout.write(
        `   grounded score=${round(candidate.score)} entities=${round(e.entities)} entityOwn=${round(e.entityOwn)} ` +
          `topic=${round(e.topic)} own=${round(e.own)} | ${candidate.passage.chunk.articleId.slice(0, 30)} | ` +
          `${(candidate.analysed.sentences[candidate.index] as string).slice(0, 110)}\n`,
      );
      process.stdout.write(`      keys ${[...candidate.keys].slice(0, 30).join(' ')}\n`);
    }
  }
} finally {
  await close();
}
