/**
 * Where one retrieval's time goes at a size, on a built index (build-corpus-index.ts): the query's
 * BM25 terms, the plain and anchor BM25 searches, reading the chunks, the retriever's lexical, dense
 * and hybrid modes and the extractive step, each as p50 / p95 ms over the corpus questions. The first
 * round (every term's first use) is reported apart from the warm rounds. Run under `node --cpu-prof
 * --import tsx` to see inside a phase.
 *
 * Usage: npx tsx bench/probe/retrieval-phases.ts <folder> [warm rounds, default 2]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { detectLanguage } from '../../src/knowledge/detect-language.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openKnowledge } from '../../src/open-knowledge.js';
import { weightedQueryTerms } from '../../src/retrieval/lexical-terms.js';
import { summarize } from '../measure/statistics.js';

const folder = path.resolve(process.argv[2] ?? '');
const rounds = Number(process.argv[3] ?? 2);
const openStart = performance.now();
const opened = await openKnowledge(
  { dataDir: path.join(folder, 'data'), knowledgeDir: path.join(folder, 'knowledge') },
  { logger: createSilentLogger(), watchIntervalMs: 0 },
);
const openMilliseconds = performance.now() - openStart;
const questions = (
  JSON.parse(await readFile(path.join(folder, 'questions.json'), 'utf8')) as { question: string }[]
).map((question) => question.question);
const { index, knowledge, retriever } = opened;
const extractive = createExtractiveAnswerer({
  glossary: knowledge.glossary,
  rarity: (key) => index.lexical.rarity(key),
  aliases: () => index.aliases,
  storedPassage: (document) => index.analysedPassage(document, knowledge.glossary.hash),
});
const isAnchor = (term: string) => /^[%#&]/.test(term) || /\d/.test(term);

type Phase = 'terms' | 'maximum' | 'plain' | 'anchors' | 'chunks' | 'lexical' | 'dense' | 'hybrid' | 'extract' | 'ask';
async function round(): Promise<Record<Phase, number[]>> {
  const times: Record<Phase, number[]> = {
    terms: [],
    maximum: [],
    plain: [],
    anchors: [],
    chunks: [],
    lexical: [],
    dense: [],
    hybrid: [],
    extract: [],
    ask: [],
  };
  const time = <T>(phase: Phase, run: () => T): T => {
    const start = performance.now();
    const result = run();
    times[phase].push(performance.now() - start);
    return result;
  };
  const timeAsync = async <T>(phase: Phase, run: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    times[phase].push(performance.now() - start);
    return result;
  };
  for (const question of questions) {
    const terms = time('terms', () => weightedQueryTerms(question, knowledge.glossary, index.aliases));
    time('maximum', () => index.lexical.maximumScore(terms));
    const hits = time('plain', () => index.lexical.search(terms, 30));
    const anchors = terms.filter((term) => isAnchor(term.term));
    time('anchors', () => (anchors.length > 0 ? index.lexical.search(anchors, 30) : []));
    time('chunks', () => hits.slice(0, 8).map((hit) => index.chunk(hit.document)));
    await timeAsync('lexical', () => retriever.retrieve(question, { mode: 'lexical', limit: 8 }));
    await timeAsync('dense', () => retriever.retrieve(question, { mode: 'dense', limit: 8 }));
    const passages = await timeAsync('hybrid', () => retriever.retrieve(question, { mode: 'hybrid', limit: 8 }));
    time('extract', () => extractive(question, passages, { language: detectLanguage(question), query: question }));
    await timeAsync('ask', () => opened.ask(question));
  }
  return times;
}

const report = (times: Record<Phase, number[]>) =>
  Object.fromEntries(
    Object.entries(times).map(([phase, list]) => {
      const summary = summarize(list);
      return [phase, `${summary.p50} / ${summary.p95}`];
    }),
  );
await (opened.index.lexical.data.postings.loaded ?? Promise.resolve());
const first = await round();
const warm = await round();
for (let extra = 1; extra < rounds; extra += 1) {
  const more = await round();
  for (const phase of Object.keys(warm) as Phase[]) warm[phase].push(...more[phase]);
}
process.stdout.write(
  `${JSON.stringify({ chunks: index.size, questions: questions.length, openMilliseconds: Math.round(openMilliseconds), first: report(first), warm: report(warm) }, null, 1)}\n`,
);
opened.stopWatching();
index.close();
