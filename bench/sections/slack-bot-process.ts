/**
 * The bot side of the Slack overhead benchmark, in its own process as in production: the
 * real core (`openMatchcut`) over a knowledge folder and the real Bolt app in HTTP mode on
 * 127.0.0.1, talking to the Web API stand-in the parent runs. It measures `ask` alone on the
 * benchmark questions first, then prints one JSON line `{ "ready": true, "port", "askAlone" }`
 * and serves until the parent stops it.
 *
 * Usage: node --import tsx bench/sections/slack-bot-process.ts '<json options>'
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import { writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import inspector from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createSlackApp } from '../../adapters/slack/app.js';
import { loadSlackConfig } from '../../adapters/slack/config.js';
import { openSharedEventClaims } from '../../adapters/replicas/shared-claims.js';
import { loadConfig } from '../../src/config/config.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { summarize } from '../measure/statistics.js';

interface BotOptions {
  repositoryRoot: string;
  dataDir: string;
  knowledgeDir: string;
  apiUrl: string;
  botToken: string;
  signingSecret: string;
  questions: string[];
  askWorkers?: number | undefined;
  questionLog?: 'on' | 'off' | undefined;
  /** A PostgreSQL store shared by several bot replicas (events claimed across them). */
  databaseUrl?: string | undefined;
  /** Write a V8 CPU profile of the measured part (from ready to stop) to this file. */
  cpuProfile?: string | undefined;
}

const options = JSON.parse(process.argv[2] ?? '{}') as BotOptions;
const logger = createSilentLogger();
const config = loadConfig(
  {
    MATCHCUT_DATA_DIR: options.dataDir,
    MATCHCUT_KNOWLEDGE_DIR: options.knowledgeDir,
    // The rounds send every event as one member: measured is the answer path, not the member rate limit.
    MATCHCUT_MEMBER_RATE_LIMIT: 'off',
    ...(options.questionLog === undefined ? {} : { MATCHCUT_QUESTION_LOG: options.questionLog }),
    ...(options.databaseUrl === undefined ? {} : { MATCHCUT_DATABASE_URL: options.databaseUrl }),
  },
  { cwd: options.repositoryRoot, defaultKnowledgeDir: options.knowledgeDir },
);
const core = await openMatchcut(config, {
  logger,
  ...(options.askWorkers === undefined ? {} : { askWorkers: options.askWorkers }),
});
// The ask workers start on the first ask and load the index; until one is ready asks run on the main
// thread. Give them time, so the measured rounds see the bot as it runs after its first question.
await core.ask(options.questions[0] ?? 'warm-up');
await new Promise((resolve) => setTimeout(resolve, 8_000));
for (const question of options.questions) await core.ask(question);
const latencies: number[] = [];
for (let round = 0; round < 3; round += 1) {
  for (const question of options.questions) {
    const start = performance.now();
    await core.ask(question);
    latencies.push(performance.now() - start);
  }
}
const slackConfig = loadSlackConfig({
  SLACK_BOT_TOKEN: options.botToken,
  SLACK_SIGNING_SECRET: options.signingSecret,
  SLACK_API_URL: options.apiUrl,
});
// Replicas on one store claim each event before answering it, as `matchcut slack` does.
const claims =
  options.databaseUrl === undefined
    ? undefined
    : await openSharedEventClaims(
        { MATCHCUT_DATA_DIR: options.dataDir, MATCHCUT_DATABASE_URL: options.databaseUrl },
        logger,
      );
const slack = createSlackApp({ core, config: slackConfig, logger, claims });
const started = await slack.start({ port: 0, host: '127.0.0.1' });
if (started.mode !== 'http') throw new Error('expected the Slack app in HTTP mode');
const profiler = options.cpuProfile === undefined ? undefined : new inspector.Session();
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
  await profiler.post('Profiler.start');
}
// How long the main thread held the event loop while the rounds ran (what an ack waits behind).
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
// Each event's ack split at the bot: sent → parsed here (the sender's own work, loopback, this loop's queue) and
// parsed → response finished (verification, Bolt, the ack). Clocks: both processes' timeOrigin + now (one machine).
const ackSplit = createAckSplit();
process.stdout.write(`${JSON.stringify({ ready: true, port: started.port, askAlone: summarize(latencies) })}\n`);

const stop = async () => {
  loopDelay.disable();
  ackSplit.stop();
  const milliseconds = (nanoseconds: number) => Math.round(nanoseconds / 10_000) / 100;
  process.stdout.write(
    `${JSON.stringify({
      loopDelay: {
        p50: milliseconds(loopDelay.percentile(50)),
        p99: milliseconds(loopDelay.percentile(99)),
        max: milliseconds(loopDelay.max),
      },
      botAcks: ackSplit.acks(),
    })}\n`,
  );
  if (profiler && options.cpuProfile !== undefined) {
    const { profile } = await profiler.post('Profiler.stop');
    await writeFile(options.cpuProfile, JSON.stringify(profile));
  }
  await slack.stop();
  await claims?.close();
  await core.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();

/** Per request carrying the sender's `x-bench-sent-at`: [sent, parsed here, response finished], epoch ms. */
function createAckSplit() {
  const now = () => performance.timeOrigin + performance.now();
  const parsedAt = new WeakMap<IncomingMessage, number>();
  const acks: [number, number, number][] = [];
  const onStart = (message: unknown) => {
    const { request } = message as { request: IncomingMessage };
    if (request.headers['x-bench-sent-at'] !== undefined) parsedAt.set(request, now());
  };
  const onFinish = (message: unknown) => {
    const { request } = message as { request: IncomingMessage };
    const parsed = parsedAt.get(request);
    if (parsed !== undefined) acks.push([Number(request.headers['x-bench-sent-at']), parsed, now()]);
  };
  diagnosticsChannel.subscribe('http.server.request.start', onStart);
  diagnosticsChannel.subscribe('http.server.response.finish', onFinish);
  return {
    stop() {
      diagnosticsChannel.unsubscribe('http.server.request.start', onStart);
      diagnosticsChannel.unsubscribe('http.server.response.finish', onFinish);
    },
    acks: () => acks,
  };
}
