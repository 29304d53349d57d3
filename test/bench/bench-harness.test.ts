/**
 * The benchmark harness works: the corpus generator is deterministic and its questions are
 * answerable, and `bench/run.ts --quick` runs a tiny tier end to end and writes a valid
 * result file and summary. Behaviour only — no timing is asserted.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate-corpus.js';
import type { BenchReport } from '../../bench/report/bench-report.js';
import { createChunker } from '../../src/knowledge/chunk-articles.js';
import { createTemporaryFolder, repositoryRoot } from '../helpers/temporary-folder.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('synthetic corpus', () => {
  it('is the same for the same seed and different for another', () => {
    const first = generateCorpus({ targetChunks: 200, seed: 7 });
    const second = generateCorpus({ targetChunks: 200, seed: 7 });
    const other = generateCorpus({ targetChunks: 200, seed: 8 });
    expect(second.articles).toEqual(first.articles);
    expect(second.questions).toEqual(first.questions);
    expect(other.articles[0]?.text).not.toBe(first.articles[0]?.text);
  });

  it('streams the same articles one at a time for the huge tier, keeping facts of a sample only', () => {
    const held = generateCorpus({ targetChunks: 200, seed: 7 });
    const emitted: typeof held.articles = [];
    const streamed = generateCorpus({
      targetChunks: 200,
      seed: 7,
      emit: (article) => emitted.push(article),
      keepFactsEvery: 4,
    });
    expect(streamed.articles).toEqual([]);
    expect(emitted).toEqual(held.articles);
    expect(streamed.textBytes).toBe(held.textBytes);
    const sampled = new Set(emitted.filter((_, index) => index % 4 === 0).map((article) => article.id));
    expect(streamed.questions.length).toBeGreaterThan(0);
    expect(streamed.questions.every((question) => sampled.has(question.articleId))).toBe(true);
  });

  it('mixes English, Korean and Vietnamese and asks answerable questions, some across languages', () => {
    const corpus = generateCorpus({ targetChunks: 600, monolingualQuestions: 30, crossLanguageQuestions: 12 });
    expect(corpus.languages.en).toBeGreaterThan(0);
    expect(corpus.languages.ko).toBeGreaterThan(0);
    expect(corpus.languages.vi).toBeGreaterThan(0);
    expect(corpus.questions).toHaveLength(42);
    const byId = new Map(corpus.articles.map((article) => [article.id, article]));
    for (const question of corpus.questions) {
      const article = byId.get(question.articleId);
      expect(article?.text).toContain(question.marker);
      expect(article?.language).toBe(question.passageLanguage);
      // The fact is stated once in the whole corpus, so the answering passage is known.
      expect(corpus.articles.filter((candidate) => candidate.text.includes(question.marker))).toHaveLength(1);
    }
    const crossLanguage = corpus.questions.filter((question) => question.kind === 'cross-language');
    expect(crossLanguage).toHaveLength(12);
    for (const question of crossLanguage) expect(question.language).not.toBe(question.passageLanguage);
    expect(crossLanguage.some((question) => question.language === 'ko' && /[가-힣]/.test(question.question))).toBe(
      true,
    );
  });

  it('reaches about the asked number of chunks with the core chunker', async () => {
    const corpus = generateCorpus({ targetChunks: 500 });
    const chunk = createChunker({ chunkSize: 900, chunkOverlap: 150 });
    let chunks = 0;
    for (const article of corpus.articles) chunks += (await chunk(article)).length;
    expect(chunks).toBeGreaterThan(400);
    expect(chunks).toBeLessThan(600);
  });
});

function runQuickBench(resultsDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(repositoryRoot, 'bench/run.ts'), '--quick', '--results-dir', resultsDir],
      {
        cwd: repositoryRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => {
      stdout += data.toString();
    });
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('bench/run.ts --quick', () => {
  it('runs a tiny tier and writes a valid JSON result and a Markdown summary', async () => {
    const temporary = await createTemporaryFolder('matchcut-bench-test-');
    cleanup = temporary.cleanup;
    const run = await runQuickBench(temporary.folder);
    expect(run.code, run.stderr.slice(-2_000)).toBe(0);
    expect(run.stdout).toContain('## Targets (issues 7 and 17)');

    const files = await readdir(temporary.folder);
    const jsonFile = files.find((file) => file.endsWith('-quick.json'));
    expect(jsonFile).toBeDefined();
    expect(files.some((file) => file.endsWith('-quick.md'))).toBe(true);
    expect(files).not.toContain('latest.md');
    const report = JSON.parse(await readFile(path.join(temporary.folder, jsonFile as string), 'utf8')) as BenchReport;
    expect(report).toMatchObject({ formatVersion: 1, mode: 'quick' });
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.tiers).toHaveLength(1);
    const tier = report.tiers[0];
    if (tier?.status !== 'ok') throw new Error(`the quick tier did not finish: ${JSON.stringify(tier)}`);
    expect(tier.ingest.chunks).toBeGreaterThan(100);
    expect(tier.restart).toMatchObject({ rebuilt: false, rebuildReason: 'reused', chunks: tier.ingest.chunks });
    expect(tier.latency.ask.map((measurement) => measurement.callers)).toEqual([1, 2]);
    for (const measurement of tier.latency.ask) expect(measurement.latency.count).toBeGreaterThan(0);
    // The core index and exact search agree on tiny data; the replicated baselines ran.
    expect(tier.vectors.project.recallAt10).toBeGreaterThan(0.9);
    expect(tier.vectors.hnswlibBruteforce.recallAt10).toBe(1);
    expect(tier.vectors.memoryVectorStore.queries).toBeGreaterThan(0);
    expect('recallAt10' in tier.vectors.langChainHnswDefaults).toBe(true);
    expect(tier.quality.all.retrieval.lexical.questions).toBe(42);
    expect(tier.quality.monolingual.retrieval.lexical.hitAt5).toBeGreaterThan(0.5);
    expect(tier.disk.indexBytes).toBeGreaterThan(0);
    expect(tier.memory.residentDeltaBytes).toBeGreaterThan(0);
    expect(report.targets.map((target) => target.id)).toEqual([
      'ask-p95',
      'retrieval-p95',
      'recall',
      'speed-up',
      'ingest',
      'restart',
      'memory',
      'digest',
      'slack-ack',
    ]);
    for (const target of report.targets) expect(['met', 'missed', 'not measured']).toContain(target.status);
    expect(report.matching.status).toBe('not measured');
  }, 300_000);
});
