/**
 * Bolt (and its WebClient and Socket Mode client) log through this adapter into our
 * scoped pino logger, so everything is JSON lines with one redaction policy.
 */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/index.js';

/** Slack tokens look like xoxb-…, xapp-…, xoxp-…: never let one reach a log line. */
export function redactSlackTokens(text: string): string {
  return text.replace(/\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+/g, 'xox…[hidden]');
}

function describe(parts: unknown[]): string {
  return redactSlackTokens(
    parts
      .map((part) => {
        if (typeof part === 'string') return part;
        if (part instanceof Error) return `${part.name}: ${part.message}`;
        try {
          return JSON.stringify(part);
        } catch {
          return String(part);
        }
      })
      .join(' '),
  );
}

export function createBoltLogger(logger: Logger): BoltLogger {
  let scoped = logger.child({ component: 'bolt' });
  const levelFromPino = (): LogLevel => {
    switch (logger.level) {
      case 'trace':
      case 'debug':
        return LogLevel.DEBUG;
      case 'info':
        return LogLevel.INFO;
      case 'warn':
        return LogLevel.WARN;
      default:
        return LogLevel.ERROR;
    }
  };
  let level = levelFromPino();
  return {
    // Bolt and the WebClient log a few debug lines per request (the ack among them): unless debug is on, they are
    // dropped before being joined and searched for tokens.
    debug: (...message) => {
      if (scoped.isLevelEnabled('debug')) scoped.debug(describe(message));
    },
    info: (...message) => {
      if (scoped.isLevelEnabled('info')) scoped.info(describe(message));
    },
    warn: (...message) => scoped.warn(describe(message)),
    error: (...message) => scoped.error(describe(message)),
    setLevel(newLevel) {
      // Filtering stays with our logger's level (the operator's choice); Bolt only reads this back.
      level = newLevel;
    },
    getLevel: () => level,
    setName(name) {
      scoped = logger.child({ component: name });
    },
  };
}
