/**
 * What the parent asks a tier process to measure, and what the tier reports back.
 */
import type { LatencySummary } from '../measure/statistics.js';
import type { ParameterSweepResult } from '../vector/parameter-sweep.js';
import type { VectorBenchmarkResult } from '../vector/vector-benchmarks.js';
import type { AnswerQualityResult } from './answer-quality.js';
import type { QueryLatencyResult } from './query-latency.js';
import type { RestartProbeResult } from './restart-probe.js';

export interface TierOptions {
  name: string;
  targetChunks: number;
  seed: number;
  /** A scratch folder for the knowledge files and the index (removed afterwards). */
  workDir: string;
  resultFile: string;
  repositoryRoot: string;
  /** The glossary the product ships, copied into the tier's knowledge folder when it exists. */
  glossaryFile: string;
  monolingualQuestions: number;
  crossLanguageQuestions: number;
  latencyCalls: number;
  vectorQueries: number;
  memoryVectorStoreQueries: number;
  efValues: number[];
  langChainStoreBaseline: boolean;
  sweep: { dimensions: number[]; mValues: number[] } | undefined;
  restartWarmAnswers: number;
}

export interface IngestResult {
  chunks: number;
  articles: number;
  corpusTextBytes: number;
  generateMilliseconds: number;
  writeKnowledgeFilesMilliseconds: number;
  /** openKnowledge from the call to the opened index: load files, chunk, embed, HNSW, BM25, write, reopen. */
  totalMilliseconds: number;
  endToEndChunksPerSecond: number;
  /** Chunking, embedding, HNSW inserts, BM25 build and the index files, without reading the knowledge files. */
  buildChunksPerSecond: number;
  phasesMilliseconds: {
    /** Glossary and article files read, validated and hashed (with first-use module loading). */
    loadKnowledge: number;
    chunk: number;
    embed: number;
    hnswInsert: number;
    lexicalAndWrite: number;
    reopen: number;
  };
  embedChunksPerSecond: number;
  hnswInsertsPerSecond: number;
  peakResidentBytes: number;
}

export interface DiskResult {
  indexBytes: number;
  indexBytesPerThousandChunks: number;
  files: Record<string, number>;
  knowledgeFilesBytes: number;
}

export interface MemoryResult {
  chunks: number;
  /** Resident memory the opened knowledge holds (after GC), measured in a fresh process. */
  residentDeltaBytes: number;
  residentBytesPerChunk: number;
  /** The article texts and titles as V8 would hold them (1 byte a character for Latin-1 strings, 2 otherwise). */
  textBytes: number;
  /** The text counted as held: all of it when the V8 heap grew by at least its size, otherwise none (the core keeps texts on disk). */
  textHeldBytes: number;
  /** Resident memory per chunk beyond the article text the process holds. */
  residentBytesPerChunkBeyondText: number;
  heapUsedDeltaBytes: number;
  /** Growth of the V8 heap reserved (used or not). */
  heapTotalDeltaBytes: number;
  externalDeltaBytes: number;
  residentDeltaAfterWarmAnswersBytes: number;
}

export interface GlossaryInfo {
  present: boolean;
  concepts: number;
  hash: string;
  /** Vocabulary entries whose English, Korean and Vietnamese forms the glossary maps to one concept. */
  bridgedSkills: number;
  bridgedPlaces: number;
  skills: number;
  places: number;
  /** English forms of the vocabulary entries the glossary does not bridge (for the glossary's authors). */
  unbridged: string[];
}

export interface CpuUse {
  wallMilliseconds: number;
  userMilliseconds: number;
  systemMilliseconds: number;
  /** 1-minute load average when the tier started and ended: above the core count, other work shared the CPUs. */
  loadAverageStart: number;
  loadAverageEnd: number;
}

export interface TierResult {
  name: string;
  status: 'ok';
  targetChunks: number;
  seed: number;
  questions: { monolingual: number; crossLanguage: number };
  languages: Record<string, number>;
  glossary: GlossaryInfo;
  ingest: IngestResult;
  restart: RestartProbeResult & { processWallMilliseconds: number };
  memory: MemoryResult;
  disk: DiskResult;
  latency: QueryLatencyResult;
  quality: AnswerQualityResult;
  vectors: VectorBenchmarkResult;
  sweep: ParameterSweepResult | undefined;
  hnsw: {
    m: number;
    efConstruction: number;
    efSearch: number | undefined;
    denseSearch: 'exact' | 'graph';
    dimensions: number;
  };
  tierMilliseconds: number;
  cpu: CpuUse;
}

export interface TierFailure {
  name: string;
  status: 'failed' | 'timed out';
  targetChunks: number;
  detail: string;
}

export type TierOutcome = TierResult | TierFailure;

export type { LatencySummary };
