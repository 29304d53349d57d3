/**
 * What a command loads before it runs: the modules `matchcut` imports statically from adapters/cli/main.ts and
 * src/open-matchcut.ts (the core, loaded on the first openMatchcut). The
 * packages only some commands need (HTML extraction for ingest, Redis, the model clients, PostgreSQL and the job
 * queue) load on use, so that a cold `matchcut ask` does not pay for them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../helpers/temporary-folder.js';

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** The specifiers a file imports or re-exports at load time (not type-only, not `import()`). */
function staticSpecifiers(text: string): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  for (const match of code.matchAll(/^(?:import|export)\s+(?!type\s)(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/gm))
    if (match[1] !== undefined) found.push(match[1]);
  return found;
}

/** Every package reached through static imports from the entry files (relative imports followed). */
async function packagesLoadedFrom(entries: string[]): Promise<Map<string, string>> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticSpecifiers(await readFile(file, 'utf8'))) {
      if (specifier.startsWith('.')) queue.push(path.resolve(path.dirname(file), specifier).replace(/\.js$/u, '.ts'));
      else if (!specifier.startsWith('node:')) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (name !== undefined && !packages.has(name)) packages.set(name, path.relative(repositoryRoot, file));
      }
    }
  }
  return packages;
}

describe('a command start', () => {
  it('loads the packages only some commands need when they are used, not at start', async () => {
    // The terminal's entry, and the core it opens (src/index.ts loads it on the first openMatchcut).
    const packages = await packagesLoadedFrom([
      path.join(repositoryRoot, 'adapters', 'cli', 'main.ts'),
      path.join(repositoryRoot, 'src', 'open-matchcut.ts'),
    ]);
    // The core's own packages are reached (the walk follows the imports).
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['better-sqlite3', 'hnswlib-node', 'zod']));
    for (const heavy of ['linkedom', '@mozilla/readability', 'ioredis', '@langchain/openai', 'pg', 'bullmq']) {
      expect(packages.get(heavy), `${heavy} is imported at start by ${packages.get(heavy)}`).toBeUndefined();
    }
  });
});
