/* eslint-disable no-control-regex -- this test looks for control characters on purpose */
/**
 * Terminal escape injection (issue 13 item 8): text that reaches an answer from an article is
 * printed without its ANSI/OSC sequences or control characters.
 */
import { describe, expect, it } from 'vitest';
import { renderAnswerText } from '../../adapters/cli/render-answer.js';
import type { Answer } from '../../src/index.js';

const hostile = 'Studio X hired 40 artists.\u001b]52;c;ZWNobyBwd25lZA==\u0007\u001b[2J\u001b[31m Red\u0000 text';

const answer: Answer = {
  text: `${hostile} [1]`,
  grounded: true,
  path: 'extractive',
  language: 'en',
  query: 'How many artists?',
  citations: [
    {
      n: 1,
      articleId: 'x',
      title: 'Title\u001b[5m blink',
      outlet: 'Outlet\u009b1m',
      quote: hostile,
      url: 'https://example.org/\u001b[0m',
      chunkId: 'x#0',
      score: 1,
    },
  ],
};

describe('renderAnswerText', () => {
  it('prints no escape sequence or control character from a source, with or without colour', () => {
    for (const color of [false, true]) {
      const printed = renderAnswerText(answer, { color });
      const withoutOwnStyles = printed.replace(/\u001b\[(?:1|2|22)m/g, '');
      expect(withoutOwnStyles).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(printed).toContain('Studio X hired 40 artists.');
      expect(printed).toContain('Red text');
      expect(printed).toContain('Title blink');
    }
  });
});
