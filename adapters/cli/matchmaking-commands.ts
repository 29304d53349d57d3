/**
 * The terminal's matchmaking commands (adapters/cli/commands/: profiles, match, digest, feedback,
 * report): a table from name to handler and help. They translate arguments into `Matchcut` calls
 * and print the neutral results as text or JSON. Exit codes: 0 done, 2 bad input (one line saying
 * what to do).
 */
import { isMatchcutError, type Matchcut } from '../../src/index.js';
import type { CommandHelp } from './command-spec.js';
import { digestHelp, runDigest } from './commands/digest.js';
import { feedbackHelp, runFeedback } from './commands/feedback.js';
import { matchHelp, runMatch } from './commands/match.js';
import { profilesHelp, runProfiles } from './commands/profiles.js';
import { reportHelp, runReport } from './commands/report.js';
import { UsageError } from './parse-arguments.js';

export { matchToJson, renderMatchText } from './render-matchmaking.js';

export interface MatchmakingCommandIo {
  core: Matchcut;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export interface MatchmakingCommand {
  help: CommandHelp;
  run(args: string[], io: MatchmakingCommandIo): Promise<number>;
}

export const matchmakingCommands: Readonly<Record<string, MatchmakingCommand>> = {
  profiles: { help: profilesHelp, run: runProfiles },
  match: { help: matchHelp, run: runMatch },
  digest: { help: digestHelp, run: runDigest },
  feedback: { help: feedbackHelp, run: runFeedback },
  report: { help: reportHelp, run: runReport },
};

/** "profile" is accepted for "profiles". */
const commandOf = (name: string) => matchmakingCommands[name === 'profile' ? 'profiles' : name];

/** Runs one matchmaking command; returns the exit code. Errors other than bad input propagate. */
export async function runMatchmakingCommand(
  command: string,
  args: string[],
  io: MatchmakingCommandIo,
): Promise<number> {
  const found = Object.hasOwn(matchmakingCommands, command) || command === 'profile' ? commandOf(command) : undefined;
  if (found === undefined) {
    io.stderr(
      `matchcut: unknown matchmaking command "${command}". Commands: ${Object.keys(matchmakingCommands).join(', ')}.`,
    );
    return 2;
  }
  try {
    return await found.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `matchcut: ${error.message}. Usage: ${found.help.usage.map((usage) => `matchcut ${usage}`).join(' | ')}`,
      );
      return 2;
    }
    if (
      isMatchcutError(error) &&
      (error.code === 'BAD_INPUT' || error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')
    ) {
      io.stderr(`matchcut: ${error.userMessage}`);
      return 2;
    }
    throw error;
  }
}
