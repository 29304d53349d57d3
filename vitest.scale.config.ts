// The second test stage (npm run test:scale, .ci/run): tests that start real PostgreSQL and Redis servers
// (test/support/postgres-server.ts, redis-server.ts). One file at a time: the servers and the
// processes the tests start share two cores with everything else.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/scale/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
