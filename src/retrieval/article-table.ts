/**
 * The articles' metadata of an index generation as a table read where it lies (index format 9): an open reads
 * which article each chunk is from and where each article's entry is, not the whole list (41,676 articles at 100k
 * passages, 9.7 MB of JSON parsed and mapped at every open before). An answer's chunks read their articles' entries
 * one by one; the whole list is parsed on the first call that needs it (an article by id, the list, the languages).
 *
 * articles.bin: u32 article count n, u32 chunk count c, n + 1 u32 offsets of the entries (from the end of the
 * chunks' table), c u32 article positions (the article each chunk is from), then the entries, each an article's
 * metadata as JSON, in the order the articles were given to the build.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { ArticleMetadata } from './loaded-index.js';

export const articleTableFileName = 'articles.bin';

/** The table's bytes: `chunkArticles` gives each chunk's article id (an id of the list; the last article of an id). */
export function encodeArticleTable(articles: readonly ArticleMetadata[], chunkArticles: readonly string[]): Buffer {
  const positions = new Map(articles.map((article, position) => [article.id, position]));
  const entries = articles.map((article) => Buffer.from(JSON.stringify(article), 'utf8'));
  const header = new Uint32Array(2 + articles.length + 1 + chunkArticles.length);
  header[0] = articles.length;
  header[1] = chunkArticles.length;
  let offset = 0;
  for (const [position, entry] of entries.entries()) {
    header[2 + position] = offset;
    offset += entry.length;
  }
  header[2 + articles.length] = offset;
  for (const [chunk, id] of chunkArticles.entries()) {
    const position = positions.get(id);
    if (position === undefined) throw new Error(`chunk ${chunk} is from ${id}, which is not among the articles`);
    header[3 + articles.length + chunk] = position;
  }
  return Buffer.concat([Buffer.from(header.buffer, header.byteOffset, header.byteLength), ...entries]);
}

function readExactly(descriptor: number, length: number, position: number, file: string): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const read = readSync(descriptor, buffer, done, length - done, position + done);
    if (read === 0) throw new Error(`${file} is shorter than its header says`);
    done += read;
  }
  return buffer;
}

export class ArticleTable {
  private readonly read = new Map<number, ArticleMetadata>();
  private all: { list: ArticleMetadata[]; byId: Map<string, ArticleMetadata> } | undefined;

  private constructor(
    private readonly file: string,
    private readonly descriptor: number,
    /** Entry offsets (n + 1), then each chunk's article position. */
    private readonly table: Uint32Array,
    readonly articleCount: number,
    private readonly entriesAt: number,
  ) {}

  /** Opens a generation's table, checking it holds `chunkCount` chunks. */
  static open(file: string, chunkCount: number): ArticleTable {
    const descriptor = openSync(file, 'r');
    try {
      const header = readExactly(descriptor, 8, 0, file);
      const [articles, chunks] = [header.readUInt32LE(0), header.readUInt32LE(4)];
      if (chunks !== chunkCount) throw new Error(`${file} holds ${chunks} chunks, expected ${chunkCount}`);
      const bytes = readExactly(descriptor, 4 * (articles + 1 + chunks), 8, file);
      const table = new Uint32Array(bytes.buffer, bytes.byteOffset, articles + 1 + chunks);
      return new ArticleTable(file, descriptor, table, articles, 8 + bytes.length);
    } catch (error) {
      closeSync(descriptor);
      throw error;
    }
  }

  /** The article a chunk is from. */
  ofChunk(chunk: number): ArticleMetadata | undefined {
    const position = this.table[this.articleCount + 1 + chunk];
    return position === undefined ? undefined : this.at(position);
  }

  private at(position: number): ArticleMetadata | undefined {
    if (this.all !== undefined) return this.all.list[position];
    const known = this.read.get(position);
    if (known !== undefined) return known;
    const start = this.table[position];
    const end = this.table[position + 1];
    if (start === undefined || end === undefined) return undefined;
    const article = JSON.parse(
      readExactly(this.descriptor, end - start, this.entriesAt + start, this.file).toString('utf8'),
    ) as ArticleMetadata;
    this.read.set(position, article);
    return article;
  }

  private whole(): { list: ArticleMetadata[]; byId: Map<string, ArticleMetadata> } {
    if (this.all !== undefined) return this.all;
    const length = this.table[this.articleCount] as number;
    const text = readExactly(this.descriptor, length, this.entriesAt, this.file);
    const list: ArticleMetadata[] = [];
    for (let position = 0; position < this.articleCount; position += 1)
      list.push(
        JSON.parse(
          text.toString('utf8', this.table[position] as number, this.table[position + 1] as number),
        ) as ArticleMetadata,
      );
    this.all = { list, byId: new Map(list.map((article) => [article.id, article])) };
    this.read.clear();
    return this.all;
  }

  byId(id: string): ArticleMetadata | undefined {
    return this.whole().byId.get(id);
  }

  /** Every article once (the last of an id, as a map of them keeps). */
  list(): ArticleMetadata[] {
    return [...this.whole().byId.values()];
  }

  close(): void {
    closeSync(this.descriptor);
  }
}
