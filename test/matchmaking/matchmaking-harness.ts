/**
 * Builds the real matchmaking service for tests: a SQLite store in a temporary folder, the
 * shipped glossary (knowledge/glossary.yaml), the offline embedder and the article titles of
 * the shipped knowledge base, with a clock the test controls.
 */
import path from 'node:path';
import { afterEach, beforeAll } from 'vitest';
import { type Glossary } from '../../src/knowledge/glossary.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { loadArticles } from '../../src/knowledge/load-articles.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import {
  type CreateMatchmakingDeps,
  createMatchmaking,
  loadProfilesFile,
  type Matchmaking,
} from '../../src/matchmaking/index.js';
import { type ConceptRelations, createConceptRelations } from '../../src/matchmaking/concept-relations.js';
import { createStatementNormalizer, type StatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { createStatementScorer, type StatementScorer } from '../../src/matchmaking/statement-scorer.js';
import type { Match } from '../../src/matchmaking/types.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { type MatchcutStore, openStore } from '../../src/store/open-store.js';
import { createTemporaryFolder, repositoryRoot, shippedKnowledgeDir } from '../helpers/temporary-folder.js';

export const fixturesDir = path.join(repositoryRoot, 'test', 'fixtures', 'profiles');

let glossaryPromise: Promise<Glossary> | undefined;
/** The shipped glossary, loaded once per test file. */
export function shippedGlossary(): Promise<Glossary> {
  glossaryPromise ??= loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml')).then(({ glossary, problems }) => {
    // While the taxonomy replaces the glossary's work entries, an id or form both files define is
    // reported by the loader and kept once (the taxonomy's); anything else is a broken lexicon.
    const broken = problems.filter(
      (problem) => !/duplicate concept id|already names the concept/.test(problem.message),
    );
    if (broken.length > 0) throw new Error(`lexicon problems: ${JSON.stringify(broken.slice(0, 3))}`);
    return glossary;
  });
  return glossaryPromise;
}

/** The statement normalizer, concept relations and need ↔ offer scorer over the shipped lexicon; `score` of two texts. */
export async function shippedScorer(): Promise<{
  normalizer: StatementNormalizer;
  relations: ConceptRelations;
  scorer: StatementScorer;
  score: (need: string, offer: string) => number;
}> {
  const glossary = await shippedGlossary();
  const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
  const relations = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
  const scorer = createStatementScorer({ relations, normalizer });
  const score = (need: string, offer: string) =>
    scorer.score(normalizer.normalize(need), normalizer.normalize(offer)).score;
  return { normalizer, relations, scorer, score };
}

export interface Harness {
  matchmaking: Matchmaking;
  store: MatchcutStore;
  file: string;
  folder: string;
  glossary: Glossary;
  clock: { now: Date; advanceDays(days: number): void };
  /** Another service over the same file (as a second process would have). */
  reopen(overrides?: Partial<CreateMatchmakingDeps>): Matchmaking;
  close(): Promise<void>;
}

export async function createHarness(
  options: { profiles?: ProfileInput[]; knowledge?: boolean; deps?: Partial<CreateMatchmakingDeps> } = {},
): Promise<Harness> {
  const { folder, cleanup } = await createTemporaryFolder('matchcut-matchmaking-');
  const glossary = await shippedGlossary();
  const { articles } = await loadArticles([path.join(shippedKnowledgeDir, 'articles')]);
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const logger = createSilentLogger();
  const file = path.join(folder, 'matchcut.sqlite');
  const store = openStore(file, { logger });
  const clock = {
    now: new Date('2025-05-01T09:00:00.000Z'),
    advanceDays(days: number) {
      clock.now = new Date(clock.now.getTime() + days * 86_400_000);
    },
  };
  const knowledgeProfiles =
    options.knowledge === true
      ? (await loadProfilesFile(path.join(shippedKnowledgeDir, 'profiles.yaml'))).profiles
      : undefined;
  const build = (overrides: Partial<CreateMatchmakingDeps> = {}) =>
    createMatchmaking({
      store,
      glossary,
      embedder: new HashedEmbedder({ glossary }),
      logger,
      now: () => clock.now,
      article: (id) => articleById.get(id),
      knowledgeProfiles,
      ...options.deps,
      ...overrides,
    });
  const matchmaking = build();
  if (options.profiles !== undefined) {
    const result = await matchmaking.profiles.importMany(options.profiles, { file: 'test' });
    if (result.problems.length > 0) throw new Error(`fixture problems: ${JSON.stringify(result.problems)}`);
  }
  return {
    matchmaking,
    store,
    file,
    folder,
    glossary,
    clock,
    reopen: (overrides) => build(overrides),
    async close() {
      await store.close();
      await cleanup();
    },
  };
}

/** The other side's name for each match of `name`, best first. */
/** A harness per test, closed after it: `const harness = await open({ profiles })` inside a test. */
export function harnessPerTest(): (options?: Parameters<typeof createHarness>[0]) => Promise<Harness> {
  let current: Harness | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options) => {
    current = await createHarness(options);
    return current;
  };
}

/** `shippedScorer()` loaded once for the file (before its tests); read its fields inside tests. */
export function shippedScorerPerFile(): Awaited<ReturnType<typeof shippedScorer>> {
  const loaded = {} as Awaited<ReturnType<typeof shippedScorer>>;
  beforeAll(async () => {
    Object.assign(loaded, await shippedScorer());
  });
  return loaded;
}

export function partnerNames(matches: readonly Match[], name: string): string[] {
  return matches.map((match) => (match.a.name === name ? match.b.name : match.a.name));
}

/** A profile written in a test: its place (country, city, languages) given whole. */
export function testProfile(
  name: string,
  kind: ProfileInput['kind'],
  description: string,
  offers: string[],
  needs: string[],
  place: Pick<ProfileInput, 'country' | 'city' | 'languages'>,
): ProfileInput {
  return { name, kind, ...place, description, offers, needs };
}
