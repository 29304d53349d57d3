/**
 * Loads the whole knowledge base: shipped articles, the user's ingested articles and the
 * glossary, collecting every problem (file + field) instead of stopping at the first.
 */
import path from 'node:path';
import type { Article } from './article-schema.js';
import { type Glossary, loadGlossary } from './glossary.js';
import { loadArticles } from './load-articles.js';
import type { KnowledgeProblem } from './problems.js';

export interface KnowledgeLocations {
  /** The shipped (or operator's) knowledge folder: articles/, glossary.yaml, profiles.yaml. */
  knowledgeDir: string;
  /** The data folder; articles added with `matchcut ingest` live in its articles/. */
  dataDir: string;
}

export interface Knowledge {
  articles: Article[];
  glossary: Glossary;
  problems: KnowledgeProblem[];
}

export function knowledgePaths(locations: KnowledgeLocations) {
  return {
    shippedArticles: path.join(locations.knowledgeDir, 'articles'),
    ingestedArticles: path.join(locations.dataDir, 'articles'),
    glossary: path.join(locations.knowledgeDir, 'glossary.yaml'),
    profiles: path.join(locations.knowledgeDir, 'profiles.yaml'),
  };
}

export async function loadKnowledge(locations: KnowledgeLocations): Promise<Knowledge> {
  const paths = knowledgePaths(locations);
  const { glossary, problems: glossaryProblems } = await loadGlossary(paths.glossary, { cacheDir: path.join(locations.dataDir, 'cache') });
  const { articles, problems } = await loadArticles([paths.shippedArticles, paths.ingestedArticles]);
  return { articles, glossary, problems: [...glossaryProblems, ...problems] };
}
