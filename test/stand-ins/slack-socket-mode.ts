/**
 * A local stand-in for Slack's Socket Mode WebSocket endpoint. The real
 * @slack/socket-mode client (inside @slack/bolt) gets its URL from `apps.connections.open`
 * on the Web API stand-in, connects here, receives `hello`, then envelopes
 * (events_api, slash_commands, interactive) and answers each with an ack
 * `{ envelope_id, payload }`, which this stand-in records.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface RecordedAck {
  envelopeId: string;
  payload: Record<string, unknown>;
  at: number;
}

export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';

export interface SendEnvelopeOptions {
  /** Slack's retry counter for events (0 for the first delivery). */
  retryAttempt?: number;
  retryReason?: string;
}

export interface SlackSocketModeStandIn {
  /** The wss-like URL apps.connections.open should return. */
  url: string;
  acks: RecordedAck[];
  /** How many clients have connected so far. */
  connectionCount(): number;
  waitForConnection(timeoutMilliseconds?: number): Promise<void>;
  /** Send an envelope to the connected client; returns its envelope_id. */
  send(type: EnvelopeType, payload: Record<string, unknown>, options?: SendEnvelopeOptions): string;
  waitForAck(envelopeId: string, timeoutMilliseconds?: number): Promise<RecordedAck>;
  close(): Promise<void>;
}

export async function startSlackSocketModeStandIn(): Promise<SlackSocketModeStandIn> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const sockets = new Set<WebSocket>();
  const acks: RecordedAck[] = [];
  const listeners = new Set<() => void>();
  let connections = 0;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      const message = JSON.parse(data.toString()) as { envelope_id?: unknown; payload?: unknown };
      if (typeof message.envelope_id !== 'string') return;
      const payload =
        message.payload !== null && typeof message.payload === 'object'
          ? (message.payload as Record<string, unknown>)
          : {};
      acks.push({ envelopeId: message.envelope_id, payload, at: Date.now() });
      notify();
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: sockets.size,
        debug_info: { host: 'stand-in', build_number: 1, approximate_connection_time: 3600 },
        connection_info: { app_id: 'A0TESTAPP' },
      }),
    );
    notify();
  });

  const waitUntil = <T>(find: () => T | undefined, description: string, timeoutMilliseconds: number) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = find();
        if (value === undefined) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`Timed out after ${timeoutMilliseconds} ms waiting for ${description}`));
      }, timeoutMilliseconds);
      listeners.add(check);
      check();
    });

  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=stand-in`,
    acks,
    connectionCount: () => connections,
    waitForConnection: async (timeoutMilliseconds = 5_000) => {
      await waitUntil(() => (sockets.size > 0 ? true : undefined), 'a Socket Mode connection', timeoutMilliseconds);
    },
    send(type, payload, options = {}) {
      const socket = [...sockets][0];
      if (socket === undefined) throw new Error('No Socket Mode client is connected');
      const envelopeId = randomUUID();
      const envelope: Record<string, unknown> = {
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
      };
      if (type === 'events_api') {
        envelope.retry_attempt = options.retryAttempt ?? 0;
        envelope.retry_reason = options.retryReason ?? '';
      }
      socket.send(JSON.stringify(envelope));
      return envelopeId;
    },
    waitForAck: (envelopeId, timeoutMilliseconds = 5_000) =>
      waitUntil(
        () => acks.find((ack) => ack.envelopeId === envelopeId),
        `the ack of envelope ${envelopeId}`,
        timeoutMilliseconds,
      ),
    async close() {
      listeners.clear();
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
