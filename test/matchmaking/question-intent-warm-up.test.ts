/**
 * Warming the partner-question check (issue 17, Slack ack): its patterns run for the first times one per step,
 * so a bot can spread the warm-up over event-loop turns instead of its first mentions paying it all at once, and
 * the check reads questions as before afterwards.
 */
import { describe, expect, it } from 'vitest';
import { classifyQuestion, warmQuestionIntent } from '../../src/matchmaking/question-intent.js';

describe('warming the partner-question check', () => {
  it('runs one pattern per step, waiting for each step', async () => {
    let steps = 0;
    let release: () => void = () => undefined;
    const warming = warmQuestionIntent(() => {
      steps += 1;
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    await new Promise((resolve) => setImmediate(resolve));
    // Held at the first step: nothing further ran.
    expect(steps).toBe(1);
    let done = false;
    void warming.then(() => {
      done = true;
    });
    // Each step released in a later turn; the warm-up ends after one step per pattern.
    while (!done && steps <= 500) {
      release();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const patterns = await warming;
    expect(patterns).toBeGreaterThan(100);
    expect(steps).toBe(patterns);
  });

  // Without a lexicon the check reads by its patterns alone: what the warm-up runs.
  it('leaves the check reading questions as before', async () => {
    const questions = [
      'Who can dub Korean dramas into Japanese?',
      'How many people work at IT Works Korea?',
      'ищу студию для цветокоррекции',
      'When did KOCCA open its Hanoi office, and who can train colorists there?',
    ];
    const before = questions.map((question) => classifyQuestion(question));
    await warmQuestionIntent(() => Promise.resolve());
    expect(questions.map((question) => classifyQuestion(question))).toEqual(before);
  });
});
