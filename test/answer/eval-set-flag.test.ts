import { describe, expect, it } from 'vitest';

import { setsFromArguments } from '../../eval/set-flag.js';

describe('the evaluation tools read --set', () => {
  it('reads one letter a set, or a comma-separated list for longer set names', () => {
    expect(setsFromArguments(['node', 'answers.ts', '--tune'])).toBeUndefined();
    expect(setsFromArguments(['node', 'answers.ts', '--set', 'abc'])).toEqual(['a', 'b', 'c']);
    expect(setsFromArguments(['node', 'answers.ts', '--set', 'y,aa', '--tune'])).toEqual(['y', 'aa']);
    expect(setsFromArguments(['node', 'answers.ts', '--set', 'aa,'])).toEqual(['aa']);
  });
});
