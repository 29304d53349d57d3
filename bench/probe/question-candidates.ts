/**
 * For the answer probes: a question's analysis, weighted terms and first-pass scored candidates over passages already
 * read, worked out as the extractive answerer does (src/answer/extractive-answer.ts: the question's periods, Han
 * stretches held as names, skeletons no passage holds left out) — one place, so that the probes diagnose what the
 * answerer computes rather than each its own approximation. Not the second (article-subject) pass.
 */
import { scoreCandidates } from '../../src/answer/candidate-scoring.js';
import { periodsIn } from '../../src/answer/asked-period.js';
import { withHanNames } from '../../src/answer/han-names.js';
import { withoutUnheldSkeletons } from '../../src/answer/name-spans.js';
import { createPassageAnalyser } from '../../src/answer/passage-analysis.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { weighTerms } from '../../src/answer/term-weights.js';
import type { Glossary } from '../../src/knowledge/glossary.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';
import type { KnowledgeIndex } from '../../src/retrieval/loaded-index.js';

export function questionCandidates(index: KnowledgeIndex, glossary: Glossary) {
  const analyser = createPassageAnalyser(glossary);
  const rarity = (key: string) => index.lexical.rarity(key);
  return (question: string, language: string | undefined, read: RetrievedPassage[]) => {
    const asked = { ...analyseQuestion(question, glossary, index.aliases), language, periods: periodsIn(question) };
    const analysis = withHanNames(asked, rarity);
    const terms = weighTerms(withoutUnheldSkeletons(analysis, rarity), rarity);
    const candidates = scoreCandidates(
      read,
      analysis,
      terms,
      (passage) => index.analysedPassage(passage.document, glossary.hash) ?? analyser(passage.chunk, index.aliases),
      glossary,
    );
    return { analysis, terms, candidates };
  };
}
