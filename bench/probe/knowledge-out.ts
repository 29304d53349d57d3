/**
 * Leave-knowledge-out proxy for unseen profiles (issue #11): the tune half of the profile evaluation matched as
 * eval/matches.ts matches it, but with the lexicon's forms of some languages removed in a throwaway copy of
 * knowledge/ (`--drop th,kk,mn` removes every Thai, Kazakh and Mongolian form of taxonomy.yaml and glossary.yaml).
 * The taxonomy then reads those profiles about as badly as it reads profiles nobody tuned it for, so a mechanism
 * meant for unseen profiles (words where the taxonomy has no reading) should win back much of what the drop loses,
 * and lose nothing without the drop.
 *
 * Prints top-1 / top-3 / MRR / look-alikes in a top-3 per block of tune.yaml (each `# ───` heading: the older
 * blocks and every fresh batch) and for the whole half. The tune half only: the check half is never read here.
 *
 * Usage: npx tsx bench/probe/knowledge-out.ts [--root <checkout>] [--drop th,kk,mn]
 *   --root  the checkout whose code and knowledge are measured (default: this one); the profile fixtures are
 *           this checkout's.
 *   --drop  language keys whose forms are removed (default: none, the full lexicon).
 *   --words  also list the reasons in each studio's top 3 that rest on shared words (./src/matchmaking/word-evidence.ts).
 *   --failures  also list the studios whose first suggestion is no true partner or whose top-3 holds a look-alike.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type * as MatchesModule from '../../eval/matches.js';
import type * as ConfigModule from '../../src/config/config.js';
import type * as LoggerModule from '../../src/logging/logger.js';
import type * as OpenModule from '../../src/open-matchcut.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ownRoot = path.resolve(here, '..', '..');
const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    drop: { type: 'string', default: '' },
    failures: { type: 'boolean', default: false },
    words: { type: 'boolean', default: false },
  },
});
const root = path.resolve(values.root ?? ownRoot);
const dropped = values.drop.split(',').filter((code) => code !== '');
const profileFolder = path.join(ownRoot, 'test', 'fixtures', 'eval', 'profiles');

const load = async <T>(relative: string) => (await import(pathToFileURL(path.join(root, relative)).href)) as T;
const matches = await load<typeof MatchesModule>('eval/matches.ts');
const { loadConfig } = await load<typeof ConfigModule>('src/config/config.ts');
const { openMatchcut } = await load<typeof OpenModule>('src/open-matchcut.ts');
const { createSilentLogger } = await load<typeof LoggerModule>('src/logging/logger.ts');

/** A copy of the checkout's knowledge/ without the forms of the dropped languages (one-line flow lists). */
function knowledgeCopy(folder: string): string {
  const knowledge = path.join(folder, 'knowledge');
  cpSync(path.join(root, 'knowledge'), knowledge, { recursive: true });
  if (dropped.length === 0) return knowledge;
  const formLine = new RegExp(`^ {2}(${dropped.join('|')}): \\[.*\\]\\s*$`);
  for (const file of ['taxonomy.yaml', 'glossary.yaml']) {
    const target = path.join(knowledge, file);
    const lines = readFileSync(target, 'utf8').split('\n');
    const kept = lines.filter((line) => !formLine.test(line));
    writeFileSync(target, kept.join('\n'));
    process.stdout.write(`${file}: ${lines.length - kept.length} form lines of ${dropped.join(', ')} removed\n`);
  }
  return knowledge;
}

const nameKey = (name: string) => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/** The tune half matched on a core opened over `knowledge`: per studio, its ranked partner names. */
async function rankedPartners(folder: string, knowledge: string): Promise<Map<string, string[]>> {
  const file = path.join(profileFolder, 'tune.yaml');
  const dataDir = path.join(folder, 'data');
  const config = loadConfig({ MATCHCUT_DATA_DIR: dataDir }, { cwd: folder, defaultKnowledgeDir: knowledge });
  const core = await openMatchcut(config, { logger: createSilentLogger() });
  try {
    const raw: unknown = parse(readFileSync(file, 'utf8'));
    await core.profiles.importMany(Array.isArray(raw) ? raw : [], { file });
    const ranked = new Map<string, string[]>();
    for (const entry of matches.readTruth(path.join(profileFolder, 'truth.yaml')).tune) {
      const found = await core.match(entry.studio, { limit: 10 }).catch(() => []);
      const other = found.map((match) =>
        nameKey(match.a.name) === nameKey(entry.studio) ? match.b.name : match.a.name,
      );
      ranked.set(entry.studio, other);
      if (values.words)
        for (const match of found.slice(0, 3))
          for (const reason of match.reasons)
            if (reason.text.includes('(shared words:'))
              process.stdout.write(
                `words: ${other.indexOf(match.a.name === entry.studio ? match.b.name : match.a.name) + 1}. ${reason.text}\n`,
              );
    }
    return ranked;
  } finally {
    await core.close();
  }
}

/** Each profile's names (name and aliases) by key, so a suggestion is judged as eval/matches.ts judges it. */
function aliasesByName(): Map<string, Set<string>> {
  const raw = parse(readFileSync(path.join(profileFolder, 'tune.yaml'), 'utf8')) as {
    name: string;
    aliases?: string[];
  }[];
  return new Map(
    raw.map((profile) => [nameKey(profile.name), new Set([profile.name, ...(profile.aliases ?? [])].map(nameKey))]),
  );
}

function judge(
  truth: { studio: string; partners: string[]; lookalikes: string[] },
  ranked: string[],
  aliases: Map<string, Set<string>>,
) {
  const isOne = (list: string[], suggested: string) => {
    const known = aliases.get(nameKey(suggested)) ?? new Set([nameKey(suggested)]);
    return list.some((name) => known.has(nameKey(name)));
  };
  const position = ranked.slice(0, 10).findIndex((name) => isOne(truth.partners, name));
  const top3 = ranked.slice(0, 3);
  return {
    studio: truth.studio,
    rank: position === -1 ? undefined : position + 1,
    top3,
    lookalikesInTop3: top3.filter((name) => isOne(truth.lookalikes, name)),
  };
}

/** The tune.yaml blocks: each `# ───` heading's text in brackets (or the whole line) and its studios. */
function blocks(): { label: string; studios: Set<string> }[] {
  const file = path.join(profileFolder, 'tune.yaml');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('# ─') && /\(([^)]*)\)/.test(line))
    .map((line) => ({
      label: /\(([^)]*)\)/.exec(line)?.[1] ?? line,
      studios: matches.batchStudios(line.slice(2).trim(), file) ?? new Set<string>(),
    }));
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'matchcut-knowledge-out-'));
try {
  const started = performance.now();
  const ranked = await rankedPartners(folder, knowledgeCopy(folder));
  const aliases = aliasesByName();
  const results = matches
    .readTruth(path.join(profileFolder, 'truth.yaml'))
    .tune.map((truth) => judge(truth, ranked.get(truth.studio) ?? [], aliases));
  const row = (label: string, picked: typeof results) => {
    const figures = matches.summarize(picked, picked.filter((result) => result.top3.length === 0).length);
    const top1 = picked.filter((result) => result.rank === 1).length;
    const top3 = picked.filter((result) => result.rank !== undefined && result.rank <= 3).length;
    return `| ${label} | ${picked.length} | ${top1} | ${top3} | ${figures.mrr.toFixed(3)} | ${figures.lookalikesInTop3} |\n`;
  };
  process.stdout.write(`root ${root}; dropped: ${dropped.join(', ') || 'none'}\n`);
  process.stdout.write('| block | studios | top-1 | top-3 | MRR | look-alikes |\n|---|---|---|---|---|---|\n');
  const inBlocks = new Set<string>();
  for (const block of blocks()) {
    const picked = results.filter((result) => block.studios.has(nameKey(result.studio)));
    for (const result of picked) inBlocks.add(result.studio);
    if (picked.length > 0) process.stdout.write(row(block.label, picked));
  }
  process.stdout.write(
    row(
      'first blocks (sessions 1-6)',
      results.filter((result) => !inBlocks.has(result.studio)),
    ),
  );
  process.stdout.write(row('all', results));
  if (values.failures)
    for (const result of results)
      if (result.rank !== 1 || result.lookalikesInTop3.length > 0)
        process.stdout.write(
          `${result.studio}: rank ${result.rank ?? '-'}; top-3 ${result.top3.join(' | ')}` +
            `${result.lookalikesInTop3.length > 0 ? `; look-alikes ${result.lookalikesInTop3.join(', ')}` : ''}\n`,
        );
  process.stdout.write(`${Math.round((performance.now() - started) / 1000)} s\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
