/**
 * Shared pieces for the model tests: the OpenAI-compatible stand-in, a ModelConfig pointing
 * at it, a real pino logger kept in memory, the shipped prompts/ folder, and sample
 * sources and extractive answers shaped like the core's.
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Answer, Citation } from '../../src/answer/types.js';
import type { ModelConfig } from '../../src/config/config.js';
import { createLogger, type Logger } from '../../src/logging/logger.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';

export const promptsDir = path.join(repositoryRoot, 'prompts');

export interface LogRecord {
  level: number;
  msg?: string;
  event?: string;
  reason?: string;
  [key: string]: unknown;
}

export interface CapturedLogger {
  logger: Logger;
  /** Raw JSON lines, for "never logs X" checks. */
  text(): string;
  records(): LogRecord[];
  warnings(): LogRecord[];
}

export function captureLogs(level = 'debug'): CapturedLogger {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(line);
      callback();
    },
  });
  const logger = createLogger({ level, destination });
  const records = () => lines.map((line) => JSON.parse(line) as LogRecord);
  return {
    logger,
    text: () => lines.join('\n'),
    records,
    warnings: () => records().filter((record) => record.level === 40),
  };
}

export function modelConfig(baseUrl: string | undefined, overrides: Partial<ModelConfig> = {}): ModelConfig {
  return {
    apiKey: undefined,
    baseUrl,
    chatModel: 'stand-in-chat',
    embeddingModel: undefined,
    timeoutMs: 1_500,
    maxRetries: 0,
    ...overrides,
  };
}

export function sampleSources(): Citation[] {
  return [
    {
      n: 1,
      articleId: 'uzbekistan-korea-digital-content',
      title: 'Uzbekistan and Korea expand digital content ties',
      outlet: 'Example Daily',
      published: '2024-11-05',
      quote: 'IT Works Korea opened a training center in Samarkand, where 12 Korean experts taught animation and VFX.',
      chunkId: 'uzbekistan-korea-digital-content#0',
      score: 0.82,
    },
    {
      n: 2,
      articleId: 'kocca-vietnam-office',
      title: 'KOCCA opens its Vietnam office',
      published: '2024-03-14',
      quote:
        'KOCCA opened an office in Hanoi to support Korean content companies in Vietnam & run online B2B matching.',
      chunkId: 'kocca-vietnam-office#0',
      score: 0.61,
    },
    {
      n: 3,
      articleId: 'netflix-kocca-kofic-mou-2025',
      title: 'Netflix, KOCCA and KOFIC sign a training MOU',
      quote:
        'Netflix signed an MOU with KOCCA and KOFIC to train post-production crews through the Korean Academy of Film Arts.',
      chunkId: 'netflix-kocca-kofic-mou-2025#2',
      score: 0.4,
    },
  ];
}

export function extractiveAnswer(sources: Citation[] = sampleSources(), overrides: Partial<Answer> = {}): Answer {
  return {
    text: `IT Works Korea opened a training center in Samarkand, where 12 Korean experts taught animation and VFX. [1]`,
    citations: sources.slice(0, 1),
    grounded: true,
    path: 'extractive',
    language: 'en',
    query: 'Who opened a training center in Samarkand?',
    ...overrides,
  };
}

/** Milliseconds `work` took. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; elapsedMs: number }> {
  const started = performance.now();
  const value = await work();
  return { value, elapsedMs: performance.now() - started };
}
