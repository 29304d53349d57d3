/**
 * The asynchronous store every backend implements (SQLite: ./sqlite-store.ts, the default;
 * PostgreSQL: ./postgres/), and the one test suite both pass (test/support/store-contract.ts).
 *
 * What a backend must guarantee:
 * - Community scoping. A store is opened for one community (`MATCHCUT_COMMUNITY`, default
 *   "default"); every row it writes carries that community and every read, count, key and unique
 *   check is limited to it. Two stores of different communities on one database never see, block
 *   or collide with each other's rows (the same profile id, name, member, feed URL or channel may
 *   exist once per community).
 * - Atomic methods. Every method is atomic on its own: a multi-row write (saveProfiles,
 *   syncKnowledgeProfiles, saveDigestPlan, recordDigestPart, recordFeedback, vote…) commits whole or
 *   not at all, also when the process dies in the middle.
 * - Serialised write transactions. `transaction(work)` runs `work` with a session bound to one
 *   connection in one transaction that holds the community's write lock from its start (SQLite:
 *   BEGIN IMMEDIATE; PostgreSQL: e.g. `pg_advisory_xact_lock` on the community right after BEGIN),
 *   so two transactions — in this process or another — never interleave: a digest chosen and
 *   reserved inside one never shares a pair with a digest chosen in another. A thrown error (or a
 *   rejected promise) rolls everything back and is rethrown; otherwise it commits.
 * - Inside `work`, use only the session: calling the store itself there waits for the transaction
 *   to end (SQLite refuses it with an error rather than waiting forever).
 * - Values round-trip unchanged: times are ISO strings as given; absent optional fields come back
 *   `undefined` (never null); lists are ordered as each method says.
 */
import type { Logger } from '../logging/logger.js';
import type { ChannelMode, ChannelReference, ChannelSetting } from './channel-modes.js';
import type { ClaimStore } from './claims/claim-types.js';
import type { Profile } from '../matchmaking/profile-schema.js';
import type { Digest, Suggestion } from '../matchmaking/types.js';
import type { AnswerRating, LoggedQuestion } from '../operations/question-log-types.js';
import type {
  DigestHold,
  DigestPlan,
  FeedbackRecord,
  FeedItemRecord,
  FeedRecord,
  KnowledgeSyncResult,
  NewLoggedQuestion,
  PairBlock,
  PartyState,
  RecentSuggestion,
  RecordedVote,
  StoreCounts,
} from './store-types.js';

export type {
  DigestHold,
  DigestPart,
  DigestPlan,
  DigestPostingState,
  FeedbackRecord,
  FeedItemRecord,
  FeedRecord,
  KnowledgeSyncResult,
  NewLoggedQuestion,
  PairBlock,
  PartyState,
  RecentSuggestion,
  RecordedVote,
  StoreCounts,
} from './store-types.js';
export type { ClaimResult, ClaimStore } from './claims/claim-types.js';

/** Organization profiles, tombstones of removed knowledge profiles, and the profiles revision. */
export interface ProfileStore {
  /** Ordered by name key. */
  listProfiles(): Promise<Profile[]>;
  getProfile(id: string): Promise<Profile | undefined>;
  /** The id of the profile with this exact name key (see `nameKey`). */
  profileIdByName(name: string): Promise<string | undefined>;
  profileOwner(id: string): Promise<string | undefined>;
  /**
   * Inserts or replaces profiles (by id) atomically; clears their tombstones; bumps the revision
   * once (nothing happens for an empty list). A given owner is kept; no owner keeps the stored one.
   */
  saveProfiles(profiles: readonly Profile[], options?: { owner?: string | undefined }): Promise<void>;
  /** Removes a profile and its member links; a knowledge profile gets a tombstone. False when absent. */
  removeProfile(id: string, at: string): Promise<boolean>;
  /**
   * Makes the knowledge-origin profiles equal to `profiles`, atomically: profiles taken over (another
   * origin, a tombstone, or the name used by another id) are skipped; unlisted knowledge profiles go.
   */
  syncKnowledgeProfiles(profiles: readonly Profile[]): Promise<KnowledgeSyncResult>;
  /** Increases on every profile write; lets another process's changes be noticed. Starts at 0. */
  profilesRevision(): Promise<number>;
}

/** Which platform member ("slack:U1", "discord:123…") acts for which profile. */
export interface MemberLinkStore {
  /** Links (or relinks) a member; the profile must exist. Links go with their profile. */
  linkMember(member: string, profileId: string, at: string): Promise<void>;
  profileIdOfMember(member: string): Promise<string | undefined>;
  /** Ordered by member. */
  membersOf(profileId: string): Promise<string[]>;
}

/** Digests, their message parts, their suggestions and reservations (see src/matchmaking/digests.ts). */
export interface DigestStore {
  /** Stores a digest already delivered whole (one posted part), with its suggestions, atomically. */
  saveDigest(digest: Digest): Promise<void>;
  /** Stores a chosen digest split into parts (suggestion ids per part), none posted yet, held by its poster. */
  saveDigestPlan(digest: Digest, parts: readonly (readonly string[])[], hold: DigestHold): Promise<void>;
  getDigest(id: string): Promise<Digest | undefined>;
  /** The newest by createdAt (the later stored on a tie). */
  latestDigest(): Promise<Digest | undefined>;
  getDigestPlan(id: string): Promise<DigestPlan | undefined>;
  latestDigestPlan(): Promise<DigestPlan | undefined>;
  /**
   * An unfinished digest a retry may take over at `now`: not held, pairs still reserved, and for
   * `channel` (or, with nothing posted yet, for another channel of the same platform prefix "slack:").
   */
  resumableDigest(channel: string | undefined, now: string): Promise<DigestPlan | undefined>;
  /** A poster takes (or keeps) an unfinished digest, for this channel. */
  claimDigest(id: string, channel: string | undefined, hold: DigestHold): Promise<void>;
  /** Records a part as posted (its suggestions become suggested), once; the last part makes the digest posted. */
  recordDigestPart(
    id: string,
    partIndex: number,
    messageRef: string | undefined,
    at: string,
    hold: DigestHold,
  ): Promise<void>;
  /** The poster stopped (a failed post): the digest waits, reserved, for a retry. */
  releaseDigest(id: string): Promise<void>;
  getSuggestion(id: string): Promise<Suggestion | undefined>;
  /** Suggestions posted at or after `since` (ISO time), newest first. */
  suggestionsSince(since: string): Promise<RecentSuggestion[]>;
  /** Unposted suggestions of unfinished digests whose reservation lasts past `now`. */
  reservedSuggestions(now: string): Promise<RecentSuggestion[]>;
  /** The digests with suggestions posted at or after `since`, newest first, with those suggestions' party ids. */
  digestPartiesSince(since: string): Promise<{ digestId: string; partyIds: string[] }[]>;
}

/** Feedback, introductions, the pairs matching skips and the organizer report's counts. */
export interface FeedbackStore {
  /** Records one feedback row; returns the latest verdict of each side of the suggestion. */
  recordFeedback(record: FeedbackRecord): Promise<PartyState>;
  feedbackState(suggestionId: string): Promise<PartyState>;
  /** Records an introduction for the pair; false when the pair was already introduced. */
  addIntroduction(suggestion: Suggestion, at: string): Promise<boolean>;
  /** Pairs excluded from matching: declined (not a fit), already known, or already introduced. */
  blockedPairs(): Promise<Map<string, PairBlock>>;
  counts(): Promise<StoreCounts>;
}

/** Suggestions made by a partner search (no digest). */
export interface PartnerSuggestionStore {
  savePartnerSuggestion(suggestion: Suggestion, createdAt: string): Promise<void>;
  /** The newest suggestion of an unordered pair (`pairKeyOf`), from a digest or a partner search. */
  latestSuggestionOfPair(pairKey: string): Promise<Suggestion | undefined>;
}

/** The question log: logged questions and one vote per member key per answer. */
export interface QuestionLogStore {
  /** The community's secret salt for hashing member ids, created once (random) and then stable. */
  questionLogSalt(): Promise<string>;
  addQuestion(question: NewLoggedQuestion): Promise<void>;
  /** Adds rows in one transaction (all or none): the question log's queued rows. */
  addQuestions(questions: NewLoggedQuestion[]): Promise<void>;
  /**
   * Records (or replaces) the vote of `memberKey` (already hashed by the caller) and sets the
   * question's rating to the side with more votes (a tie: this vote); undefined when no such question.
   */
  vote(questionId: string, memberKey: string, rating: AnswerRating, at: string): Promise<RecordedVote | undefined>;
  /** Newest first (asked time, then insertion order). */
  listQuestions(options: { sinceIso?: string | undefined; limit?: number | undefined }): Promise<LoggedQuestion[]>;
  /** Deletes questions (and their votes) asked before `beforeIso`; returns how many. */
  deleteQuestionsBefore(beforeIso: string): Promise<number>;
}

/** Where the bot answers, per channel. Input is checked with `checkedChannel` / `checkedChannelMode`. */
export interface ChannelSettingStore {
  /** The stored setting, or the default mode (configured: false). */
  channelSetting(channel: ChannelReference): Promise<ChannelSetting>;
  /** BAD_INPUT for an unknown mode or a bad channel; a stored platform community id is kept when none is given. */
  setChannelMode(channel: ChannelReference, mode: ChannelMode, updatedBy: string, at: string): Promise<ChannelSetting>;
}

/** Followed news feeds and the items they listed. */
export interface FeedStore {
  /** Ordered by id. */
  listFeeds(): Promise<FeedRecord[]>;
  feedByUrl(url: string): Promise<FeedRecord | undefined>;
  feedById(id: number): Promise<FeedRecord | undefined>;
  addFeed(feed: { url: string; title: string | undefined; kind: 'rss' | 'atom'; at: string }): Promise<FeedRecord>;
  /** Removes a feed and its item records (its articles stay). */
  removeFeed(id: number): Promise<boolean>;
  markSynced(id: number, at: string, error: string | undefined): Promise<void>;
  item(feedId: number, key: string): Promise<FeedItemRecord | undefined>;
  /** An item of any feed that already became an article from this link or canonical URL (the newest seen). */
  itemByUrl(url: string): Promise<FeedItemRecord | undefined>;
  /** Inserts or replaces the item (by feed and key). */
  saveItem(item: FeedItemRecord): Promise<void>;
  /** Forgets the article an item became (the article was removed). */
  forgetArticle(articleId: string): Promise<void>;
}

/** Every repository, as the store and a transaction's session both offer them. */
export interface StoreRepositories
  extends
    ProfileStore,
    MemberLinkStore,
    DigestStore,
    FeedbackStore,
    PartnerSuggestionStore,
    QuestionLogStore,
    ChannelSettingStore,
    FeedStore,
    ClaimStore {}

/** The repositories bound to one open transaction (one connection). */
export interface StoreSession extends StoreRepositories {
  readonly community: string;
}

export type StoreBackend = 'sqlite' | 'postgres';

/** The store: repositories, transactions and lifetime. */
export interface MatchcutStore extends StoreRepositories {
  readonly backend: StoreBackend;
  /** The community every row belongs to (`MATCHCUT_COMMUNITY`). */
  readonly community: string;
  /** Where it lives, safe to log: the SQLite file, or the database URL without its password. */
  readonly location: string;
  /** Runs `work` in one serialised write transaction (see the guarantees above). */
  transaction<T>(work: (session: StoreSession) => Promise<T>): Promise<T>;
  /** Highest migration applied. */
  schemaVersion(): Promise<number>;
  /** Not closed and, as far as last seen, reachable (cheap; for synchronous readiness checks). */
  isOpen(): boolean;
  /** Answers a query now (health checks). */
  ping(): Promise<boolean>;
  /** Closes it; further calls fail. Closing twice is harmless. */
  close(): Promise<void>;
}

/** What opening a store needs besides its location. */
export interface StoreOpenOptions {
  logger: Logger;
  /** Default "default". */
  community?: string | undefined;
}
