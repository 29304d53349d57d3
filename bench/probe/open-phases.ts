/**
 * What opening a built index spends, part by part (wall and CPU ms): the knowledge files' fingerprint (from the
 * folders' times, and in full), the dense vectors, the BM25 vocabulary and posting ranges, the chunk offsets, the
 * articles table (and the whole list, read on first use) and the learnt aliases — the parts `openKnowledge` reads
 * before the first answer.
 *
 * Usage: npx tsx bench/probe/open-phases.ts <folder from build-corpus-index.ts> [data folder, default <folder>/data]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { createAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { fingerprintFromFolders } from '../../src/knowledge/knowledge-freshness.js';
import { articleFolders, knowledgeFingerprint } from '../../src/knowledge/load-knowledge.js';
import { ArticleTable, articleTableFileName } from '../../src/retrieval/article-table.js';
import { blockFileName } from '../../src/retrieval/block-file.js';
import { BlockVectors } from '../../src/retrieval/block-scan.js';
import { readAliases } from '../../src/retrieval/learnt-aliases.js';
import { LexicalIndex } from '../../src/retrieval/lexical-index.js';
import { readManifest } from '../../src/retrieval/index-generations.js';

const folder = path.resolve(process.argv[2] ?? '');
const dataDir = path.resolve(process.argv[3] ?? path.join(folder, 'data'));
const indexRoot = path.join(dataDir, 'index');
const generation = path.join(indexRoot, (await readFile(path.join(indexRoot, 'CURRENT'), 'utf8')).trim());
const parts: Record<string, { wallMs: number; cpuMs: number }> = {};
async function part<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  parts[name] = { wallMs: Math.round(performance.now() - wall), cpuMs: Math.round((used.user + used.system) / 1_000) };
  return result;
}

const manifest = await readManifest(generation);
if (!manifest) throw new Error(`no readable manifest in ${generation}`);
const { glossary } = await part('glossary', () =>
  loadGlossary(path.join(folder, 'knowledge', 'glossary.yaml'), { cacheDir: path.join(dataDir, 'cache') }),
);
// What the bots do first (sourceCheck 'after-open'): the article folders' times against the last full check.
await part('fingerprint from folders', () =>
  fingerprintFromFolders(
    path.join(dataDir, 'cache'),
    articleFolders({ dataDir, knowledgeDir: path.join(folder, 'knowledge') }),
    glossary.hash,
  ),
);
await part('fingerprint', () =>
  knowledgeFingerprint({ dataDir, knowledgeDir: path.join(folder, 'knowledge') }, glossary.hash),
);
await part(`vectors (${manifest.denseSearch})`, async () => {
  if (manifest.denseSearch === 'exact') {
    await BlockVectors.fromBlockFile(path.join(generation, blockFileName), {
      dimensions: manifest.dimensions,
      count: manifest.chunkCount,
    });
  } else {
    const graph = new hnswlib.HierarchicalNSW('ip', manifest.dimensions);
    await graph.readIndex(path.join(generation, 'vectors.hnsw'));
  }
});
const vocabulary = await part(
  'vocabulary',
  async () => JSON.parse(await readFile(path.join(generation, 'vocabulary.json'), 'utf8')) as string[],
);
const lexical = await part('BM25 ranges + lengths', () =>
  LexicalIndex.open(vocabulary, path.join(generation, 'lexical.bin')),
);
await part('chunk offsets', () => readFile(path.join(generation, 'chunk-offsets.bin')));
const articles = await part('articles table', () =>
  ArticleTable.open(path.join(generation, articleTableFileName), manifest.chunkCount),
);
await part('articles list (on first use)', () => articles.list());
articles.close();
const learnt = await part('aliases: read + parse', () => readAliases(generation));
await part('aliases: index', () => createAliasIndex(learnt));
process.stdout.write(
  `${JSON.stringify({ chunks: manifest.chunkCount, vocabulary: vocabulary.length, parts }, null, 1)}\n`,
);
lexical.close();
