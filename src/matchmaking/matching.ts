/**
 * The matching engine behind `match` and digests: the in-memory index over the store's profiles
 * (rebuilt when another process changed them), finding an organization by id, name or alias,
 * and scoring candidate pairs. The hard filters come first — kinds that can meet, no self-match,
 * nothing proposed, no affiliated bodies (checked by the index on its packed codes), no pair
 * declined, already known or introduced — then both directions are scored and a pair is kept
 * only when a specific need of one side is met by the other.
 */
import { notFound, badInput } from '../errors.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { Logger } from '../logging/logger.js';
import type { MatchcutStore } from '../store/store-interface.js';
import { nameKey, type PairBlock, pairKeyOf } from '../store/store-types.js';
import { boostMultiplier, buildMatch, type ExplainDeps } from './explain-match.js';
import { createConceptRelations } from './concept-relations.js';
import { honestList } from './honest-list.js';
import { createStatementNormalizer, type StatementNormalizer, type TextEmbedder } from './normalize-statement.js';
import { createProfileIndex, type IndexedProfile, type ProfileIndex } from './profile-index.js';
import { profileIdFromName } from './profile-schema.js';
import { type ReciprocalScore, type ScoringSettings, scoreReciprocal } from './reciprocal-score.js';
import { createStatementScorer, type StatementScorer } from './statement-scorer.js';
import { statedFit } from './stated-terms.js';
import type { Match } from './types.js';
import { createCatalogueReader } from './work-coverage.js';
import { createWordEvidence } from './word-evidence.js';

/**
 * The order of `localeCompare` (the default collator), made once: sorting 10,000 names with `localeCompare` built it
 * per comparison.
 */
export const byName = new Intl.Collator().compare;

export interface ScoredPair {
  a: IndexedProfile;
  b: IndexedProfile;
  scored: ReciprocalScore;
  score: number;
}

export interface MatchesForOptions {
  limit: number;
  blocked: ReadonlyMap<string, PairBlock>;
  candidateLimit: number;
  skip?: (b: IndexedProfile) => boolean;
  /** Rank by a's own needs first (its list), or by the pair's better-served side (a digest). */
  view: 'asker' | 'pair';
}

export interface MatchingEngine {
  readonly normalizer: StatementNormalizer;
  readonly scorer: StatementScorer;
  readonly settings: ScoringSettings;
  index(): ProfileIndex;
  /** Picks up profile changes made by another process (a bot and the terminal share the store). */
  ensureFresh(): Promise<void>;
  /** After our own write: apply it to the index, or rebuild when someone else wrote meanwhile. */
  afterWrite(revisionBefore: number, apply: (index: ProfileIndex) => void): Promise<void>;
  /** Finds a profile by id, name or alias (index made fresh first); with `loose`, also by a unique part of a name. */
  find(idOrName: string, loose: boolean): Promise<IndexedProfile>;
  matchesFor(a: IndexedProfile, options: MatchesForOptions): ScoredPair[];
  /** One pair as `matchesFor` scores it (a the asking side); undefined when it would not list it. */
  scorePair(a: IndexedProfile, b: IndexedProfile, view: 'asker' | 'pair'): ScoredPair | undefined;
  /**
   * The pair in a's own view, scored as its list scores it (word evidence fused in) even when no need is met — for a
   * partner found another way (a partner question), so that its card shows the score `match` would.
   */
  readPair(a: IndexedProfile, b: IndexedProfile): ScoredPair;
  explain(pair: ScoredPair): Match;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Whether the two sides share a working language (listed, or their country's): they can work together directly. */
const shareWorkingLanguage = (pair: ScoredPair): number => {
  for (const code of pair.a.workingLanguages) if (pair.b.workingLanguages.has(code)) return 1;
  return 0;
};

/**
 * Pairs tied on their rounded score ordered on evidence, not on name order: a pair that shares a working language
 * first (a scoring stage that works in English before one that works only in Mongolian and Russian, for a studio
 * writing in Thai that lists English), then the one meeting more specific needs on both sides.
 */
export function byEvidence(left: ScoredPair, right: ScoredPair): number {
  return (
    shareWorkingLanguage(right) - shareWorkingLanguage(left) ||
    right.scored.forA.specificMet +
      right.scored.forB.specificMet -
      (left.scored.forA.specificMet + left.scored.forB.specificMet)
  );
}

/**
 * The organization a name, alias or id names: one exact hit; among several sharing an alias ("Kokzhiek Film" for two
 * studios) the one whose full name it is, else a question listing them; a loose query's single partial hit; else a
 * not-found message with the closest names.
 */
function profileByName(all: IndexedProfile[], query: string, loose: boolean): IndexedProfile {
  const key = nameKey(query);
  const exact = all.filter((entry) => entry.keys.has(key) || entry.profile.id === profileIdFromName(query));
  if (exact.length === 1) return exact[0] as IndexedProfile;
  if (exact.length > 1) {
    const named = exact.filter((entry) => nameKey(entry.profile.name) === key);
    if (named.length === 1) return named[0] as IndexedProfile;
    const choices = exact
      .sort((left, right) => byName(left.profile.name, right.profile.name))
      .map((entry) => ({ id: entry.profile.id, name: entry.profile.name }));
    throw badInput(
      `"${query}" names ${choices.length} organizations: ${choices
        .slice(0, 5)
        .map((choice) => `"${choice.name}" (${choice.id})`)
        .join(', ')}. Give the full name or the id.`,
      { details: { reason: 'AMBIGUOUS_ORGANIZATION', name: query, choices: choices.slice(0, 5) } },
    );
  }
  const partial = all.filter((entry) => [...entry.keys].some((known) => known.includes(key)));
  if (loose && partial.length === 1) return partial[0] as IndexedProfile;
  const names = partial.map((entry) => entry.profile.name).sort();
  const hint =
    names.length > 0
      ? ` Did you mean ${names
          .slice(0, 5)
          .map((name) => `"${name}"`)
          .join(', ')}?`
      : ' Organizers can list the registered organizations with `matchcut profiles list`.';
  throw notFound(`No organization named "${query}".${hint}`, {
    details: { reason: 'NO_ORGANIZATION', name: query, didYouMean: names.slice(0, 5) },
  });
}
export function createMatchingEngine(deps: {
  store: MatchcutStore;
  glossary: Glossary;
  embedder: TextEmbedder;
  logger: Logger;
  settings: ScoringSettings;
  explain: Omit<ExplainDeps, 'normalizer' | 'glossary'>;
}): MatchingEngine {
  const { store, glossary, logger } = deps;
  const normalizer = createStatementNormalizer({ glossary, embedder: deps.embedder });
  const relations = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
  const settings: ScoringSettings = { inPassing: createCatalogueReader(relations), ...deps.settings };
  const scorer = createStatementScorer({ relations, normalizer });
  const words = createWordEvidence({ relations, scorer, settings });
  const explainDeps: ExplainDeps = { ...deps.explain, glossary, normalizer };

  const indexDeps = { glossary, normalizer, isOutside: relations.isOutside };
  let index: ProfileIndex = createProfileIndex(indexDeps);
  let indexRevision = -1;
  const rebuildIndex = async () => {
    const started = performance.now();
    const revision = await store.profilesRevision();
    const fresh = createProfileIndex(indexDeps);
    for (const profile of await store.listProfiles()) words.prepare(fresh.put(profile));
    index = fresh;
    indexRevision = revision;
    logger.debug(
      { profiles: fresh.size, milliseconds: Math.round(performance.now() - started) },
      'matching index built',
    );
  };
  const ensureFresh = async () => {
    if ((await store.profilesRevision()) !== indexRevision) await rebuildIndex();
  };

  const find = async (idOrName: string, loose: boolean): Promise<IndexedProfile> => {
    await ensureFresh();
    const query = idOrName.trim();
    if (query === '')
      throw badInput('Give an organization name, e.g. "IT Works Korea".', { details: { reason: 'NO_NAME_GIVEN' } });
    return index.get(query) ?? profileByName(index.all(), query, loose);
  };

  /** Both directions and the boosted score, word evidence fused in (./word-evidence.ts). */
  const readPair = (a: IndexedProfile, b: IndexedProfile, view: 'asker' | 'pair'): ScoredPair => {
    // Needs the taxonomy left unmet that the partner's offers repeat in rare words count in part, and each direction's
    // coverage is fused with the share of its need words the other side's offers repeat.
    const scored = words.fuse(a, b, scoreReciprocal(a, b, scorer, settings), index);
    const base = view === 'asker' ? scored.forAsker : scored.harmonic;
    // Language, place and shared articles only order pairs; a side's stated working language or place that rules the
    // other out (said in prose) orders the pair lower.
    const score = round(Math.min(1, base * boostMultiplier(a, b, explainDeps.boosts)) * statedFit(a, b));
    return { a, b, scored, score };
  };
  /** The pair as a list or digest has it; undefined unless a specific need of one side is met. */
  const scorePair = (a: IndexedProfile, b: IndexedProfile, view: 'asker' | 'pair'): ScoredPair | undefined => {
    const pair = readPair(a, b, view);
    return pair.scored.meets && pair.score > 0 ? pair : undefined;
  };

  const byScore = (left: ScoredPair, right: ScoredPair) =>
    right.score - left.score || byEvidence(left, right) || byName(left.b.profile.name, right.b.profile.name);

  return {
    normalizer,
    scorer,
    settings,
    index: () => index,
    ensureFresh,
    async afterWrite(revisionBefore, apply) {
      const revision = await store.profilesRevision();
      if (revisionBefore === indexRevision && revision === revisionBefore + 1) {
        apply(index);
        indexRevision = revision;
      } else {
        await rebuildIndex();
      }
    },
    find,
    matchesFor(a, options) {
      const { blocked, skip } = options;
      const candidates = index.candidates(a, {
        limit: options.candidateLimit,
        meetable: true,
        accept: blocked.size === 0 ? undefined : (b) => !blocked.has(pairKeyOf(a.profile.id, b.profile.id)),
      });
      const results: ScoredPair[] = [];
      for (const b of candidates) {
        if (skip?.(b) === true) continue;
        const pair = scorePair(a, b, options.view);
        if (pair) results.push(pair);
      }
      results.sort(byScore);
      // A member's own list leaves out what adds nothing above it (./honest-list.ts); a digest chooses pairs itself.
      const shown = options.view === 'asker' ? honestList(results, settings.inPassing) : results;
      return shown.slice(0, options.limit);
    },
    scorePair,
    readPair: (a, b) => readPair(a, b, 'asker'),
    explain: (pair) => ({ ...buildMatch(pair.a, pair.b, pair.scored, explainDeps), score: pair.score }),
  };
}
