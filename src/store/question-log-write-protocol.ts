/** Messages between the SQLite store (main thread) and the question log's write thread. */
import type { NewLoggedQuestion } from './store-types.js';

/** What the write thread opens: the store's file (already migrated) and its community. */
export interface QuestionLogWriteSettings {
  file: string;
  community: string;
}

export interface ToWriteThread {
  id: number;
  questions: NewLoggedQuestion[];
  /** Sent again after a thread stopped: rows already logged are left out. */
  skipWritten: boolean;
}

/** An error as it crosses threads: what SQLite said, never the rows. */
export interface ThreadError {
  name: string;
  message: string;
  code?: string | undefined;
}

export type FromWriteThread =
  | { type: 'ready' }
  | { type: 'failed'; error: ThreadError }
  | { type: 'written'; id: number }
  | { type: 'error'; id: number; error: ThreadError };

export function threadError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error).slice(0, 300) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message.slice(0, 300), code: typeof code === 'string' ? code : undefined };
}
