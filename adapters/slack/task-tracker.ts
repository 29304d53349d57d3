/**
 * Work that continues after Slack has been acknowledged (answers, digests, updates). The
 * tracker keeps count so `stop()` can let it finish, and logs what fails instead of
 * leaving an unhandled rejection.
 *
 * Acknowledgements come first: work after an ack waits for a turn (`turn()`), and the waiting
 * work is let through one step per turn of the event loop, so requests that arrived meanwhile
 * are parsed, verified and acknowledged between any two steps (a burst of 50 events is
 * acknowledged before the answers' rendering and posting run, not behind them).
 */
import type { Logger } from '../../src/index.js';

export interface TaskTracker {
  /** Runs `work`, tracked until it settles; failures are logged with `description` and swallowed. */
  run(description: string, work: () => Promise<void>): Promise<void>;
  /** Resolves when everything started so far has settled, or after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<void>;
  pending(): number;
  /** Resolves on a later turn of the event loop, one waiter per turn, first come first served. */
  turn(): Promise<void>;
}

/** One waiter released per check phase: pending I/O (new requests, their acks) runs between any two. */
function createTurns(): () => Promise<void> {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const release = () => {
    const next = waiting.shift();
    if (waiting.length > 0) setImmediate(release);
    else scheduled = false;
    next?.();
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(release);
      }
    });
}

export function createTaskTracker(logger: Logger): TaskTracker {
  const running = new Set<Promise<void>>();
  const turn = createTurns();
  return {
    run(description, work) {
      const task = (async () => {
        try {
          // Yield to I/O first: acknowledgements already written get flushed and requests that
          // arrived meanwhile get parsed and acknowledged before this work runs.
          await turn();
          await work();
        } catch (error) {
          logger.error({ err: error, task: description }, 'Slack task failed');
        }
      })();
      running.add(task);
      void task.finally(() => running.delete(task));
      return task;
    },
    async idle(timeoutMs = 30_000) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      while (running.size > 0) {
        const settled = Promise.allSettled([...running]).then(() => 'settled' as const);
        if ((await Promise.race([settled, timedOut.then(() => 'timeout' as const)])) === 'timeout') break;
      }
      clearTimeout(timer);
    },
    pending: () => running.size,
    turn,
  };
}
