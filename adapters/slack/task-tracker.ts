/**
 * Work that continues after Slack has been acknowledged (answers, digests, updates). The
 * tracker keeps count so `stop()` can let it finish, and logs what fails instead of
 * leaving an unhandled rejection.
 */
import type { Logger } from '../../src/index.js';

export interface TaskTracker {
  /** Runs `work`, tracked until it settles; failures are logged with `description` and swallowed. */
  run(description: string, work: () => Promise<void>): Promise<void>;
  /** Resolves when everything started so far has settled, or after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<void>;
  pending(): number;
}

export function createTaskTracker(logger: Logger): TaskTracker {
  const running = new Set<Promise<void>>();
  return {
    run(description, work) {
      const task = (async () => {
        try {
          // Yield to I/O first: acknowledgements already written get flushed and requests that
          // arrived meanwhile get parsed and acknowledged before this (CPU-bound) work runs.
          await new Promise<void>((resolve) => setImmediate(resolve));
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
  };
}
