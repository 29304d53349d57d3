import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../adapters/slack/bolt-logger.js';
import { createLogger } from '../../src/logging/logger.js';

/** A real pino logger at `level` writing JSON lines into a list. */
function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const destination = new PassThrough();
  destination.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line !== '') lines.push(JSON.parse(line));
  });
  return { logger: createLogger({ level, destination }), lines };
}

describe("Bolt's logger", () => {
  it('drops debug lines unless debug is on, and hides tokens in the lines it writes', async () => {
    const quiet = capture('info');
    const bolt = createBoltLogger(quiet.logger);
    bolt.debug('ack() call begins (body: ', { token: 'xoxb-123-secret' }, ')');
    bolt.info('started with xoxb-123-secret');
    await new Promise((resolve) => setImmediate(resolve));
    expect(quiet.lines.map((line) => line.msg)).toEqual(['started with xox…[hidden]']);

    const verbose = capture('debug');
    createBoltLogger(verbose.logger).debug('http request body:', { token: 'xoxb-123-secret' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(verbose.lines.map((line) => [line.level, line.component, line.msg])).toEqual([
      [20, 'bolt', 'http request body: {"token":"xox…[hidden]"}'],
    ]);
  });
});
