/**
 * Retrieval pairs: two source trees open the same built index (build-corpus-index.ts) in one process, and each
 * corpus question is run on both in turn (which goes first alternates), so a drift in the machine's load falls on
 * both. Per phase (the plain and anchor BM25 searches as the retriever runs them, the retriever's lexical, dense and
 * hybrid modes, the extractive step; a full ask runs on a worker thread and is left out): p50 / p95 / mean
 * processor ms per call of each side over the warm rounds, and how many questions' results differ between the sides
 * (they must not).
 *
 * Usage: npx tsx bench/probe/retrieval-pairs.ts <folder> <root A> <root B> [warm rounds, default 2] [data folder A]
 *        [data folder B] (default <folder>/data for both: give each side its own when their index formats differ)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ExtractiveModule from '../../src/answer/extractive-answer.js';
import type * as LanguageModule from '../../src/knowledge/detect-language.js';
import type * as LoggerModule from '../../src/logging/logger.js';
import type * as OpenKnowledgeModule from '../../src/open-knowledge.js';
import type * as LexicalTermsModule from '../../src/retrieval/lexical-terms.js';
import { summarize } from '../measure/statistics.js';

const [folderArgument, rootA, rootB, roundsArgument, dataA, dataB] = process.argv.slice(2);
if (!folderArgument || !rootA || !rootB)
  throw new Error('usage: retrieval-pairs.ts <folder> <root A> <root B> [warm rounds]');
const folder = path.resolve(folderArgument);
const rounds = Number(roundsArgument ?? 2);

const phases = ['bm25', 'lexical', 'dense', 'hybrid', 'extract'] as const;
type Phase = (typeof phases)[number];

async function openSide(root: string, dataDir = path.join(folder, 'data')) {
  const source = (file: string) => pathToFileURL(path.resolve(root, 'src', file)).href;
  const { openKnowledge } = (await import(source('open-knowledge.ts'))) as typeof OpenKnowledgeModule;
  const { createSilentLogger } = (await import(source('logging/logger.ts'))) as typeof LoggerModule;
  const { weightedQueryTerms } = (await import(source('retrieval/lexical-terms.ts'))) as typeof LexicalTermsModule;
  const { createExtractiveAnswerer } = (await import(source('answer/extractive-answer.ts'))) as typeof ExtractiveModule;
  const { detectLanguage } = (await import(source('knowledge/detect-language.ts'))) as typeof LanguageModule;
  const opened = await openKnowledge(
    { dataDir: path.resolve(dataDir), knowledgeDir: path.join(folder, 'knowledge') },
    { logger: createSilentLogger(), watchIntervalMs: 0 },
  );
  const { index, knowledge, retriever } = opened;
  await (index.lexical.data.postings.loaded ?? Promise.resolve());
  const extractive = createExtractiveAnswerer({
    glossary: knowledge.glossary,
    rarity: (key) => index.lexical.rarity(key),
    aliases: () => index.aliases,
    storedPassage: (document) => index.analysedPassage(document, knowledge.glossary.hash),
  });
  const isAnchor = (term: string) => /^[%#&@]/.test(term) || /\d/.test(term);
  /** Each phase once for a question: its processor milliseconds and a fingerprint of what it returned. */
  return async (question: string): Promise<Record<Phase, { ms: number; result: string }>> => {
    const out = {} as Record<Phase, { ms: number; result: string }>;
    const time = async (phase: Phase, run: () => unknown) => {
      const start = process.cpuUsage();
      const result = await run();
      const used = process.cpuUsage(start);
      out[phase] = { ms: (used.user + used.system) / 1_000, result: JSON.stringify(result) };
      return result;
    };
    const terms = weightedQueryTerms(question, knowledge.glossary, index.aliases);
    const anchors = terms.filter((term) => isAnchor(term.term));
    await time('bm25', () => [
      index.lexical.search(terms, 30),
      anchors.length > 0 && anchors.length < terms.length ? index.lexical.search(anchors, 30) : [],
    ]);
    const ids = (passages: { document: number }[]) => passages.map((passage) => passage.document);
    await time('lexical', async () => ids(await retriever.retrieve(question, { mode: 'lexical', limit: 8 })));
    await time('dense', async () => ids(await retriever.retrieve(question, { mode: 'dense', limit: 8 })));
    const passages = await retriever.retrieve(question, { mode: 'hybrid', limit: 8 });
    await time('hybrid', async () => ids(await retriever.retrieve(question, { mode: 'hybrid', limit: 8 })));
    await time('extract', () =>
      extractive(question, passages, { language: detectLanguage(question), query: question }),
    );
    return out;
  };
}

const questions = (
  JSON.parse(await readFile(path.join(folder, 'questions.json'), 'utf8')) as { question: string }[]
).map((question) => question.question);
const sides = { A: await openSide(rootA, dataA), B: await openSide(rootB, dataB) };
const times = { A: new Map<Phase, number[]>(), B: new Map<Phase, number[]>() };
const differences = new Map<Phase, number>();
// Round 0 is every term's first use on both sides: not timed.
for (let round = 0; round <= rounds; round += 1) {
  for (const [at, question] of questions.entries()) {
    const order = (at + round) % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
    const bySide = {} as Record<'A' | 'B', Record<Phase, { ms: number; result: string }>>;
    for (const side of order) bySide[side] = await sides[side](question);
    for (const phase of phases) {
      if (round === 0 && bySide.A[phase].result !== bySide.B[phase].result)
        differences.set(phase, (differences.get(phase) ?? 0) + 1);
      if (round === 0) continue;
      for (const side of ['A', 'B'] as const) {
        const list = times[side].get(phase) ?? [];
        list.push(bySide[side][phase].ms);
        times[side].set(phase, list);
      }
    }
  }
}
const line = (side: 'A' | 'B', phase: Phase) => {
  const summary = summarize(times[side].get(phase) ?? []);
  return `${summary.p50} / ${summary.p95} / ${summary.mean}`;
};
process.stdout.write(`${questions.length} questions x ${rounds} warm rounds, processor ms p50 / p95 / mean\n`);
for (const phase of phases)
  process.stdout.write(
    `${phase.padEnd(8)} A ${line('A', phase).padEnd(24)} B ${line('B', phase).padEnd(24)} differ ${differences.get(phase) ?? 0}\n`,
  );
process.exit(0);
