/**
 * Builds scripts that chrome.scripting.executeScript({ files }) injects (issue #4). Injected files are
 * classic scripts, not modules, and the value of their last expression is what executeScript returns —
 * so each entry is bundled on its own as an IIFE whose footer calls its `run()` export.
 */
import { build, type Plugin } from 'vite';

export interface IifeEntry {
  /** source module exporting `run()` */
  entry: string;
  /** output path inside the extension, e.g. "inject/discover.js" */
  file: string;
}

export function iifeScripts(entries: IifeEntry[], outDir: () => string): Plugin {
  return {
    name: 'policy-radar:iife-scripts',
    apply: 'build',
    async closeBundle() {
      for (const { entry, file } of entries) {
        const name = `__policyRadar_${file.replace(/\W/g, '_')}`;
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            outDir: outDir(),
            emptyOutDir: false,
            target: 'es2022',
            minify: true,
            lib: { entry, formats: ['iife'], name, fileName: () => file },
            rolldownOptions: { output: { footer: `${name}.run();` } },
          },
        });
      }
    },
  };
}
