/**
 * Opening the default store: SQLite (./sqlite-store.ts) behind the async interface every backend
 * implements (./store-interface.ts). Which backend a deployment uses is chosen from configuration
 * by ./open-configured-store.ts.
 */
export type {
  ChannelSettingStore,
  DigestStore,
  FeedbackStore,
  FeedStore,
  MatchcutStore,
  MemberLinkStore,
  PartnerSuggestionStore,
  ProfileStore,
  QuestionLogStore,
  StoreRepositories,
  StoreSession,
} from './store-interface.js';
export {
  checkedCommunity,
  openSqliteStore as openStore,
  type SqliteStore,
  type SqliteStoreOptions as OpenStoreOptions,
} from './sqlite-store.js';
export {
  defaultCommunity,
  type FeedbackRecord,
  type KnowledgeSyncResult,
  nameKey,
  type PairBlock,
  pairKeyOf,
  type PartyState,
  type RecentSuggestion,
  type StoreCounts,
} from './store-types.js';
