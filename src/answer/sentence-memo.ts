/**
 * What a sentence holds whatever the question (the names its patterns find), kept for the sentences seen recently:
 * an ask reads a sentence several times (whether it names something else, also with its people left out, whether its
 * subject is carried, its asked unit), and other questions read the same passages. Results are shared: read only.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { boundedMemo } from '../retrieval/bounded-memo.js';

/** How many sentences a memo keeps (forgotten all at once past that, see boundedMemo). */
export const sentencesKept = 4_096;

/** `compute` kept per sentence. */
export function sentenceMemo<Result>(compute: (sentence: string) => Result): (sentence: string) => Result {
  return boundedMemo(sentencesKept, compute);
}

/** `compute` kept per sentence, apart for each lexicon (a lexicon reloaded is a new object with its own memo). */
export function sentenceMemoByGlossary<Result>(
  compute: (sentence: string, glossary: Glossary | undefined) => Result,
): (glossary: Glossary | undefined) => (sentence: string) => Result {
  const withoutGlossary = sentenceMemo((sentence) => compute(sentence, undefined));
  const byGlossary = new WeakMap<Glossary, (sentence: string) => Result>();
  return (glossary) => {
    if (glossary === undefined) return withoutGlossary;
    let memo = byGlossary.get(glossary);
    if (memo === undefined) {
      memo = sentenceMemo((sentence) => compute(sentence, glossary));
      byGlossary.set(glossary, memo);
    }
    return memo;
  };
}
