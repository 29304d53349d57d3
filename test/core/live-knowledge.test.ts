/**
 * Knowledge that stays live across processes: a running core notices a generation that
 * `matchcut ingest` built in another process and answers from it without a restart; a
 * generation a live process reads is never deleted under it; processes that open a new data
 * folder together all succeed (issue 13, items 4 and 5).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { twoConceptLexicon } from '../helpers/small-lexicon.js';
import { createTemporaryFolder, shippedKnowledgeDir } from '../helpers/temporary-folder.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const question = 'How many trainees does Kestrel Animation Lab accept each year?';
const article = [
  '# Kestrel Animation Lab opens in Nukus',
  '',
  'Kestrel Animation Lab, a new training studio in Nukus, will accept 64 trainees each year in',
  'its 2D animation course. The lab was founded by three animators who worked on European series.',
  'Graduates are offered internships at partner studios in Tashkent.',
].join('\n');

function generations(dataDir: string): string[] {
  return readdirSync(path.join(dataDir, 'index')).filter((entry) => entry.startsWith('gen-'));
}

async function waitForAnswer(test: TestCore, pattern: RegExp, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await test.core.ask(question);
    if (answer.grounded && pattern.test(answer.text)) return answer;
    if (Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('live knowledge', () => {
  it('a running core answers from a generation another process built, and its old one is kept while in use', async () => {
    const test = await createTestCore();
    cleanups.push(() => test.cleanup());
    const before = await test.core.ask(question);
    expect(before.grounded).toBe(false);
    const articlesBefore = test.core.status().articles;
    const loaded = readFileSync(path.join(test.dataDir, 'index', 'CURRENT'), 'utf8').trim();

    const source = await createTemporaryFolder('matchcut-live-');
    cleanups.push(source.cleanup);
    const file = path.join(source.folder, 'kestrel-animation-lab.md');
    await writeFile(file, article);
    const ingest = await runCli(['ingest', file], { env: { MATCHCUT_DATA_DIR: test.dataDir } });
    expect(ingest.code, ingest.stderr).toBe(0);
    const built = readFileSync(path.join(test.dataDir, 'index', 'CURRENT'), 'utf8').trim();
    expect(built).not.toBe(loaded);
    // The running core still reads its generation: the ingest left it in place.
    expect(generations(test.dataDir)).toContain(loaded);

    const after = await waitForAnswer(test, /\b64\b/, 20_000);
    expect(after.grounded).toBe(true);
    expect(after.text).toMatch(/\b64\b/);
    expect(test.core.status().articles).toBe(articlesBefore + 1);

    // Once the core is closed nobody reads the old generation: the next build removes it.
    await test.core.close();
    const second = path.join(source.folder, 'second.md');
    await writeFile(second, '# Another lab\n\nA second animation lab opened in Termez with 20 trainees.');
    const again = await runCli(['ingest', second], { env: { MATCHCUT_DATA_DIR: test.dataDir } });
    expect(again.code, again.stderr).toBe(0);
    expect(generations(test.dataDir)).not.toContain(loaded);
  }, 120_000);

  it('processes that open a new data folder at the same time all succeed', async () => {
    // The shipped profiles, a lexicon of two concepts and one short article: a first open writes all it
    // writes with the shipped knowledge (the lexicon's caches, the index generation, CURRENT, the store and
    // its profiles) in ~2.3 s of CPU instead of ~6 s, so the five processes of a round, started together,
    // are all in their first build at once (most of it is the process's start).
    const knowledge = await createTemporaryFolder('matchcut-parallel-knowledge-');
    cleanups.push(knowledge.cleanup);
    await mkdir(path.join(knowledge.folder, 'articles'));
    await cp(path.join(shippedKnowledgeDir, 'profiles.yaml'), path.join(knowledge.folder, 'profiles.yaml'));
    await writeFile(path.join(knowledge.folder, 'glossary.yaml'), twoConceptLexicon);
    await writeFile(path.join(knowledge.folder, 'articles', 'kestrel.md'), article);
    for (let round = 0; round < 3; round += 1) {
      const data = await createTemporaryFolder('matchcut-parallel-');
      cleanups.push(data.cleanup);
      const runs = await Promise.all(
        Array.from({ length: 5 }, () =>
          runCli(['profiles', 'list'], {
            env: { MATCHCUT_DATA_DIR: data.folder, MATCHCUT_KNOWLEDGE_DIR: knowledge.folder },
            timeoutMs: 200_000,
          }),
        ),
      );
      for (const run of runs) {
        expect(run.stderr).not.toMatch(/already exists|ENOENT|TypeError|internal error/i);
        expect(run.code, run.stderr).toBe(0);
      }
      expect(existsSync(path.join(data.folder, 'index', 'CURRENT'))).toBe(true);
    }
  }, 600_000);
});
