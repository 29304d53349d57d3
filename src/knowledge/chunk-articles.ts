/**
 * Sentence-aware chunking with @langchain/textsplitters: paragraphs first, then sentence
 * ends in every script (". ", "。", "다. ", "? "), then words. Each chunk keeps its
 * article id, title and position.
 */
import type { Article } from './article-schema.js';

export interface Chunk {
  /** `${articleId}#${position}` */
  id: string;
  articleId: string;
  title: string;
  /** 0-based order within the article. */
  position: number;
  /** Character offset of the chunk in the article text. */
  start: number;
  text: string;
}

export interface ChunkOptions {
  chunkSize?: number;
  chunkOverlap?: number;
}

const sentenceSeparators = ['\n\n', '\n', '. ', '? ', '! ', '。', '？', '！', '; ', ', ', ' ', ''];

export function createChunker(options: ChunkOptions = {}) {
  // Loaded on first use: the splitter module takes most of a second to import, and a
  // start-up that reuses the index never needs it.
  let splitter: Promise<{ splitText(text: string): Promise<string[]> }> | undefined;
  const getSplitter = () => {
    splitter ??= import('@langchain/textsplitters').then(
      ({ RecursiveCharacterTextSplitter }) =>
        new RecursiveCharacterTextSplitter({
          chunkSize: options.chunkSize ?? 700,
          chunkOverlap: options.chunkOverlap ?? 120,
          separators: sentenceSeparators,
          keepSeparator: true,
        }),
    );
    return splitter;
  };
  return async function chunkArticle(article: Article): Promise<Chunk[]> {
    const pieces = await (await getSplitter()).splitText(article.text);
    // The splitter keeps a separator at the start of the next piece (". Next"): give the
    // sentence-ending mark back to the piece it ends.
    for (let index = 1; index < pieces.length; index += 1) {
      const leading = /^[.?!。？！;,]+/.exec(pieces[index] as string);
      if (!leading) continue;
      pieces[index] = (pieces[index] as string).slice(leading[0].length);
      pieces[index - 1] = `${pieces[index - 1]}${leading[0]}`;
    }
    const chunks: Chunk[] = [];
    let searchFrom = 0;
    for (const [position, piece] of pieces.entries()) {
      const text = piece.trim();
      if (text === '') continue;
      const found = article.text.indexOf(text, Math.max(0, searchFrom - 400));
      const start = found >= 0 ? found : searchFrom;
      searchFrom = start + 1;
      chunks.push({
        id: `${article.id}#${chunks.length}`,
        articleId: article.id,
        title: article.title,
        position,
        start,
        text,
      });
    }
    return chunks.map((chunk, index) => ({ ...chunk, position: index }));
  };
}
