/**
 * The real core for integration tests: the shipped knowledge base, a real index and a real
 * SQLite file in a fresh temporary data folder. The built index comes from a template folder
 * (built once per run by global-setup.ts) so each test core does not rebuild it.
 */
import { rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { type CoreConfig, loadConfig } from '../../src/config/config.js';
import type { Matchcut } from '../../src/core-types.js';
import { createSilentLogger, type Logger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { createTemporaryFolder, shippedKnowledgeDir } from './temporary-folder.js';
import { buildTemplate, copyBuiltIndex } from './test-core-template.js';

export interface TestCore {
  core: Matchcut;
  dataDir: string;
  config: CoreConfig;
  cleanup(): Promise<void>;
}

let template: Promise<string> | undefined;

/** The run's template folder, or (in a run without the global setup) one this process builds. */
async function prepareTemplate(): Promise<string> {
  template ??= (async () => {
    const shared = inject('testCoreTemplate');
    if (shared !== undefined) return shared;
    const own = path.join(tmpdir(), `matchcut-test-template-${process.pid}`);
    await mkdir(own, { recursive: true });
    process.once('exit', () => rmSync(own, { recursive: true, force: true }));
    await buildTemplate(own);
    return own;
  })();
  return template;
}

/**
 * Copies the run's built index (index/, cache/) of the shipped knowledge base into `dataDir`, so a
 * core or a `matchcut` process opened on it starts without building the index again. For tests
 * whose subject is not the first build.
 */
export async function copyTemplateIndex(dataDir: string): Promise<void> {
  await copyBuiltIndex(await prepareTemplate(), dataDir);
}

export async function createTestCore(
  options: {
    environment?: Record<string, string>;
    logger?: Logger;
    now?: () => Date;
    /** Ask worker threads and their queue (default: the core's defaults). */
    askWorkers?: number;
    askQueueLimit?: number;
  } = {},
): Promise<TestCore> {
  const temporary = await createTemporaryFolder('matchcut-core-');
  await copyTemplateIndex(temporary.folder);
  const config = loadConfig(
    { ...options.environment, MATCHCUT_DATA_DIR: temporary.folder },
    { cwd: temporary.folder, defaultKnowledgeDir: shippedKnowledgeDir },
  );
  const core = await openMatchcut(config, {
    logger: options.logger ?? createSilentLogger(),
    now: options.now,
    ...(options.askWorkers === undefined ? {} : { askWorkers: options.askWorkers }),
    ...(options.askQueueLimit === undefined ? {} : { askQueueLimit: options.askQueueLimit }),
  });
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
