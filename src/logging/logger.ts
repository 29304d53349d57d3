/**
 * Scoped JSON-lines logging (pino). The core receives a Logger; it never writes to the console.
 */
import { type DestinationStream, pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

export interface CreateLoggerOptions {
  level?: string;
  /** A writable destination; defaults to standard error so standard output stays clean for --json. */
  destination?: NodeJS.WritableStream;
}

export function createLogger(options: CreateLoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'matchcut' },
      redact: {
        paths: [
          'apiKey',
          'token',
          'botToken',
          'appToken',
          'signingSecret',
          '*.apiKey',
          '*.token',
          '*.signingSecret',
          'headers.authorization',
        ],
        censor: '[hidden]',
      },
    },
    (options.destination ?? process.stderr) as DestinationStream,
  );
}

/** A logger that drops everything (tests, `--quiet`). */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
