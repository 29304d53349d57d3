/**
 * Reading memory for the first time after a file was read into it costs: on the machine the benchmarks run on (a
 * virtual machine, 2 cores), the first read from JavaScript of each 4 KiB page that `read()` filled costs about 6 µs —
 * about 60 ms for the 40 MB of codes a 100k-chunk generation's dense search holds — and whichever thread reads a page
 * first pays it, once. The first dense search reads about 40% of the codes' pages (the runs of a question's ~50 of
 * 384 dimensions), so without this the first question after an open paid some 30 ms on the event loop. A short thread
 * reads one byte of each page instead, on the other core, while the open and the first question go on; a search
 * that reaches a page before it does reads the page itself, as before. Nothing is written, so answers are the same.
 */
import { Worker } from 'node:worker_threads';

/** Below this many bytes a thread costs more to start than the pages' first reads cost. */
export const warmPagesFromBytes = 8 * 1024 * 1024;

const pageBytes = 4_096;

/** The thread's code (plain JavaScript, without the loaders of the starting process). */
const source = `
const { workerData } = require('node:worker_threads');
const { buffer, from, to, step } = workerData;
const bytes = new Uint8Array(buffer);
let sum = 0;
for (let at = from; at < to; at += step) sum = (sum + bytes[at]) | 0;
// The sum is kept, so the reads cannot be left out.
globalThis.warmPagesSum = sum;
`;

/**
 * Reads one byte of each page of `buffer` in [from, to) on a thread of its own, started now and left to end by itself
 * (it does not keep the process alive); returns the thread. Nothing happens (undefined) for a buffer not shared or a
 * range below warmPagesFromBytes.
 */
export function warmPagesAside(buffer: ArrayBuffer | SharedArrayBuffer, from: number, to: number): Worker | undefined {
  if (!(buffer instanceof SharedArrayBuffer) || to - from < warmPagesFromBytes) return undefined;
  try {
    const worker = new Worker(source, {
      eval: true,
      execArgv: [],
      workerData: { buffer, from, to, step: pageBytes },
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    worker.unref();
    // Only speed is at stake: a thread that cannot start or fails leaves the pages to the searches.
    worker.on('error', () => undefined);
    return worker;
  } catch {
    // As above.
    return undefined;
  }
}
