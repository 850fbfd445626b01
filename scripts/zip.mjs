// Store-ready zips of both builds (run after `npm run build`; `npm run zip` does both).
// web-ext build is already a dev dependency and writes zips whose root is the manifest, as both stores want.
import { existsSync, readFileSync } from 'node:fs';
import webExt from 'web-ext';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const builds = [
  ['dist', `policy-radar-chrome-${version}.zip`],
  ['dist-firefox', `policy-radar-firefox-${version}.zip`],
];

for (const [sourceDir, filename] of builds) {
  if (!existsSync(new URL(`../${sourceDir}/manifest.json`, import.meta.url))) {
    console.error(`${sourceDir}/ has no manifest.json: run npm run build first`);
    process.exit(1);
  }
  const { extensionPath } = await webExt.cmd.build(
    { sourceDir, artifactsDir: 'web-ext-artifacts', filename, overwriteDest: true },
    { shouldExitProgram: false },
  );
  console.log(extensionPath);
}
