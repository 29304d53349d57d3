/**
 * At which step the tune half's same-language answerable questions are refused (issue #10): the right article not
 * read; the right sentence shown but "not sure"; the right passage read but no sentence alone holds the expected text;
 * the right sentence scored but another grounded one ranked above; or the right sentence not grounded because the asked
 * unit is not read in it, the question's entity is not met where it is shown, the question's topic words are not met
 * (coverage), or another check (year, period, relation, place). Each line names the terms not met near the sentence.
 * Diagnosis, not a figure: `npx tsx bench/probe/same-refusal-steps.ts [--set a,b]` (AO, AP, AQ always left out:
 * held out; `SKIP_SETS=x,y` leaves more out).
 */
import path from 'node:path';
import { questionCandidates } from './question-candidates.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import type { Candidate } from '../../src/answer/candidate-scoring.js';
import { termMatch } from '../../src/answer/term-match.js';
import { somethingElseNamer } from '../../src/answer/question-names.js';
import { refersBack } from '../../src/answer/referring-back.js';
import { notSureMessage } from '../../src/answer/messages.js';
import { openAnswerSetKnowledge, shippedKnowledgeDir } from '../../eval/answer-set-knowledge.js';
import { setsFromArguments } from '../../eval/set-flag.js';

const sets = setsFromArguments(process.argv);
const skipped = new Set(['ao', 'ap', 'aq', ...(process.env.SKIP_SETS ?? '').split(',').filter(Boolean)]);
const { set, opened, idByFile, languageByFile, close } = await openAnswerSetKnowledge('matchcut-same-steps-');
const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
const candidatesOf = questionCandidates(opened.index, glossary);
const counts = new Map<string, number>();
const count = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1);
const round = (value: number) => Math.round(value * 100) / 100;

/** Which check keeps a scored sentence from being grounded, in the order the answer step asks them. */
function failedCheck(candidate: Candidate): string {
  const e = candidate.evidence;
  if (!e.unit) return 'unit not read';
  if (!e.strongest || e.entities < 0.6) return 'entity not met';
  if (e.coverage < 0.5 && e.topic < 0.4) return 'topic words not met';
  return e.unnamed ? 'entity not shown at the sentence' : 'other check (year, period, relation, place, coverage)';
}

try {
  for (const item of set.answerable) {
    if (item.split !== 'tune' || skipped.has(item.set) || (sets !== undefined && !sets.includes(item.set))) continue;
    if (languageByFile.get(item.file) !== item.lang) continue;
    const articleId = idByFile.get(item.file);
    const answer = await opened.ask(item.q);
    const expected = new RegExp(item.expect, 'iu');
    if (answer.grounded) continue;
    const opening = notSureMessage(answer.language);
    const notSure = answer.text.startsWith(opening);
    const first = answer.citations[0]?.articleId;
    let kind: string;
    let detail = '';
    if (notSure && first === articleId && expected.test(answer.text.slice(opening.length)))
      kind = `right sentence shown, not sure${answer.sureness?.tied ? ' (tied)' : ''}`;
    else {
      const read = await opened.retriever.retrieve(item.q, { limit: 8 });
      if (!read.some((passage) => passage.chunk.article.id === articleId)) kind = 'right article not read';
      else if (!read.some((passage) => passage.chunk.article.id === articleId && expected.test(passage.chunk.text)))
        kind = 'right article read, not the passage with the answer';
      else {
        const { analysis, terms, candidates } = candidatesOf(item.q, item.lang, read);
        const right = candidates
          .filter(
            (candidate) =>
              candidate.passage.chunk.article.id === articleId &&
              expected.test(candidate.analysed.sentences[candidate.index] as string),
          )
          .sort((left, other) => other.score - left.score);
        const best = right[0];
        if (!best) kind = 'right passage read, the answer spans sentences';
        else if (best.grounded) kind = 'right sentence grounded, another ranked above';
        else kind = failedCheck(best);
        if (best) {
          const { sentenceKeys, titleKeys, sentences } = best.analysed;
          const near = [sentenceKeys[best.index - 1], sentenceKeys[best.index], titleKeys].filter(
            (keys): keys is Set<string> => keys !== undefined,
          );
          const missing = terms.filter((term) => Math.max(...near.map((keys) => termMatch(term.term, keys))) < 0.5);
          const e = best.evidence;
          // Where each entity term is met: the title (t), the sentences of the passage by their distance (-2, 0, +1).
          const entityPlaces = terms
            .filter((term) => term.term.role === 'entity')
            .map((term) => {
              const at = sentenceKeys.flatMap((keys, at) =>
                termMatch(term.term, keys) >= 0.5 ? [at - best.index] : [],
              );
              const inTitle = termMatch(term.term, titleKeys) >= 0.5 ? 't' : '';
              return `${term.term.word ?? term.term.keys[0]}@${[inTitle, ...at].filter((x) => x !== '').join(',') || 'none'}`;
            });
          const sentence = sentences[best.index] as string;
          const alone = !somethingElseNamer(analysis, glossary)(sentence, best.passage.chunk.title);
          detail =
            `   entity at: ${entityPlaces.join(' ')} alone=${alone} back=${refersBack(sentence)}\n` +
            `   type=${analysis.type} unit=${e.unit} entities=${round(e.entities)} topic=${round(e.topic)} ` +
            `coverage=${round(e.coverage)} own=${round(e.own)}\n` +
            `   not met: ${missing.map((term) => `${term.term.role}:${term.term.word ?? term.term.keys[0]}`).join(' ')}\n` +
            `   sentence: ${(sentences[best.index] as string).slice(0, 150)}\n`;
        }
      }
    }
    count(kind);
    process.stdout.write(`[${item.set} ${item.lang}] ${kind}: ${item.q}\n${detail}`);
  }
  process.stdout.write('\n');
  for (const [kind, value] of [...counts].sort((left, right) => right[1] - left[1]))
    process.stdout.write(`${String(value).padStart(4)}  ${kind}\n`);
} finally {
  await close();
}
