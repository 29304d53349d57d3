/**
 * Where the knowledge base lives (shipped articles, the user's ingested articles, the
 * glossary, the profiles) and the cheap fingerprint that lets start-up skip reading it.
 */
import path from 'node:path';
import { checkKnowledgeFiles } from './knowledge-freshness.js';
import { loadGlossary } from './load-glossary.js';

export interface KnowledgeLocations {
  /** The shipped (or operator's) knowledge folder: articles/, glossary.yaml, profiles.yaml. */
  knowledgeDir: string;
  /** The data folder; articles added with `matchcut ingest` live in its articles/. */
  dataDir: string;
}

export function knowledgePaths(locations: KnowledgeLocations) {
  return {
    shippedArticles: path.join(locations.knowledgeDir, 'articles'),
    ingestedArticles: path.join(locations.dataDir, 'articles'),
    glossary: path.join(locations.knowledgeDir, 'glossary.yaml'),
    profiles: path.join(locations.knowledgeDir, 'profiles.yaml'),
  };
}

/** The article folders in the order the fingerprint reads them: shipped, then ingested. */
export function articleFolders(locations: KnowledgeLocations): string[] {
  const paths = knowledgePaths(locations);
  return [paths.shippedArticles, paths.ingestedArticles];
}

/**
 * A cheap fingerprint of everything the index is built from, from file metadata only:
 * article paths, sizes and modification times, the glossary's content hash and the
 * chunking settings. When it matches the index manifest, start-up reads no article.
 * (The full check of knowledge-freshness.ts; this one records no folder times.)
 */
export async function knowledgeFingerprint(locations: KnowledgeLocations, glossaryHash: string): Promise<string> {
  return (await checkKnowledgeFiles(articleFolders(locations), glossaryHash)).fingerprint;
}

/** Reads and validates every knowledge file (the slow path that a matching fingerprint skips). */
export async function loadKnowledge(locations: KnowledgeLocations) {
  const paths = knowledgePaths(locations);
  const { glossary, problems: glossaryProblems } = await loadGlossary(paths.glossary, {
    cacheDir: path.join(locations.dataDir, 'cache'),
  });
  // Loaded here, not at import: the HTML extraction it brings is not needed when the fingerprint matches.
  const { loadArticles } = await import('./load-articles.js');
  const { articles, problems } = await loadArticles([paths.shippedArticles, paths.ingestedArticles]);
  return { articles, glossary, problems: [...glossaryProblems, ...problems] };
}
