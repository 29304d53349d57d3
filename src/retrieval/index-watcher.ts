/**
 * Notices a new index generation: polls the tiny `CURRENT` pointer (cheaper and more portable
 * than file-system events) and calls `onChange` with the new generation's name, one change at a
 * time. The timer never keeps a process alive on its own.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logging/logger.js';

export interface IndexWatcher {
  stop(): void;
}

export function watchCurrentGeneration(options: {
  dataDir: string;
  /** The generation this process has loaded now. */
  loaded: string;
  intervalMs: number;
  logger: Logger;
  onChange: (generation: string) => Promise<void>;
}): IndexWatcher {
  const pointer = path.join(options.dataDir, 'index', 'CURRENT');
  let known = options.loaded;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void readFile(pointer, 'utf8')
      .then(async (text) => {
        const generation = text.trim();
        if (generation === known || !/^gen-[a-z0-9-]+$/.test(generation)) return;
        await options.onChange(generation);
        known = generation;
      })
      .catch((error: unknown) => {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT') options.logger.warn({ err: error }, 'could not switch to the new index generation');
      })
      .finally(() => {
        busy = false;
      });
  }, options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
