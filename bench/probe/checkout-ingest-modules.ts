/**
 * The ingest modules of a checkout (a root holding src/), loaded from that checkout's sources: the probes that hold
 * two checkouts' per-chunk analysis side by side (analyse-all.ts, analysis-pairs.ts) load each side through this.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ArticleAliases from '../../src/knowledge/article-aliases.js';
import type * as ChunkArticles from '../../src/knowledge/chunk-articles.js';
import type * as LoadArticles from '../../src/knowledge/load-articles.js';
import type * as LoadGlossary from '../../src/knowledge/load-glossary.js';
import type * as ChunkLine from '../../src/retrieval/chunk-line.js';
import type * as Embedder from '../../src/retrieval/hashed-embedder.js';
import type * as Generations from '../../src/retrieval/index-generations.js';
import type * as LearntAliases from '../../src/retrieval/learnt-aliases.js';

/** A module of the checkout at `root`, by its path under src/ (`retrieval/chunk-line.ts`). */
export function checkoutLoader(root: string) {
  return async <T>(file: string) => (await import(pathToFileURL(path.join(path.resolve(root), 'src', file)).href)) as T;
}

/** What an index build's analysis needs, from the checkout at `root`. */
export async function checkoutIngestModules(root: string) {
  const load = checkoutLoader(root);
  return {
    load,
    ...(await load<typeof LoadArticles>('knowledge/load-articles.ts')),
    ...(await load<typeof LoadGlossary>('knowledge/load-glossary.ts')),
    ...(await load<typeof ChunkArticles>('knowledge/chunk-articles.ts')),
    ...(await load<typeof Generations>('retrieval/index-generations.ts')),
    ...(await load<typeof LearntAliases>('retrieval/learnt-aliases.ts')),
    ...(await load<typeof ArticleAliases>('knowledge/article-aliases.ts')),
    ...(await load<typeof ChunkLine>('retrieval/chunk-line.ts')),
    ...(await load<typeof Embedder>('retrieval/hashed-embedder.ts')),
  };
}
