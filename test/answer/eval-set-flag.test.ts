import { describe, expect, it } from 'vitest';

import { setsFromArguments, unknownArguments } from '../../eval/set-flag.js';

describe('the evaluation tools read --set', () => {
  it('reads a comma-separated list, a whole set name, or one letter a set', () => {
    expect(setsFromArguments(['node', 'answers.ts', '--tune'])).toBeUndefined();
    expect(setsFromArguments(['node', 'answers.ts', '--set', 'y,aa', '--tune'])).toEqual(['y', 'aa']);
    expect(setsFromArguments(['node', 'answers.ts', '--set', 'aa,'])).toEqual(['aa']);
    const sets = new Set(['a', 'b', 'c', 'aa']);
    const isSet = (name: string): boolean => sets.has(name);
    expect(setsFromArguments(['node', 'answers.ts', '--set', 'abc'], isSet)).toEqual(['a', 'b', 'c']);
    expect(setsFromArguments(['node', 'answers.ts', '--set', 'aa'], isSet)).toEqual(['aa']);
  });

  it('finds the shipped set files', () => {
    expect(setsFromArguments(['node', 'answers.ts', '--set', 'x'])).toEqual(['x']);
    expect(setsFromArguments(['node', 'answers.ts', '--set', 'bc'])).toEqual(['b', 'c']);
    // Once set-ab.yaml exists (session 22), "ab" names it rather than sets a and b.
    expect(setsFromArguments(['node', 'answers.ts', '--set', 'ab'])).toEqual(['ab']);
  });

  it('names the arguments a tool does not know, so a typo never runs both halves', () => {
    const known = ['--tune', '--tune-failures', '--set'];
    expect(unknownArguments(['node', 'answers.ts', '--tune', '--set', 'ab'], known)).toEqual([]);
    expect(unknownArguments(['node', 'answers.ts', '--help'], known)).toEqual(['--help']);
    expect(unknownArguments(['node', 'answers.ts', '--tnue', 'x'], known)).toEqual(['--tnue', 'x']);
  });
});
