import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { copyTemplateIndex } from '../helpers/test-core.js';
import { loadedPackagesProbe } from '../helpers/loaded-packages.js';

let dataDir: string;
let cleanup: () => Promise<void>;
const env = () => ({ MATCHCUT_DATA_DIR: dataDir });

beforeAll(async () => {
  const temporary = await createTemporaryFolder('matchcut-cli-');
  dataDir = temporary.folder;
  cleanup = temporary.cleanup;
  // The commands reuse the run's built index of the shipped knowledge (their subject is not the first build; the
  // capture ingested below still rebuilds it).
  await copyTemplateIndex(dataDir);
});
afterAll(async () => cleanup());

describe('matchcut ask', () => {
  it('prints one JSON object with the answer and its citations', async () => {
    const result = await runCli(['ask', '--json', 'How many people work at IT Works Korea?'], { env: env() });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0] as string);
    expect(answer.grounded).toBe(true);
    expect(answer.answer).toMatch(/\b42\b/);
    expect(answer.citations[0]).toMatchObject({
      n: 1,
      articleId: 'uzbekistan-korea-digital-content',
      title: expect.any(String),
      quote: expect.stringContaining('42'),
    });
    expect(answer.answer).toContain('[1]');
  });

  it('prints the answer and the numbered sources as text, loading no parser or platform it does not use', async () => {
    const probe = await loadedPackagesProbe(dataDir);
    const result = await runCli(['ask', 'Which Netflix campaign funds training in Korea?'], {
      env: { ...env(), ...probe.env },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Grow Creative');
    expect(result.stdout).toMatch(/Sources\n\[1\] /);
    // With the lexicon and the knowledge profiles saved in cache/ (the template's), no YAML is parsed; the bots'
    // platforms, Redis, PostgreSQL and the job queue are never loaded by a terminal question.
    const loaded = probe.packagesIn(result.stderr);
    expect(loaded).toContain('better-sqlite3');
    for (const name of ['yaml', 'discord.js', '@slack/bolt', 'ioredis', 'pg', 'bullmq'])
      expect(loaded).not.toContain(name);
  });

  // One process for both: a question's JSON line is the same object whether it came as an argument (above) or on
  // a line of standard input.
  it('answers one JSON line per line of standard input, a blank line with an error on its line; says honestly when the sources do not cover the question', async () => {
    const input = ['How many people work at IT Works Korea?', '', 'Who is the mayor of Busan?', 'x'.repeat(2_100)].join(
      '\n',
    );
    const result = await runCli(['ask', '--json', '-'], { env: env(), input });
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0].grounded).toBe(true);
    expect(lines[1].error.code).toBe('BAD_INPUT');
    expect(lines[2].grounded).toBe(false);
    expect(lines[2].answer).toMatch(/don't cover/);
    expect(lines[2].citations.length).toBeGreaterThan(0);
    expect(lines[3].error.code).toBe('BAD_INPUT');
    expect(lines[3].error.message).toMatch(/keep it to 2,000 characters or fewer/);
    expect(result.code).toBe(2);
  });

  it('lists the organizations that meet a question looking for partners, as chat does', async () => {
    const text = await runCli(['ask', '--no-log', 'Who trains VFX artists in Samarkand?'], { env: env() });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Organizations that offer VFX artist in Samarkand:\n1\. /);
    expect(text.stdout).toContain('you asked “Who trains VFX artists in Samarkand?” (VFX artist) ↔ ');
    // A partner question that organizations meet is not also answered from the articles.
    expect(text.stdout).not.toMatch(/Sources\n\[1\]/);

    // --json keeps the answer's shape on every line and adds the search for partner questions only.
    const input = ['Who trains VFX artists in Samarkand?', 'How many people work at IT Works Korea?'].join('\n');
    const batch = await runCli(['ask', '--json', '-'], { env: env(), input });
    const [partnerLine, factLine] = batch.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(partnerLine).toMatchObject({ grounded: expect.any(Boolean), citations: expect.any(Array) });
    expect(partnerLine.partnerSearch.needs).toEqual([expect.objectContaining({ label: 'VFX artist' })]);
    expect(partnerLine.partnerSearch.partners[0]).toMatchObject({
      name: expect.any(String),
      score: expect.any(Number),
    });
    expect(partnerLine.partnerSearch.partners.every((partner: { score: number }) => partner.score > 0)).toBe(true);
    expect(factLine.partnerSearch).toBeUndefined();
    expect(factLine.answer).toMatch(/\b42\b/);
  });

  it('says no organization offers what a partner question asks for, above the article answer', async () => {
    // No shipped profile offers dubbing: the member is told so, and still gets what the articles say.
    const text = await runCli(['ask', '--no-log', 'Who can dub Korean dramas into Japanese?'], { env: env() });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^No organization here offers dubbing yet \(organizers add profiles with /);
    expect(text.stdout).not.toContain('/interested');
    expect(text.stdout).toMatch(/\n\n(My sources don't cover this|I'm not sure)/);
  });

  it('exits 2 with a one-line message on bad input', async () => {
    for (const args of [
      ['ask', ''],
      ['ask', '   '],
      ['ask', 'x'.repeat(2_001)],
      ['frobnicate'],
      // `ask --nope question` (an unknown flag): test/cli/help-and-errors.test.ts.
    ]) {
      const result = await runCli(args, { env: env() });
      expect(result.code, args.join(' ').slice(0, 40)).toBe(2);
      const message = result.stderr.trim();
      expect(message.split('\n')).toHaveLength(1);
      expect(message).toMatch(/^matchcut: /);
      expect(result.stdout).toBe('');
    }
  });

  it('ingests a web capture, drops its furniture and answers from it', async () => {
    const capture = path.join(dataDir, 'capture.txt');
    await writeFile(
      capture,
      [
        'Home > News',
        'Lotus Frame Studio opens a Nuke compositing academy in Da Nang',
        'Lotus Frame Studio said it will train 120 compositors a year at its new academy in Da Nang, starting in March.',
        'You must be logged in to post a comment.',
      ].join('\n'),
    );
    const ingest = await runCli(['ingest', capture], { env: env() });
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/added lotus-frame-studio-opens-a-nuke-compositing-academy-in-da-nang \(en\)/);
    expect(ingest.stdout).toMatch(/index rebuilt: 5 articles/);
    const result = await runCli(['ask', '--json', 'How many compositors will Lotus Frame Studio train?'], {
      env: env(),
    });
    const answer = JSON.parse(result.stdout);
    expect(answer.grounded).toBe(true);
    expect(answer.answer).toContain('120 compositors');
    expect(JSON.stringify(answer)).not.toContain('logged in');
    const again = await runCli(['ingest'], { env: env() });
    expect(again.stdout).toMatch(/index up to date/);
  });
});
