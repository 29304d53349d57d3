import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import { knowledgeFingerprint } from '../../src/knowledge/load-knowledge.js';
import { openKnowledge } from '../../src/open-knowledge.js';
import {
  checkKnowledgeFiles,
  fingerprintFromFolders,
  racyMarginMs,
  recheckAfterBuild,
  saveFolderRecord,
} from '../../src/knowledge/knowledge-freshness.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

const hour = 3_600_000;

/** Knowledge folders (shipped with a subfolder, ingested missing) whose times lie an hour back. */
async function knowledgeFolders() {
  const temporary = await createTemporaryFolder();
  cleanup = temporary.cleanup;
  const shipped = path.join(temporary.folder, 'knowledge', 'articles');
  const ingested = path.join(temporary.folder, 'data', 'articles');
  const cacheDir = path.join(temporary.folder, 'data', 'cache');
  await mkdir(path.join(shipped, 'korea'), { recursive: true });
  await writeFile(path.join(shipped, 'one.md'), '---\nid: one\n---\nOne.\n');
  await writeFile(path.join(shipped, 'korea', 'two.md'), '---\nid: two\n---\nTwo.\n');
  const past = new Date(Date.now() - hour);
  for (const entry of [path.join(shipped, 'one.md'), path.join(shipped, 'korea', 'two.md')])
    await utimes(entry, past, past);
  const settle = async () => {
    for (const folder of [path.join(shipped, 'korea'), shipped]) await utimes(folder, past, past);
  };
  await settle();
  const folders = [shipped, ingested];
  /** The full check, remembered as a start does. */
  const check = async (glossaryHash = 'lexicon-a') => {
    const result = await checkKnowledgeFiles(folders, glossaryHash);
    await saveFolderRecord(cacheDir, result, glossaryHash);
    return result;
  };
  const trusted = (glossaryHash = 'lexicon-a') => fingerprintFromFolders(cacheDir, folders, glossaryHash);
  return { shipped, ingested, cacheDir, folders, check, trusted, settle };
}

describe('the knowledge folders’ times stand for the files’ fingerprint', () => {
  it('trusts the last full check while no folder changed, and records a missing folder as missing', async () => {
    const setup = await knowledgeFolders();
    const first = await setup.check();
    expect(first.folders.map((folder) => [path.basename(folder.path), folder.mtimeNs === null])).toEqual([
      ['articles', false],
      ['korea', false],
      ['articles', true],
    ]);
    await expect(setup.trusted()).resolves.toBe(first.fingerprint);
    // Another lexicon, another fingerprint: no trust.
    await expect(setup.trusted('lexicon-b')).resolves.toBeUndefined();
  });

  it('notices a file added, removed or renamed in any folder, and an ingest folder that appears', async () => {
    const setup = await knowledgeFolders();
    const changes = [
      () => writeFile(path.join(setup.shipped, 'korea', 'three.md'), '---\nid: three\n---\nThree.\n'),
      () => rm(path.join(setup.shipped, 'one.md')),
      () => mkdir(setup.ingested, { recursive: true }),
    ];
    for (const change of changes) {
      const before = await setup.check();
      await setup.settle();
      await change();
      await expect(setup.trusted()).resolves.toBeUndefined();
      // The full check sees the change (the folder that appeared holds no file yet: same files, same fingerprint).
      const after = await setup.check();
      if (change !== changes[2]) expect(after.fingerprint).not.toBe(before.fingerprint);
    }
  });

  it('does not see a file edited in place (the full check after the open does), nor trust a racy folder time', async () => {
    const setup = await knowledgeFolders();
    const first = await setup.check();
    const file = path.join(setup.shipped, 'korea', 'two.md');
    await writeFile(file, '---\nid: two\n---\nTwo, edited.\n');
    // The folder's time did not move: the folder check still gives the old fingerprint ...
    await expect(setup.trusted()).resolves.toBe(first.fingerprint);
    // ... and the full check tells the difference.
    expect((await setup.check()).fingerprint).not.toBe(first.fingerprint);

    // A folder changed within the margin of the check that recorded it may change again with the same time.
    const recent = new Date(Date.now() - racyMarginMs / 2);
    await utimes(setup.shipped, recent, recent);
    await setup.check();
    await expect(setup.trusted()).resolves.toBeUndefined();
  });

  it('checks every file again after a build that followed a racy check, so that the next start trusts the times', async () => {
    const setup = await knowledgeFolders();
    // Files written and ingested at once: the folder changed a moment before the check.
    const moment = new Date(Date.now() - racyMarginMs / 2);
    await utimes(setup.shipped, moment, moment);
    const before = await setup.check();
    await expect(setup.trusted()).resolves.toBeUndefined();
    // The build takes a while (here: more than the margin less what had passed): the check after it is trusted.
    await new Promise((resolve) => setTimeout(resolve, racyMarginMs / 2 + 200));
    await expect(recheckAfterBuild(setup.cacheDir, setup.folders, 'lexicon-a')).resolves.toBe(true);
    await expect(setup.trusted()).resolves.toBe(before.fingerprint);
    // Nothing racy left: no second check.
    await expect(recheckAfterBuild(setup.cacheDir, setup.folders, 'lexicon-a')).resolves.toBe(false);
  });

  it('gives the fingerprint the index manifests hold (no rebuild for existing indexes)', async () => {
    const setup = await knowledgeFolders();
    const locations = { knowledgeDir: path.dirname(setup.shipped), dataDir: path.dirname(setup.cacheDir) };
    expect(await knowledgeFingerprint(locations, 'lexicon-a')).toBe((await setup.check()).fingerprint);
  });
});

describe('an open on the folders’ times (the bots)', () => {
  it('answers from the index at once and re-ingests a file edited in place after the open', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const knowledgeDir = path.join(temporary.folder, 'knowledge');
    const dataDir = path.join(temporary.folder, 'data');
    const articles = path.join(knowledgeDir, 'articles');
    await mkdir(articles, { recursive: true });
    const file = path.join(articles, 'studio.md');
    const article = (city: string) =>
      `---\nid: studio\ntitle: Studio Kestrel opens an office\nlanguage: en\n---\n\nStudio Kestrel opened an office in ${city}.\n`;
    await writeFile(file, article('Tashkent'));
    const logger = createSilentLogger();
    const open = (sourceCheck: 'before-open' | 'after-open') =>
      openKnowledge({ knowledgeDir, dataDir }, { logger, watchIntervalMs: 0, sourceCheck, sourceCheckDelayMs: 0 });
    const built = await open('before-open');
    expect(built.rebuilt).toBe(true);
    built.stopWatching();
    built.index.close();
    // Times an hour back (not racy), remembered by a full check.
    const past = new Date(Date.now() - 3_600_000);
    await utimes(file, past, past);
    await utimes(articles, past, past);
    (await open('before-open')).index.close();

    // Edited in place (the folder's time does not move): the open trusts the folders and answers at once ...
    await writeFile(file, article('Samarkand'));
    const opened = await open('after-open');
    expect(opened.rebuilt).toBe(false);
    const before = opened.index.folder;
    // ... and the check after the open re-ingests the file and switches to the new index.
    await opened.filesChecked;
    expect(opened.index.folder).not.toBe(before);
    expect((await opened.ask('Where did Studio Kestrel open an office?')).text).toContain('Samarkand');
    opened.stopWatching();
    opened.index.close();
    // The next start finds the index of the edited file.
    const next = await open('after-open');
    expect(next.rebuilt).toBe(false);
    expect(next.index.folder).toBe(opened.index.folder);
    await next.filesChecked;
    expect(next.index.folder).toBe(opened.index.folder);
    next.stopWatching();
    next.index.close();
  });
});
