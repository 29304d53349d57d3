import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMatchmakingCommand } from '../../adapters/cli/matchmaking-commands.js';
import type { Matchcut } from '../../src/core-types.js';
import { runCli } from '../helpers/run-cli.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { copyTemplateIndex } from '../helpers/test-core.js';
import { createHarness, fixturesDir, type Harness } from './matchmaking-harness.js';

/** The real matchmaking behind the `Matchcut` interface; the question-answering half is not used by these commands. */
function coreFrom(harness: Harness): Matchcut {
  const unused = () => {
    throw new Error('not used by matchmaking commands');
  };
  return {
    profiles: harness.matchmaking.profiles,
    match: harness.matchmaking.match,
    digest: harness.matchmaking.digest,
    planDigest: harness.matchmaking.planDigest,
    recordDigestPart: harness.matchmaking.recordDigestPart,
    releaseDigest: harness.matchmaking.releaseDigest,
    previewDigest: harness.matchmaking.previewDigest,
    showDigest: harness.matchmaking.showDigest,
    feedback: harness.matchmaking.feedback,
    report: harness.matchmaking.report,
    findPartners: harness.matchmaking.findPartners,
    classifyQuestion: harness.matchmaking.classifyQuestion,
    taxonomy: harness.matchmaking.taxonomy,
    partnerInterest: harness.matchmaking.partnerInterest,
    ask: unused,
    status: unused,
    checkModel: unused,
    proposeProfiles: unused,
    close: async () => {},
  };
}

async function run(core: Matchcut, command: string, ...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runMatchmakingCommand(command, args, {
    core,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('matchmaking commands', () => {
  let harness: Harness;
  let core: Matchcut;
  beforeAll(async () => {
    harness = await createHarness({ knowledge: true });
    core = coreFrom(harness);
  });
  afterAll(async () => harness.close());

  it('profiles import reports each bad entry with index and field, imports the good ones, and none with --strict', async () => {
    const file = path.join(fixturesDir, 'partners-with-errors.yaml');
    const strict = await run(core, 'profiles', 'import', file, '--strict');
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('partners-with-errors.yaml → [1].name');
    expect(strict.stderr).toContain('[2].kind');
    expect(strict.stderr).toMatch(/nothing imported \(--strict\)/);
    expect((await run(core, 'profiles', 'show', 'Hanbit VFX')).code).toBe(2);

    const lenient = await run(core, 'profiles', 'import', file);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/Imported 2 of 5 profile\(s\); 3 entries have problems/);
    expect(lenient.stderr).toContain('[4].sources[0].supports[0]');

    const missing = await run(core, 'profiles', 'import', path.join(fixturesDir, 'nope.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/file not found/);
    expect((await run(core, 'profiles', 'import')).code).toBe(2);
  });

  it('profiles list, show and remove', async () => {
    const list = await run(core, 'profiles', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('IT Works Korea (studio, Samarkand, Uzbekistan)');
    const show = await run(core, 'profiles', 'show', 'kocca');
    expect(show.stdout).toContain('Korea Creative Content Agency (agency, South Korea)');
    expect(show.stdout).toContain('source netflix-kocca-kofic-mou-2025');
    expect((await run(core, 'profiles', 'remove', 'Seoul Compositing Academy')).stdout).toBe(
      'Removed Seoul Compositing Academy.',
    );
    const gone = await run(core, 'profiles', 'show', 'Seoul Compositing Academy');
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/No organization named/);
    expect((await run(core, 'profiles', 'explode')).code).toBe(2);
  });

  it('match --json prints a, b, score, reasons and citations', async () => {
    const result = await run(core, 'match', '--for', 'IT Works Korea', '--limit', '2', '--json');
    expect(result.code).toBe(0);
    const matches = JSON.parse(result.stdout) as {
      a: { name: string; kind: string };
      b: { name: string; kind: string };
      score: number;
      reasons: { text: string }[];
      citations: { articleId: string }[];
    }[];
    expect(matches).toHaveLength(2);
    expect(matches[0]?.a).toMatchObject({ name: 'IT Works Korea', kind: 'studio' });
    expect(matches.map((match) => match.b.name)).toContain('IT Park Uzbekistan');
    expect(matches[0]?.reasons[0]?.text).toMatch(/IT Works Korea needs .* ↔ /);
    expect(matches[0]?.citations[0]?.articleId).toBe('uzbekistan-korea-digital-content');
    const text = await run(core, 'match', '--for', 'Netflix Korea', '--limit', '2');
    expect(text.stdout).toMatch(/^1\. Netflix Korea \(platform\) ↔ /);
    const overall = await run(core, 'match', '--limit', '4', '--json');
    expect(JSON.parse(overall.stdout)).toHaveLength(4);
    const bad = await run(core, 'match', '--for', 'IT Works Korea', '--limit', 'lots');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--limit must be a whole number/);
    expect((await run(core, 'match', '--for', 'Nobody At All')).code).toBe(2);
  });

  it('digest, feedback and report', async () => {
    const digest = await run(core, 'digest', '--json', '--limit', '5');
    expect(digest.code).toBe(0);
    const parsed = JSON.parse(digest.stdout) as {
      id: string;
      suggestions: { id: string; a: { name: string }; b: { name: string } }[];
      unmetNeeds: unknown[];
    };
    expect(parsed.suggestions.length).toBeGreaterThan(0);
    const first = parsed.suggestions[0] as { id: string; a: { name: string }; b: { name: string } };

    const noSide = await run(core, 'feedback', first.id, 'interested');
    expect(noSide.code).toBe(2);
    expect(noSide.stderr).toMatch(/--party a or --party b/);
    expect((await run(core, 'feedback', first.id, 'maybe', '--party', 'a')).code).toBe(2);
    expect((await run(core, 'feedback', 's-unknown', 'know', '--party', 'a')).code).toBe(2);

    expect((await run(core, 'feedback', first.id, 'interested', '--party', 'a')).stdout).toBe(
      `Recorded: ${first.a.name} is interested in ${first.b.name}.`,
    );
    const both = await run(core, 'feedback', first.id, 'interested', '--party', 'b');
    expect(both.stdout).toContain(`Both sides are interested: introduce ${first.a.name} and ${first.b.name}.`);
    const second = parsed.suggestions[1];
    if (second) {
      const declined = await run(
        core,
        'feedback',
        second.id,
        'not-a-fit',
        '--party',
        'b',
        '--reason',
        'different field',
      );
      expect(declined.stdout).toContain('They will not be suggested to each other again.');
    }
    const report = await run(core, 'report', '--json');
    expect(JSON.parse(report.stdout)).toMatchObject({
      digests: 1,
      introduced: 1,
      interested: 1,
      declined: second ? 1 : 0,
    });
    const text = await run(core, 'report');
    expect(text.stdout).toContain('introduced: 1');
  });
});

describe('the matchcut command end to end', () => {
  it('imports, matches and reports through bin/matchcut.js with the shipped knowledge', async () => {
    const { folder, cleanup } = await createTemporaryFolder('matchcut-cli-');
    await copyTemplateIndex(folder);
    try {
      const env = { MATCHCUT_DATA_DIR: folder, MATCHCUT_LOG_LEVEL: 'error' };
      const match = await runCli(['match', '--for', 'IT Works Korea', '--json'], { env, timeoutMs: 120_000 });
      expect(match.code, match.stderr).toBe(0);
      const matches = JSON.parse(match.stdout) as { b: { name: string } }[];
      expect(matches.slice(0, 3).map((entry) => entry.b.name)).toEqual(
        expect.arrayContaining(['IT Park Uzbekistan', 'Samarkand graphic production center']),
      );
      const imported = await runCli(['profiles', 'import', path.join(fixturesDir, 'mixed-languages.yaml')], {
        env,
        timeoutMs: 120_000,
      });
      expect(imported.code, imported.stderr).toBe(0);
      const danang = await runCli(['match', '--for', 'Xưởng phim hoạt hình Đà Nẵng', '--json'], {
        env,
        timeoutMs: 120_000,
      });
      expect((JSON.parse(danang.stdout) as { b: { name: string } }[])[0]?.b.name).toBe('Seoul Character Academy');
      const strict = await runCli(
        ['profiles', 'import', path.join(fixturesDir, 'partners-with-errors.yaml'), '--strict'],
        { env, timeoutMs: 120_000 },
      );
      expect(strict.code).toBe(2);
    } finally {
      await cleanup();
    }
  }, 300_000);
});
