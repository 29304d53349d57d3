/**
 * BM25 with max-score pruning against scoring every posting, on a built index: the same top-30
 * (checked query by query) and the time each takes, over the corpus questions' weighted terms.
 *
 * Usage: npx tsx bench/probe/lexical-pruning.ts <folder from build-corpus-index.ts> [rounds, default 3]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openKnowledge } from '../../src/open-knowledge.js';
import { weightedQueryTerms } from '../../src/retrieval/lexical-terms.js';
import { summarize } from '../measure/statistics.js';

const folder = path.resolve(process.argv[2] ?? '');
const rounds = Number(process.argv[3] ?? 3);
const opened = await openKnowledge(
  { dataDir: path.join(folder, 'data'), knowledgeDir: path.join(folder, 'knowledge') },
  { logger: createSilentLogger(), watchIntervalMs: 0 },
);
const questions = (
  JSON.parse(await readFile(path.join(folder, 'questions.json'), 'utf8')) as { question: string }[]
).map((question) => question.question);
const lexical = opened.index.lexical;
const queries = questions.map((question) =>
  weightedQueryTerms(question, opened.knowledge.glossary, opened.index.aliases),
);
let differences = 0;
for (const query of queries) {
  if (JSON.stringify(lexical.search(query, 30)) !== JSON.stringify(lexical.searchExhaustive(query, 30)))
    differences += 1;
}
const time = (run: (query: (typeof queries)[number]) => unknown) => {
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      const start = performance.now();
      run(query);
      latencies.push(performance.now() - start);
    }
  }
  return summarize(latencies);
};
const exhaustive = time((query) => lexical.searchExhaustive(query, 30));
const pruned = time((query) => lexical.search(query, 30));
process.stdout.write(
  `${JSON.stringify({ chunks: opened.index.size, queries: queries.length, differences, exhaustive, pruned })}\n`,
);
opened.index.close();
