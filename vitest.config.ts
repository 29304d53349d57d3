import { configDefaults, defineConfig } from 'vitest/config';
import { longFilesFirst } from './test/helpers/long-files-first.js';

/** Files that take far longer than the rest (see the CI log's per-file times): they start first. */
const longFirst = [
  'test/deploy/dockerfile.test.ts',
  'test/core/live-knowledge.test.ts',
  'test/cli/help-and-errors.test.ts',
  'test/cli/web-knowledge.test.ts',
  'test/matchmaking/scale.test.ts',
];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The scale tests start PostgreSQL and Redis: their own stage (vitest.scale.config.ts, npm run test:scale).
    exclude: [...configDefaults.exclude, 'test/scale/**'],
    // Builds the shipped knowledge base's index once for every test core (test/helpers/test-core.ts).
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share their worker's module cache (no test mocks modules or changes process.env): each file
    // no longer imports and compiles the core again (the import phase took ~130 s of a ~540 s CI run).
    isolate: false,
    reporters: process.env.CI ? ['default'] : ['default'],
    // Vitest's default is one worker less than the cores: one worker on CI's two cores, which leaves a
    // core idle whenever no test has a process of its own running. Two workers keep both cores busy.
    maxWorkers: 2,
    sequence: { sequencer: longFilesFirst(longFirst) },
  },
});
