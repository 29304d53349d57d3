import { describe, expect, it } from 'vitest';
import type { StoredPassage } from '../../src/answer/passage-analysis.js';
import type { Chunk } from '../../src/knowledge/chunk-articles.js';
import { splitChunkLine } from '../../src/retrieval/loaded-index.js';

const chunk: Chunk = {
  id: 'a#0',
  articleId: 'a',
  title: 'Studio "passage" notes }',
  position: 0,
  start: 0,
  // Text that writes the passage member's key, braces and quotes: only the line's own member is the passage.
  text: 'He wrote ,"passage":{"keys":[]} and "}" in 서울, then left.',
};
const passage: StoredPassage = { keys: ['seoul', ',"passage":'], sentences: [[0, 10, [0, 1]]], title: [1] };

describe('chunk store lines', () => {
  it('parses the chunk and keeps the stored passage unread until asked for', () => {
    const split = splitChunkLine(Buffer.from(`${JSON.stringify({ ...chunk, passage })}\n`));
    expect(split.chunk).toEqual(chunk);
    expect(JSON.parse((split.passage as Buffer).toString('utf8'))).toEqual(passage);
  });

  it('reads a line without a stored passage as its chunk', () => {
    expect(splitChunkLine(Buffer.from(JSON.stringify(chunk)))).toEqual({ chunk, passage: undefined });
  });
});
