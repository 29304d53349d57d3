/**
 * Writes question-log rows off the answer path: `loggedAsk` queues a row (its answer id made
 * beforehand) and returns the answer at once; the queue is written soon after, many rows in one
 * store call (on SQLite one transaction and one sync, on the store's write thread; one INSERT on
 * PostgreSQL). Nothing queued is lost on the way: a vote waits for its answer's row (`written`
 * writes a queued row now), reads wait for the queue (`flush`), and `close` writes what is still
 * queued. A failing write never reaches an answer: a failed batch is retried row by row, and a run
 * of failures is logged once (the error's name, code and message: no row, so no question text or
 * member id), with how many questions were lost when writing works again or at close.
 */
import type { Logger } from '../logging/logger.js';
import type { NewLoggedQuestion } from '../store/store-types.js';

/** A row as queued: the asker's id still raw (it is hashed when the row is written). */
export type QueuedQuestion = Omit<NewLoggedQuestion, 'member'> & { memberId: string | undefined };

/** The default wait before queued rows are written. */
export const defaultFlushDelayMs = 500;

export interface QuestionLogWriterDeps {
  /** Writes rows (all or none). */
  addQuestions: (questions: NewLoggedQuestion[]) => Promise<void>;
  /** The stored form of an asker's id (salted hash or the id). */
  memberKey: (memberId: string) => Promise<string>;
  logger: Logger;
  /**
   * How long a queued row waits for others to share its write (default 500 ms; 0: the next turn of the loop).
   * Each write is one sync to disk (SQLite, ~4–25 ms on a busy machine; on a thread of its own, so the event
   * loop only hands the rows over): fewer, larger batches mean fewer syncs. A crash (not a shutdown) loses at
   * most this much.
   */
  flushDelayMs?: number | undefined;
  /** A queue this long is written in the next turn of the loop (default 100). */
  maxBatch?: number | undefined;
}

export interface QuestionLogWriter {
  /** Queues a row; it is written within `flushDelayMs`, with the rows queued meanwhile. */
  enqueue(row: QueuedQuestion): void;
  /**
   * Resolves once the row `id` is in the store: true when it was written, false when its write failed.
   * An id this writer never queued resolves true: the store knows it or not.
   */
  written(id: string): Promise<boolean>;
  /** Writes everything queued now (and waits for writes under way). */
  flush(): Promise<void>;
  /** Writes what is still queued; later rows are still written (a closed store then logs a failure). */
  close(): Promise<void>;
}

/** An error as logged: what failed, never the rows it was writing. */
function loggedError(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error).slice(0, 300) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message.slice(0, 300), ...(typeof code === 'string' ? { code } : {}) };
}

export function createQuestionLogWriter(deps: QuestionLogWriterDeps): QuestionLogWriter {
  const flushDelayMs = deps.flushDelayMs ?? defaultFlushDelayMs;
  const maxBatch = deps.maxBatch ?? 100;
  const queue = new Map<string, QueuedQuestion>();
  /** Rows taken from the queue whose write has not finished: id → whether it was written. */
  const writing = new Map<string, Promise<boolean>>();
  /** Ids whose write failed, the latest `maxBatch` × 10 (a vote on one is refused, not sent to the store). */
  const failed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  /** The latest batch (batches run one after another). */
  let tail: Promise<unknown> = Promise.resolve();
  let failure: { first: ReturnType<typeof loggedError>; lost: number } | undefined;

  const stored = async (row: QueuedQuestion): Promise<NewLoggedQuestion> => {
    const { memberId, ...rest } = row;
    return { ...rest, member: memberId === undefined ? undefined : await deps.memberKey(memberId) };
  };

  /** Writes rows as one batch; on failure each row alone. Returns the ids written. */
  async function write(rows: QueuedQuestion[]): Promise<Set<string>> {
    try {
      await deps.addQuestions(await Promise.all(rows.map(stored)));
      return new Set(rows.map((row) => row.id));
    } catch (error) {
      if (rows.length === 1) {
        noteFailure(error, 1);
        return new Set();
      }
      const done = new Set<string>();
      for (const row of rows) {
        try {
          await deps.addQuestions([await stored(row)]);
          done.add(row.id);
        } catch (rowError) {
          noteFailure(rowError, 1);
        }
      }
      return done;
    }
  }

  function noteFailure(error: unknown, lost: number) {
    if (failure !== undefined) {
      failure.lost += lost;
      return;
    }
    failure = { first: loggedError(error), lost };
    deps.logger.warn(
      { error: failure.first },
      'question log: the question could not be logged; the answer is sent (later failures are counted, not logged)',
    );
  }

  function noteSuccess() {
    if (failure === undefined) return;
    deps.logger.info(
      { lost: failure.lost },
      `question log: writing again; ${failure.lost} question(s) were not logged`,
    );
    failure = undefined;
  }

  /** Takes every queued row into one batch after the batches before it. */
  function startBatch(): Promise<unknown> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (queue.size === 0) return tail;
    const rows = [...queue.values()];
    queue.clear();
    const batch = tail.then(async () => {
      const done = await write(rows);
      if (done.size > 0) noteSuccess();
      return done;
    });
    for (const row of rows) {
      const outcome = batch.then((done) => {
        if (done.has(row.id)) return true;
        failed.add(row.id);
        if (failed.size > maxBatch * 10) failed.delete(failed.values().next().value as string);
        return false;
      });
      writing.set(row.id, outcome);
      void outcome.then(() => writing.delete(row.id));
    }
    tail = batch;
    return batch;
  }

  return {
    enqueue(row) {
      queue.set(row.id, row);
      // A full queue is written in the next turn of the loop, not in this answer's own continuation.
      if (queue.size >= maxBatch) clearTimeout(timer);
      if (queue.size >= maxBatch || timer === undefined) {
        timer = setTimeout(() => void startBatch(), queue.size >= maxBatch ? 0 : flushDelayMs);
      }
    },
    async written(id) {
      if (queue.has(id)) void startBatch();
      return (await writing.get(id)) ?? !failed.has(id);
    },
    async flush() {
      await startBatch();
    },
    async close() {
      await startBatch();
      if (failure !== undefined && failure.lost > 1) {
        deps.logger.warn({ lost: failure.lost }, `question log: ${failure.lost} question(s) in all were not logged`);
      }
    },
  };
}
