/**
 * The `matchcut` command line: the terminal adapter and the wiring file that reads the
 * environment once. It answers questions, ingests articles, runs matchmaking commands,
 * and starts the Slack and/or Discord bots when their configuration is present.
 */
import path from 'node:path';
import {
  type CoreConfig,
  createLogger,
  findPackageRoot,
  isMatchcutError,
  loadConfig,
  type Logger,
  toMatchcutError,
} from '../../src/index.js';
import { runCommandLine } from './commands.js';
import { describeDiskError } from './disk-errors.js';

const packageRoot = findPackageRoot(import.meta.url);

// A reader that stops early (`matchcut report | head -1`, `| true`) closes the pipe: that is
// not a failure, so the command ends at once, quietly, with exit code 0.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exitCode = 0;
    process.exit();
  });
}

async function main(): Promise<number> {
  let config: CoreConfig;
  try {
    config = loadConfig(process.env, { cwd: process.cwd(), defaultKnowledgeDir: path.join(packageRoot, 'knowledge') });
  } catch (error) {
    process.stderr.write(`matchcut: ${toMatchcutError(error).userMessage}\n`);
    return 2;
  }
  // A terminal command prints what the user needs as plain lines (problems of an import, files
  // skipped by ingest, `doctor`'s list) and logs only errors; a bot logs its start-up and
  // activity. Logs are JSON lines on standard error.
  const [command] = process.argv.slice(2);
  const runsBots =
    command === 'slack' ||
    command === 'serve' ||
    (command === 'discord' && process.argv[3] !== 'register') ||
    (command === undefined && Boolean(process.env.SLACK_BOT_TOKEN || process.env.DISCORD_TOKEN));
  const logger: Logger = createLogger({ level: process.env.MATCHCUT_LOG_LEVEL ?? (runsBots ? 'info' : 'error') });
  return runCommandLine(process.argv.slice(2), {
    config,
    logger,
    environment: process.env,
    packageRoot,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const disk = describeDiskError(error, process.env.MATCHCUT_DATA_DIR ?? '.matchcut');
    const matchcutError = disk ?? toMatchcutError(error);
    process.stderr.write(`matchcut: ${matchcutError.userMessage}\n`);
    if (disk === undefined && !isMatchcutError(error)) {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = matchcutError.code === 'BAD_INPUT' || matchcutError.code === 'CONFIG' ? 2 : 1;
  },
);
