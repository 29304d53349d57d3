/**
 * The sets named by `--set`: `--set d` or `--set abc` (one letter a set: sets a, b and c), or, for sets whose names
 * are longer than a letter, a comma-separated list (`--set y,z,aa`). Undefined when the flag is absent.
 */
export function setsFromArguments(argv: readonly string[]): string[] | undefined {
  const flag = argv.indexOf('--set');
  if (flag === -1) return undefined;
  const value = argv[flag + 1] ?? '';
  return value.includes(',') ? value.split(',').filter((name) => name !== '') : [...value];
}
