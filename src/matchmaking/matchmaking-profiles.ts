/**
 * The profiles side of matchmaking: list, get, create or replace (members may only replace their
 * own organization), remove, link members, model proposals an organizer accepts, bulk imports
 * (each problem named by entry and field, with the phrases the lexicon cannot place and notes on
 * languages it lacks), and the sync of knowledge/profiles.yaml into the store.
 */
import type { Matchcut } from '../core-types.js';
import { badInput, forbidden } from '../errors.js';
import { formatProblem, type KnowledgeProblem } from '../knowledge/problems.js';
import type { Logger } from '../logging/logger.js';
import type { KnowledgeSyncResult } from '../store/open-store.js';
import type { MatchcutStore } from '../store/store-interface.js';
import { nameKey } from '../store/store-types.js';
import type { LexiconCoverage } from './lexicon-coverage.js';
import { parseProfileEntries, validateProfileEntry } from './load-profiles.js';
import { byName, type MatchingEngine } from './matching.js';
import type { IndexedProfile } from './profile-index.js';
import { type Profile, type ProfileInput, profileIdFromName, type ValidProfileInput } from './profile-schema.js';
import { unplacedPhrasesOf } from './report.js';
import type { ProfileImportOptions, ProfileImportResult } from './types.js';

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

export interface ProfilesDeps {
  store: MatchcutStore;
  engine: MatchingEngine;
  coverage: LexiconCoverage;
  logger: Logger;
  now: () => Date;
}

function describeProblems(problems: KnowledgeProblem[]): string {
  return problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
}

/** What the profile operations share: the deps, ids for incoming profiles, and saving one profile. */
function profilesContext(deps: ProfilesDeps) {
  const { store, engine, now } = deps;
  const profileFromInput = (input: ValidProfileInput, id: string, origin: Profile['origin']): Profile => ({
    ...input,
    id,
    origin,
    updatedAt: now().toISOString(),
  });

  const saveOne = async (profile: Profile, owner: string | undefined) => {
    const before = await store.profilesRevision();
    await store.transaction(async (session) => {
      await session.saveProfiles([profile], { owner });
      if (owner !== undefined) await session.linkMember(owner, profile.id, profile.updatedAt);
    });
    await engine.afterWrite(before, (index) => index.put(profile));
  };

  /** The id an incoming profile takes: its own, the one of the profile with its name, or a new one. */
  const idFor = async (input: ValidProfileInput, taken: ReadonlySet<string> = new Set()): Promise<string> => {
    const byNameId = await store.profileIdByName(input.name);
    if (input.id !== undefined) {
      if (byNameId !== undefined && byNameId !== input.id) {
        throw badInput(
          `The name "${input.name}" is already used by the profile "${byNameId}"; give that id or another name.`,
          { details: { reason: 'NAME_TAKEN', name: input.name } },
        );
      }
      return input.id;
    }
    if (byNameId !== undefined) return byNameId;
    const base = profileIdFromName(input.name);
    let id = base;
    for (let suffix = 2; taken.has(id) || (await store.getProfile(id)) !== undefined; suffix += 1) {
      id = `${base}-${suffix}`;
    }
    return id;
  };
  return { deps, profileFromInput, saveOne, idFor };
}

type ProfilesContext = ReturnType<typeof profilesContext>;

async function syncKnowledgeProfiles(
  context: ProfilesContext,
  entries: readonly ValidProfileInput[],
  options: { complete?: boolean } = {},
): Promise<KnowledgeSyncResult> {
  const { store, logger } = context.deps;
  const { profileFromInput } = context;
  const profiles = entries.map((entry) =>
    profileFromInput(entry, entry.id ?? profileIdFromName(entry.name), 'knowledge'),
  );
  if (options.complete === false) {
    // Keep every knowledge profile the file no longer lists: a broken line must not delete it
    // (nor its member links).
    const listed = new Set(profiles.map((profile) => profile.id));
    for (const kept of await store.listProfiles())
      if (kept.origin === 'knowledge' && !listed.has(kept.id)) profiles.push(kept);
  }
  const result = await store.syncKnowledgeProfiles(profiles);
  logger.info({ ...result, profiles: profiles.length }, 'knowledge profiles synced');
  // The matching index picks the change up when next used (every use makes it fresh first).
  return result;
}

async function importMany(
  context: ProfilesContext,
  entries: unknown[],
  options: ProfileImportOptions = {},
): Promise<ProfileImportResult> {
  const { deps, profileFromInput, idFor } = context;
  const { store, engine, logger } = deps;
  const file = options.file ?? 'input';
  const parsed = parseProfileEntries(entries, file);
  const problems = [...parsed.problems];
  const accepted: Profile[] = [];
  const taken = new Set<string>();
  for (const { index: position, profile } of parsed.entries) {
    try {
      const id = await idFor(profile, taken);
      taken.add(id);
      accepted.push(profileFromInput(profile, id, options.origin ?? 'import'));
    } catch (error) {
      problems.push({
        file,
        field: `[${position}].id`,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  if (options.strict === true && problems.length > 0) {
    return { total: parsed.total, imported: [], problems, unplaced: [], notes: [] };
  }
  const before = await store.profilesRevision();
  await store.saveProfiles(accepted);
  await engine.afterWrite(before, (index) => {
    for (const profile of accepted) index.put(profile);
  });
  for (const problem of problems) logger.warn({ file: problem.file, field: problem.field }, formatProblem(problem));
  logger.info({ imported: accepted.length, problems: problems.length, file }, 'profiles imported');
  const indexed = accepted.flatMap((profile) => engine.index().get(profile.id) ?? []);
  return {
    total: parsed.total,
    imported: accepted.map((profile) => ({ id: profile.id, name: profile.name, kind: profile.kind })),
    problems,
    unplaced: unplacedPhrasesOf(indexed),
    notes: [
      ...accepted.flatMap((profile) => deps.coverage.noteFor(profile) ?? []),
      ...sharedNameNotes(indexed, engine.index().all()),
    ],
  };
}

/**
 * Notes for imported organizations known by a name or alias another organization also has: `match --for` that
 * name then asks which one is meant, so organizers hear of it at import.
 */
function sharedNameNotes(imported: readonly IndexedProfile[], all: readonly IndexedProfile[]): string[] {
  const holders = new Map<string, IndexedProfile[]>();
  for (const entry of all)
    for (const key of entry.keys) {
      if (key === entry.profile.id) continue;
      const list = holders.get(key);
      if (list === undefined) holders.set(key, [entry]);
      else list.push(entry);
    }
  const notes: string[] = [];
  for (const entry of imported) {
    const shared = new Set<string>();
    for (const key of entry.keys)
      for (const other of holders.get(key) ?? []) if (other.profile.id !== entry.profile.id) shared.add(key);
    if (shared.size === 0) continue;
    const others = [...new Set([...shared].flatMap((key) => holders.get(key) ?? []))]
      .filter((other) => other.profile.id !== entry.profile.id)
      .map((other) => `"${other.profile.name}"`);
    const written = [entry.profile.name, ...entry.profile.aliases].filter((name) => shared.has(nameKey(name)));
    notes.push(
      `"${entry.profile.name}": ${written.map((name) => `"${name}"`).join(', ')} also names ${others.join(', ')}; ` +
        'asking for it by that name will list both, so use the full name or the id.',
    );
  }
  return notes;
}

export function createProfilesService(deps: ProfilesDeps) {
  const { store, engine, logger, now } = deps;
  const context = profilesContext(deps);
  const { profileFromInput, saveOne, idFor } = context;
  const profiles: MatchmakingProfiles = {
    async list() {
      await engine.ensureFresh();
      return engine
        .index()
        .all()
        .map((entry) => entry.profile)
        .sort((left, right) => byName(left.name, right.name));
    },
    async get(idOrName) {
      return (await engine.find(idOrName, true)).profile;
    },
    async upsert(input: ProfileInput, options = {}) {
      const validated = validateProfileEntry(input, 0, 'profile');
      if (!validated.profile) {
        const fields = validated.problems.map((problem) => ({
          ...problem,
          field: problem.field.replace(/^\[0\]\.?/, '') || '(root)',
        }));
        throw badInput(`The profile is not valid: ${describeProblems(fields)}.`, { details: { problems: fields } });
      }
      const valid = validated.profile;
      const id = await idFor(valid);
      const owner = options.owner;
      if (owner !== undefined && (await store.getProfile(id)) !== undefined) {
        const members = await store.membersOf(id);
        if (members.length > 0 && !members.includes(owner)) {
          throw forbidden(`${owner} tried to replace the profile "${id}" linked to ${members.join(', ')}`, {
            userMessage:
              `"${valid.name}" is managed by its linked members; ` + 'ask one of them or an organizer to change it.',
            details: { reason: 'MANAGED_BY_MEMBERS', name: valid.name },
          });
        }
      }
      const profile = profileFromInput(valid, id, owner !== undefined ? 'member' : 'import');
      await saveOne(profile, owner);
      logger.info({ profile: id, origin: profile.origin }, 'profile saved');
      return profile;
    },
    async remove(idOrName) {
      const entry = await engine.find(idOrName, false);
      const before = await store.profilesRevision();
      await store.removeProfile(entry.profile.id, now().toISOString());
      await engine.afterWrite(before, (index) => index.remove(entry.profile.id));
      logger.info({ profile: entry.profile.id }, 'profile removed');
    },
    async forMember(member) {
      const id = await store.profileIdOfMember(member);
      return id === undefined ? undefined : store.getProfile(id);
    },
    async linkMember(member, idOrName) {
      if (member.trim() === '') throw badInput('Give the member to link, e.g. "slack:U123".');
      const entry = await engine.find(idOrName, false);
      await store.linkMember(member, entry.profile.id, now().toISOString());
    },
    async propose(input, options = {}) {
      const { quote, articleId, ...rest } = input;
      const sourceArticle = options.articleId ?? articleId;
      const candidate: ProfileInput =
        quote !== undefined && (rest.sources === undefined || rest.sources.length === 0) && sourceArticle !== undefined
          ? { ...rest, sources: [{ articleId: sourceArticle, quote }] }
          : rest;
      const validated = validateProfileEntry(candidate, 0, 'proposal');
      if (!validated.profile)
        throw badInput(`The proposed profile is not valid: ${describeProblems(validated.problems)}.`);
      const existingId = await store.profileIdByName(validated.profile.name);
      const existing = existingId === undefined ? undefined : await store.getProfile(existingId);
      if (existing && existing.origin !== 'proposed') return existing;
      const id = existingId ?? (await idFor({ ...validated.profile, id: undefined }));
      const profile = profileFromInput(validated.profile, id, 'proposed');
      await saveOne(profile, undefined);
      logger.info({ profile: profile.id }, 'profile proposed');
      return profile;
    },
    async accept(idOrName) {
      const entry = await engine.find(idOrName, false);
      if (entry.profile.origin !== 'proposed') return entry.profile;
      const profile: Profile = { ...entry.profile, origin: 'import', updatedAt: now().toISOString() };
      await saveOne(profile, undefined);
      logger.info({ profile: profile.id }, 'proposed profile accepted');
      return profile;
    },
    importMany: (entries, options) => importMany(context, entries, options),
  };
  return {
    profiles,
    syncKnowledgeProfiles: (entries: readonly ValidProfileInput[], options?: { complete?: boolean }) =>
      syncKnowledgeProfiles(context, entries, options),
  };
}
