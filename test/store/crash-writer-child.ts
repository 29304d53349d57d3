/**
 * Child process for the crash-safety test: opens the store, commits one digest, then starts a
 * big multi-row write and kills itself with SIGKILL in the middle of the transaction (a getter
 * on one of the suggestions being written does it), so nothing after that point runs.
 */
import { createSilentLogger } from '../../src/logging/logger.js';
import type { Profile } from '../../src/matchmaking/profile-schema.js';
import type { Digest, Suggestion } from '../../src/matchmaking/types.js';
import { openStore } from '../../src/store/open-store.js';

const [file, mode] = process.argv.slice(2);
if (file === undefined || (mode !== 'digest' && mode !== 'profiles')) {
  process.stderr.write('usage: crash-writer-child.ts <file> digest|profiles\n');
  process.exit(2);
}

const store = openStore(file, { logger: createSilentLogger() });

function suggestion(index: number, digestId: string): Suggestion {
  return {
    id: `${digestId}-s${index}`,
    digestId,
    a: { id: `studio-${index}`, name: `Studio ${index}`, kind: 'studio' },
    b: { id: `center-${index}`, name: `Center ${index}`, kind: 'talent_center' },
    score: 0.5,
    scoreForA: 0.5,
    scoreForB: 0.5,
    reasons: [{ side: 'a', kind: 'need_offer', text: `Studio ${index} needs VFX ↔ Center ${index} offers VFX` }],
    citations: [],
  };
}

function profile(index: number): Profile {
  return {
    id: `crash-profile-${index}`,
    name: `Crash profile ${index}`,
    aliases: [],
    kind: 'studio',
    languages: [],
    offers: ['VFX'],
    needs: ['animation'],
    description: '',
    affiliations: [],
    sources: [],
    origin: 'import',
    updatedAt: new Date().toISOString(),
  };
}

// A committed write first: it must survive the crash.
await store.saveDigest({
  id: 'committed',
  createdAt: new Date().toISOString(),
  suggestions: [suggestion(0, 'committed'), suggestion(1, 'committed')],
  unmetNeeds: [],
});
await store.saveProfiles([profile(0)]);
process.stdout.write('committed\n');

const killAt = 150;
if (mode === 'digest') {
  const suggestions = Array.from({ length: 300 }, (_, index) => {
    const value = suggestion(index, 'crashing');
    if (index !== killAt) return value;
    // Reading this suggestion's reasons happens inside the transaction, after 150 rows are written.
    return Object.defineProperty(value, 'reasons', {
      get() {
        process.kill(process.pid, 'SIGKILL');
        return [];
      },
    });
  });
  const digest: Digest = { id: 'crashing', createdAt: new Date().toISOString(), suggestions, unmetNeeds: [] };
  await store.saveDigest(digest);
} else {
  const profiles = Array.from({ length: 300 }, (_, index) => {
    const value = profile(index + 1);
    if (index !== killAt) return value;
    return Object.defineProperty(value, 'offers', {
      get() {
        process.kill(process.pid, 'SIGKILL');
        return [];
      },
      enumerable: true,
    });
  });
  await store.saveProfiles(profiles);
}
process.stdout.write('not reached\n');
