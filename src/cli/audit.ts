import { audit } from '../engine';
import type { Lang } from '../engine/types';
import { InputError, readInput } from './read-input';
import { printReport } from './report-print';

/**
 * `npm run audit -- <file.txt|file.html|URL> [--json] [--lang zh-Hans|zh-Hant|en]`
 * Exit codes: 0 analysed; 2 usage; 3 input could not be read (missing file, unreachable URL, HTTP error, PDF);
 * 4 read but not analysed (empty, or not a privacy policy) — never a made-up score.
 */

const LANGS: readonly Lang[] = ['zh-Hans', 'zh-Hant', 'en'];
const USAGE = 'usage: npm run audit -- <file.txt|file.html|URL> [--json] [--lang zh-Hans|zh-Hant|en]\n';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const langAt = argv.indexOf('--lang');
  const lang = langAt >= 0 ? argv[langAt + 1] : undefined;
  const target = argv.find((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1));
  if (!target || (lang !== undefined && !LANGS.includes(lang as Lang))) {
    process.stderr.write(USAGE);
    return 2;
  }
  let input;
  try {
    input = await readInput(target);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`audit: ${error.message}\n`);
      return 3;
    }
    throw error;
  }
  const report = audit(input.text, lang ? { lang: lang as Lang } : {});
  if (json) process.stdout.write(`${JSON.stringify({ source: input.source, title: input.title, ...report })}\n`);
  else printReport(report, input.source, input.title);
  return report.status === 'analysed' ? 0 : 4;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
