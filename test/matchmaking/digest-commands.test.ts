/**
 * `matchcut digest --dry-run`, `matchcut digest show [id]` and the feedback error that points to
 * `digest show` (not to `digest`, which makes a new one), through the terminal's command router
 * on the real matchmaking service and SQLite store.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMatchmakingCommand } from '../../adapters/cli/matchmaking-commands.js';
import type { Matchcut } from '../../src/core-types.js';
import { partnerProfiles } from './digest-profiles.js';
import { createHarness, type Harness } from './matchmaking-harness.js';

/** The real matchmaking behind the `Matchcut` interface (the commands use nothing else). */
const coreFrom = (harness: Harness) => ({ ...harness.matchmaking }) as unknown as Matchcut;

async function run(core: Matchcut, ...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const [command = '', ...rest] = args;
  const code = await runMatchmakingCommand(command, rest, {
    core,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

function storeSnapshot(file: string): unknown {
  const database = new Database(file, { readonly: true });
  try {
    return ['digests', 'digest_parts', 'suggestions', 'feedback'].map((table) =>
      database.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
    );
  } finally {
    database.close();
  }
}

/** Digest and suggestion ids masked, to compare two printings of the same pairs. */
const withoutIds = (text: string) =>
  text.replace(/\b[ds]-[a-z0-9]+\b/g, 'ID').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T');

interface DigestJson {
  id: string;
  suggestions: { id: string; a: { name: string }; b: { name: string } }[];
}

describe('matchcut digest --dry-run and digest show', () => {
  let harness: Harness;
  let core: Matchcut;
  beforeEach(async () => {
    harness = await createHarness({ profiles: partnerProfiles() });
    core = coreFrom(harness);
  });
  afterEach(async () => harness.close());

  it('--dry-run prints what digest prints (text and --json shape) and records nothing', async () => {
    const before = storeSnapshot(harness.file);
    const dryText = await run(core, 'digest', '--dry-run', '--limit', '4');
    const dryJson = await run(core, 'digest', '--dry-run', '--json', '--limit', '4');
    expect(dryText.code).toBe(0);
    expect(dryText.stderr).toContain('dry run: nothing recorded');
    expect(storeSnapshot(harness.file)).toEqual(before);
    expect((await run(core, 'digest', 'show')).code).toBe(2);

    const realJson = await run(core, 'digest', '--json', '--limit', '4');
    const dry = JSON.parse(dryJson.stdout) as DigestJson;
    const real = JSON.parse(realJson.stdout) as DigestJson;
    expect(real.suggestions.length).toBeGreaterThan(0);
    expect(Object.keys(dry).sort()).toEqual(Object.keys(real).sort());
    expect(dry.suggestions.map((entry) => Object.keys(entry).sort())).toEqual(
      real.suggestions.map((entry) => Object.keys(entry).sort()),
    );
    const names = (digest: DigestJson) => digest.suggestions.map((entry) => `${entry.a.name}|${entry.b.name}`);
    expect(names(dry)).toEqual(names(real));
    expect(storeSnapshot(harness.file)).not.toEqual(before);
    // The text of the digest just made is the dry run's, ids aside.
    const shown = await run(core, 'digest', 'show');
    expect(withoutIds(shown.stdout)).toContain(withoutIds(dryText.stdout));
  });

  it('digest show prints the latest or the one named, with its posting; unknown ids and none yet say so', async () => {
    const none = await run(core, 'digest', 'show');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no digest has been made yet/);
    const first = JSON.parse((await run(core, 'digest', '--json', '--limit', '2')).stdout) as DigestJson;
    const second = JSON.parse((await run(core, 'digest', '--json', '--limit', '2')).stdout) as DigestJson;
    const latest = await run(core, 'digest', 'show');
    expect(latest.code).toBe(0);
    expect(latest.stdout).toContain(`Digest ${second.id} `);
    expect(latest.stdout).toMatch(/Posting: posted \(1 of 1 part\(s\)\)\./);
    const named = JSON.parse((await run(core, 'digest', 'show', first.id, '--json')).stdout) as DigestJson & {
      posting: { state: string; parts: { index: number; suggestionIds: string[] }[] };
    };
    expect(named.id).toBe(first.id);
    expect(named.suggestions.map((entry) => entry.id)).toEqual(first.suggestions.map((entry) => entry.id));
    expect(named.posting.state).toBe('posted');
    const unknown = await run(core, 'digest', 'show', 'd-nothere');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('matchcut: no digest "d-nothere". Run `matchcut digest show` for the latest.');
    expect((await run(core, 'digest', 'show', 'a', 'b')).code).toBe(2);
    expect((await run(core, 'digest', 'show', '--dry-run')).code).toBe(2);
  });

  it('an unknown suggestion in feedback points to digest show, never makes a digest; chat platforms get their own commands', async () => {
    const reply = await run(core, 'feedback', 's-gone', 'interested', '--party', 'a');
    expect(reply.code).toBe(2);
    expect(reply.stderr).toContain('`matchcut digest show`');
    expect(reply.stderr).not.toMatch(/run `matchcut digest`/);
    expect((await harness.matchmaking.report()).digests).toBe(0);
    // What Slack and Discord show: their own commands, no terminal advice.
    await expect(
      harness.matchmaking.feedback({ suggestionId: 's-gone', verdict: 'interested', actor: 'slack:U1' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      userMessage: expect.stringMatching(/\/matchcut digest on Slack, \/digest on Discord/),
    });
    await expect(
      harness.matchmaking.feedback({ suggestionId: 's-gone', verdict: 'interested', actor: 'slack:U1' }),
    ).rejects.toMatchObject({ userMessage: expect.not.stringMatching(/`matchcut|matchcut digest show/) });
  });
});
