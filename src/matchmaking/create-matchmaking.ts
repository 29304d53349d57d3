/**
 * The matchmaking service behind `Matchcut.profiles`, `match`, `digest`, `feedback` and
 * `report`: profiles live in the store and in an in-memory matching index (rebuilt when
 * another process changes them); matches pass the hard filters (kinds that can meet, no
 * self-match, no affiliated bodies, no pair declined, already known or introduced), are scored
 * both ways and explained; digests are chosen as a set and stored with their suggestions;
 * feedback is recorded per side and both sides interested makes an introduction.
 */
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { Matchcut } from '../core-types.js';
import { badInput, forbidden, notFound } from '../errors.js';
import type { Glossary } from '../knowledge/glossary.js';
import { formatProblem, type KnowledgeProblem } from '../knowledge/problems.js';
import type { Logger } from '../logging/logger.js';
import { type KnowledgeSyncResult, type MatchcutStore, nameKey, type PairBlock, pairKeyOf } from '../store/open-store.js';
import { chooseDigest, type DigestCandidate, type DigestPolicy, defaultDigestPolicy } from './choose-digest.js';
import {
  type ArticleLookup,
  boostedScore,
  buildMatch,
  defaultMatchBoosts,
  type ExplainDeps,
  type MatchBoosts,
} from './explain-match.js';
import { kindsCanMeet } from './kind-compatibility.js';
import { parseProfileEntries, validateProfileEntry } from './load-profiles.js';
import { createStatementNormalizer, type TextEmbedder } from './normalize-statement.js';
import { affiliated, createProfileIndex, type IndexedProfile, type ProfileIndex } from './profile-index.js';
import { type Profile, type ProfileInput, profileIdFromName, type ValidProfileInput } from './profile-schema.js';
import {
  createConceptRelations,
  createStatementScorer,
  defaultScoringSettings,
  type ReciprocalScore,
  type ScoringSettings,
  scoreReciprocal,
} from './reciprocal-score.js';
import {
  type Digest,
  type FeedbackResult,
  feedbackVerdicts,
  type Match,
  type OrganizerReport,
  type ProfileImportOptions,
  type ProfileImportResult,
  type Suggestion,
  type UnmetNeed,
} from './types.js';

export interface CreateMatchmakingDeps {
  store: MatchcutStore;
  glossary: Glossary;
  /** The offline embedder (`HashedEmbedder`): deterministic vectors for texts the glossary does not cover. */
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
}

/** A profile proposed by a model from an article: a profile input, or the extraction's shape with one quote. */
export type ProposedProfileInput = ProfileInput & { quote?: string | undefined; articleId?: string | undefined };

type CoreProfiles = Matchcut['profiles'];

export interface MatchmakingProfiles extends CoreProfiles {
  /**
   * Stores a model's proposal with origin "proposed": listed, never matched until an organizer
   * accepts it. A proposal never replaces an existing profile of the same name (that one is returned).
   */
  propose(input: ProposedProfileInput, options?: { articleId?: string | undefined }): Promise<Profile>;
}

export interface Matchmaking {
  profiles: MatchmakingProfiles;
  match: Matchcut['match'];
  digest: Matchcut['digest'];
  feedback: Matchcut['feedback'];
  report: Matchcut['report'];
  /**
   * Makes the store's knowledge profiles equal to these (members' and imported profiles untouched);
   * with `complete: false` (a file with problems) it only adds and updates, never removes.
   */
  syncKnowledgeProfiles(entries: readonly ValidProfileInput[], options?: { complete?: boolean }): KnowledgeSyncResult;
  /** The most recent digest, for re-rendering; undefined before the first. */
  latestDigest(): Promise<Digest | undefined>;
  getSuggestion(id: string): Promise<Suggestion | undefined>;
  /** Nothing to release today (the store belongs to the caller); kept so callers can always call it. */
  close(): Promise<void>;
}

/** The order of `localeCompare` (the default collator), made once: sorting 10,000 names with `localeCompare` built it per comparison. */
const byName = new Intl.Collator().compare;

const idAlphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

function randomId(kind: 'digest' | 'suggestion'): string {
  let text = '';
  for (let index = 0; index < 8; index += 1) text += idAlphabet[randomInt(idAlphabet.length)];
  return `${kind === 'digest' ? 'd' : 's'}-${text}`;
}

const feedbackInputSchema = z.object({
  suggestionId: z.string().trim().min(1, 'give the suggestion id shown in the digest'),
  verdict: z.enum(feedbackVerdicts, { message: `must be one of ${feedbackVerdicts.join(', ')}` }),
  party: z.enum(['a', 'b']).optional(),
  actor: z.string().trim().min(1, 'must name who gives the feedback'),
  reason: z.string().trim().max(500, 'must be at most 500 characters').optional(),
});

const matchLimitSchema = z.number().int().min(1).max(200);

function swapSides(scored: ReciprocalScore): ReciprocalScore {
  return { scoreForA: scored.scoreForB, scoreForB: scored.scoreForA, harmonic: scored.harmonic, forA: scored.forB, forB: scored.forA };
}

function describeProblems(problems: KnowledgeProblem[]): string {
  return problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
}

export function createMatchmaking(deps: CreateMatchmakingDeps): Matchmaking {
  const { store, glossary, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const createId = deps.createId ?? randomId;
  const policy: DigestPolicy = { ...defaultDigestPolicy, ...deps.digestPolicy };
  const settings: ScoringSettings = { ...defaultScoringSettings, ...deps.scoring };
  const normalizer = createStatementNormalizer({ glossary, embedder: deps.embedder });
  const relations = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
  const scorer = createStatementScorer({ relations, normalizer, settings });
  const explainDeps: ExplainDeps = {
    glossary,
    normalizer,
    lookupArticle:
      deps.article ??
      ((articleId: string) => {
        const title = deps.articleTitle?.(articleId);
        return title === undefined ? undefined : { title };
      }),
    boosts: { ...defaultMatchBoosts, ...deps.boosts },
  };

  let index: ProfileIndex = createProfileIndex({ glossary, normalizer });
  let indexRevision = -1;

  const rebuildIndex = () => {
    const started = performance.now();
    const revision = store.profilesRevision();
    const fresh = createProfileIndex({ glossary, normalizer });
    for (const profile of store.listProfiles()) fresh.put(profile);
    index = fresh;
    indexRevision = revision;
    logger.debug({ profiles: fresh.size, milliseconds: Math.round(performance.now() - started) }, 'matching index built');
  };
  /** Picks up profile changes made by another process (a bot and the terminal share the file). */
  const ensureFresh = () => {
    if (store.profilesRevision() !== indexRevision) rebuildIndex();
  };
  /** After our own write: apply it to the index, or rebuild when someone else wrote meanwhile. */
  const afterWrite = (revisionBefore: number, apply: () => void) => {
    const revision = store.profilesRevision();
    if (revisionBefore === indexRevision && revision === revisionBefore + 1) {
      apply();
      indexRevision = revision;
    } else {
      rebuildIndex();
    }
  };

  const profileFromInput = (input: ValidProfileInput, id: string, origin: Profile['origin']): Profile => ({
    ...input,
    id,
    origin,
    updatedAt: now().toISOString(),
  });

  const syncKnowledgeProfiles = (entries: readonly ValidProfileInput[], options: { complete?: boolean } = {}): KnowledgeSyncResult => {
    const profiles = entries.map((entry) => profileFromInput(entry, entry.id ?? profileIdFromName(entry.name), 'knowledge'));
    if (options.complete === false) {
      // Keep every knowledge profile the file no longer lists: a broken line must not delete it (nor its member links).
      const listed = new Set(profiles.map((profile) => profile.id));
      for (const kept of store.listProfiles()) if (kept.origin === 'knowledge' && !listed.has(kept.id)) profiles.push(kept);
    }
    const result = store.syncKnowledgeProfiles(profiles);
    logger.info({ ...result, profiles: profiles.length }, 'knowledge profiles synced');
    ensureFresh();
    return result;
  };

  /** Finds a profile by id, name or alias; with `loose`, also by a unique part of a name. */
  const find = (idOrName: string, loose: boolean): IndexedProfile => {
    ensureFresh();
    const query = idOrName.trim();
    if (query === '') throw badInput('Give an organization name, e.g. "IT Works Korea".');
    const byId = index.get(query);
    if (byId) return byId;
    const key = nameKey(query);
    const all = index.all();
    const exact = all.filter((entry) => entry.keys.has(key) || entry.profile.id === profileIdFromName(query));
    if (exact.length >= 1) return exact.sort((left, right) => byName(left.profile.name, right.profile.name))[0] as IndexedProfile;
    const partial = all.filter((entry) => [...entry.keys].some((known) => known.includes(key)));
    if (loose && partial.length === 1) return partial[0] as IndexedProfile;
    const names = partial.map((entry) => entry.profile.name).sort();
    const hint =
      names.length > 0
        ? ` Did you mean ${names.slice(0, 5).map((name) => `"${name}"`).join(', ')}?`
        : ' Organizers can list the registered organizations with `matchcut profiles list`.';
    throw notFound(`No organization named "${query}".${hint}`);
  };


  interface ScoredPair {
    a: IndexedProfile;
    b: IndexedProfile;
    scored: ReciprocalScore;
    score: number;
  }

  /** Both directions and the boosted score; undefined when neither side has a need the other meets. */
  const scorePair = (a: IndexedProfile, b: IndexedProfile): ScoredPair | undefined => {
    const scored = scoreReciprocal(a, b, scorer, settings);
    if (scored.forA.met.length + scored.forB.met.length === 0) return undefined;
    const score = boostedScore(a, b, scored, explainDeps.boosts);
    return score > 0 ? { a, b, scored, score } : undefined;
  };

  const byScore = (left: ScoredPair, right: ScoredPair) =>
    right.score - left.score || (left.b.profile.name < right.b.profile.name ? -1 : left.b.profile.name > right.b.profile.name ? 1 : 0);

  const matchesFor = (
    a: IndexedProfile,
    limit: number,
    blocked: ReadonlyMap<string, PairBlock>,
    candidateLimit: number,
    skip: (b: IndexedProfile) => boolean = () => false,
  ) => {
    // The hard filters: kinds that can meet, no self-match, nothing proposed, no affiliated bodies
    // (checked by the index on its packed codes), no pair declined, already known or introduced.
    const candidates = index.candidates(a, {
      limit: candidateLimit,
      meetable: true,
      accept: blocked.size === 0 ? undefined : (b) => !blocked.has(pairKeyOf(a.profile.id, b.profile.id)),
    });
    const results: ScoredPair[] = [];
    for (const b of candidates) {
      if (skip(b)) continue;
      const pair = scorePair(a, b);
      if (pair) results.push(pair);
    }
    return results.sort(byScore).slice(0, limit);
  };

  const explain = (pair: ScoredPair): Match => buildMatch(pair.a, pair.b, pair.scored, explainDeps);

  const unmetNeeds = (limit: number): UnmetNeed[] => {
    const unmet: UnmetNeed[] = [];
    const entries = index
      .all()
      .filter((entry) => entry.profile.origin !== 'proposed')
      .sort((left, right) => byName(left.profile.name, right.profile.name));
    for (const entry of entries) {
      for (const need of entry.needs) {
        let met = false;
        let checked = 0;
        for (const provider of index.possibleProviders(need)) {
          if (provider === entry || provider.profile.origin === 'proposed') continue;
          if (!kindsCanMeet(entry.profile.kind, provider.profile.kind) || affiliated(entry, provider)) continue;
          if (provider.offers.some((offer) => scorer.score(need, offer).score >= settings.meetThreshold)) {
            met = true;
            break;
          }
          checked += 1;
          if (checked >= 500) break;
        }
        if (met) continue;
        const concept = need.concepts.find((id) => !normalizer.isMode(id)) ?? need.concepts[0];
        unmet.push({
          profile: { id: entry.profile.id, name: entry.profile.name, kind: entry.profile.kind },
          need: need.text,
          concept,
        });
        if (unmet.length >= limit) return unmet;
      }
    }
    return unmet;
  };

  const saveOne = (profile: Profile, owner: string | undefined) => {
    const before = store.profilesRevision();
    store.transaction(() => {
      store.saveProfiles([profile], { owner });
      if (owner !== undefined) store.linkMember(owner, profile.id, profile.updatedAt);
    });
    afterWrite(before, () => index.put(profile));
  };

  /** The id an incoming profile takes: its own, the one of the profile with its name, or a new one. */
  const idFor = (input: ValidProfileInput, taken: ReadonlySet<string> = new Set()): string => {
    const byName = store.profileIdByName(input.name);
    if (input.id !== undefined) {
      if (byName !== undefined && byName !== input.id) {
        throw badInput(`The name "${input.name}" is already used by the profile "${byName}"; give that id or another name.`);
      }
      return input.id;
    }
    if (byName !== undefined) return byName;
    const base = profileIdFromName(input.name);
    let id = base;
    for (let suffix = 2; store.getProfile(id) !== undefined || taken.has(id); suffix += 1) id = `${base}-${suffix}`;
    return id;
  };

  const profiles: MatchmakingProfiles = {
    async list() {
      ensureFresh();
      return index
        .all()
        .map((entry) => entry.profile)
        .sort((left, right) => byName(left.name, right.name));
    },
    async get(idOrName) {
      return find(idOrName, true).profile;
    },
    async upsert(input: ProfileInput, options = {}) {
      const validated = validateProfileEntry(input, 0, 'profile');
      if (!validated.profile) {
        const fields = validated.problems.map((problem) => ({ ...problem, field: problem.field.replace(/^\[0\]\.?/, '') || '(root)' }));
        throw badInput(`The profile is not valid: ${describeProblems(fields)}.`, { details: { problems: fields } });
      }
      const valid = validated.profile;
      const id = idFor(valid);
      const owner = options.owner;
      if (owner !== undefined && store.getProfile(id) !== undefined) {
        const members = store.membersOf(id);
        if (members.length > 0 && !members.includes(owner)) {
          throw forbidden(`${owner} tried to replace the profile "${id}" linked to ${members.join(', ')}`, {
            userMessage: `"${valid.name}" is managed by its linked members; ask one of them or an organizer to change it.`,
          });
        }
      }
      const profile = profileFromInput(valid, id, owner !== undefined ? 'member' : 'import');
      saveOne(profile, owner);
      logger.info({ profile: id, origin: profile.origin }, 'profile saved');
      return profile;
    },
    async remove(idOrName) {
      const entry = find(idOrName, false);
      const before = store.profilesRevision();
      store.removeProfile(entry.profile.id, now().toISOString());
      afterWrite(before, () => index.remove(entry.profile.id));
      logger.info({ profile: entry.profile.id }, 'profile removed');
    },
    async forMember(member) {
      const id = store.profileIdOfMember(member);
      return id === undefined ? undefined : store.getProfile(id);
    },
    async linkMember(member, idOrName) {
      if (member.trim() === '') throw badInput('Give the member to link, e.g. "slack:U123".');
      const entry = find(idOrName, false);
      store.linkMember(member, entry.profile.id, now().toISOString());
    },
    async propose(input, options = {}) {
      const { quote, articleId, ...rest } = input;
      const sourceArticle = options.articleId ?? articleId;
      const candidate: ProfileInput =
        quote !== undefined && (rest.sources === undefined || rest.sources.length === 0) && sourceArticle !== undefined
          ? { ...rest, sources: [{ articleId: sourceArticle, quote }] }
          : rest;
      const validated = validateProfileEntry(candidate, 0, 'proposal');
      if (!validated.profile) throw badInput(`The proposed profile is not valid: ${describeProblems(validated.problems)}.`);
      const existingId = store.profileIdByName(validated.profile.name);
      const existing = existingId === undefined ? undefined : store.getProfile(existingId);
      if (existing && existing.origin !== 'proposed') return existing;
      const profile = profileFromInput(validated.profile, existingId ?? idFor({ ...validated.profile, id: undefined }), 'proposed');
      saveOne(profile, undefined);
      logger.info({ profile: profile.id }, 'profile proposed');
      return profile;
    },
    async accept(idOrName) {
      const entry = find(idOrName, false);
      if (entry.profile.origin !== 'proposed') return entry.profile;
      const profile: Profile = { ...entry.profile, origin: 'import', updatedAt: now().toISOString() };
      saveOne(profile, undefined);
      logger.info({ profile: profile.id }, 'proposed profile accepted');
      return profile;
    },
    async importMany(entries: unknown[], options: ProfileImportOptions = {}): Promise<ProfileImportResult> {
      const file = options.file ?? 'input';
      const parsed = parseProfileEntries(entries, file);
      const problems = [...parsed.problems];
      const accepted: Profile[] = [];
      const taken = new Set<string>();
      for (const { index: position, profile } of parsed.entries) {
        try {
          const id = idFor(profile, taken);
          taken.add(id);
          accepted.push(profileFromInput(profile, id, options.origin ?? 'import'));
        } catch (error) {
          problems.push({ file, field: `[${position}].id`, message: error instanceof Error ? error.message : String(error) });
        }
      }
      if (options.strict === true && problems.length > 0) return { total: parsed.total, imported: [], problems };
      const before = store.profilesRevision();
      store.saveProfiles(accepted);
      afterWrite(before, () => {
        for (const profile of accepted) index.put(profile);
      });
      for (const problem of problems) logger.warn({ file: problem.file, field: problem.field }, formatProblem(problem));
      logger.info({ imported: accepted.length, problems: problems.length, file }, 'profiles imported');
      return {
        total: parsed.total,
        imported: accepted.map((profile) => ({ id: profile.id, name: profile.name, kind: profile.kind })),
        problems,
      };
    },
  };

  const matchmaking: Matchmaking = {
    profiles,
    syncKnowledgeProfiles,

    async match(idOrName, options = {}) {
      const limit = options.limit ?? 10;
      if (!matchLimitSchema.safeParse(limit).success) throw badInput('The limit must be a whole number from 1 to 200.');
      const a = find(idOrName, true);
      const blocked = store.blockedPairs();
      return matchesFor(a, limit, blocked, Math.max(60, limit * 5)).map(explain);
    },

    async digest(options = {}) {
      ensureFresh();
      const size = options.limit ?? policy.size;
      if (!matchLimitSchema.safeParse(size).success) throw badInput('The digest limit must be a whole number from 1 to 200.');
      const createdAt = now();
      const since = new Date(createdAt.getTime() - policy.recentDays * 86_400_000).toISOString();
      const blocked = store.blockedPairs();
      const recentPairs = new Set(store.suggestionsSince(since).map((suggestion) => suggestion.pairKey));
      // Asked to repeat (re-send), the cap across recent digests is lifted; the cap within this one stays.
      const recentExposure = new Map<string, number>();
      for (const { partyIds } of options.allowRepeats === true ? [] : store.digestPartiesSince(since)) {
        for (const id of partyIds) recentExposure.set(id, (recentExposure.get(id) ?? 0) + 1);
      }

      const started = performance.now();
      // Each pair is scored once: from whichever side finds it first.
      const done = new Set<number>();
      const candidates: (DigestCandidate & { pair: ScoredPair })[] = [];
      for (const entry of index.all()) {
        if (entry.profile.origin === 'proposed') continue;
        const skip = (other: IndexedProfile) => done.has(other.ordinal);
        for (const found of matchesFor(entry, 4, blocked, 12, skip)) {
          const pairKey = pairKeyOf(found.a.profile.id, found.b.profile.id);
          if (options.allowRepeats !== true && recentPairs.has(pairKey)) continue;
          // The side whose needs are better met reads first.
          const pair: ScoredPair =
            found.scored.scoreForB > found.scored.scoreForA ? { ...found, a: found.b, b: found.a, scored: swapSides(found.scored) } : found;
          const needKeys = [...pair.scored.forA.met, ...pair.scored.forB.met]
            .slice(0, 4)
            .map((met) => met.concept ?? nameKey(met.need.text));
          candidates.push({
            pair,
            score: pair.score,
            aId: pair.a.profile.id,
            bId: pair.b.profile.id,
            tieBreak: `${pair.a.profile.name}\u0000${pair.b.profile.name}`,
            needKeys,
          });
        }
        done.add(entry.ordinal);
      }
      const chosen = chooseDigest(candidates, { size, policy, recentExposure });
      const digestId = createId('digest');
      const digest: Digest = {
        id: digestId,
        createdAt: createdAt.toISOString(),
        channel: options.channel,
        suggestions: chosen.map(({ pair }) => ({ ...explain(pair), id: createId('suggestion'), digestId })),
        unmetNeeds: unmetNeeds(policy.maxUnmetNeeds),
      };
      store.saveDigest(digest);
      logger.info(
        {
          digest: digestId,
          suggestions: digest.suggestions.length,
          candidates: candidates.length,
          unmetNeeds: digest.unmetNeeds.length,
          milliseconds: Math.round(performance.now() - started),
        },
        'digest chosen',
      );
      return digest;
    },

    async feedback(input) {
      const parsed = feedbackInputSchema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw badInput(`Feedback ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not valid'}.`.replace(/\s+/g, ' '));
      }
      const { suggestionId, verdict, actor, reason } = parsed.data;
      const suggestion = store.getSuggestion(suggestionId);
      if (!suggestion) {
        throw notFound(`No suggestion "${suggestionId}". Use an id shown in a digest (run \`matchcut digest\` or look at the latest digest).`);
      }
      const linked = store.profileIdOfMember(actor);
      let party = parsed.data.party;
      if (party !== undefined) {
        const other = party === 'a' ? suggestion.b : suggestion.a;
        const own = party === 'a' ? suggestion.a : suggestion.b;
        if (linked !== undefined && linked === other.id) {
          throw forbidden(`${actor} is linked to ${other.name} but answered for ${own.name}`, {
            userMessage: `You act for ${other.name}, so you can only answer for that side of this suggestion.`,
          });
        }
      } else if (linked === suggestion.a.id) {
        party = 'a';
      } else if (linked === suggestion.b.id) {
        party = 'b';
      } else {
        throw forbidden(`${actor} is linked to ${linked ?? 'no organization'}, neither side of ${suggestionId}`, {
          userMessage: `Only ${suggestion.a.name} or ${suggestion.b.name} can answer this suggestion, and you are not linked to either: link your organization first with the bot's profile command (/matchcut profile on Slack, /profile on Discord).`,
          details: { reason: 'NOT_LINKED' },
        });
      }
      const side = party === 'a' ? suggestion.a : suggestion.b;
      const at = now().toISOString();
      const { state, introduce } = store.transaction(() => {
        const latest = store.recordFeedback({
          suggestionId,
          party: party as 'a' | 'b',
          profileId: side.id,
          pairKey: pairKeyOf(suggestion.a.id, suggestion.b.id),
          verdict,
          reason,
          actor,
          at,
        });
        const bothInterested = latest.a === 'interested' && latest.b === 'interested';
        return { state: latest, introduce: bothInterested && store.addIntroduction(suggestion, at) };
      });
      logger.info({ suggestion: suggestionId, party, verdict, introduce }, 'feedback recorded');
      const result: FeedbackResult = {
        suggestion,
        party,
        verdict,
        introduce,
        members: { a: store.membersOf(suggestion.a.id), b: store.membersOf(suggestion.b.id) },
        state,
      };
      return result;
    },

    async report(): Promise<OrganizerReport> {
      ensureFresh();
      const counts = store.counts();
      return { ...counts, unmetNeeds: unmetNeeds(Number.POSITIVE_INFINITY) };
    },

    async latestDigest() {
      return store.latestDigest();
    },
    async close() {},
    async getSuggestion(id) {
      return store.getSuggestion(id);
    },
  };

  if (deps.knowledgeProfiles !== undefined) {
    syncKnowledgeProfiles(deps.knowledgeProfiles, { complete: deps.knowledgeProfilesComplete ?? true });
  }
  else ensureFresh();
  return matchmaking;
}
