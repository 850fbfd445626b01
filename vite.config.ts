import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { manifestFor, type BuildTarget } from './scripts/manifest-for.ts';

/** One source, three builds: `dist/` (Chrome), `dist-firefox/`, and `dist-e2e/` (Chrome + loopback hosts for tests). */
export default defineConfig(({ mode }) => {
  const target: BuildTarget = mode === 'firefox' || mode === 'e2e' ? mode : 'chrome';
  const base = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const manifest = manifestFor(base, target) as unknown as ManifestV3Export;
  return {
    plugins: [preact(), crx({ manifest, browser: target === 'firefox' ? 'firefox' : 'chrome' })],
    build: {
      outDir: target === 'chrome' ? 'dist' : `dist-${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: {
        output: {
          // Named vendor chunks, so bundle budgets (issue #4: popup ≤ 30 KB gzipped) read off the build output.
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
              { name: 'webextension-polyfill', test: /node_modules[\\/]webextension-polyfill[\\/]/ },
            ],
          },
        },
      },
    },
    test: {
      reporters: ['default', './test/summary-reporter.ts'],
      projects: [
        {
          extends: true,
          test: { name: 'node', environment: 'node', include: ['test/unit/**/*.test.ts', 'test/bench/**/*.test.ts'] },
        },
        {
          extends: true,
          test: { name: 'dom', environment: 'jsdom', include: ['test/dom/**/*.test.{ts,tsx}'] },
        },
      ],
    },
  };
});
