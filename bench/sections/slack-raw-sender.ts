/**
 * The Slack section's `raw` sender: each event's request, serialized and signed before the round, is written as HTTP/1.1
 * bytes straight to a TCP connection opened before the measured rounds (one per event in flight, kept alive), and its
 * acknowledgement is read off the same connection with a minimal response reader. Sending an event is then one
 * socket write: the sender's own work no longer sits between an event's send time and its request reaching the bot
 * (node:http's client spent up to ~1 ms per request building it, and a burst's first requests were written only after
 * the whole burst had been set up), so an ack measures the bot and loopback more exactly. An ack is timed, as with
 * the other senders, from the event's send to the end of its response.
 */
import net from 'node:net';

/** A request prepared before the round: everything but the send-time header. */
export interface RawPreparedRequest {
  body: string;
  headers: Record<string, string>;
}

interface Connection {
  socket: net.Socket;
  busy: boolean;
  received: Buffer;
  onData?: (() => void) | undefined;
  onFailure?: ((error: Error) => void) | undefined;
}

/** The end of a response in `received` (its length in bytes) and its status, or undefined while incomplete. */
export function completeResponse(received: Buffer): { status: number; length: number } | undefined {
  const headEnd = received.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const head = received.toString('latin1', 0, headEnd);
  const status = Number(/^HTTP\/1\.[01] (\d{3})/u.exec(head)?.[1] ?? 0);
  const lengthHeader = /\r\ncontent-length:\s*(\d+)/iu.exec(head)?.[1];
  let at = headEnd + 4;
  if (lengthHeader !== undefined) {
    const end = at + Number(lengthHeader);
    return received.length >= end ? { status, length: end } : undefined;
  }
  if (!/\r\ntransfer-encoding:\s*chunked/iu.test(head)) return { status, length: at };
  // Chunked: size line, data, CRLF, until a chunk of size 0 and the CRLF after it (no trailers are sent here).
  for (;;) {
    const lineEnd = received.indexOf('\r\n', at);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(received.toString('latin1', at, lineEnd), 16);
    if (Number.isNaN(size)) throw new Error('an unreadable chunk size in an acknowledgement');
    const next = lineEnd + 2 + size + 2;
    if (received.length < next) return undefined;
    if (size === 0) return { status, length: next };
    at = next;
  }
}

/** Kept-alive connections to one bot, opened ahead; `post` writes one request and resolves with its ack. */
export async function openRawSender(
  url: string,
  connections: number,
): Promise<{
  post(
    prepared: RawPreparedRequest,
    headers: Record<string, string>,
    onWritten: (at: number) => void,
  ): Promise<{ status: number; elapsedMilliseconds: number }>;
  close(): void;
}> {
  const { hostname, port, pathname } = new URL(url);
  const open = () =>
    new Promise<Connection>((resolve, reject) => {
      const socket = net.connect({ host: hostname, port: Number(port), noDelay: true });
      const connection: Connection = { socket, busy: false, received: Buffer.alloc(0) };
      socket.once('connect', () => resolve(connection));
      socket.once('error', reject);
      socket.on('data', (data: Buffer) => {
        connection.received = connection.received.length === 0 ? data : Buffer.concat([connection.received, data]);
        connection.onData?.();
      });
      socket.on('error', (error) => connection.onFailure?.(error));
      socket.on('close', () => connection.onFailure?.(new Error('the bot closed a connection')));
    });
  const pool: Connection[] = [];
  for (let index = 0; index < connections; index += 1) pool.push(await open());
  const openAnother = async () => {
    const opened = await open();
    pool.push(opened);
    return opened;
  };
  const clock = () => performance.timeOrigin + performance.now();
  return {
    async post(prepared, headers, onWritten) {
      const started = performance.now();
      // A free connection is taken at once (no await before the write); one is opened only if none is free.
      const connection = pool.find((candidate) => !candidate.busy) ?? (await openAnother());
      connection.busy = true;
      const lines = Object.entries({ ...prepared.headers, ...headers }).map(([name, value]) => `${name}: ${value}\r\n`);
      const request =
        `POST ${pathname} HTTP/1.1\r\nhost: ${hostname}:${port}\r\nconnection: keep-alive\r\n${lines.join('')}` +
        `content-length: ${Buffer.byteLength(prepared.body)}\r\n\r\n${prepared.body}`;
      const response = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no acknowledgement within 10 s')), 10_000);
        connection.onFailure = (error) => {
          clearTimeout(timer);
          reject(error);
        };
        connection.onData = () => {
          const done = completeResponse(connection.received);
          if (done === undefined) return;
          clearTimeout(timer);
          connection.received = connection.received.subarray(done.length);
          connection.onData = undefined;
          connection.onFailure = undefined;
          resolve(done.status);
        };
      });
      connection.socket.write(request);
      onWritten(clock());
      const status = await response;
      connection.busy = false;
      return { status, elapsedMilliseconds: performance.now() - started };
    },
    close() {
      for (const connection of pool) connection.socket.destroy();
    },
  };
}
