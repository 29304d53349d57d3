/**
 * The candidate scan alone (`index.candidates`, as a digest calls it: limit 12, meetable) over every profile of an
 * index of N synthetic profiles (bench/matching.ts's pool), for two checkouts alternated in fresh processes: the CPU
 * of the first scan and of warm scans, and a fingerprint of every candidate list (two checkouts must agree).
 *
 * Usage: npx tsx bench/probe/candidate-scan-pairs.ts <checkout A> <checkout B> [--profiles 10000] [--pairs 3]
 *   [--warm 3]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type * as GlossaryModule from '../../src/knowledge/load-glossary.js';
import type * as IndexModule from '../../src/matchmaking/profile-index.js';
import type * as RelationsModule from '../../src/matchmaking/concept-relations.js';
import type * as SchemaModule from '../../src/matchmaking/profile-schema.js';
import type * as NormalizerModule from '../../src/matchmaking/normalize-statement.js';
import type * as EmbedderModule from '../../src/retrieval/hashed-embedder.js';
import type * as SyntheticModule from '../../test/fixtures/profiles/synthetic-profiles.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    profiles: { type: 'string', default: '10000' },
    pairs: { type: 'string', default: '3' },
    warm: { type: 'string', default: '3' },
    run: { type: 'string' },
  },
});
const count = Number(values.profiles);

interface Run {
  first: number;
  warm: number[];
  fingerprint: string;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1_000);
};

async function once(root: string): Promise<void> {
  const load = async <T>(file: string) => (await import(pathToFileURL(path.join(root, file)).href)) as T;
  const { loadGlossary } = await load<typeof GlossaryModule>('src/knowledge/load-glossary.ts');
  const { createProfileIndex } = await load<typeof IndexModule>('src/matchmaking/profile-index.ts');
  const { createConceptRelations } = await load<typeof RelationsModule>('src/matchmaking/concept-relations.ts');
  const { createStatementNormalizer } = await load<typeof NormalizerModule>('src/matchmaking/normalize-statement.ts');
  const { profileInputSchema } = await load<typeof SchemaModule>('src/matchmaking/profile-schema.ts');
  const { HashedEmbedder } = await load<typeof EmbedderModule>('src/retrieval/hashed-embedder.ts');
  const { createSyntheticProfiles } = await load<typeof SyntheticModule>(
    'test/fixtures/profiles/synthetic-profiles.ts',
  );
  const { glossary } = await loadGlossary(path.join(root, 'knowledge', 'glossary.yaml'));
  const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
  const relations = createConceptRelations(glossary, { roleOf: normalizer.roleOf });
  const index = createProfileIndex({ glossary, normalizer, isOutside: relations.isOutside });
  const inputs = createSyntheticProfiles(glossary, {
    count,
    decoys: ['wedding-videography', 'print-design', 'web-design', 'social-video-marketing'],
  });
  for (const [number, input] of inputs.entries())
    index.put({
      ...profileInputSchema.parse(input),
      id: `org-${number}`,
      origin: 'import',
      updatedAt: '2026-12-07T00:00:00.000Z',
    });
  const entries = index.all();
  const scan = () => {
    const hash = createHash('sha256');
    for (const entry of entries)
      hash.update(
        `${index
          .candidates(entry, { limit: 12, meetable: true })
          .map((found) => found.ordinal)
          .join(',')}\n`,
      );
    return hash.digest('hex').slice(0, 16);
  };
  let since = process.cpuUsage();
  const fingerprint = scan();
  const first = cpuMs(since);
  const warm: number[] = [];
  for (let round = 0; round < Number(values.warm); round += 1) {
    since = process.cpuUsage();
    if (scan() !== fingerprint) throw new Error('a warm scan found other candidates');
    warm.push(cpuMs(since));
  }
  process.stdout.write(`${JSON.stringify({ first, warm, fingerprint } satisfies Run)}\n`);
}

function run(root: string): Run {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', process.argv[1] as string, '--run', root, '--profiles', String(count), '--warm', values.warm],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  return JSON.parse(output.trim().split('\n').pop() as string) as Run;
}

if (values.run !== undefined) await once(path.resolve(values.run));
else {
  const [rootA, rootB] = positionals.map((root) => path.resolve(root));
  if (!rootA || !rootB) throw new Error('usage: candidate-scan-pairs.ts <checkout A> <checkout B> [--profiles N]');
  const ratios: number[] = [];
  for (let pair = 0; pair < Number(values.pairs); pair += 1) {
    const order = pair % 2 === 0 ? [rootA, rootB] : [rootB, rootA];
    const warmOf = new Map<string, number>();
    for (const root of order) {
      const load = os.loadavg()[0]!.toFixed(2);
      const result = run(root);
      const warm = [...result.warm].sort((a, b) => a - b)[Math.floor(result.warm.length / 2)] as number;
      warmOf.set(root, warm);
      process.stdout.write(
        `pair ${pair} ${root === rootA ? 'A' : 'B'} load ${load} first ${result.first} ms warm ${result.warm.join('/')} ms ` +
          `fingerprint ${result.fingerprint}\n`,
      );
    }
    const ratio = warmOf.get(rootA)! / warmOf.get(rootB)!;
    ratios.push(ratio);
    process.stdout.write(`pair ${pair} warm A/B ${ratio.toFixed(3)}\n`);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  process.stdout.write(`median warm A/B ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)} of ${ratios.length}\n`);
}
