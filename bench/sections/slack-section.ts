/**
 * Slack overhead: 50 signed Events API `app_mention`s in flight at once, sent over loopback
 * to the real Bolt app (HTTP mode, its own process, the real core) — time from sending to
 * the HTTP acknowledgement, and to the answer's `chat.postMessage` arriving at the local
 * Web API stand-in. Bounded: a few rounds, hard time limits, 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import diagnosticsChannel from 'node:diagnostics_channel';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { articleFile, generateCorpus } from '../corpus/generate-corpus.js';
import { type LatencySummary, summarize } from '../measure/statistics.js';
import type { SlackMeasured, SlackSection } from './section-types.js';

const requiredFiles = [
  'adapters/slack/app.ts',
  'adapters/slack/config.ts',
  'test/stand-ins/slack-web-api.ts',
  'test/helpers/slack-signing.ts',
  'src/open-matchcut.ts',
];
const eventsPerRound = 50;
const rounds = 4;
const botToken = 'xoxb-bench-token';
const signingSecret = 'bench-signing-secret-5c1d';
const teamId = 'T0BENCH01';
const channel = 'C0BENCH01';

interface BotReady {
  ready: true;
  port: number;
  askAlone: LatencySummary;
}

export async function measureSlackOverhead(options: {
  repositoryRoot: string;
  onProgress: (line: string) => void;
  /** Ask worker threads in the bot (default: the core's default; 0: asks on the bot's event loop). */
  askWorkers?: number | undefined;
  /** MATCHCUT_QUESTION_LOG for the bot (default: the core's default, on). */
  questionLog?: 'on' | 'off' | undefined;
  /** Bot replicas (default 1), each its own process and data folder; events go to them in turn. */
  replicas?: number | undefined;
  /** A PostgreSQL store the replicas share (MATCHCUT_DATABASE_URL): each event is claimed before work. */
  databaseUrl?: string | undefined;
  /** Write a V8 CPU profile of the (first) bot's measured part to this file. */
  cpuProfile?: string | undefined;
}): Promise<SlackSection> {
  const missing = requiredFiles.filter((file) => !existsSync(path.join(options.repositoryRoot, file)));
  if (missing.length > 0)
    return { status: 'not measured', reason: `the Slack adapter has not landed (missing ${missing.join(', ')})` };
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'matchcut-bench-slack-'));
  try {
    return await measure(options, scratch);
  } catch (error) {
    return {
      status: 'not measured',
      reason: `the Slack benchmark failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function measure(
  options: {
    repositoryRoot: string;
    onProgress: (line: string) => void;
    askWorkers?: number | undefined;
    questionLog?: 'on' | 'off' | undefined;
    replicas?: number | undefined;
    databaseUrl?: string | undefined;
    cpuProfile?: string | undefined;
  },
  scratch: string,
): Promise<SlackSection> {
  const { startSlackWebApiStandIn } = await import('../../test/stand-ins/slack-web-api.js');
  const { postSignedJson } = await import('../../test/helpers/slack-signing.js');

  // Knowledge: the synthetic 1k-chunk corpus with the shipped glossary and profiles.
  const knowledgeDir = path.join(scratch, 'knowledge');
  await mkdir(path.join(knowledgeDir, 'articles'), { recursive: true });
  const corpus = generateCorpus({ targetChunks: 1_000, monolingualQuestions: 12, crossLanguageQuestions: 0 });
  for (const article of corpus.articles)
    await writeFile(path.join(knowledgeDir, 'articles', `${article.id}.md`), articleFile(article));
  for (const file of ['glossary.yaml', 'profiles.yaml']) {
    const source = path.join(options.repositoryRoot, 'knowledge', file);
    if (existsSync(source)) await copyFile(source, path.join(knowledgeDir, file));
  }
  const questions = corpus.questions.map((question) => question.question);

  const api = await startSlackWebApiStandIn({ botToken, teamId });
  const bots = Array.from({ length: Math.max(1, options.replicas ?? 1) }, (_, index) =>
    startBot(options, {
      dataDir: path.join(scratch, index === 0 ? 'data' : `data-${index}`),
      knowledgeDir,
      apiUrl: api.apiUrl,
      questions,
      ...(index === 0 && options.cpuProfile !== undefined ? { cpuProfile: options.cpuProfile } : {}),
    }),
  );
  try {
    const readies = await Promise.all(bots.map((bot) => bot.ready));
    const urls = readies.map((ready) => `http://127.0.0.1:${ready.port}/slack/events`);
    const ready = readies[0] as BotReady;
    options.onProgress(
      `${urls.length} bot(s) ready on ${readies.map((entry) => entry.port).join(', ')}; ask alone p50 ${ready.askAlone.p50} ms`,
    );

    let eventCounter = 0;
    // Per measured event, keyed by its send time: when the sender wrote it and read the ack (see ackSplit).
    const senderTimes = new Map<number, { written?: number; read: number }>();
    const written = new Map<number, number>();
    // Event ids unique to this run: replicas on a shared store remember the events claimed in earlier runs.
    const runId = Date.now().toString(36).toUpperCase();
    const sendRound = async (roundIndex: number, count: number) => {
      const sentAt = new Map<string, number>();
      const acks: number[] = [];
      const statuses: number[] = [];
      await Promise.all(
        Array.from({ length: count }, async (_, index) => {
          eventCounter += 1;
          const ts = `${1_720_000_000 + roundIndex}.${String(index).padStart(6, '0')}`;
          const question = questions[eventCounter % questions.length] as string;
          const body = {
            token: 'legacy-verification-token',
            team_id: teamId,
            api_app_id: 'A0BENCHAPP',
            event: {
              type: 'app_mention',
              user: 'U0BENCH01',
              text: `<@${api.botUserId}> ${question}`,
              ts,
              event_ts: ts,
              channel,
            },
            type: 'event_callback',
            event_id: `Ev0BENCH${runId}${String(eventCounter).padStart(6, '0')}`,
            event_time: Math.floor(Date.now() / 1_000),
            authorizations: [
              {
                enterprise_id: null,
                team_id: teamId,
                user_id: api.botUserId,
                is_bot: true,
                is_enterprise_install: false,
              },
            ],
            is_ext_shared_channel: false,
          };
          sentAt.set(ts, Date.now());
          const sent = clock();
          const response = await postSignedJson(urls[eventCounter % urls.length] as string, body, {
            signingSecret,
            headers: { [sentAtHeader]: String(sent) },
          });
          if (roundIndex > 0) senderTimes.set(sent, { read: clock() });
          acks.push(response.elapsedMilliseconds);
          statuses.push(response.status);
        }),
      );
      const deadline = Date.now() + 90_000;
      const answered = new Map<string, number>();
      while (answered.size < count && Date.now() < deadline) {
        for (const call of api.callsTo('chat.postMessage')) {
          const thread = String(call.body.thread_ts ?? '');
          const sent = sentAt.get(thread);
          if (sent !== undefined && !answered.has(thread)) answered.set(thread, call.at - sent);
        }
        if (answered.size < count) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return { acks, statuses, answers: [...answered.values()] };
    };

    await sendRound(0, 10);
    const writes = senderWrites(written);
    // The sender and the Web API stand-in share this process: a late ack may be this loop's delay, not the bot's.
    const senderDelay = monitorEventLoopDelay({ resolution: 1 });
    senderDelay.enable();
    const acks: number[] = [];
    const answers: number[] = [];
    let rejected = 0;
    for (let round = 1; round <= rounds; round += 1) {
      const result = await sendRound(round, eventsPerRound);
      acks.push(...result.acks);
      answers.push(...result.answers);
      rejected += result.statuses.filter((status) => status !== 200).length;
      options.onProgress(`round ${round}: ${result.answers.length}/${eventsPerRound} answered`);
    }
    // Stopped here (again in `finally`, harmlessly) so the first bot reports its event-loop delay.
    await Promise.all(bots.map((bot) => bot.stop()));
    senderDelay.disable();
    writes.stop();
    const milliseconds = (nanoseconds: number) => Math.round(nanoseconds / 10_000) / 100;
    const { loopDelay, botAcks } = bots[0]?.loopDelay() ?? {};
    const ackSplit = botAcks === undefined ? undefined : splitAcks(botAcks, senderTimes, written);
    const senderLoopDelay = {
      p50: milliseconds(senderDelay.percentile(50)),
      p99: milliseconds(senderDelay.percentile(99)),
      max: milliseconds(senderDelay.max),
    };
    return {
      status: 'ok',
      eventsPerRound,
      rounds,
      ack: summarize(acks),
      answerPosted: summarize(answers),
      askAlone: ready.askAlone,
      ...(loopDelay === undefined ? {} : { loopDelay }),
      ...(ackSplit === undefined ? {} : { ackSplit }),
      senderLoopDelay,
      answered: answers.length,
      knowledge: `synthetic corpus of ${corpus.articles.length} articles (about 1,000 chunks) with the shipped glossary and profiles`,
      notes: [
        'Sender and Web API stand-in run in the bench process, the bot (Bolt HTTP mode + core) in its own process, over 127.0.0.1; one warm-up round of 10 events is not counted.',
        'event → answer posted is measured with Date.now() (1 ms resolution) from sending the event to the stand-in receiving the first chat.postMessage of its thread.',
        ...(rejected > 0 ? [`${rejected} events were not acknowledged with HTTP 200`] : []),
      ],
    };
  } finally {
    await Promise.all(bots.map((bot) => bot.stop()));
    await api.close();
  }
}

const sentAtHeader = 'x-bench-sent-at';
/** Milliseconds since the epoch with sub-millisecond precision, comparable between processes on one machine. */
const clock = () => performance.timeOrigin + performance.now();

/** Sender side: when undici wrote each request's headers to its socket, by the request's send time. */
function senderWrites(into: Map<number, number>): { stop(): void } {
  const onHeaders = (message: unknown) => {
    const { headers } = message as { headers: string };
    const sent = new RegExp(`^${sentAtHeader}: ([\\d.]+)\\r?$`, 'mu').exec(headers)?.[1];
    if (sent !== undefined) into.set(Number(sent), clock());
  };
  diagnosticsChannel.subscribe('undici:client:sendHeaders', onHeaders);
  return { stop: () => diagnosticsChannel.unsubscribe('undici:client:sendHeaders', onHeaders) };
}

/** Each measured ack's time split between the sender, loopback and the bot (the two processes' clocks paired). */
function splitAcks(
  botAcks: [sent: number, parsed: number, acked: number][],
  senderTimes: Map<number, { read: number }>,
  written: Map<number, number>,
): NonNullable<SlackMeasured['ackSplit']> {
  const parts = {
    sentToWritten: [],
    writtenToParsed: [],
    parsedToAcked: [],
    ackedToRead: [],
    writtenToAcked: [],
  } as Record<keyof NonNullable<SlackMeasured['ackSplit']>, number[]>;
  for (const [sent, parsed, acked] of botAcks) {
    const read = senderTimes.get(sent)?.read;
    const wrote = written.get(sent);
    if (read === undefined || wrote === undefined) continue;
    parts.sentToWritten.push(wrote - sent);
    parts.writtenToParsed.push(parsed - wrote);
    parts.parsedToAcked.push(acked - parsed);
    parts.ackedToRead.push(read - acked);
    parts.writtenToAcked.push(acked - wrote);
  }
  return Object.fromEntries(Object.entries(parts).map(([name, values]) => [name, summarize(values)])) as NonNullable<
    SlackMeasured['ackSplit']
  >;
}

/** One bot process (../sections/slack-bot-process.ts): ready once it prints its port, stopped through stdin. */
function startBot(
  options: {
    repositoryRoot: string;
    askWorkers?: number | undefined;
    questionLog?: 'on' | 'off' | undefined;
    databaseUrl?: string | undefined;
  },
  bot: { dataDir: string; knowledgeDir: string; apiUrl: string; questions: string[]; cpuProfile?: string },
): {
  ready: Promise<BotReady>;
  stop(): Promise<void>;
  loopDelay(): (Pick<SlackMeasured, 'loopDelay'> & { botAcks: [number, number, number][] }) | undefined;
} {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(options.repositoryRoot, 'bench/sections/slack-bot-process.ts'),
      JSON.stringify({
        repositoryRoot: options.repositoryRoot,
        ...bot,
        botToken,
        signingSecret,
        askWorkers: options.askWorkers,
        questionLog: options.questionLog,
        databaseUrl: options.databaseUrl,
      }),
    ],
    { cwd: options.repositoryRoot, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (data: string) => {
    stderr = (stderr + data).slice(-4_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let buffer = '';
  const ready = new Promise<BotReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bot process did not start within 180 s')), 180_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (data: string) => {
      buffer += data;
      const line = buffer.split('\n').find((candidate) => candidate.includes('"ready"'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as BotReady);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `the bot process exited (${code}) before it was ready: ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
        ),
      );
    });
  });
  // Awaited by the caller together with the other replicas'; a second failure must not go unhandled.
  ready.catch(() => undefined);
  return {
    ready,
    async stop() {
      child.stdin.end();
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
      ]);
      if (!stopped) child.kill('SIGKILL');
    },
    loopDelay() {
      const line = buffer.split('\n').find((candidate) => candidate.startsWith('{"loopDelay"'));
      return line === undefined
        ? undefined
        : (JSON.parse(line) as Pick<SlackMeasured, 'loopDelay'> & { botAcks: [number, number, number][] });
    },
  };
}
