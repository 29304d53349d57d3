/**
 * Slack overhead: 50 signed Events API `app_mention`s in flight at once, sent over loopback
 * to the real Bolt app (HTTP mode, its own process, the real core) — time from sending to
 * the HTTP acknowledgement, and to the answer's `chat.postMessage` arriving at the local
 * Web API stand-in. Bounded: a few rounds, hard time limits, 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import diagnosticsChannel from 'node:diagnostics_channel';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { Socket } from 'node:net';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { articleFile, generateCorpus } from '../corpus/generate-corpus.js';
import { type LatencySummary, summarize } from '../measure/statistics.js';
import type { SlackMeasured, SlackSection } from './section-types.js';
import { openRawSender } from './slack-raw-sender.js';

const requiredFiles = [
  'adapters/slack/app.ts',
  'adapters/slack/config.ts',
  'test/stand-ins/slack-web-api.ts',
  'test/helpers/slack-signing.ts',
  'src/open-matchcut.ts',
];
const eventsPerRound = 50;
/** How the section sends events (see `measureSlackOverhead`'s `sender`). */
export type SlackSender = 'raw' | 'http' | 'fetch';
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
  /** Called with every measured event's clock times (bench/probe/slack-ack-timeline.ts). */
  onTimeline?: ((events: AckTimelineEvent[]) => void) | undefined;
  /**
   * How events are sent: `raw` (default) signs the round's events before sending and writes each as HTTP/1.1 bytes to
   * a connection opened before the rounds (./slack-raw-sender.ts); `http` (the sender of sessions 18-28) posts them
   * with node:http over kept-alive connections, whose set-up of a burst's requests delayed its first ones; `fetch`
   * signs and fetches each as it is sent (the sender before session 18).
   */
  sender?: SlackSender | undefined;
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
    onTimeline?: ((events: AckTimelineEvent[]) => void) | undefined;
    sender?: SlackSender | undefined;
  },
  scratch: string,
): Promise<SlackSection> {
  const { startSlackWebApiStandIn } = await import('../../test/stand-ins/slack-web-api.js');
  const { postSignedJson, signSlackRequest } = await import('../../test/helpers/slack-signing.js');
  const sender = options.sender ?? 'raw';
  const signedJson = (body: unknown, secret: string): PreparedRequest => {
    const text = JSON.stringify(body);
    return {
      body: text,
      headers: { 'content-type': 'application/json', ...signSlackRequest({ signingSecret: secret, body: text }) },
    };
  };

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
  let closeSenders = () => {};
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
    // The raw sender's connections, one per event in flight, opened before any event is sent.
    const rawSenders = new Map<string, Awaited<ReturnType<typeof openRawSender>>>();
    if (sender === 'raw') for (const url of urls) rawSenders.set(url, await openRawSender(url, eventsPerRound));
    closeSenders = () => {
      for (const raw of rawSenders.values()) raw.close();
    };
    options.onProgress(
      `${urls.length} bot(s) ready on ${readies.map((entry) => entry.port).join(', ')}; ask alone p50 ${ready.askAlone.p50} ms`,
    );

    let eventCounter = 0;
    // Per measured event, keyed by its send time: when the sender wrote it and read the ack (see ackSplit).
    const senderTimes = new Map<number, { read: number; round: number }>();
    const written = new Map<number, number>();
    // Event ids unique to this run: replicas on a shared store remember the events claimed in earlier runs.
    const runId = Date.now().toString(36).toUpperCase();
    const sendRound = async (roundIndex: number, count: number) => {
      const sentAt = new Map<string, number>();
      const acks: number[] = [];
      const statuses: number[] = [];
      // The round's events are built (and, with the http sender, serialized and signed) before the first is sent.
      const events = Array.from({ length: count }, (_, index) => {
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
        const url = urls[eventCounter % urls.length] as string;
        return { ts, url, body, signed: sender === 'fetch' ? undefined : signedJson(body, signingSecret) };
      });
      await Promise.all(
        events.map(async ({ ts, url, body, signed }) => {
          sentAt.set(ts, Date.now());
          const sent = clock();
          const headers = { [sentAtHeader]: String(sent) };
          const onWritten = (at: number) => written.set(sent, at);
          const raw = rawSenders.get(url);
          const response =
            signed === undefined
              ? await postSignedJson(url, body, { signingSecret, headers })
              : raw !== undefined
                ? await raw.post(signed, headers, onWritten)
                : await postPrepared(url, signed, headers, onWritten);
          if (roundIndex > 0) senderTimes.set(sent, { read: clock(), round: roundIndex });
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
    const writes = sender === 'fetch' ? senderWrites(written) : { stop() {} };
    const cpuBefore = bots[0]?.mainThreadCpuMs();
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
    const cpuAfter = bots[0]?.mainThreadCpuMs();
    // Stopped here (again in `finally`, harmlessly) so the first bot reports its event-loop delay.
    await Promise.all(bots.map((bot) => bot.stop()));
    senderDelay.disable();
    writes.stop();
    const milliseconds = (nanoseconds: number) => Math.round(nanoseconds / 10_000) / 100;
    const { loopDelay, botAcks } = bots[0]?.loopDelay() ?? {};
    const ackSplit = botAcks === undefined ? undefined : splitAcks(botAcks, senderTimes, written);
    if (botAcks !== undefined) options.onTimeline?.(timelineOf(botAcks, senderTimes, written));
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
      ...(cpuBefore === undefined || cpuAfter === undefined
        ? {}
        : { botMainThreadMsPerEvent: Math.round(((cpuAfter - cpuBefore) / (rounds * eventsPerRound)) * 100) / 100 }),
      answered: answers.length,
      knowledge: `synthetic corpus of ${corpus.articles.length} articles (about 1,000 chunks) with the shipped glossary and profiles`,
      notes: [
        'Sender and Web API stand-in run in the bench process, the bot (Bolt HTTP mode + core) in its own process, over 127.0.0.1; one warm-up round of 10 events is not counted.',
        'event → answer posted is measured with Date.now() (1 ms resolution) from sending the event to the stand-in receiving the first chat.postMessage of its thread.',
        senderNote(sender),
        ...(cpuBefore === undefined || cpuAfter === undefined
          ? []
          : [
              `The bot's main thread used ${Math.round(((cpuAfter - cpuBefore) / (rounds * eventsPerRound)) * 100) / 100} ms of processor time per event over the measured rounds (acknowledging, Bolt, the partner-question check, rendering, posting; /proc, 10 ms ticks).`,
            ]),
        ...(rejected > 0 ? [`${rejected} events were not acknowledged with HTTP 200`] : []),
      ],
    };
  } finally {
    closeSenders();
    await Promise.all(bots.map((bot) => bot.stop()));
    await api.close();
  }
}

/** The section's note on how its events were sent. */
function senderNote(sender: SlackSender): string {
  if (sender === 'raw')
    return (
      "The sender signs a round's events before sending the first and writes each as HTTP/1.1 bytes to its own " +
      'connection, opened before the rounds and kept alive (bench/sections/slack-raw-sender.ts): sending is one ' +
      "socket write. Until session 28 it posted them with node:http, whose set-up of a burst's requests delayed the " +
      "burst's first ones by the others' (a round's first requests were written up to 20-50 ms after their send " +
      'time, and counted in their acks); that sender is kept for comparison (`sender: http`, slack-ack-pairs.ts ' +
      '`@http`). An ack is timed from its own send to the end of its response.'
    );
  return sender === 'http'
    ? "The sender signs a round's events before sending the first and posts them with node:http over kept-alive connections (until session 17 it signed and fetched each as it went, and that work delayed every event of the burst: the rounds' first requests were written 10-40 ms after they were sent); an ack is timed from its own request call to the end of its response."
    : 'The sender signs and fetches each event as it goes (fetch, the sender until session 17).';
}

/** A thread's processor time (user + system) from /proc, ms; undefined where there is no /proc. */
function threadCpuMs(pid: number, threadId: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${threadId}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticksPerSecond = 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1_000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

const sentAtHeader = 'x-bench-sent-at';
/** Milliseconds since the epoch with sub-millisecond precision, comparable between processes on one machine. */
const clock = () => performance.timeOrigin + performance.now();

interface PreparedRequest {
  body: string;
  headers: Record<string, string>;
}

/** Kept-alive connections for the http sender: a burst opens one per event in flight, later rounds reuse them. */
const senderAgent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

/** Per sender socket: called at its next write (the next request's first bytes). */
const nextWrite = new WeakMap<Socket, { next?: (() => void) | undefined }>();
function firstWrites(socket: Socket): { next?: (() => void) | undefined } {
  let entry = nextWrite.get(socket);
  if (entry === undefined) {
    const watched: { next?: (() => void) | undefined } = {};
    const write = socket.write.bind(socket) as (...parts: unknown[]) => boolean;
    socket.write = ((...parts: unknown[]) => {
      const next = watched.next;
      watched.next = undefined;
      next?.();
      return write(...parts);
    }) as typeof socket.write;
    nextWrite.set(socket, watched);
    entry = watched;
  }
  return entry;
}

/** One prepared POST with node:http; `onWritten` when its first bytes are handed to the socket. */
function postPrepared(
  url: string,
  prepared: PreparedRequest,
  headers: Record<string, string>,
  onWritten: (at: number) => void,
): Promise<{ status: number; elapsedMilliseconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      agent: senderAgent,
      headers: { ...prepared.headers, ...headers, 'content-length': String(Buffer.byteLength(prepared.body)) },
      timeout: 10_000,
    });
    // The time the request's first bytes are handed to its socket (written at once on a kept-alive connection).
    request.once('socket', (socket) => {
      firstWrites(socket).next = () => onWritten(clock());
    });
    request.on('timeout', () => request.destroy(new Error('no acknowledgement within 10 s')));
    request.on('error', reject);
    request.on('response', (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, elapsedMilliseconds: performance.now() - started }),
      );
      response.on('error', reject);
    });
    request.end(prepared.body);
  });
}

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

/** One measured event's times on the paired clocks (epoch ms): sent, written by the sender, parsed and acked by the bot, read. */
export interface AckTimelineEvent {
  round: number;
  sent: number;
  written: number;
  parsed: number;
  acked: number;
  read: number;
}

function timelineOf(
  botAcks: [sent: number, parsed: number, acked: number][],
  senderTimes: Map<number, { read: number; round: number }>,
  written: Map<number, number>,
): AckTimelineEvent[] {
  return botAcks.flatMap(([sent, parsed, acked]) => {
    const times = senderTimes.get(sent);
    const wrote = written.get(sent);
    return times === undefined || wrote === undefined
      ? []
      : [{ round: times.round, sent, written: wrote, parsed, acked, read: times.read }];
  });
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
  /** Processor time of the bot's main thread so far (Linux), ms. */
  mainThreadCpuMs(): number | undefined;
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
    mainThreadCpuMs: () => (child.pid === undefined ? undefined : threadCpuMs(child.pid, child.pid)),
    loopDelay() {
      const line = buffer.split('\n').find((candidate) => candidate.startsWith('{"loopDelay"'));
      return line === undefined
        ? undefined
        : (JSON.parse(line) as Pick<SlackMeasured, 'loopDelay'> & { botAcks: [number, number, number][] });
    },
  };
}
