import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const answerSets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/eval/answers');

/**
 * The sets named by `--set`: a comma-separated list (`--set y,z,aa`); a value that names a set file as a whole
 * (`--set aa` is set-aa.yaml); otherwise one letter a set (`--set abc`: sets a, b and c). Undefined when the flag is
 * absent.
 */
export function setsFromArguments(
  argv: readonly string[],
  isSet: (name: string) => boolean = (name) => existsSync(path.join(answerSets, `set-${name}.yaml`)),
): string[] | undefined {
  const flag = argv.indexOf('--set');
  if (flag === -1) return undefined;
  const value = argv[flag + 1] ?? '';
  if (value.includes(',')) return value.split(',').filter((name) => name !== '');
  return isSet(value) ? [value] : [...value];
}

/**
 * The arguments a tool does not know (flags and stray words; `--set`'s value is known): an evaluation run on a typo
 * would print both halves, check totals included, so the tools refuse instead.
 */
export function unknownArguments(argv: readonly string[], known: readonly string[]): string[] {
  const rest = argv.slice(2);
  return rest.filter((argument, index) => !known.includes(argument) && rest[index - 1] !== '--set');
}
