import { defineConfig } from 'vitest/config';

/**
 * Real Chromium with the built extension (dist-e2e/). One file at a time: every file launches its own browser
 * and 2 cores do not run two well. `npm run test:e2e` builds first.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    maxWorkers: 1,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
