/**
 * Stopping worker threads only once they have loaded (src/worker-stop.ts): terminating a thread in the
 * middle of loading a native addon can abort the whole process, so a stop waits for the thread's
 * "ready" (or "failed"), or its exit, or a bound.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { saysLoaded, terminateLoaded, whenLoaded } from '../../src/worker-stop.js';

/** A thread whose loading takes `loadMs` (a busy wait, like compiling modules), then says `ready` and idles. */
function slowStarter(loadMs: number, says: string | undefined = 'ready'): Worker {
  const say = says === undefined ? '' : `parentPort.postMessage({ type: ${JSON.stringify(says)} });`;
  const code =
    `const { parentPort } = require('node:worker_threads');` +
    `const until = Date.now() + ${loadMs}; while (Date.now() < until) {}` +
    `${say} setInterval(() => {}, 1000);`;
  return new Worker(code, { eval: true });
}

function messagesOf(worker: Worker): unknown[] {
  const seen: unknown[] = [];
  worker.on('message', (message) => seen.push(message));
  return seen;
}

describe('stopping worker threads', () => {
  it('a stop right after the start waits until the thread said it had loaded', async () => {
    const worker = slowStarter(300);
    const seen = messagesOf(worker);
    await terminateLoaded(worker, whenLoaded(worker, saysLoaded));
    expect(seen).toEqual([{ type: 'ready' }]);
  });

  it('a plain terminate would have stopped that thread in the middle of its loading', async () => {
    const worker = slowStarter(300);
    const seen = messagesOf(worker);
    await worker.terminate();
    expect(seen).toEqual([]);
  });

  it('a thread that says it could not load counts as loaded', async () => {
    const worker = slowStarter(100, 'failed');
    const seen = messagesOf(worker);
    await terminateLoaded(worker, whenLoaded(worker, saysLoaded));
    expect(seen).toEqual([{ type: 'failed' }]);
  });

  it('a thread that never says it loaded is terminated after the bound', async () => {
    const worker = slowStarter(0, undefined);
    let exited = false;
    worker.once('exit', () => (exited = true));
    await terminateLoaded(worker, whenLoaded(worker, saysLoaded), 200);
    await new Promise((resolve) => setImmediate(resolve));
    expect(exited).toBe(true);
  });

  it('a thread that has already exited is stopped at once', async () => {
    const worker = new Worker(`require('node:worker_threads')`, { eval: true });
    const loaded = whenLoaded(worker, saysLoaded);
    await new Promise((resolve) => worker.once('exit', resolve));
    await terminateLoaded(worker, loaded, 60_000);
  });

  it('only ready and failed messages say a thread has loaded', () => {
    expect(saysLoaded({ type: 'ready' })).toBe(true);
    expect(saysLoaded({ type: 'failed', message: 'x' })).toBe(true);
    expect(saysLoaded({ type: 'lines' })).toBe(false);
    expect(saysLoaded('ready')).toBe(false);
    expect(saysLoaded(null)).toBe(false);
  });
});
