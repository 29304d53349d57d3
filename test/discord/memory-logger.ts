/**
 * A real pino logger (the project's createLogger, same redaction) that keeps its JSON lines in
 * memory, so tests can check what the adapter reports.
 */
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logging/logger.js';

export interface LogRecord {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export interface MemoryLogger {
  logger: Logger;
  records(): LogRecord[];
}

export function createMemoryLogger(level = 'debug'): MemoryLogger {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(line);
      callback();
    },
  });
  return {
    logger: createLogger({ level, destination }),
    records: () => lines.map((line) => JSON.parse(line) as LogRecord),
  };
}
