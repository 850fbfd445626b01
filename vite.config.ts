import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { manifestFor, type BuildTarget } from './scripts/manifest-for.ts';
import { iifeScripts } from './scripts/iife-plugin.ts';

/**
 * One source, four builds: `dist/` (Chrome), `dist-firefox/`, and for tests `dist-e2e/` (Chrome + loopback hosts)
 * and `dist-e2e-firefox/` (Firefox + 127.0.0.1).
 */
export default defineConfig(({ mode }) => {
  const targets: BuildTarget[] = ['firefox', 'e2e', 'e2e-firefox'];
  const target: BuildTarget = targets.find((t) => t === mode) ?? 'chrome';
  const gecko = target === 'firefox' || target === 'e2e-firefox';
  const base = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const manifest = manifestFor(base, target) as unknown as ManifestV3Export;
  const outDir = target === 'chrome' ? 'dist' : `dist-${target}`;
  return {
    plugins: [
      preact(),
      crx({ manifest, browser: gecko ? 'firefox' : 'chrome' }),
      // Scripts the worker injects with executeScript({ files }) (issue #4): classic IIFEs, not modules.
      iifeScripts(
        [
          { entry: 'src/inject/discover.ts', file: 'inject/discover.js' },
          { entry: 'src/inject/render.ts', file: 'inject/render.js' },
          // In-page features (issue #5): highlights on demand; the guard's tiny watcher, and its chip on demand.
          { entry: 'src/content/highlight/main.ts', file: 'inject/highlight.js' },
          { entry: 'src/content/guard/watch.ts', file: 'inject/guard-watch.js' },
          { entry: 'src/content/guard/chip.ts', file: 'inject/guard-chip.js' },
        ],
        () => outDir,
      ),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: {
        // Pages the manifest does not name: the offscreen document parses fetched HTML (Chrome, issue #4).
        input: {
          offscreen: 'src/offscreen/index.html',
          // The phone-field guard's switch (issue #5); the history/options page embeds the same component.
          options: 'src/options/index.html',
        },
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
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['test/dom/**/*.test.{ts,tsx}'],
            setupFiles: ['test/dom/setup.ts'],
          },
        },
      ],
    },
  };
});
