/**
 * Argument parsing for the terminal commands: node:util's parseArgs in strict mode, with its
 * errors turned into one-line usage errors (never Node's raw parser message with a stack).
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A mistake in how a command was called: printed as one line with the command's usage; exit code 2. */
export class UsageError extends Error {}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export function parse<const T extends OptionsConfig>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true } as const);
  } catch (error) {
    const first = error instanceof Error ? (error.message.split('\n')[0] ?? 'bad arguments') : String(error);
    // "Unknown option '--nope'. To specify a positional argument starting with a '-', place it at the end…"
    throw new UsageError(first.replace(/\.\s+To specify a positional argument.*$/, '').replace(/\.$/, ''));
  }
}

/** `--limit N`: a whole number from 1 to 200. */
export function parseLimit(value: string | undefined, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 200) {
    throw new UsageError(`--limit must be a whole number from 1 to 200 (got "${value}")`);
  }
  return Number(value);
}

/** Whether the arguments ask for the command's help. */
export const asksForHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');
