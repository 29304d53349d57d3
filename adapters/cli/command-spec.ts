/**
 * How a terminal command describes itself: its name, a one-line summary, its usage lines and
 * every flag. `matchcut help`, `matchcut help <command>` and `<command> --help` print these.
 */
export interface FlagSpec {
  /** As typed, with its value: "--limit N", "--json". */
  flag: string;
  text: string;
}

export interface CommandHelp {
  name: string;
  /** Other names that run the same command ("config" for "doctor"). */
  aliases?: readonly string[];
  summary: string;
  /** Usage lines without the leading "matchcut ". */
  usage: readonly string[];
  flags: readonly FlagSpec[];
  /** Extra lines after the flags (sub-commands, notes). */
  notes?: readonly string[];
}

/** The full help of one command. */
export function renderCommandHelp(help: CommandHelp): string {
  const lines = [`matchcut ${help.name} — ${help.summary}`, '', 'Usage:'];
  for (const usage of help.usage) lines.push(`  matchcut ${usage}`);
  if (help.flags.length > 0) {
    lines.push('', 'Flags:');
    const width = Math.max(...help.flags.map((flag) => flag.flag.length));
    for (const flag of help.flags) lines.push(`  ${flag.flag.padEnd(width)}  ${flag.text}`);
  }
  if (help.notes !== undefined && help.notes.length > 0) lines.push('', ...help.notes);
  if (help.aliases !== undefined && help.aliases.length > 0)
    lines.push('', `Also: matchcut ${help.aliases.join(', ')}`);
  return lines.join('\n');
}

/** Every command with its usage lines: what `matchcut help` prints. */
export function renderOverview(commands: readonly CommandHelp[]): string {
  const lines = [
    'matchcut — cited partnership answers and B2B matchmaking for the content industry',
    '',
    'Usage:',
    '  matchcut                   chat on a terminal; starts the Slack/Discord bots when configured',
  ];
  for (const command of commands) {
    lines.push(`  matchcut ${command.usage[0] ?? command.name}`);
    for (const more of command.usage.slice(1)) lines.push(`  matchcut ${more}`);
    lines.push(`      ${command.summary}`);
  }
  lines.push(
    '  matchcut help [command]    this overview, or every flag of one command (also: <command> --help)',
    '  matchcut --version         the version',
  );
  return lines.join('\n');
}
