/**
 * Configuration files: `.env.example` lists exactly the variables the configuration schemas
 * read (core, Slack, Discord), each with a comment; the `matchcut` command reads a `.env` in the
 * working folder (or the file MATCHCUT_ENV_FILE names), and the environment wins over it.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discordEnvironmentSchema } from '../../adapters/discord/config.js';
import { slackEnvironmentSchema } from '../../adapters/slack/config.js';
import { environmentSchema } from '../../src/config/config.js';
import { runCli } from '../helpers/run-cli.js';
import { createTemporaryFolder, repositoryRoot } from '../helpers/temporary-folder.js';
import { copyTemplateIndex } from '../helpers/test-core.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function exampleVariables(): Map<string, { commented: boolean; described: boolean }> {
  const lines = readFileSync(path.join(repositoryRoot, '.env.example'), 'utf8').split('\n');
  const variables = new Map<string, { commented: boolean; described: boolean }>();
  lines.forEach((line, index) => {
    const match = /^(#\s*)?([A-Z][A-Z0-9_]*)=/.exec(line);
    if (!match) return;
    const previous = lines[index - 1] ?? '';
    variables.set(match[2] as string, { commented: match[1] !== undefined, described: /^#\s+\S/.test(previous) });
  });
  return variables;
}

describe('.env.example', () => {
  it('lists every variable of the configuration schemas, and only those, each with a comment', () => {
    const schemaVariables = new Set([
      ...Object.keys(environmentSchema.shape),
      ...Object.keys(slackEnvironmentSchema.shape),
      ...Object.keys(discordEnvironmentSchema.shape),
    ]);
    const example = exampleVariables();
    expect([...example.keys()].sort()).toEqual([...schemaVariables].sort());
    for (const [name, entry] of example) expect(entry.described, `${name} needs a comment above it`).toBe(true);
  });

  it('holds values the schemas accept', () => {
    const values: Record<string, string> = {};
    for (const line of readFileSync(path.join(repositoryRoot, '.env.example'), 'utf8').split('\n')) {
      const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
      if (match) values[match[1] as string] = match[2] as string;
    }
    expect(environmentSchema.safeParse(values).success).toBe(true);
  });
});

describe('.env at start', () => {
  it('is read from the working folder, MATCHCUT_ENV_FILE points elsewhere, and the environment wins', async () => {
    const work = await createTemporaryFolder('matchcut-env-');
    cleanups.push(work.cleanup);
    const fromFile = path.join(work.folder, 'data-from-file');
    const fromEnvironment = path.join(work.folder, 'data-from-environment');
    const elsewhere = path.join(work.folder, 'data-from-named-file');
    // Each data folder starts from the run's built index (the subject is which folder is used, not the first build).
    for (const dataDir of [fromFile, fromEnvironment, elsewhere]) await copyTemplateIndex(dataDir);
    await writeFile(path.join(work.folder, '.env'), `# a comment\nMATCHCUT_DATA_DIR=${fromFile}\n`);
    const doctor = await runCli(['doctor'], { cwd: work.folder });
    expect(doctor.code, doctor.stderr).toBe(0);
    expect(doctor.stdout).toContain(fromFile);

    const overridden = await runCli(['doctor'], { cwd: work.folder, env: { MATCHCUT_DATA_DIR: fromEnvironment } });
    expect(overridden.stdout).toContain(fromEnvironment);
    expect(overridden.stdout).not.toContain(fromFile);

    await mkdir(path.join(work.folder, 'settings'));
    await writeFile(path.join(work.folder, 'settings', 'matchcut.env'), `MATCHCUT_DATA_DIR="${elsewhere}"\n`);
    const named = await runCli(['doctor'], {
      cwd: work.folder,
      env: { MATCHCUT_ENV_FILE: path.join(work.folder, 'settings', 'matchcut.env') },
    });
    expect(named.stdout).toContain(elsewhere);

    const missing = await runCli(['doctor'], { cwd: work.folder, env: { MATCHCUT_ENV_FILE: 'nowhere.env' } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/MATCHCUT_ENV_FILE.*nowhere\.env/);
  }, 120_000);
});
