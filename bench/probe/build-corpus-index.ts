/**
 * Builds the bench corpus at one size into a folder and keeps it (knowledge files, index and
 * questions), so the probes in this folder can measure one index many times without a full tier.
 *
 * Usage: npx tsx bench/probe/build-corpus-index.ts <chunks> <folder>
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openKnowledge } from '../../src/open-knowledge.js';
import { articleFile, defaultCorpusSeed, generateCorpus } from '../corpus/generate-corpus.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const chunks = Number(process.argv[2]);
const folder = path.resolve(process.argv[3] ?? '');
if (!Number.isInteger(chunks) || chunks < 50 || !process.argv[3])
  throw new Error('usage: build-corpus-index.ts <chunks> <folder>');

const corpus = generateCorpus({
  targetChunks: chunks,
  seed: defaultCorpusSeed,
  monolingualQuestions: 240,
  crossLanguageQuestions: 120,
});
const articlesDir = path.join(folder, 'knowledge', 'articles');
await mkdir(articlesDir, { recursive: true });
for (let start = 0; start < corpus.articles.length; start += 64) {
  await Promise.all(
    corpus.articles
      .slice(start, start + 64)
      .map((article) => writeFile(path.join(articlesDir, `${article.id}.md`), articleFile(article))),
  );
}
await copyFile(
  path.join(repositoryRoot, 'knowledge', 'glossary.yaml'),
  path.join(folder, 'knowledge', 'glossary.yaml'),
);
await writeFile(path.join(folder, 'questions.json'), JSON.stringify(corpus.questions));
const start = performance.now();
const opened = await openKnowledge(
  { dataDir: path.join(folder, 'data'), knowledgeDir: path.join(folder, 'knowledge') },
  { logger: createSilentLogger(), watchIntervalMs: 0 },
);
process.stdout.write(
  `${JSON.stringify({ chunks: opened.index.size, buildSeconds: (performance.now() - start) / 1_000 })}\n`,
);
opened.index.close();
