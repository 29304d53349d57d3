/**
 * A one-line progress bar on a terminal; silent when standard error is not a terminal.
 */
import type { BuildProgress } from '../../src/index.js';

const labels: Record<BuildProgress['phase'], string> = {
  chunk: 'chunking',
  embed: 'embedding',
  index: 'indexing',
  write: 'writing',
};

export interface ProgressBar {
  update(progress: BuildProgress): void;
  finish(): void;
}

/** Redraws at most this often, except for the last step. */
const redrawEveryMs = 80;
const width = 28;

export function createProgressBar(stream: NodeJS.WriteStream): ProgressBar {
  let lastDraw = 0;
  let active = false;
  return {
    update(progress: BuildProgress) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - lastDraw < redrawEveryMs && progress.done < progress.total) return;
      lastDraw = now;
      active = true;
      const share = progress.total === 0 ? 1 : progress.done / progress.total;
      const filled = Math.round(share * width);
      const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
      const percent = String(Math.round(share * 100)).padStart(3);
      stream.write(`\r${labels[progress.phase].padEnd(9)} [${bar}] ${percent}% ${progress.done}/${progress.total}   `);
    },
    finish() {
      if (active && stream.isTTY) stream.write('\r\u001b[2K');
      active = false;
    },
  };
}
