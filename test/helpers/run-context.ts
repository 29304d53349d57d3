/** A RunContext for starting the bots in-process (`startBots`), as `matchcut serve` builds it from the environment. */
import type { RunContext } from '../../adapters/cli/command-context.js';
import { createProgressBar } from '../../adapters/cli/progress-bar.js';
import { loadConfig } from '../../src/config/config.js';
import type { Matchcut } from '../../src/core-types.js';
import { createMemoryLogger } from './memory-logger.js';
import { shippedKnowledgeDir } from './temporary-folder.js';

export function runContextFor(options: {
  environment: Record<string, string>;
  dataDir: string;
  openCore: () => Promise<Matchcut>;
}): RunContext {
  return {
    config: loadConfig(options.environment, { cwd: options.dataDir, defaultKnowledgeDir: shippedKnowledgeDir }),
    logger: createMemoryLogger().logger,
    environment: options.environment,
    packageRoot: shippedKnowledgeDir,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    progress: createProgressBar(process.stderr),
    openCore: options.openCore,
  };
}
