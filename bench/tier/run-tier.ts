/**
 * One benchmark tier, run in a fresh process so its memory figures are clean: generate the
 * corpus, write it as knowledge files, ingest it with the core's `openKnowledge`, then measure
 * disk size, query latency, answer quality, vector search against the baselines, optionally
 * the parameter sweep, and a restart in another fresh process (time to first answer, memory).
 * Progress goes to standard error; the result is written as JSON to `resultFile`.
 *
 * Usage: node --expose-gc --import tsx bench/tier/run-tier.ts '<TierOptions as JSON>'
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { detectLanguage } from '../../src/knowledge/detect-language.js';
import { type Glossary } from '../../src/knowledge/glossary.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openKnowledge } from '../../src/open-knowledge.js';
import type { BuildProgress } from '../../src/retrieval/knowledge-index.js';
import { articleFile, type CorpusQuestion, generateCorpus } from '../corpus/generate-corpus.js';
import { places, skills, type Term } from '../corpus/vocabulary.js';
import { lastJsonLine, runTypeScriptChild } from '../measure/child-process.js';
import { folderSize } from '../measure/disk-usage.js';
import { round } from '../measure/statistics.js';
import { vectorsFromIndexFolder } from '../vector/exact-search.js';
import { runParameterSweep } from '../vector/parameter-sweep.js';
import { runVectorBenchmarks } from '../vector/vector-benchmarks.js';
import { measureAnswerQuality } from './answer-quality.js';
import { measureQueryLatency } from './query-latency.js';
import type { RestartProbeResult } from './restart-probe.js';
import type { GlossaryInfo, IngestResult, TierOptions, TierResult } from './tier-types.js';

const options = JSON.parse(process.argv[2] ?? '{}') as TierOptions;
const tierStart = performance.now();
const cpuStart = process.cpuUsage();
const loadAverageStart = os.loadavg()[0] ?? 0;

function progress(message: string): void {
  process.stderr.write(`[${options.name}] ${message} (${((performance.now() - tierStart) / 1_000).toFixed(1)} s)\n`);
}

function bridged(glossary: Glossary, term: Term): boolean {
  const concept = (form: string) => glossary.findConcepts(form)[0]?.conceptId;
  const english = concept(term.en);
  return english !== undefined && english === concept(term.ko) && english === concept(term.vi);
}

async function describeGlossary(): Promise<{ info: GlossaryInfo; glossary: Glossary | undefined }> {
  if (!existsSync(options.glossaryFile)) {
    return {
      info: {
        present: false,
        concepts: 0,
        hash: 'none',
        bridgedSkills: 0,
        bridgedPlaces: 0,
        skills: skills.length,
        places: places.length,
        unbridged: [],
      },
      glossary: undefined,
    };
  }
  const { glossary } = await loadGlossary(options.glossaryFile);
  return {
    glossary,
    info: {
      present: true,
      concepts: glossary.concepts.size,
      hash: glossary.hash,
      bridgedSkills: skills.filter((term) => bridged(glossary, term)).length,
      bridgedPlaces: places.filter((term) => bridged(glossary, term)).length,
      skills: skills.length,
      places: places.length,
      unbridged: [...skills, ...places].filter((term) => !bridged(glossary, term)).map((term) => term.en),
    },
  };
}

async function writeKnowledgeFolder(
  knowledgeDir: string,
  articles: ReturnType<typeof generateCorpus>['articles'],
): Promise<void> {
  const articlesDir = path.join(knowledgeDir, 'articles');
  await mkdir(articlesDir, { recursive: true });
  const batch = 64;
  for (let start = 0; start < articles.length; start += batch) {
    await Promise.all(
      articles
        .slice(start, start + batch)
        .map((article) => writeFile(path.join(articlesDir, `${article.id}.md`), articleFile(article))),
    );
  }
  if (existsSync(options.glossaryFile)) await copyFile(options.glossaryFile, path.join(knowledgeDir, 'glossary.yaml'));
}

function peakResidentBytes(): number {
  return process.resourceUsage().maxRSS * 1_024;
}

async function main(): Promise<void> {
  await rm(options.workDir, { recursive: true, force: true });
  const knowledgeDir = path.join(options.workDir, 'knowledge');
  const dataDir = path.join(options.workDir, 'data');
  const { info: glossaryInfo, glossary } = await describeGlossary();

  progress(`generating a corpus of about ${options.targetChunks} chunks`);
  const generateStart = performance.now();
  const corpus = generateCorpus({
    targetChunks: options.targetChunks,
    seed: options.seed,
    monolingualQuestions: options.monolingualQuestions,
    crossLanguageQuestions: options.crossLanguageQuestions,
  });
  const generateMilliseconds = performance.now() - generateStart;
  const writeStart = performance.now();
  await writeKnowledgeFolder(knowledgeDir, corpus.articles);
  const writeKnowledgeFilesMilliseconds = performance.now() - writeStart;
  const questions: CorpusQuestion[] = corpus.questions;
  const articleCount = corpus.articles.length;
  corpus.articles.length = 0;

  progress('ingesting with openKnowledge');
  const marks: Partial<Record<'firstChunk' | 'chunked' | 'embedded' | 'indexed' | 'written', number>> = {};
  let lastReport = 0;
  const onProgress = (event: BuildProgress) => {
    const now = performance.now();
    if (event.phase === 'chunk' && marks.firstChunk === undefined) marks.firstChunk = now;
    if (event.done >= event.total) {
      if (event.phase === 'chunk') marks.chunked = now;
      if (event.phase === 'embed') marks.embedded = now;
      if (event.phase === 'index') marks.indexed = now;
      if (event.phase === 'write') marks.written = now;
    }
    if (now - lastReport > 5_000) {
      lastReport = now;
      progress(`ingest: ${event.phase} ${event.done}/${event.total}`);
    }
  };
  const ingestStart = performance.now();
  const opened = await openKnowledge({ dataDir, knowledgeDir }, { logger: createSilentLogger(), onProgress });
  const ingestEnd = performance.now();
  const chunks = opened.index.size;
  const firstChunk = marks.firstChunk ?? ingestStart;
  const chunked = marks.chunked ?? firstChunk;
  const embedded = marks.embedded ?? chunked;
  const indexed = marks.indexed ?? embedded;
  const written = marks.written ?? indexed;
  const ingest: IngestResult = {
    chunks,
    articles: articleCount,
    corpusTextBytes: corpus.textBytes,
    generateMilliseconds: round(generateMilliseconds, 0),
    writeKnowledgeFilesMilliseconds: round(writeKnowledgeFilesMilliseconds, 0),
    totalMilliseconds: round(ingestEnd - ingestStart, 0),
    endToEndChunksPerSecond: round(chunks / ((ingestEnd - ingestStart) / 1_000), 0),
    buildChunksPerSecond: round(chunks / ((written - firstChunk) / 1_000), 0),
    phasesMilliseconds: {
      loadKnowledge: round(firstChunk - ingestStart, 0),
      chunk: round(chunked - firstChunk, 0),
      embed: round(embedded - chunked, 0),
      hnswInsert: round(indexed - embedded, 0),
      lexicalAndWrite: round(written - indexed, 0),
      reopen: round(ingestEnd - written, 0),
    },
    embedChunksPerSecond: round(chunks / ((embedded - chunked) / 1_000), 0),
    hnswInsertsPerSecond: round(chunks / ((indexed - embedded) / 1_000), 0),
    peakResidentBytes: peakResidentBytes(),
  };
  progress(
    `ingested ${chunks} chunks in ${(ingest.totalMilliseconds / 1_000).toFixed(1)} s (${ingest.endToEndChunksPerSecond} chunks/s)`,
  );

  const generation = opened.index.folder;
  const indexSize = await folderSize(generation);
  const knowledgeSize = await folderSize(knowledgeDir);
  const disk = {
    indexBytes: indexSize.bytes,
    indexBytesPerThousandChunks: round((indexSize.bytes / chunks) * 1_000, 0),
    files: indexSize.files,
    knowledgeFilesBytes: knowledgeSize.bytes,
  };

  progress('query latency');
  const questionTexts = questions.map((question) => question.question);
  // The extractive step as the ask service builds it (same glossary, rarity, aliases and stored passages), timed alone.
  const extractive = createExtractiveAnswerer({
    glossary: opened.knowledge.glossary,
    rarity: (key) => opened.index.lexical.rarity(key),
    aliases: () => opened.index.aliases,
    storedPassage: (document) => opened.index.analysedPassage(document, opened.knowledge.glossary.hash),
  });
  const latency = await measureQueryLatency({
    questions: questionTexts,
    calls: options.latencyCalls,
    ask: (question) => opened.ask(question),
    retrieve: (question, mode) => opened.retriever.retrieve(question, { mode, limit: 8 }),
    extract: (question, passages) =>
      extractive(question, passages, { language: detectLanguage(question), query: question }),
  });

  progress('answer quality');
  const quality = await measureAnswerQuality(questions, opened.retriever, (question) => opened.ask(question));

  progress('vector search against the baselines');
  const dimensions = opened.index.manifest.dimensions;
  const vectors = await vectorsFromIndexFolder(generation, dimensions, chunks);
  const queryVectors: number[][] = [];
  for (let index = 0; index < options.vectorQueries; index += 1) {
    queryVectors.push(await opened.embeddings.embedQuery(questionTexts[index % questionTexts.length] as string));
  }
  const hnsw = {
    m: opened.index.manifest.hnsw.m,
    efConstruction: opened.index.manifest.hnsw.efConstruction,
    efSearch: opened.index.denseMethod.ef,
    denseSearch: opened.index.denseMethod.kind,
    dimensions,
  };
  const vectorResult = await runVectorBenchmarks({
    index: opened.index,
    vectors,
    dimensions,
    queryVectors,
    efSearch: hnsw.efSearch,
    m: hnsw.m,
    efConstruction: hnsw.efConstruction,
    efValues: options.efValues,
    memoryVectorStoreQueries: options.memoryVectorStoreQueries,
    langChainStoreBaseline: options.langChainStoreBaseline,
    onStep: (step) => progress(`vectors: ${step}`),
  });

  let sweep: TierResult['sweep'];
  if (options.sweep) {
    const lines = (await readFile(path.join(generation, 'chunks.jsonl'), 'utf8'))
      .split('\n')
      .filter((line) => line !== '');
    const stored = lines.map((line) => JSON.parse(line) as { title: string; text: string });
    sweep = runParameterSweep({
      texts: stored.map((chunk) => `${chunk.title}\n${chunk.text}`),
      chunkTexts: stored.map((chunk) => chunk.text),
      questions: questions.map((question) => ({ question: question.question, marker: question.marker })),
      glossary,
      dimensions: options.sweep.dimensions,
      fullDimension: dimensions,
      fullDimensionVectors: vectors,
      mValues: options.sweep.mValues,
      defaultM: hnsw.m,
      efConstruction: hnsw.efConstruction,
      efValues: options.efValues,
      onStep: progress,
    });
  }
  opened.index.close();

  progress('restart in a fresh process');
  const probe = await runTypeScriptChild(
    path.join(options.repositoryRoot, 'bench/tier/restart-probe.ts'),
    [JSON.stringify({ dataDir, knowledgeDir, questions: questionTexts.slice(0, 1 + options.restartWarmAnswers) })],
    { cwd: options.repositoryRoot, timeoutMilliseconds: 300_000 },
  );
  const restart = lastJsonLine<RestartProbeResult>(probe.stdout);
  if (!restart)
    throw new Error(
      `the restart probe failed (exit ${probe.exitCode}${probe.timedOut ? ', timed out' : ''}): ${probe.stderr.slice(-2_000)}`,
    );
  const residentDelta = restart.memoryAfterFirstAnswer.rss - restart.memoryBeforeOpen.rss;
  const heapUsedDelta = restart.memoryAfterFirstAnswer.heapUsed - restart.memoryBeforeOpen.heapUsed;
  // The texts count as held only when the V8 heap grew by at least their size (a core that keeps texts on disk holds none).
  const textHeld = heapUsedDelta >= corpus.textStringBytes ? corpus.textStringBytes : 0;
  const memory = {
    chunks,
    residentDeltaBytes: residentDelta,
    residentBytesPerChunk: round(residentDelta / chunks, 0),
    textBytes: corpus.textStringBytes,
    textHeldBytes: textHeld,
    residentBytesPerChunkBeyondText: round((residentDelta - textHeld) / chunks, 0),
    heapUsedDeltaBytes: heapUsedDelta,
    heapTotalDeltaBytes: (restart.memoryAfterFirstAnswer.heapTotal ?? 0) - (restart.memoryBeforeOpen.heapTotal ?? 0),
    externalDeltaBytes: restart.memoryAfterFirstAnswer.external - restart.memoryBeforeOpen.external,
    residentDeltaAfterWarmAnswersBytes: restart.memoryAfterWarmAnswers.rss - restart.memoryBeforeOpen.rss,
  };

  const result: TierResult = {
    name: options.name,
    status: 'ok',
    targetChunks: options.targetChunks,
    seed: options.seed,
    questions: {
      monolingual: questions.filter((question) => question.kind === 'monolingual').length,
      crossLanguage: questions.filter((question) => question.kind === 'cross-language').length,
    },
    languages: corpus.languages,
    glossary: glossaryInfo,
    ingest,
    restart: { ...restart, processWallMilliseconds: round(probe.wallMilliseconds, 0) },
    memory,
    disk,
    latency,
    quality,
    vectors: vectorResult,
    sweep,
    hnsw,
    tierMilliseconds: round(performance.now() - tierStart, 0),
    cpu: {
      wallMilliseconds: round(performance.now() - tierStart, 0),
      userMilliseconds: round(process.cpuUsage(cpuStart).user / 1_000, 0),
      systemMilliseconds: round(process.cpuUsage(cpuStart).system / 1_000, 0),
      loadAverageStart: round(loadAverageStart, 2),
      loadAverageEnd: round(os.loadavg()[0] ?? 0, 2),
    },
  };
  await writeFile(options.resultFile, JSON.stringify(result, null, 2));
  await rm(options.workDir, { recursive: true, force: true });
  progress('done');
}

await main();
