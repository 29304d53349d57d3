/**
 * The terminal's command router: a table from command name to its handler and help
 * (adapters/cli/commands/, one file per command). `help`, `help <command>`, `<command> --help`
 * and `--version` are answered here without opening the core. Exit codes: 0 done, 1 internal
 * error, 2 bad input.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Matchcut, openMatchcut, toMatchcutError } from '../../src/index.js';
import { badUsage, type CommandContext, type RunContext, type TerminalCommand } from './command-context.js';
import { renderCommandHelp, renderOverview } from './command-spec.js';
import { askCommand } from './commands/ask.js';
import { discordCommand, runBots, serveCommand, slackCommand } from './commands/bots.js';
import { chatCommand, runChat } from './commands/chat.js';
import { doctorCommand } from './commands/doctor.js';
import { migrateCommand } from './commands/migrate.js';
import { articlesCommand } from './commands/articles.js';
import { feedsCommand } from './commands/feeds.js';
import { ingestCommand } from './commands/ingest.js';
import { questionsCommand } from './commands/questions.js';
import { describeDiskError } from './disk-errors.js';
import { matchmakingCommands, runMatchmakingCommand } from './matchmaking-commands.js';
import { asksForHelp, UsageError } from './parse-arguments.js';
import { createProgressBar } from './progress-bar.js';

/** A problem with a whole knowledge file ("file → (file): …"), not with one entry of it. */
const wholeFileProblem = / → \((?:file|root)\):/u;

export type { CommandContext } from './command-context.js';

/** The matchmaking commands, run through their own router (their usage errors and exit codes). */
const matchmakingTerminalCommands = Object.values(matchmakingCommands).map((command): TerminalCommand => ({
  help: command.help,
  async run(args, context) {
    const core = await context.openCore();
    return runMatchmakingCommand(command.help.name, args, {
      core,
      stdout: (line) => context.stdout.write(`${line}\n`),
      stderr: (line) => context.stderr.write(`${line}\n`),
    });
  },
}));

/** Every command, in the order `matchcut help` lists them. */
export const terminalCommands: readonly TerminalCommand[] = [
  askCommand,
  chatCommand,
  ingestCommand,
  articlesCommand,
  feedsCommand,
  ...matchmakingTerminalCommands,
  questionsCommand,
  doctorCommand,
  migrateCommand,
  slackCommand,
  discordCommand,
  serveCommand,
];

const commandByName = new Map<string, TerminalCommand>();
for (const command of terminalCommands) {
  for (const name of [command.help.name, ...(command.help.aliases ?? [])]) commandByName.set(name, command);
}
commandByName.set('profile', commandByName.get('profiles') as TerminalCommand);

export const usage = renderOverview(terminalCommands.map((command) => command.help));

function version(context: CommandContext): string {
  const manifest = JSON.parse(readFileSync(path.join(context.packageRoot, 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? 'unknown';
}

function printHelp(topic: string | undefined, context: CommandContext): number {
  if (topic === undefined) {
    context.stdout.write(`${usage}\n`);
    return 0;
  }
  const command = commandByName.get(topic);
  if (command === undefined)
    return badUsage(context, `no command "${topic}". Run \`matchcut help\` to see the commands.`);
  context.stdout.write(`${renderCommandHelp(command.help)}\n`);
  return 0;
}

async function runDefault(context: RunContext): Promise<number> {
  const environment = context.environment;
  if (environment.SLACK_BOT_TOKEN || environment.DISCORD_TOKEN) return runBots('serve', [], context);
  if (context.stdin.isTTY && context.stdout.isTTY) return runChat(context, await context.openCore());
  context.stdout.write(`${usage}\n`);
  return 0;
}

/** The exit code for an error, after writing its one line. */
function reportFailure(error: unknown, command: TerminalCommand | undefined, context: RunContext): number {
  if (error instanceof UsageError) {
    const usageLines = command?.help.usage.map((line) => `matchcut ${line}`).join(' | ') ?? 'matchcut help';
    return badUsage(context, `${error.message}. Usage: ${usageLines}`);
  }
  const disk = describeDiskError(error, context.config.dataDir);
  const matchcutError = disk ?? toMatchcutError(error);
  if (disk !== undefined) context.logger.debug({ err: error }, 'disk problem');
  else if (matchcutError.code === 'INTERNAL') context.logger.error({ err: error }, 'command failed');
  context.stderr.write(`matchcut: ${matchcutError.userMessage}\n`);
  return ['BAD_INPUT', 'CONFIG', 'NOT_FOUND'].includes(matchcutError.code) ? 2 : 1;
}

export async function runCommandLine(argv: string[], base: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : commandByName.get(name);
  let core: Matchcut | undefined;
  const progress = createProgressBar(base.stderr);
  const context: RunContext = {
    ...base,
    progress,
    async openCore() {
      // The core loads on first use (src/index.ts) so that help and bad input answer at once.
      if (core !== undefined) return core;
      core = await openMatchcut(base.config, {
        logger: base.logger,
        onProgress: (update) => progress.update(update),
        // Ask workers, the question log's write thread and a matching index built at start pay off in the bots;
        // a one-shot command would only load the index twice, start a thread for one row, and index the profiles
        // for an `ask` that never matches them (0.75 s of a 2 s cold ask).
        // The bots check the knowledge files after the open (a restart answers sooner; a file edited in place is
        // re-ingested while they run); a one-shot command checks them first.
        ...(command?.longRunning === true
          ? { sourceCheck: 'after-open' as const }
          : { askWorkers: 0, questionLogThread: false, profileIndexAtStart: false }),
      });
      progress.finish();
      // Knowledge problems are told once, when the index is rebuilt (`matchcut doctor` lists them any time);
      // a whole file that did not load (commands run on its last good load) is told until it is fixed.
      const status = core.status();
      for (const problem of status.problems) {
        if (status.rebuilt || wholeFileProblem.test(problem)) base.stderr.write(`matchcut: warning: ${problem}\n`);
      }
      return core;
    },
  };
  if (name === 'help' || name === '--help' || name === '-h') return printHelp(rest[0], context);
  if (name === '--version' || name === '-v' || name === 'version') {
    context.stdout.write(`matchcut ${version(context)}\n`);
    return 0;
  }
  if (name !== undefined && command === undefined) {
    return badUsage(context, `unknown command "${name}". Run \`matchcut help\` to see the commands.`);
  }
  if (command !== undefined && asksForHelp(rest)) return printHelp(command.help.name, context);
  try {
    return command === undefined ? await runDefault(context) : await command.run(rest, context);
  } catch (error) {
    progress.finish();
    return reportFailure(error, command, context);
  } finally {
    if (core !== undefined && command !== undefined && command.longRunning !== true) await core.close();
  }
}
