/**
 * Where a question's names are met when the answer step refuses a cross-language question although a read passage
 * of the right article holds the expected text (tune half only): for each such question, each entity term of the
 * question and whether its keys meet the right sentence, the sentence or the one before, the passage or its title,
 * or nothing the passage holds. Diagnosis, not a figure: `npx tsx bench/probe/name-miss-kinds.ts [--set n]`.
 * A second line per question tells why the name was not lent to the sentence: the asked type, the sentences (and
 * title, +T) naming each term, whether the sentence refers back, names something else, and would be grounded if the
 * name were shown (`unnamed`).
 */
import path from 'node:path';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { scoreCandidates } from '../../src/answer/candidate-scoring.js';
import { weighTerms } from '../../src/answer/term-weights.js';
import { withoutUnheldSkeletons } from '../../src/answer/name-spans.js';
import { createPassageAnalyser } from '../../src/answer/passage-analysis.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { scriptMatchers } from '../../src/answer/term-coverage.js';
import { somethingElseNamer } from '../../src/answer/question-names.js';
import { refersBack } from '../../src/answer/referring-back.js';
import { detectLanguage } from '../../src/knowledge/detect-language.js';
import { openAnswerSetKnowledge, shippedKnowledgeDir } from '../../eval/answer-set-knowledge.js';
import { setsFromArguments } from '../../eval/set-flag.js';

const sets = setsFromArguments(process.argv);
const skip = new Set((process.env.SKIP_SETS ?? '').split(',').filter((name) => name !== ''));
const { set, opened, idByFile, languageByFile, close } = await openAnswerSetKnowledge('matchcut-name-miss-');
const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
const analyser = createPassageAnalyser(glossary);
const counts = new Map<string, number>();
try {
  for (const item of set.answerable) {
    if (item.split !== 'tune' || (sets !== undefined && !sets.includes(item.set)) || skip.has(item.set)) continue;
    if (languageByFile.get(item.file) === item.lang) continue;
    const articleId = idByFile.get(item.file);
    const expected = new RegExp(item.expect, 'iu');
    const answer = await opened.ask(item.q);
    if (answer.grounded) continue;
    const read = await opened.retriever.retrieve(item.q, { limit: 8 });
    const index = opened.index;
    const analysis = { ...analyseQuestion(item.q, glossary, index.aliases), language: detectLanguage(item.q) };
    const rarity = (key: string) => index.lexical.rarity(key);
    const terms = weighTerms(withoutUnheldSkeletons(analysis, rarity), rarity);
    const analyse = (passage: (typeof read)[number]) =>
      index.analysedPassage(passage.document, glossary.hash) ?? analyser(passage.chunk, index.aliases);
    const candidates = scoreCandidates(read, analysis, terms, analyse, glossary);
    const right = candidates.find(
      (candidate) =>
        candidate.passage.chunk.article.id === articleId &&
        expected.test(candidate.analysed.sentences[candidate.index] as string),
    );
    if (right === undefined) continue;
    const entities = terms.filter((term) => term.term.role === 'entity' || term.term.role === 'place');
    if (entities.length === 0 || right.evidence.entities >= 1) continue;
    const inAny = scriptMatchers(terms)(right.passage.chunk.article.language);
    const { sentenceKeys, titleKeys } = right.analysed;
    const at = right.index;
    const where = entities.map((term) => {
      const name = term.term.word ?? term.term.keys[0] ?? '';
      if (inAny(sentenceKeys[at])(term.term) > 0) return `${name}:sentence`;
      if (inAny(sentenceKeys[at - 1], sentenceKeys[at])(term.term) > 0) return `${name}:before`;
      if (inAny(...sentenceKeys, titleKeys)(term.term) > 0) return `${name}:passage`;
      return `${name}:NONE`;
    });
    const kind = where.some((entry) => entry.endsWith(':NONE'))
      ? 'unmatched'
      : where.some((entry) => entry.endsWith(':passage'))
        ? 'elsewhere-in-passage'
        : 'in-window';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const sentence = right.analysed.sentences[at] as string;
    const namedAt = entities.map((term) => {
      const held = sentenceKeys.flatMap((keys, index) => (inAny(keys)(term.term) > 0 ? [index] : []));
      const inTitle = inAny(titleKeys)(term.term) > 0 ? '+T' : '';
      return `${term.term.word ?? term.term.keys[0] ?? ''}@[${held.join(',')}]${inTitle}`;
    });
    const why =
      `   type=${analysis.type} at=${at}/${sentenceKeys.length} ${namedAt.join(' ')} back=${refersBack(sentence)} ` +
      `else=${somethingElseNamer(analysis, glossary)(sentence, right.passage.chunk.title)} ` +
      `unnamed=${right.evidence.unnamed}`;
    process.stdout.write(
      `[${item.set} ${item.lang}>${languageByFile.get(item.file)} ${kind}] ${item.q}\n   ${where.join('  ')}\n` +
        `   ${sentence.slice(0, 110)}\n${why}\n`,
    );
  }
  process.stdout.write(`${[...counts].map(([kind, count]) => `${kind} ${count}`).join(', ')}\n`);
} finally {
  await close();
}
