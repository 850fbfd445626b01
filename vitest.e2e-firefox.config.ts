import { defineConfig } from 'vitest/config';

/**
 * Real Firefox (Debian's firefox-esr) with dist-e2e-firefox/, over WebDriver BiDi (issue #15). Apart from the
 * Chromium config so each browser runs alone: 2 cores do not run two well. `npm run test:e2e:firefox` builds first.
 */
export default defineConfig({
  test: {
    name: 'e2e-firefox',
    environment: 'node',
    include: ['test/e2e/**/*.firefox.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    maxWorkers: 1,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
