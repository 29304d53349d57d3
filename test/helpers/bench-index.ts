import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleFile, generateCorpus } from '../../bench/corpus/generate-corpus.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openKnowledge } from '../../src/open-knowledge.js';
import { createTemporaryFolder, shippedKnowledgeDir } from './temporary-folder.js';

/**
 * A 3,000-passage bench corpus (60 questions in one language, 30 across languages) built into a real index with the
 * shipped glossary, for the speed structures' equivalence tests; `close` stops it and removes the folder.
 */
export async function openBenchIndex(seed: number) {
  const temporary = await createTemporaryFolder();
  const corpus = generateCorpus({ targetChunks: 3_000, seed, monolingualQuestions: 60, crossLanguageQuestions: 30 });
  const articles = path.join(temporary.folder, 'knowledge', 'articles');
  await mkdir(articles, { recursive: true });
  for (const article of corpus.articles) await writeFile(path.join(articles, `${article.id}.md`), articleFile(article));
  await copyFile(
    path.join(shippedKnowledgeDir, 'glossary.yaml'),
    path.join(temporary.folder, 'knowledge', 'glossary.yaml'),
  );
  const opened = await openKnowledge(
    { dataDir: path.join(temporary.folder, 'data'), knowledgeDir: path.join(temporary.folder, 'knowledge') },
    { logger: createSilentLogger(), watchIntervalMs: 0 },
  );
  return {
    corpus,
    opened,
    async close() {
      opened.stopWatching();
      opened.index.close();
      await temporary.cleanup();
    },
  };
}
