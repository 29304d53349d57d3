// The second test stage (npm run test:scale, .ci/run): tests that start real PostgreSQL and Redis servers
// (test/support/postgres-server.ts, redis-server.ts). One file at a time: the servers and the
// processes the tests start share two cores with everything else.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/scale/**/*.test.ts'],
    // Builds the shipped knowledge base's index once for every test core (test/helpers/test-core.ts).
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
