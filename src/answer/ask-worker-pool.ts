/**
 * Asks off the event loop: a small pool of worker threads runs retrieval and the extractive answer
 * (the CPU-bound part of every ask, whichever adapter asked), so the main thread only verifies,
 * acknowledges and posts. Workers start on the first ask and load the generation the main thread
 * answers from; until one is ready, asks run on the main thread as before. Back-pressure: when every
 * worker is busy and `queueLimit` asks already wait, an ask fails at once with a BUSY error ("busy,
 * try again in a moment") instead of answering late.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { busy, MatchcutError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { startModuleWorker } from '../module-worker.js';
import { saysLoaded, terminateLoaded, whenLoaded } from '../worker-stop.js';
import type { AnswerStepRequest, AnswerStepResult } from './ask-service.js';
import type { AskWorkerSettings, FromWorker, ToWorker } from './ask-worker-protocol.js';

export type { AskWorkerSettings } from './ask-worker-protocol.js';

/**
 * One worker per core beyond the one the main thread needs for the network, at least one, at most
 * four. Each worker holds its own copy of the index (about the main thread's index memory again:
 * see the README's performance section), so more workers cost memory, not only threads.
 */
export function defaultAskWorkerCount(): number {
  return Math.min(4, Math.max(1, os.availableParallelism() - 1));
}

/** Waiting asks per worker before BUSY: at a few ms per ask, about a second of queue. */
export const queuedAsksPerWorker = 64;

export interface AskWorkerPool {
  readonly size: number;
  /**
   * Runs the step on a worker for the given generation folder; undefined while no worker is ready
   * (the caller runs it itself). Throws BUSY when the queue is full.
   */
  run(request: AnswerStepRequest, generationFolder: string): Promise<AnswerStepResult> | undefined;
  /**
   * Starts the workers (if not yet) and resolves once one is ready (false: they could not start); while it is awaited
   * the workers keep the process alive.
   */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

interface Task {
  message: ToWorker;
  resolve: (result: AnswerStepResult) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** Resolves once the worker has loaded its modules (or could not, or exited): see worker-stop.ts. */
  loaded: Promise<void>;
  ready: boolean;
  task: Task | undefined;
}

/** The worker entry: compiled JavaScript, or (tests, bench, `tsx`) the TypeScript source loaded through tsx. */
function createWorker(settings: AskWorkerSettings): Worker {
  return startModuleWorker(import.meta.url, 'ask-worker', { workerData: settings });
}

export function createAskWorkerPool(options: {
  size: number;
  queueLimit?: number;
  settings: AskWorkerSettings;
  logger: Logger;
}): AskWorkerPool {
  const size = Math.max(1, Math.floor(options.size));
  const queueLimit = options.queueLimit ?? size * queuedAsksPerWorker;
  const slots: Slot[] = [];
  const waiting: Task[] = [];
  let started = false;
  let closed = false;
  let failed = false;
  let nextId = 1;
  let readyWaiters: ((ready: boolean) => void)[] = [];

  // A worker keeps the process alive only while it answers, or while someone awaits `ready()`: a script whose only
  // work is that await must not end before the worker has loaded (an idle pool never holds the process open).
  const refWhileNeeded = (slot: Slot) => {
    if (readyWaiters.length > 0 || slot.task !== undefined) slot.worker.ref();
    else slot.worker.unref();
  };
  const settle = (ready: boolean) => {
    const waiters = readyWaiters;
    readyWaiters = [];
    for (const slot of slots) refWhileNeeded(slot);
    for (const waiter of waiters) waiter(ready);
  };
  const dispatch = () => {
    for (const slot of slots) {
      if (!slot.ready || slot.task) continue;
      const task = waiting.shift();
      if (!task) return;
      slot.task = task;
      refWhileNeeded(slot);
      slot.worker.postMessage(task.message);
    }
  };
  const spawn = (): Slot => {
    const worker = createWorker(options.settings);
    const slot: Slot = { worker, loaded: whenLoaded(worker, saysLoaded), ready: false, task: undefined };
    refWhileNeeded(slot);
    slot.worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        slot.ready = true;
        settle(true);
      } else if (message.type === 'failed') {
        options.logger.warn({ reason: message.message }, 'an ask worker could not start; asks run on the main thread');
        failed = true;
        settle(false);
        void slot.worker.terminate();
      } else {
        const task = slot.task;
        slot.task = undefined;
        refWhileNeeded(slot);
        if (task && message.type === 'result') task.resolve(message.result);
        else if (task && message.type === 'error') {
          const { code, message: text, userMessage } = message.error;
          task.reject(new MatchcutError(code, text, { userMessage }));
        }
      }
      dispatch();
    });
    slot.worker.on('error', (error) => options.logger.warn({ err: error }, 'an ask worker failed'));
    slot.worker.on('exit', () => {
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      slot.task?.reject(new MatchcutError('INTERNAL', 'the ask worker stopped while answering'));
      slot.task = undefined;
      // A worker that dies after it was ready is replaced; one that never started is not retried.
      if (!closed && !failed && slot.ready) slots.push(spawn());
      if (slots.every((other) => !other.ready) && !slot.ready) settle(false);
      dispatch();
    });
    return slot;
  };
  const start = () => {
    if (started || closed) return;
    started = true;
    for (let index = 0; index < size; index += 1) slots.push(spawn());
  };

  return {
    size,
    run(request, generationFolder) {
      start();
      if (closed || failed || !slots.some((slot) => slot.ready)) return undefined;
      const idle = slots.some((slot) => slot.ready && !slot.task);
      if (!idle && waiting.length >= queueLimit) {
        throw busy(`the ask queue is full (${waiting.length} waiting for ${slots.length} worker(s))`);
      }
      return new Promise<AnswerStepResult>((resolve, reject) => {
        waiting.push({ message: { id: nextId++, generationFolder, request }, resolve, reject });
        dispatch();
      });
    },
    ready() {
      start();
      if (slots.some((slot) => slot.ready)) return Promise.resolve(true);
      if (failed || closed || slots.length === 0) return Promise.resolve(false);
      return new Promise((resolve) => {
        readyWaiters.push(resolve);
        for (const slot of slots) refWhileNeeded(slot);
      });
    },
    async close() {
      closed = true;
      settle(false);
      for (const task of waiting.splice(0)) task.reject(new MatchcutError('INTERNAL', 'the ask workers were closed'));
      // A worker still loading is stopped once it has loaded: terminating it mid-load can abort the process.
      await Promise.all(slots.splice(0).map((slot) => terminateLoaded(slot.worker, slot.loaded)));
    },
  };
}
