/**
 * Work that continues after Slack has been acknowledged (answers, digests, updates). The
 * tracker keeps count so `stop()` can let it finish, and logs what fails instead of
 * leaving an unhandled rejection.
 *
 * Acknowledgements come first: work after an ack waits for a turn (`turn()`), and the waiting
 * work is let through one step per turn of the event loop, so requests that arrived meanwhile
 * are parsed, verified and acknowledged between any two steps (a burst of 50 events is
 * acknowledged before the answers' rendering and posting run, not behind them). While a burst is
 * still arriving (`arrived()` a moment ago) no step runs at all: the burst's later requests are
 * not parsed behind the earlier ones' answers. A step waits at most `maxHoldMs` for a quiet moment.
 */
import type { Logger } from '../../src/index.js';

export interface TaskTracker {
  /** Runs `work`, tracked until it settles; failures are logged with `description` and swallowed. */
  run(description: string, work: () => Promise<void>): Promise<void>;
  /** Resolves when everything started so far has settled, or after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<void>;
  pending(): number;
  /**
   * Resolves on a later turn of the event loop, one waiter per turn, first come first served, and not while
   * requests are arriving (see `arrived`) unless the waiter has waited `maxHoldMs`.
   */
  turn(): Promise<void>;
  /** A request has just arrived (its ack written): waiting steps hold until `quietMs` pass without another. */
  arrived(): void;
}

export interface TurnTimings {
  /** Time without a new request before a waiting step runs. */
  quietMs: number;
  /** The longest a step holds for a quiet moment; then it runs anyway (a steady stream must not starve answers). */
  maxHoldMs: number;
}

/** A burst's requests come well under a millisecond or two apart; Slack's ack deadline is 3 s. */
export const defaultTurnTimings: TurnTimings = { quietMs: 4, maxHoldMs: 150 };

interface Waiter {
  resolve: () => void;
  since: number;
}

/** One waiter released per check phase, and none while requests keep arriving: pending I/O runs first. */
function createTurns(timings: TurnTimings): { turn: () => Promise<void>; arrived: () => void } {
  const waiting: Waiter[] = [];
  let lastArrival = Number.NEGATIVE_INFINITY;
  let scheduled = false;
  const schedule = () => {
    const head = waiting[0];
    if (scheduled || head === undefined) return;
    scheduled = true;
    const now = performance.now();
    const wait = Math.min(lastArrival + timings.quietMs - now, head.since + timings.maxHoldMs - now);
    if (wait > 0) setTimeout(release, Math.ceil(wait));
    else setImmediate(release);
  };
  const release = () => {
    scheduled = false;
    const head = waiting[0];
    const now = performance.now();
    if (head !== undefined && (now - lastArrival >= timings.quietMs || now - head.since >= timings.maxHoldMs)) {
      waiting.shift();
      head.resolve();
    }
    schedule();
  };
  return {
    turn: () =>
      new Promise<void>((resolve) => {
        waiting.push({ resolve, since: performance.now() });
        schedule();
      }),
    arrived() {
      lastArrival = performance.now();
    },
  };
}

export function createTaskTracker(logger: Logger, timings: TurnTimings = defaultTurnTimings): TaskTracker {
  const running = new Set<Promise<void>>();
  const { turn, arrived } = createTurns(timings);
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
    arrived,
  };
}
