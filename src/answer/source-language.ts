/**
 * A model's answer says so when it comes from an article in another language than the question's, as the
 * extractive answer does ("(from a Korean article)", "(영어 기사에서)").
 */
import type { RetrievedPassage } from '../retrieval/hybrid-retriever.js';
import { otherLanguageNote } from './messages.js';
import type { Answer } from './types.js';

/** The answer with the note added after its text when its first source is an article in another language. */
export function withSourceLanguageNote(
  answer: Answer,
  passages: readonly RetrievedPassage[],
  language: string,
): Answer {
  const first = answer.citations[0];
  if (!answer.grounded || first === undefined) return answer;
  const article = passages.find((passage) => passage.chunk.articleId === first.articleId)?.chunk.article;
  const note = article === undefined ? undefined : otherLanguageNote(language, article.language);
  if (note === undefined || answer.text.includes(note)) return answer;
  return { ...answer, text: `${answer.text.trimEnd()} ${note}` };
}
