/**
 * Stopping a worker thread without stopping the process. `Worker.terminate()` while the thread is
 * still loading its modules can abort the whole process: a native addon (hnswlib-node,
 * better-sqlite3) whose initialisation the termination interrupts throws through N-API while the
 * termination is pending, and Node ends with "FATAL ERROR: Error::ThrowAsJavaScriptException
 * napi_throw" (seen in a full test run while a test closed a core whose ask workers were starting).
 * So a thread is terminated only once it has said it loaded (or failed to), or has exited — or after
 * a bound, for a thread that never says either.
 */
import type { Worker } from 'node:worker_threads';

/** How long a stop waits for a thread still loading its modules before terminating it anyway. */
export const loadingBoundMs = 15_000;

/**
 * Resolves once the thread posts a message `isLoaded` accepts, or exits, or fails: from then on a
 * termination no longer interrupts its module loading. Call it right after starting the thread.
 */
export function whenLoaded(worker: Worker, isLoaded: (message: unknown) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('exit', done);
      worker.off('error', done);
      resolve();
    };
    const onMessage = (message: unknown) => {
      if (isLoaded(message)) done();
    };
    worker.on('message', onMessage);
    worker.on('exit', done);
    worker.on('error', done);
  });
}

/** A message of the `{ type }` protocols whose type says the thread has loaded (`ready`) or could not (`failed`). */
export function saysLoaded(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const { type } = message as { type?: unknown };
  return type === 'ready' || type === 'failed';
}

/** Terminates the thread once `loaded` resolved (see `whenLoaded`), or after `boundMs`. */
export async function terminateLoaded(
  worker: Worker,
  loaded: Promise<void>,
  boundMs: number = loadingBoundMs,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, boundMs);
  });
  try {
    await Promise.race([loaded, bound]);
  } finally {
    clearTimeout(timer);
  }
  await worker.terminate();
}
