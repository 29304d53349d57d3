import { configDefaults, defineConfig } from 'vitest/config';

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
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
