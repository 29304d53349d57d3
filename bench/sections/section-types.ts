/**
 * Results of the sections that measure other people's parts (matchmaking, the Slack
 * adapter). A section that could not run says why instead of giving a figure.
 */
import type { LatencySummary } from '../measure/statistics.js';

export interface SectionNotMeasured {
  status: 'not measured';
  reason: string;
}

export interface MatchingMeasured {
  status: 'ok';
  /** Where the figures come from (bench/matching.ts, or the matchmaking API directly). */
  source: string;
  digests: { profiles: number; milliseconds: number; suggestions: number }[];
  /** `match --for` through the core's match call (limit 10), over a sample of organizations. */
  matchFor: {
    profiles: number;
    calls: number;
    suggestions: number;
    suggestionsPerSecond: number;
    meanMilliseconds: number;
  }[];
  /** Every timing the matching benchmark reported, by profile count. */
  timings: Record<string, Record<string, number>>;
  notes: string[];
}

export type MatchingSection = MatchingMeasured | SectionNotMeasured;

export interface SlackMeasured {
  status: 'ok';
  eventsPerRound: number;
  rounds: number;
  /** Signed request sent → HTTP response (Bolt's ack), per event. */
  ack: LatencySummary;
  /** Signed request sent → the answer's chat.postMessage reached the Web API stand-in. */
  answerPosted: LatencySummary;
  /** The core's ask alone on the same questions, for comparison. */
  askAlone: LatencySummary;
  /**
   * The (first) bot's event-loop delay while the rounds ran (perf_hooks monitorEventLoopDelay, 1 ms resolution):
   * how long its main thread held the loop at a time — what an acknowledgement waits behind.
   */
  loopDelay?: { p50: number; p99: number; max: number };
  /**
   * Each measured ack split, by pairing the sender's and the first bot's clocks (one machine): fetch called →
   * headers written to the socket (the sender's own work), → parsed by the bot (loopback and the bot's queue),
   * → response finished (verification, Bolt, the ack), → read by the sender (its event loop). `writtenToAcked`
   * is the bot's share: from the request on the wire to its ack written.
   */
  ackSplit?: Record<
    'sentToWritten' | 'writtenToParsed' | 'parsedToAcked' | 'ackedToRead' | 'writtenToAcked',
    LatencySummary
  >;
  /** The same for the process that sends the events, times the acks and runs the Web API stand-in. */
  senderLoopDelay?: { p50: number; p99: number; max: number };
  /**
   * Processor time of the (first) bot's main thread over the measured rounds, per event (Linux /proc, 10 ms
   * ticks): everything the bot's event loop did for an event — acknowledging, Bolt, rendering, posting.
   */
  botMainThreadMsPerEvent?: number;
  answered: number;
  knowledge: string;
  notes: string[];
}

export type SlackSection = SlackMeasured | SectionNotMeasured;
