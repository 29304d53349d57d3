/**
 * A small HTTP server for `/live` (alive), `/health` (index loaded, store open) and `/ready` (and
 * platforms connected) on MATCHCUT_HEALTH_PORT, for runs without an HTTP port of their own (Slack Socket
 * Mode, Discord). Slack's HTTP mode answers the same paths on its own port.
 */
import { createServer, type Server } from 'node:http';
import type { Logger } from '../../src/index.js';
import { healthReply, type Readiness } from './readiness.js';

export interface HealthServer {
  /** The port it listens on (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(options: {
  port: number;
  host?: string;
  readiness: () => Readiness;
  logger: Logger;
}): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const reply =
      request.method === 'GET' || request.method === 'HEAD' ? healthReply(pathname, options.readiness) : undefined;
    if (reply === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(reply.status, { 'content-type': reply.contentType }).end(reply.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  options.logger.info({ port }, 'health checks served at /live, /health and /ready');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
