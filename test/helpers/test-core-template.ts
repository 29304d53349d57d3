/**
 * The template data folder test cores start from: the shipped knowledge base opened once, so
 * its index/ and cache/ are built. Built once per run by global-setup.ts, or once per test
 * file's process when a run has no global setup.
 */
import { cp, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { shippedKnowledgeDir } from './temporary-folder.js';

export async function buildTemplate(folder: string): Promise<void> {
  const config = loadConfig({ MATCHCUT_DATA_DIR: folder }, { cwd: folder, defaultKnowledgeDir: shippedKnowledgeDir });
  const core = await openMatchcut(config, { logger: createSilentLogger() });
  await core.close();
}

/** Copies a data folder's built index (index/, cache/) into another data folder. */
export async function copyBuiltIndex(from: string, to: string): Promise<void> {
  for (const entry of ['index', 'cache']) {
    const source = path.join(from, entry);
    const present = await stat(source).then(
      () => true,
      () => false,
    );
    if (present) await cp(source, path.join(to, entry), { recursive: true });
  }
}
