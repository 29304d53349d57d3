/**
 * Issue 10 point 3 (session 19): the main clause's question word decides the type — a "when" that only sets the time
 * of what is asked does not make a date question — and a money noun asked about with a bare "how much" word makes an
 * amount, not a count. Made-up questions.
 */
import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/question-types.js';

describe('a time clause does not decide the type', () => {
  it('reads how many / who before or after a "when" clause by the main clause', () => {
    expect(classifyQuestion('How many animators did Northwind employ when it opened its Lisbon office?')).toBe('count');
    expect(classifyQuestion('When the Eastfield studio was sold, who ran it?')).toBe('person');
    expect(classifyQuestion('Сколько человек работало в студии, когда её купила Northwind?')).toBe('count');
    expect(classifyQuestion('Когда студию купили, сколько в ней было сотрудников?')).toBe('count');
  });
  it('keeps "when" questions as dates', () => {
    expect(classifyQuestion('When did Northwind open its Lisbon office?')).toBe('date');
    expect(classifyQuestion('When did Northwind hire 40 animators?')).toBe('date');
    expect(classifyQuestion('Когда студия открыла офис в Лиссабоне?')).toBe('date');
    expect(classifyQuestion('What year was it when Northwind moved to Lisbon?')).toBe('date');
  });
});
