// The second test stage (npm run test:scale, .ci/run): tests that start real PostgreSQL and Redis servers
// (test/support/postgres-server.ts, redis-server.ts). Two files at a time: each file starts its own servers on
// free loopback ports in its own temporary folders, so files do not share state; run one at a time, the stage
// waited on server start-ups and bot processes with a core idle (2026-12-05, 2 cores, other work running:
// 188 s one file at a time, 124 s two at a time back to back; a third run, two at a time under heavier load,
// 206 s — all green).
import { defineConfig } from 'vitest/config';
import { longFilesFirst } from './test/helpers/long-files-first.js';

// The digest replicas wait for a tick 30 s ahead and a lease (~53 s, mostly waiting): started first, that
// wait overlaps the other files instead of ending the stage alone (session 31's CI: it ran last, 98 s).
const longFirst = [
  'test/scale/digest-replicas.test.ts',
  'test/scale/published-index-replicas.test.ts',
  'test/scale/postgres-store-contract.test.ts',
];

export default defineConfig({
  test: {
    include: ['test/scale/**/*.test.ts'],
    // Builds the shipped knowledge base's index once for every test core (test/helpers/test-core.ts).
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: longFilesFirst(longFirst) },
  },
});
