/**
 * The neutral answer format shared by every adapter. Adapters render it
 * (Block Kit, Discord embeds, terminal text); the core never formats for a platform.
 */
import type { SurenessReport } from './sureness.js';

export interface Citation {
  /** 1-based number used in the answer text as [n]. */
  n: number;
  articleId: string;
  title: string;
  outlet?: string | undefined;
  /** ISO date (YYYY-MM-DD) when the article gives one. */
  published?: string | undefined;
  url?: string | undefined;
  /** The quoted passage (plain text, unescaped: adapters escape it). */
  quote: string;
  chunkId: string;
  /** Relevance of the passage, 0..1, for display or debugging. */
  score: number;
}

export type AnswerPath = 'extractive' | 'generated';

export interface Answer {
  /** Plain text with [n] markers; never platform markup. */
  text: string;
  citations: Citation[];
  /**
   * True when the sources cover the question; false means "not in my sources" (citations are then the closest
   * sources).
   */
  grounded: boolean;
  /** Which path produced the text. */
  path: AnswerPath;
  /** Detected language of the question (ISO 639-1: en, ko, vi, ja, ru, uz, …). */
  language: string;
  /** A short note to the user, e.g. that the model was unavailable and the extractive answer is shown. */
  notice?: string | undefined;
  /** The standalone query actually used for retrieval (after follow-up rewriting). */
  query: string;
  /** How sure the extractive answerer is of its best grounded sentence (evaluation and debugging; not shown). */
  sureness?: SurenessReport | undefined;
}

export interface ConversationTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface AskOptions {
  /** Earlier turns of the conversation (a Slack/Discord thread), oldest first. */
  history?: ConversationTurn[];
  signal?: AbortSignal;
}
