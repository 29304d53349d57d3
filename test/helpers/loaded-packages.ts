/**
 * Which CommonJS packages a child `matchcut` process loaded: a module given to `node --import` (through
 * NODE_OPTIONS) writes them on standard error when the process exits. (Packages loaded as ES modules do not
 * appear in the CommonJS cache; yaml, pino, better-sqlite3, discord.js, @slack/bolt, ioredis, pg and bullmq are
 * loaded as CommonJS.)
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const marker = 'matchcut-test loaded packages:';

const probe = `import { createRequire } from 'node:module';
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  const names = new Set();
  for (const file of Object.keys(cache)) {
    const found = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(file);
    if (found) names.add(found[1].replace('\\\\', '/'));
  }
  process.stderr.write(${JSON.stringify(marker)} + ' ' + [...names].sort().join(' ') + '\\n');
});
`;

/** Writes the probe into `folder`; the environment to give the child, and how to read its stderr. */
export async function loadedPackagesProbe(folder: string): Promise<{
  env: Record<string, string>;
  packagesIn: (stderr: string) => string[] | undefined;
}> {
  const file = path.join(folder, 'loaded-packages-probe.mjs');
  await writeFile(file, probe);
  return {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(file).href}` },
    packagesIn: (stderr) =>
      stderr
        .split('\n')
        .find((line) => line.startsWith(marker))
        ?.slice(marker.length)
        .trim()
        .split(' '),
  };
}
