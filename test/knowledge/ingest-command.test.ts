import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { createTemporaryFolder, repositoryRoot } from '../helpers/temporary-folder.js';

let folder: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ folder, cleanup } = await createTemporaryFolder('matchcut-ingest-'));
});
afterAll(async () => cleanup());

describe('matchcut ingest on real-looking captures', () => {
  it('ingests HTML and wrapped text captures beside a bad path, says "unchanged" the second time, and answers with the page URL', async () => {
    const env = { MATCHCUT_DATA_DIR: path.join(folder, 'data') };
    const inbox = path.join(folder, 'inbox');
    await mkdir(inbox);
    await cp(
      path.join(repositoryRoot, 'test', 'fixtures', 'captures', 'en-page.html'),
      path.join(inbox, 'northwind.html'),
    );
    await cp(
      path.join(repositoryRoot, 'test', 'fixtures', 'captures', 'en-wrapped-studio.txt'),
      path.join(inbox, 'harbor.txt'),
    );
    await symlink(path.join(inbox, 'deleted.md'), path.join(inbox, 'dangling.md'));
    await writeFile(path.join(inbox, 'notes.pdf'), 'not an article');

    const first = await runCli(['ingest', inbox], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^added northwind-pictures-signs-a-three-film-deal-with-a-seoul-animation-house \(en\) from /m,
    );
    expect(first.stdout).toMatch(/^added harbor-light-animation-opens-a-second-studio-in-lisbon \(en\) from /m);
    expect(first.stderr).toMatch(/skipped .*dangling\.md → \(path\): /);
    expect(first.stdout).toMatch(/index rebuilt: 6 articles/);

    const second = await runCli(['ingest', inbox], { env });
    expect(second.stdout).toMatch(
      /^unchanged northwind-pictures-signs-a-three-film-deal-with-a-seoul-animation-house from /m,
    );
    expect(second.stdout).not.toMatch(/^added /m);
    expect(second.stdout).toMatch(/index up to date: 6 articles/);

    // The answer sentence names Blue Crane, not Northwind (the title's company): asked about Northwind, the
    // answerer refuses rather than risk another company's figure (see the README on grounding).
    const answer = JSON.parse(
      (await runCli(['ask', '--json', 'How many artists will Blue Crane put on the slate?'], { env })).stdout,
    );
    expect(answer.grounded).toBe(true);
    expect(answer.answer).toContain('150 artists');
    expect(answer.citations[0]).toMatchObject({ url: 'https://www.screenledger.example/news/northwind-seoul-deal' });
    expect(JSON.stringify(answer)).not.toMatch(/cookies|Sign in|Most read/);
  });
});
