/**
 * A real pino logger (the project's createLogger, same redaction) that keeps its JSON lines
 * in memory, so tests can wait for what the adapter reports and check what it never logs.
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
  lines: string[];
  records(): LogRecord[];
  waitFor(predicate: (record: LogRecord) => boolean, timeoutMilliseconds?: number): Promise<LogRecord>;
}

export function createMemoryLogger(level = 'debug'): MemoryLogger {
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(line);
      for (const listener of [...listeners]) listener();
      callback();
    },
  });
  const records = () => lines.map((line) => JSON.parse(line) as LogRecord);
  return {
    logger: createLogger({ level, destination }),
    lines,
    records,
    waitFor: (predicate, timeoutMilliseconds = 5_000) =>
      new Promise<LogRecord>((resolve, reject) => {
        const check = () => {
          const found = records().find(predicate);
          if (found === undefined) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`Timed out waiting for a log line; got: ${lines.slice(-10).join('\n')}`));
        }, timeoutMilliseconds);
        listeners.add(check);
        check();
      }),
  };
}
