/**
 * The matchmaking service behind `Matchcut.profiles`, `match`, `digest`, `feedback`, `report`
 * and partner search: profiles live in the store and in an in-memory matching index (rebuilt
 * when another process changes them). The jobs live in their own files: profiles
 * (./matchmaking-profiles.ts), matching (./matching.ts), digests (./digests.ts), feedback
 * (./feedback.ts), the organizer report (./report.ts) and partner search (./partner-search.ts).
 */
import { randomInt } from 'node:crypto';
import type { Matchcut } from '../core-types.js';
import { badInput } from '../errors.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { Logger } from '../logging/logger.js';
import type { KnowledgeSyncResult } from '../store/open-store.js';
import type { MatchcutStore } from '../store/store-interface.js';
import { type DigestPolicy, defaultDigestPolicy } from './choose-digest.js';
import { createDigestService, type DigestService, isMatchLimit } from './digests.js';
import { type ArticleLookup, defaultMatchBoosts, type MatchBoosts } from './explain-match.js';
import { recordFeedback } from './feedback.js';
import { createLexiconCoverage } from './lexicon-coverage.js';
import { createMatchingEngine } from './matching.js';
import { createProfilesService, type MatchmakingProfiles } from './matchmaking-profiles.js';
import type { TextEmbedder } from './normalize-statement.js';
import { createPartnerInterest } from './partner-interest.js';
import { classifyQuestion, createPartnerSearch } from './partner-search.js';
import type { ValidProfileInput } from './profile-schema.js';
import { defaultScoringSettings, type ScoringSettings } from './reciprocal-score.js';
import { findUnmetNeeds, findUnplacedPhrases } from './report.js';
import { createTaxonomySearch } from './taxonomy-search.js';
import type { Digest, OrganizerReport, Suggestion } from './types.js';

export type { MatchmakingProfiles, ProposedProfileInput } from './matchmaking-profiles.js';

export interface CreateMatchmakingDeps {
  store: MatchcutStore;
  glossary: Glossary;
  /** The offline embedder (`HashedEmbedder`): deterministic vectors for citations and candidate pre-ranking. */
  embedder: TextEmbedder;
  logger: Logger;
  now?: () => Date;
  /** A knowledge article's title (and outlet, date, URL), for citations; the article id is shown otherwise. */
  article?: ArticleLookup;
  /** Just the title, when no `article` lookup is given. */
  articleTitle?: (articleId: string) => string | undefined;
  /** Profiles of knowledge/profiles.yaml (see `loadProfilesFile`), synced into the store as origin "knowledge". */
  knowledgeProfiles?: readonly ValidProfileInput[];
  /**
   * Whether `knowledgeProfiles` is the whole file (it loaded with no problem): only then are knowledge
   * profiles it no longer lists removed. A file that failed to load, or had bad entries, never deletes
   * (the store keeps the profiles of the last good load, and the member links with them). True by default.
   */
  knowledgeProfilesComplete?: boolean;
  digestPolicy?: Partial<DigestPolicy>;
  scoring?: Partial<ScoringSettings>;
  boosts?: Partial<MatchBoosts>;
  /** Ids for digests and suggestions; short random ones by default. */
  createId?: (kind: 'digest' | 'suggestion') => string;
  /**
   * Build the matching index over the profiles before `ready` (true, the default: the bots' first partner
   * search does not wait for it); false builds it on first use (a one-shot `ask` never needs it).
   */
  profileIndexAtStart?: boolean;
}

/** The matchmaking service; its digest methods (choose, post part by part, record) are in ./digests.ts. */
export interface Matchmaking extends DigestService {
  profiles: MatchmakingProfiles;
  match: Matchcut['match'];
  feedback: Matchcut['feedback'];
  report: Matchcut['report'];
  findPartners: Matchcut['findPartners'];
  classifyQuestion: Matchcut['classifyQuestion'];
  taxonomy: Matchcut['taxonomy'];
  partnerInterest: Matchcut['partnerInterest'];
  /**
   * Makes the store's knowledge profiles equal to these (members' and imported profiles untouched);
   * with `complete: false` (a file with problems) it only adds and updates, never removes.
   */
  syncKnowledgeProfiles(
    entries: readonly ValidProfileInput[],
    options?: { complete?: boolean },
  ): Promise<KnowledgeSyncResult>;
  /**
   * Settles when the first knowledge sync (or index build) is done; rejects when it failed. Every
   * method waits for it, so callers need not — the wiring file awaits it to fail at start.
   */
  ready: Promise<void>;
  /** The most recent digest, for re-rendering; undefined before the first. */
  latestDigest(): Promise<Digest | undefined>;
  getSuggestion(id: string): Promise<Suggestion | undefined>;
  /** Nothing to release today (the store belongs to the caller); kept so callers can always call it. */
  close(): Promise<void>;
}

const idAlphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

function randomId(kind: 'digest' | 'suggestion'): string {
  let text = '';
  for (let index = 0; index < 8; index += 1) text += idAlphabet[randomInt(idAlphabet.length)];
  return `${kind === 'digest' ? 'd' : 's'}-${text}`;
}

export function createMatchmaking(deps: CreateMatchmakingDeps): Matchmaking {
  const { store, glossary, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const policy: DigestPolicy = { ...defaultDigestPolicy, ...deps.digestPolicy };
  const engine = createMatchingEngine({
    store,
    glossary,
    embedder: deps.embedder,
    logger,
    settings: { ...defaultScoringSettings, ...deps.scoring },
    explain: {
      lookupArticle:
        deps.article ??
        ((articleId: string) => {
          const title = deps.articleTitle?.(articleId);
          return title === undefined ? undefined : { title };
        }),
      boosts: { ...defaultMatchBoosts, ...deps.boosts },
    },
  });
  const coverage = createLexiconCoverage(glossary);
  const { profiles, syncKnowledgeProfiles } = createProfilesService({ store, engine, coverage, logger, now });
  const unmetNeeds = (limit: number) => findUnmetNeeds(engine, limit);
  const partnerSearch = createPartnerSearch({ engine, glossary, store });
  const taxonomySearch = createTaxonomySearch(glossary);

  const { partnerInterest } = createPartnerInterest({
    store,
    engine,
    feedback: (input) => recordFeedback({ store, logger, now }, input),
    logger,
    now,
    createId: deps.createId ?? randomId,
  });

  const matchmaking: Omit<Matchmaking, 'ready'> = {
    profiles,
    syncKnowledgeProfiles,
    async match(idOrName, options = {}) {
      const limit = options.limit ?? 10;
      if (!isMatchLimit(limit))
        throw badInput('The limit must be a whole number from 1 to 200.', {
          details: { reason: 'BAD_LIMIT', maximum: 200 },
        });
      const a = await engine.find(idOrName, true);
      const found = engine.matchesFor(a, {
        limit,
        blocked: await store.blockedPairs(),
        candidateLimit: Math.max(60, limit * 5),
        view: 'asker',
      });
      return found.map((pair) => engine.explain(pair));
    },
    ...createDigestService({ store, engine, policy, logger, now, createId: deps.createId ?? randomId, unmetNeeds }),
    feedback: (input) => recordFeedback({ store, logger, now }, input),
    async report(): Promise<OrganizerReport> {
      await engine.ensureFresh();
      return {
        ...(await store.counts()),
        unmetNeeds: unmetNeeds(Number.POSITIVE_INFINITY),
        unplacedPhrases: findUnplacedPhrases(engine),
      };
    },
    findPartners: (question, options) => partnerSearch.findPartners(question, options),
    classifyQuestion: (question) => classifyQuestion(question, glossary),
    taxonomy: {
      search: async (query, options) => taxonomySearch.search(query, options),
      describe: async (ids, options) => taxonomySearch.describe(ids, options),
    },
    partnerInterest: (input) => partnerInterest(input),
    async latestDigest() {
      return store.latestDigest();
    },
    async close() {},
    async getSuggestion(id) {
      return store.getSuggestion(id);
    },
  };

  const knowledgeProfiles = deps.knowledgeProfiles;
  const synced =
    knowledgeProfiles !== undefined
      ? syncKnowledgeProfiles(knowledgeProfiles, { complete: deps.knowledgeProfilesComplete ?? true }).then(() => {})
      : Promise.resolve();
  const ready = deps.profileIndexAtStart === false ? synced : synced.then(() => engine.ensureFresh());
  // Reported through every method (and to the wiring file that awaits `ready`), never unhandled.
  ready.catch((error: unknown) => logger.error({ err: error }, 'matchmaking: the first profile sync failed'));
  return { ...waitingFor(ready, matchmaking), ready };
}

type AsyncMethod = (...parameters: never[]) => Promise<unknown>;

/** Each promise-returning method of `service` (and of its `profiles`) waits for `ready` first. */
function waitingFor(ready: Promise<void>, service: Omit<Matchmaking, 'ready'>): Omit<Matchmaking, 'ready'> {
  const wrap = <Service extends object>(methods: Service, names: readonly (keyof Service)[]): Service => {
    const wrapped = { ...methods };
    for (const name of names) {
      const method = methods[name] as unknown as AsyncMethod;
      (wrapped as Record<keyof Service, unknown>)[name] = async (...parameters: never[]) => {
        await ready;
        return method(...parameters);
      };
    }
    return wrapped;
  };
  const profiles = wrap(service.profiles, Object.keys(service.profiles) as (keyof MatchmakingProfiles)[]);
  const gated = [
    'match',
    'feedback',
    'report',
    'findPartners',
    'partnerInterest',
    'syncKnowledgeProfiles',
    'latestDigest',
    'getSuggestion',
    'digest',
    'planDigest',
    'recordDigestPart',
    'releaseDigest',
    'previewDigest',
    'showDigest',
  ] as const;
  return { ...wrap(service, gated), profiles };
}
