/**
 * What every terminal command is given: the configuration, the logger, the environment (for
 * the bots' own settings), the standard streams, the progress bar and `openCore`, which opens
 * the core once on first use (help and bad input answer without it).
 */
import type { CoreConfig, Logger, Matchcut } from '../../src/index.js';
import type { CommandHelp } from './command-spec.js';
import type { ProgressBar } from './progress-bar.js';

export interface CommandContext {
  config: CoreConfig;
  logger: Logger;
  environment: Record<string, string | undefined>;
  packageRoot: string;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export interface RunContext extends CommandContext {
  progress: ProgressBar;
  /** Opens the core on first call; the same core afterwards. */
  openCore(): Promise<Matchcut>;
}

export interface TerminalCommand {
  help: CommandHelp;
  run(args: string[], context: RunContext): Promise<number>;
  /** Runs until stopped and closes the core itself (the bots). */
  longRunning?: boolean;
}

/** Writes "matchcut: <message>" on standard error; exit code 2 (bad input). */
export function badUsage(context: CommandContext, message: string): number {
  context.stderr.write(`matchcut: ${message}\n`);
  return 2;
}
