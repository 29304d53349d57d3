/**
 * The real core for integration tests: the shipped knowledge base, a real index and a real
 * SQLite file in a fresh temporary data folder. The built index is shared through a
 * template folder so each test core does not rebuild it.
 */
import { rmSync } from 'node:fs';
import { cp, mkdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CoreConfig, loadConfig } from '../../src/config/config.js';
import type { Matchcut } from '../../src/core-types.js';
import { createSilentLogger, type Logger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { createTemporaryFolder, shippedKnowledgeDir } from './temporary-folder.js';

export interface TestCore {
  core: Matchcut;
  dataDir: string;
  config: CoreConfig;
  cleanup(): Promise<void>;
}

const templateDir = path.join(tmpdir(), `matchcut-test-template-${process.pid}`);
let template: Promise<void> | undefined;

async function prepareTemplate(): Promise<void> {
  template ??= (async () => {
    await mkdir(templateDir, { recursive: true });
    process.once('exit', () => rmSync(templateDir, { recursive: true, force: true }));
    const config = loadConfig(
      { MATCHCUT_DATA_DIR: templateDir },
      { cwd: templateDir, defaultKnowledgeDir: shippedKnowledgeDir },
    );
    const core = await openMatchcut(config, { logger: createSilentLogger() });
    await core.close();
  })();
  return template;
}

export async function createTestCore(
  options: { environment?: Record<string, string>; logger?: Logger; now?: () => Date } = {},
): Promise<TestCore> {
  await prepareTemplate();
  const temporary = await createTemporaryFolder('matchcut-core-');
  for (const entry of ['index', 'cache']) {
    const source = path.join(templateDir, entry);
    if (
      await stat(source).then(
        () => true,
        () => false,
      )
    )
      await cp(source, path.join(temporary.folder, entry), { recursive: true });
  }
  const config = loadConfig(
    { ...options.environment, MATCHCUT_DATA_DIR: temporary.folder },
    { cwd: temporary.folder, defaultKnowledgeDir: shippedKnowledgeDir },
  );
  const core = await openMatchcut(config, { logger: options.logger ?? createSilentLogger(), now: options.now });
  return {
    core,
    dataDir: temporary.folder,
    config,
    async cleanup() {
      await core.close();
      await temporary.cleanup();
    },
  };
}
