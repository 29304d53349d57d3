/**
 * The matching benchmark's set-up, shared by bench/matching.ts and bench/probe/matching-phases.ts: N synthetic
 * profiles over the shipped glossary, a SQLite store in the given folder, and a way to open a matchmaking service
 * over it (a second one builds its index from the store, as at start-up).
 */
import path from 'node:path';
import { loadGlossary } from '../src/knowledge/load-glossary.js';
import { createSilentLogger } from '../src/logging/logger.js';
import { createMatchmaking, openStore } from '../src/matchmaking/index.js';
import { HashedEmbedder } from '../src/retrieval/hashed-embedder.js';
import { createSyntheticProfiles } from '../test/fixtures/profiles/synthetic-profiles.js';

const root = path.resolve(import.meta.dirname, '..');

export async function syntheticMatching(folder: string, count: number) {
  const { glossary } = await loadGlossary(path.join(root, 'knowledge', 'glossary.yaml'));
  const logger = createSilentLogger();
  const profiles = createSyntheticProfiles(glossary, {
    count,
    decoys: ['wedding-videography', 'print-design', 'web-design', 'social-video-marketing'],
  });
  const store = openStore(path.join(folder, 'matchcut.sqlite'), { logger });
  const open = () => createMatchmaking({ store, glossary, embedder: new HashedEmbedder({ glossary }), logger });
  return { profiles, store, open };
}

/** The organizations the benchmark matches one by one: every (N/100)-th imported one, at most 100. */
export function matchSample<T>(imported: readonly T[], count: number): T[] {
  return imported.filter((_, index) => index % Math.max(1, Math.floor(count / 100)) === 0).slice(0, 100);
}
