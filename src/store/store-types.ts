/**
 * The records the store's repositories exchange with matchmaking, operations and knowledge (any
 * backend: ./store-interface.ts), and the two keys they are looked up by: a profile's name key and
 * an unordered pair's key.
 */
import type { Digest, FeedbackVerdict, OrganizerReport } from '../matchmaking/types.js';
import type { AnswerRating, LoggedQuestion } from '../operations/question-log-types.js';

/** The community a store serves when MATCHCUT_COMMUNITY is not set. */
export const defaultCommunity = 'default';

/** What a community name may be: a letter or digit, then letters, digits, '.', '_' or '-' (64 at most). */
export const communityPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The canonical key of an unordered pair of profile ids. */
export function pairKeyOf(firstId: string, secondId: string): string {
  return firstId < secondId ? `${firstId}|${secondId}` : `${secondId}|${firstId}`;
}

/** The key names are compared on: NFC, lower case, single spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

export interface FeedbackRecord {
  suggestionId: string;
  party: 'a' | 'b';
  /** The profile that party stands for (stored so pair decisions survive new suggestions of the same pair). */
  profileId: string;
  pairKey: string;
  verdict: FeedbackVerdict;
  reason?: string | undefined;
  actor: string;
  at: string;
}

export interface PartyState {
  a: FeedbackVerdict | null;
  b: FeedbackVerdict | null;
}

export type PairBlock = 'declined' | 'known' | 'introduced';

export interface RecentSuggestion {
  id: string;
  pairKey: string;
  aId: string;
  bId: string;
  digestId: string | undefined;
  createdAt: string;
}

/**
 * The figures of the organizer report the store counts: interested, declined and already-known
 * count suggestions at least one side gave that latest verdict.
 */
export type StoreCounts = Pick<
  OrganizerReport,
  'suggested' | 'interested' | 'introduced' | 'declined' | 'alreadyKnown' | 'digests'
>;

export interface KnowledgeSyncResult {
  added: number;
  updated: number;
  removed: number;
  /** Knowledge entries skipped because a member or import took the profile over, or an organizer removed it. */
  skipped: number;
}

/** posting: a poster holds it; released: its poster stopped (a failed post); posted: every part recorded. */
export type DigestPostingState = 'posting' | 'released' | 'posted';

export interface DigestPart {
  index: number;
  /** The suggestions this part carries, in digest order (a part may carry none, e.g. the unmet needs). */
  suggestionIds: string[];
  /** When the part was recorded as posted; absent while it is not. */
  postedAt?: string | undefined;
  /** Where it went: a Slack message ts, a Discord message id… */
  messageRef?: string | undefined;
}

/** A chosen digest and how far its posting got. */
export interface DigestPlan {
  digest: Digest;
  state: DigestPostingState;
  parts: DigestPart[];
  /** Until when the pairs of its unposted parts are kept out of other digests. */
  reservedUntil?: string | undefined;
}

export interface DigestHold {
  /** Until when the poster holds the digest (no one else resumes it before). */
  claimedUntil: string;
  /** Until when its unposted pairs stay reserved. */
  reservedUntil: string;
}

/** A followed news feed. */
export interface FeedRecord {
  id: number;
  url: string;
  title: string | undefined;
  kind: 'rss' | 'atom';
  addedAt: string;
  syncedAt: string | undefined;
  lastError: string | undefined;
  /** Items seen and items that became articles. */
  items: number;
  articles: number;
}

/** One item a feed listed: the article it became, or why it failed. */
export interface FeedItemRecord {
  feedId: number;
  key: string;
  link: string;
  marker: string;
  articleUrl: string | undefined;
  articleId: string | undefined;
  contentHash: string | undefined;
  failure: string | undefined;
  seenAt: string;
}

/** A question to log (the rating comes later, from votes). */
export type NewLoggedQuestion = Omit<LoggedQuestion, 'rating' | 'helpful' | 'notHelpful'>;

export interface RecordedVote {
  question: LoggedQuestion;
  previousRating: AnswerRating | undefined;
}
