/**
 * Whether the candidate scan reaches each studio's true partners on the TUNE half (issue #11): the tune profiles and the
 * shipped ones in an index of their own, `candidates` as `match` calls it (limit 60, meetable), and each studio's best
 * partner's place in the scan's full order (every candidate). Design batches are counted and, with --list, listed; the
 * held-out batches (session 24 W and X, session 25 Z) are counted only. The check half is never read here.
 *
 * Usage: npx tsx bench/probe/candidate-reach.ts [--list] [--limit 60]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { createConceptRelations } from '../../src/matchmaking/concept-relations.js';
import { loadProfilesFile } from '../../src/matchmaking/load-profiles.js';
import { createStatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import { createProfileIndex } from '../../src/matchmaking/profile-index.js';
import { profileIdFromName } from '../../src/matchmaking/profile-schema.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { nameKey, profileSetFolder, readTruth } from '../../eval/matches.js';
import { blocksByName } from '../../eval/tune-pairs.js';

if (process.argv.some((argument) => /check/i.test(argument))) {
  process.stderr.write('This probe reads the tune half only; the check half is never read here.\n');
  process.exit(1);
}
const { values } = parseArgs({
  options: { list: { type: 'boolean', default: false }, limit: { type: 'string', default: '60' } },
});

const heldOut = ['session 24 batch W', 'session 24 batch X', 'session 25 batch Z'];
const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.join(here, '..', '..');
const { glossary } = await loadGlossary(path.join(root, 'knowledge', 'glossary.yaml'));
const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
const relations = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
const index = createProfileIndex({ glossary, normalizer, isOutside: relations.isOutside });
const tune = (await loadProfilesFile(path.join(profileSetFolder, 'tune.yaml'))).profiles;
const shipped = (await loadProfilesFile(path.join(root, 'knowledge', 'profiles.yaml'))).profiles;
const byKey = new Map<string, ReturnType<typeof index.put>>();
for (const input of [...tune, ...shipped]) {
  const entry = index.put({
    ...input,
    id: profileIdFromName(input.name),
    origin: 'import',
    updatedAt: '2026-12-07T00:00:00.000Z',
  });
  byKey.set(nameKey(input.name), entry);
}
const blocks = blocksByName();
const limit = Number(values.limit);
const counts = { design: { studios: 0, missed: 0 }, held: { studios: 0, missed: 0 } };
for (const { studio, partners } of readTruth().tune) {
  const own = byKey.get(nameKey(studio));
  if (own === undefined) continue;
  const held = heldOut.some((marker) => (blocks.get(nameKey(studio)) ?? '').includes(marker));
  const reached = new Set(index.candidates(own, { limit, meetable: true }).map((entry) => entry.ordinal));
  const every = index.candidates(own, { limit: 5_000, meetable: true }).map((entry) => entry.ordinal);
  const count = held ? counts.held : counts.design;
  for (const partner of partners) {
    const other = byKey.get(nameKey(partner));
    if (other === undefined) continue;
    count.studios += 1;
    if (reached.has(other.ordinal)) continue;
    count.missed += 1;
    if (values.list && !held)
      process.stdout.write(`${studio} → ${partner}: at ${every.indexOf(other.ordinal) + 1} of ${every.length}\n`);
  }
}
process.stdout.write(
  `true partners the scan (limit ${limit}) does not reach: design ${counts.design.missed}/${counts.design.studios}, ` +
    `held-out ${counts.held.missed}/${counts.held.studios}\n`,
);
