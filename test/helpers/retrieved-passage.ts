/** A hand-made passage as the retriever returns it: one chunk of its own article, ranked by its document number. */
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';

export function retrievedPassage(
  document: number,
  text: string,
  language: string,
  title = 'Northwind news',
): RetrievedPassage {
  const article = { id: `article-${document}`, title, language };
  return {
    document,
    fused: 1 / (1 + document),
    chunk: { id: `${article.id}#0`, articleId: article.id, title: article.title, position: 0, start: 0, text, article },
  };
}
