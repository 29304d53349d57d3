/**
 * The template data folder test cores start from: the shipped knowledge base opened once, so
 * its index/ and cache/ are built. Built once per run by global-setup.ts, or once per test
 * file's process when a run has no global setup.
 */
import { loadConfig } from '../../src/config/config.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { shippedKnowledgeDir } from './temporary-folder.js';

export async function buildTemplate(folder: string): Promise<void> {
  const config = loadConfig({ MATCHCUT_DATA_DIR: folder }, { cwd: folder, defaultKnowledgeDir: shippedKnowledgeDir });
  const core = await openMatchcut(config, { logger: createSilentLogger() });
  await core.close();
}
