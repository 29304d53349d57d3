/**
 * TEMPORARY: the real core (openMatchcut on the shipped knowledge, SQLite and index in a temp
 * dir) until the shared test/helpers/test-core.ts lands; same signature as that helper.
 */
import { loadConfig } from '../../src/config/config.js';
import type { Matchcut } from '../../src/core-types.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { createTemporaryFolder, repositoryRoot, shippedKnowledgeDir } from '../helpers/temporary-folder.js';

export async function createTestCore(): Promise<{ core: Matchcut; dataDir: string; cleanup(): Promise<void> }> {
  const { folder, cleanup } = await createTemporaryFolder('matchcut-discord-');
  const config = loadConfig({ MATCHCUT_DATA_DIR: folder }, { cwd: repositoryRoot, defaultKnowledgeDir: shippedKnowledgeDir });
  const core = await openMatchcut(config, { logger: createSilentLogger() });
  return {
    core,
    dataDir: folder,
    cleanup: async () => {
      await core.close();
      await cleanup();
    },
  };
}
