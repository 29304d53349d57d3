/**
 * Matchmaking: organization profiles (schema, files, knowledge sync), reciprocal matching with
 * two-sided explanations and citations, digests chosen as a set, feedback and the organizer
 * report. The wiring file opens the store, loads knowledge/profiles.yaml and calls
 * `createMatchmaking`.
 */
export { type ArticleLookup, type ArticleReference, defaultMatchBoosts, type MatchBoosts } from './explain-match.js';
export { type DigestPolicy, defaultDigestPolicy } from './choose-digest.js';
export {
  type CreateMatchmakingDeps,
  createMatchmaking,
  type Matchmaking,
  type MatchmakingProfiles,
} from './create-matchmaking.js';
export { kindsCanMeet } from './kind-compatibility.js';
export {
  type LoadedProfiles,
  loadProfilesFile,
  type ParsedProfileEntry,
  parseProfileEntries,
  readProfilesFile,
} from './load-profiles.js';
export type { TextEmbedder } from './normalize-statement.js';
export { defaultScoringSettings, type ScoringSettings } from './reciprocal-score.js';
export { openStore, type MatchcutStore, type OpenStoreOptions } from '../store/open-store.js';
