import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two test files at a time (vitest's default leaves one of two cores idle): most of an e2e
    // file's time is spent waiting on the clients, registries and windows it starts.
    maxWorkers: 2,
    globalSetup: ['test-support/global-setup.ts'],
  },
});
