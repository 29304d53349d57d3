/**
 * Query latency as a caller sees it: a full offline `ask` (retrieve, fuse, extract, cite)
 * and retrieval alone, with one caller and with two concurrent callers in the same process
 * (how a bot serving two users at once behaves on Node's single thread).
 */
import { round, type LatencySummary, summarize } from '../measure/statistics.js';

export interface ConcurrencyMeasurement {
  callers: number;
  latency: LatencySummary;
  /** Completed calls per second of wall time. */
  throughput: number;
}

export interface QueryLatencyResult {
  ask: ConcurrencyMeasurement[];
  retrieval: ConcurrencyMeasurement[];
  denseRetrieval: LatencySummary;
  lexicalRetrieval: LatencySummary;
  /** The extractive answer alone (sentence choice and citations over the retrieved passages), as ask runs it. */
  extraction: LatencySummary;
}

async function measureCallers(
  questions: string[],
  callers: number,
  calls: number,
  run: (question: string) => Promise<unknown>,
): Promise<ConcurrencyMeasurement> {
  const latencies: number[] = [];
  let next = 0;
  const wallStart = performance.now();
  const caller = async () => {
    while (next < calls) {
      const question = questions[next % questions.length] as string;
      next += 1;
      const start = performance.now();
      await run(question);
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  const wall = performance.now() - wallStart;
  return { callers, latency: summarize(latencies), throughput: round(latencies.length / (wall / 1_000), 1) };
}

async function measureSequential(
  questions: string[],
  calls: number,
  run: (question: string) => Promise<unknown>,
): Promise<LatencySummary> {
  return (await measureCallers(questions, 1, calls, run)).latency;
}

export async function measureQueryLatency<Passages>(options: {
  questions: string[];
  calls: number;
  ask: (question: string) => Promise<unknown>;
  retrieve: (question: string, mode: 'hybrid' | 'dense' | 'lexical') => Promise<Passages>;
  /** Answers from already retrieved passages, as ask does after retrieving. */
  extract: (question: string, passages: Passages) => unknown;
}): Promise<QueryLatencyResult> {
  const { questions, calls } = options;
  const warmup = Math.min(30, questions.length);
  for (const question of questions.slice(0, warmup)) {
    await options.ask(question);
    await options.retrieve(question, 'hybrid');
  }
  const hybrid = (question: string) => options.retrieve(question, 'hybrid');
  return {
    ask: [
      await measureCallers(questions, 1, calls, options.ask),
      await measureCallers(questions, 2, calls, options.ask),
    ],
    retrieval: [await measureCallers(questions, 1, calls, hybrid), await measureCallers(questions, 2, calls, hybrid)],
    denseRetrieval: await measureSequential(questions, calls, (question) => options.retrieve(question, 'dense')),
    lexicalRetrieval: await measureSequential(questions, calls, (question) => options.retrieve(question, 'lexical')),
    extraction: await measureExtraction(options),
  };
}

async function measureExtraction<Passages>(options: {
  questions: string[];
  calls: number;
  retrieve: (question: string, mode: 'hybrid') => Promise<Passages>;
  extract: (question: string, passages: Passages) => unknown;
}): Promise<LatencySummary> {
  const latencies: number[] = [];
  for (let call = 0; call < options.calls; call += 1) {
    const question = options.questions[call % options.questions.length] as string;
    const passages = await options.retrieve(question, 'hybrid');
    const start = performance.now();
    options.extract(question, passages);
    latencies.push(performance.now() - start);
  }
  return summarize(latencies);
}
