/**
 * The answer sets' articles ingested through the real path into a temporary data folder (the shipped knowledge stays
 * as distractors) and opened as the core opens them: what eval/retrieval-stages.ts and the answer-step diagnosis
 * probe read questions against. `close()` closes the index and removes the folder.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { ingestArticles } from '../src/knowledge/ingest-articles.js';
import { createSilentLogger } from '../src/logging/logger.js';
import { openKnowledge } from '../src/open-knowledge.js';
import { answerSetFolder, loadAnswerSets } from './answers.js';

export const shippedKnowledgeDir = path.resolve(answerSetFolder, '..', '..', '..', '..', 'knowledge');

export async function openAnswerSetKnowledge(folderPrefix: string) {
  const set = loadAnswerSets();
  const dataDir = await mkdtemp(path.join(tmpdir(), folderPrefix));
  const files = [
    ...new Set(set.articles.map((article) => path.join(answerSetFolder, 'articles', article.file))),
  ].filter((file) => existsSync(file));
  const logger = createSilentLogger();
  const ingested = await ingestArticles(files, { dataDir, logger });
  const config = loadConfig({ MATCHCUT_DATA_DIR: dataDir }, { cwd: dataDir, defaultKnowledgeDir: shippedKnowledgeDir });
  const opened = await openKnowledge(config, { logger });
  return {
    set,
    opened,
    /** The article id each evaluation file was ingested as. */
    idByFile: new Map(ingested.added.map((added) => [path.basename(added.file), added.id])),
    languageByFile: new Map(set.articles.map((article) => [article.file, article.language])),
    close: async () => {
      await opened.index.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
