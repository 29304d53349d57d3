/** `matchcut report`: the organizer report. */
import type { CommandHelp } from '../command-spec.js';
import type { MatchmakingCommandIo } from '../matchmaking-commands.js';
import { parse, UsageError } from '../parse-arguments.js';
import { renderReport } from '../render-matchmaking.js';

export const reportHelp: CommandHelp = {
  name: 'report',
  summary: 'the organizer report: digests, suggestions, interest, introductions, unmet needs',
  usage: ['report [--json]'],
  flags: [{ flag: '--json', text: 'print JSON' }],
};

export async function runReport(args: string[], io: MatchmakingCommandIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean', default: false } });
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
  const report = await io.core.report();
  if (values.json === true) io.stdout(JSON.stringify(report));
  else for (const line of renderReport(report)) io.stdout(line);
  return 0;
}
