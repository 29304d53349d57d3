/**
 * The records the store's repositories exchange with matchmaking, and the two keys they are
 * looked up by: a profile's name key and an unordered pair's key.
 */
import type { FeedbackVerdict } from '../matchmaking/types.js';

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

export interface StoreCounts {
  suggested: number;
  /** Suggestions at least one side marked interested (latest verdict). */
  interested: number;
  introduced: number;
  /** Suggestions at least one side marked not a fit (latest verdict). */
  declined: number;
  /** Suggestions at least one side said they already know (latest verdict). */
  alreadyKnown: number;
  digests: number;
}

export interface KnowledgeSyncResult {
  added: number;
  updated: number;
  removed: number;
  /** Knowledge entries skipped because a member or import took the profile over, or an organizer removed it. */
  skipped: number;
}
