/**
 * A one-line progress bar on a terminal; silent when standard error is not a terminal.
 */
import type { BuildProgress } from '../../src/index.js';

const labels: Record<BuildProgress['phase'], string> = { chunk: 'chunking', embed: 'embedding', index: 'indexing', write: 'writing' };

export function createProgressBar(stream: NodeJS.WriteStream) {
  let lastDraw = 0;
  let active = false;
  return {
    update(progress: BuildProgress) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - lastDraw < 80 && progress.done < progress.total) return;
      lastDraw = now;
      active = true;
      const width = 28;
      const share = progress.total === 0 ? 1 : progress.done / progress.total;
      const filled = Math.round(share * width);
      stream.write(`\r${labels[progress.phase].padEnd(9)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${progress.done}/${progress.total}   `);
    },
    finish() {
      if (active && stream.isTTY) stream.write('\r\u001b[2K');
      active = false;
    },
  };
}
