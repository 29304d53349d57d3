/**
 * One chunk's line in the chunk store (chunks.jsonl) and the passage worker's messages (chunk-lines.ts,
 * passage-worker.ts). Nothing here reads import.meta: the worker loads through tsx's require hook from the sources.
 */
import { analysePassage, storePassage } from '../answer/passage-analysis.js';
import type { AliasIndex, LearntAliases } from '../knowledge/article-aliases.js';
import type { Chunk } from '../knowledge/chunk-articles.js';
import type { Glossary } from '../knowledge/glossary.js';

/** One chunk's line in chunks.jsonl (without the newline). */
export function chunkLine(
  chunk: Chunk,
  glossary: Glossary | undefined,
  aliases: AliasIndex,
  titles: Map<string, Set<string>>,
): string {
  const passage = storePassage(chunk.text, analysePassage(chunk, glossary, aliases, titles));
  return JSON.stringify(passage ? { ...chunk, passage } : chunk);
}

/** Where a worker loads the same lexicon the build has (the file and the compiled-lexicon cache). */
export interface GlossarySource {
  file: string;
  cacheDir?: string | undefined;
}

export interface PassageWorkerData {
  glossary: GlossarySource;
  glossaryHash: string;
}

/** What the worker is asked: the names of the articles (learnt-aliases.ts), the aliases, then batches of chunks. */
export type ToPassageWorker =
  | { type: 'names'; articles: { title: string; text: string }[] }
  | { type: 'aliases'; learnt: Omit<LearntAliases, 'names'> }
  | { type: 'batch'; id: number; chunks: Chunk[] };
export type FromPassageWorker =
  | { type: 'ready' }
  | { type: 'names'; names: string[] }
  | { type: 'lines'; id: number; lines: string[] }
  | { type: 'failed'; message: string; id?: number | undefined };
