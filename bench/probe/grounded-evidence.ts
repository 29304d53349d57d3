/**
 * Why an answer is grounded: for the tune questions whose text contains one of the given strings (never check
 * questions), the question's weighted terms and the grounded candidates, best first, with their evidence.
 * Diagnosis, not a figure: `npx tsx bench/probe/grounded-evidence.ts "Grim Entertainment" "Asahi"`.
 */
import path from 'node:path';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { scoreCandidates } from '../../src/answer/candidate-scoring.js';
import { weighTerms } from '../../src/answer/term-weights.js';
import { withoutUnheldSkeletons } from '../../src/answer/name-spans.js';
import { withHanNames } from '../../src/answer/han-names.js';
import { createPassageAnalyser } from '../../src/answer/passage-analysis.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { detectLanguage } from '../../src/knowledge/detect-language.js';
import { openAnswerSetKnowledge, shippedKnowledgeDir } from '../../eval/answer-set-knowledge.js';

const wanted = process.argv.slice(2);
const { set, opened, close } = await openAnswerSetKnowledge('matchcut-grounded-evidence-');
const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
const analyser = createPassageAnalyser(glossary);
const round = (value: number) => Math.round(value * 100) / 100;
try {
  const questions = [...set.answerable, ...set.unanswerable].filter(
    (item) => item.split === 'tune' && wanted.some((text) => item.q.includes(text)),
  );
  for (const item of questions) {
    const index = opened.index;
    const rarity = (key: string) => index.lexical.rarity(key);
    const asked = { ...analyseQuestion(item.q, glossary, index.aliases), language: detectLanguage(item.q) };
    const analysis = withHanNames(asked, rarity);
    const terms = weighTerms(withoutUnheldSkeletons(analysis, rarity), rarity);
    const read = await opened.retriever.retrieve(item.q, { limit: 8 });
    const candidates = scoreCandidates(
      read,
      analysis,
      terms,
      (passage) => index.analysedPassage(passage.document, glossary.hash) ?? analyser(passage.chunk, index.aliases),
      glossary,
    );
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
