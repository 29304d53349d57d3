/**
 * Where the SQLite store writes the question log's batches: a worker thread with its own connection
 * to the store's file (./question-log-write-worker.ts), so the main thread — acknowledging and
 * answering other questions — never waits for the batch's sync to disk. Batches are written one
 * after another, each in one transaction. The thread starts at the first batch (after the store has
 * migrated the file), keeps the process alive only while it writes, and stops at `close` once every
 * batch is written. A thread that stops unexpectedly is started again once, and the batch it was
 * writing is sent again (rows it had already committed are left out); if it stops a second time,
 * batches are written on the main thread from then on (`writeOnMainThread`), said in one log line.
 */
import type { Worker } from 'node:worker_threads';
import type { Logger } from '../logging/logger.js';
import { startModuleWorker } from '../module-worker.js';
import {
  type FromWriteThread,
  type QuestionLogWriteSettings,
  type ThreadError,
  threadError,
  type ToWriteThread,
} from './question-log-write-protocol.js';
import type { NewLoggedQuestion } from './store-types.js';
import { saysLoaded, terminateLoaded, whenLoaded } from '../worker-stop.js';

export interface QuestionLogWriteThread {
  /** Writes the rows in one transaction (all or none); rejects with SQLite's error when it fails. */
  addQuestions(questions: NewLoggedQuestion[]): Promise<void>;
  /** Waits for the batches under way, then stops the thread; later batches go to `writeOnMainThread`. */
  close(): Promise<void>;
  /** The thread writing now: undefined before the first batch, after `close` and after falling back. */
  readonly worker: Worker | undefined;
  /** Whether batches are written on the main thread now (the thread stopped twice, or the store closed). */
  readonly onMainThread: boolean;
}

export interface QuestionLogWriteThreadOptions extends QuestionLogWriteSettings {
  logger: Logger;
  /** Writes a batch on the store's own connection (`skipWritten`: leave out rows already logged). */
  writeOnMainThread: (questions: NewLoggedQuestion[], skipWritten: boolean) => Promise<void>;
}

/** An error from the thread, as the caller would have had it on the main thread (name, message, code). */
function rebuilt(error: ThreadError): Error {
  const rebuiltError = new Error(error.message) as Error & { code?: string };
  rebuiltError.name = error.name;
  if (error.code !== undefined) rebuiltError.code = error.code;
  return rebuiltError;
}

type Outcome = 'written' | 'stopped';

interface InFlight {
  id: number;
  thread: Worker;
  resolve: (outcome: Outcome) => void;
  reject: (error: Error) => void;
}

/** Each thread's loading (worker-stop.ts): a thread is stopped only once it has loaded. */
const threadsLoaded = new WeakMap<Worker, Promise<void>>();

export function createQuestionLogWriteThread(options: QuestionLogWriteThreadOptions): QuestionLogWriteThread {
  const settings: QuestionLogWriteSettings = { file: options.file, community: options.community };
  let worker: Worker | undefined;
  let inFlight: InFlight | undefined;
  let stops = 0;
  let fellBack = false;
  let closed = false;
  let nextId = 1;
  /** The latest batch (batches run one after another). */
  let tail: Promise<unknown> = Promise.resolve();
  /** Why the current thread stopped, when it said so (it could not open the file, or an uncaught error). */
  let stopReason: ThreadError | undefined;

  /** One more stop: the first is followed by a new thread, the second by the main thread (one line each). */
  const noteStop = (reason: unknown) => {
    stops += 1;
    if (fellBack) return;
    if (stops >= 2) {
      fellBack = true;
      options.logger.warn(
        { reason },
        'question log: the write thread stopped again; questions are written on the main thread from now on',
      );
    } else {
      options.logger.warn({ reason }, 'question log: the write thread stopped; it is started again');
    }
  };

  const stopped = (thread: Worker, exitCode: number) => {
    const pending = inFlight?.thread === thread ? inFlight : undefined;
    if (pending !== undefined) inFlight = undefined;
    if (thread === worker) {
      worker = undefined;
      noteStop(stopReason ?? { exitCode });
      stopReason = undefined;
    }
    // Stopped by `close` (which waits for every batch first) or not: a batch it was writing is sent again.
    pending?.resolve('stopped');
  };

  const start = (): Worker => {
    const thread = startModuleWorker(import.meta.url, 'question-log-write-worker', { workerData: settings }, 'require');
    thread.unref();
    // Stopped only once loaded: terminating the thread mid-load can abort the process (worker-stop.ts).
    threadsLoaded.set(thread, whenLoaded(thread, saysLoaded));
    thread.on('message', (message: FromWriteThread) => {
      if (message.type === 'ready') return;
      if (message.type === 'failed') {
        stopReason = message.error;
        return;
      }
      const pending = inFlight;
      if (pending === undefined || pending.id !== message.id) return;
      inFlight = undefined;
      thread.unref();
      if (message.type === 'written') pending.resolve('written');
      else pending.reject(rebuilt(message.error));
    });
    // An uncaught error in the thread is followed by its exit, handled there.
    thread.on('error', (error) => {
      stopReason ??= { name: error.name, message: error.message.slice(0, 300) };
    });
    thread.on('exit', (exitCode) => stopped(thread, exitCode));
    return thread;
  };

  const onThread = (questions: NewLoggedQuestion[], skipWritten: boolean): Promise<Outcome> => {
    if (worker === undefined) {
      try {
        worker = start();
      } catch (error) {
        noteStop(threadError(error));
        return Promise.resolve('stopped');
      }
    }
    const thread = worker;
    return new Promise<Outcome>((resolve, reject) => {
      inFlight = { id: nextId++, thread, resolve, reject };
      // Kept alive while it writes: a script that awaits a flush gets its rows written before it exits.
      thread.ref();
      const message: ToWriteThread = { id: inFlight.id, questions, skipWritten };
      thread.postMessage(message);
    });
  };

  const writeBatch = async (questions: NewLoggedQuestion[]): Promise<void> => {
    let skipWritten = false;
    for (;;) {
      if (fellBack || closed) return options.writeOnMainThread(questions, skipWritten);
      if ((await onThread(questions, skipWritten)) === 'written') return;
      // The thread stopped while writing: it may have committed the batch just before; send it again.
      skipWritten = true;
    }
  };

  return {
    addQuestions(questions) {
      const batch = tail.then(() => writeBatch(questions));
      tail = batch.catch(() => undefined);
      return batch;
    },
    async close() {
      // Until no batch is left (one may be added while the last one is written).
      for (let last = tail; ; last = tail) {
        await last;
        if (last === tail) break;
      }
      closed = true;
      const thread = worker;
      worker = undefined;
      if (thread !== undefined) await terminateLoaded(thread, threadsLoaded.get(thread) ?? Promise.resolve());
    },
    get worker() {
      return worker;
    },
    get onMainThread() {
      return fellBack || closed;
    },
  };
}
