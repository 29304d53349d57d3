/**
 * What `/live`, `/health` and `/ready` answer. Live means the process serves HTTP; healthy means the
 * core's index is loaded and its store is open, migrated and (as last seen) reachable — what a load
 * balancer asks before sending a replica work; ready adds that every platform the run started is connected.
 */
import type { Matchcut } from '../../src/index.js';

export interface PlatformConnection {
  /** "slack", "discord". */
  name: string;
  connected(): boolean;
}

export interface Readiness {
  ready: boolean;
  index: boolean;
  store: boolean;
  platforms: Record<string, boolean>;
}

export function readinessOf(core: Matchcut | undefined, platforms: readonly PlatformConnection[]): Readiness {
  const coreReadiness = core?.readiness?.() ?? { index: false, store: false };
  const connected = Object.fromEntries(platforms.map((platform) => [platform.name, platform.connected()]));
  const ready = coreReadiness.index && coreReadiness.store && Object.values(connected).every(Boolean);
  return { ready, ...coreReadiness, platforms: connected };
}

/** The HTTP reply for a health path: [status, content type, body], or undefined for other paths. */
export function healthReply(
  pathname: string,
  readiness: () => Readiness,
): { status: number; contentType: string; body: string } | undefined {
  if (pathname === '/live') return { status: 200, contentType: 'text/plain', body: 'ok' };
  if (pathname === '/health') {
    const { index, store } = readiness();
    const healthy = index && store;
    return {
      status: healthy ? 200 : 503,
      contentType: 'application/json',
      body: JSON.stringify({ healthy, index, store }),
    };
  }
  if (pathname === '/ready') {
    const state = readiness();
    return { status: state.ready ? 200 : 503, contentType: 'application/json', body: JSON.stringify(state) };
  }
  return undefined;
}
