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

const packageRoot = findPackageRoot(import.meta.url);

async function main(): Promise<number> {
  let config: CoreConfig;
  try {
    config = loadConfig(process.env, { cwd: process.cwd(), defaultKnowledgeDir: path.join(packageRoot, 'knowledge') });
  } catch (error) {
    process.stderr.write(`matchcut: ${toMatchcutError(error).userMessage}\n`);
    return 2;
  }
  // A terminal command stays quiet unless asked (warnings and errors only); a bot logs its
  // start-up and activity. Logs are JSON lines on standard error.
  const [command] = process.argv.slice(2);
  const runsBots =
    command === 'slack' || command === 'serve' || (command === 'discord' && process.argv[3] !== 'register') ||
    (command === undefined && Boolean(process.env.SLACK_BOT_TOKEN || process.env.DISCORD_TOKEN));
  const logger: Logger = createLogger({ level: process.env.MATCHCUT_LOG_LEVEL ?? (runsBots ? 'info' : 'warn') });
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
    const matchcutError = toMatchcutError(error);
    process.stderr.write(`matchcut: ${matchcutError.userMessage}\n`);
    if (!isMatchcutError(error)) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = matchcutError.code === 'BAD_INPUT' || matchcutError.code === 'CONFIG' ? 2 : 1;
  },
);
