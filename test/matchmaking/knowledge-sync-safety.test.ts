/**
 * Issue 13 item 1: knowledge profiles are synced into the store only from a profiles file that
 * loaded. A broken line, a bad entry or a missing file never deletes profiles, and so never the
 * member links that hang on them; commands keep running on the last good load, with the problem
 * reported.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import type { Matchcut } from '../../src/core-types.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { createTemporaryFolder, shippedKnowledgeDir } from '../helpers/temporary-folder.js';

let cleanup: (() => Promise<void>) | undefined;
let core: Matchcut | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
  await cleanup?.();
  cleanup = undefined;
});

async function setUp() {
  const temporary = await createTemporaryFolder('matchcut-sync-');
  cleanup = temporary.cleanup;
  const knowledgeDir = path.join(temporary.folder, 'knowledge');
  await cp(shippedKnowledgeDir, knowledgeDir, { recursive: true });
  const config = loadConfig(
    { MATCHCUT_DATA_DIR: path.join(temporary.folder, 'data'), MATCHCUT_KNOWLEDGE_DIR: knowledgeDir },
    { cwd: temporary.folder, defaultKnowledgeDir: shippedKnowledgeDir },
  );
  const open = async () => {
    await core?.close();
    core = await openMatchcut(config, { logger: createSilentLogger() });
    return core;
  };
  return { profilesFile: path.join(knowledgeDir, 'profiles.yaml'), open };
}

const brokenYaml = (text: string) => text.replace('  kind: studio\n', '  kind: [studio\n');
const badEntry = (text: string) => text.replace('  kind: studio\n', '  kind: film-studio\n');

describe('knowledge profiles after a bad profiles.yaml', () => {
  for (const [label, breakFile] of [
    ['a line of broken YAML', async (file: string) => writeFile(file, brokenYaml(await readFile(file, 'utf8')))],
    ['a bad entry', async (file: string) => writeFile(file, badEntry(await readFile(file, 'utf8')))],
    ['a missing file', async (file: string) => rm(file)],
  ] as const) {
    it(`keeps the profiles and their member links with ${label}, reports it, and still matches`, async () => {
      const { profilesFile, open } = await setUp();
      const original = await readFile(profilesFile, 'utf8');
      const first = await open();
      const before = (await first.profiles.list()).map((profile) => profile.id).sort();
      expect(before.length).toBeGreaterThan(5);
      await first.profiles.linkMember('slack:U123', 'IT Works Korea');

      await breakFile(profilesFile);
      const broken = await open();
      expect((await broken.profiles.list()).map((profile) => profile.id).sort()).toEqual(before);
      expect((await broken.profiles.forMember('slack:U123'))?.name).toBe('IT Works Korea');
      expect(broken.status().problems.some((problem) => problem.includes('profiles.yaml'))).toBe(true);
      expect((await broken.match('IT Works Korea')).length).toBeGreaterThan(0);

      await writeFile(profilesFile, original);
      const fixed = await open();
      expect((await fixed.profiles.list()).map((profile) => profile.id).sort()).toEqual(before);
      expect((await fixed.profiles.forMember('slack:U123'))?.name).toBe('IT Works Korea');
    }, 60_000);
  }

  it('still removes a knowledge profile the file no longer lists when the file loads cleanly', async () => {
    const { profilesFile, open } = await setUp();
    const first = await open();
    const kobeta = await first.profiles.get('KOBETA');
    const text = await readFile(profilesFile, 'utf8');
    const entries = text.split(/\n(?=- )/);
    const kept = entries.filter((entry) => !entry.includes(`name: ${kobeta.name}`));
    expect(kept.length).toBe(entries.length - 1);
    await writeFile(profilesFile, kept.join('\n'));
    const reopened = await open();
    expect(reopened.status().problems.filter((problem) => problem.includes('profiles.yaml'))).toEqual([]);
    await expect(reopened.profiles.get('KOBETA')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 60_000);
});
