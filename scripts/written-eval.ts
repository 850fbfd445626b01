import { readdirSync, readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import { predictedMarketing, predictedPhone, predictedPolarity, prf } from '../src/cli/metrics';
import { md5Half } from '../src/cli/split';

/**
 * `tsx scripts/written-eval.ts [--errors] [set…]`: polarity on test/fixtures/written/*.jsonl, sentences written for
 * this project from POLARITY.md alone by sessions that never saw the engine or the corpus — wording nobody tuned on
 * when they were made. Halves by the MD5 of the text: errors are read on the tune half only (`--errors` lists them;
 * marketing is scored as phone is), the check half stays an estimate of unseen wording; no check-half row is ever
 * listed, and no row of a set in MEASURED_ONLY.
 */
const CLASSES = ['shares', 'consent', 'denies', 'none'] as const;
// every written set, by language and then number: zh, zh-2 …, zh-hant, zh-hant-3 …, en, en-2 …
const LANGS = ['zh', 'zh-hant', 'en'];
const SETS = readdirSync(new URL('../test/fixtures/written/', import.meta.url))
  .filter((file) => file.endsWith('.jsonl'))
  .map((file) => {
    const name = file.slice(0, -'.jsonl'.length);
    const [, lang, n] = /^(zh-hant|zh|en)(?:-(\d+))?$/.exec(name)!;
    return { name, lang: LANGS.indexOf(lang!), n: Number(n ?? 1) };
  })
  .sort((a, b) => a.lang - b.lang || a.n - b.n)
  .map((set) => set.name);
type Row = { text: string; polarity: (typeof CLASSES)[number]; phone: boolean; marketing: boolean; kind: string };
const showErrors = process.argv.includes('--errors');
// names given on the command line measure those sets alone
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// written after the last rule and only ever measured: --errors never lists them
const MEASURED_ONLY = new Set([
  'zh-6',
  'zh-9',
  'zh-11',
  'zh-13',
  'zh-16',
  'zh-18',
  'zh-21',
  'zh-hant-6',
  'zh-hant-10',
  'zh-hant-12',
  'zh-hant-14',
  'zh-hant-17',
  'zh-hant-21',
  'en-3',
  'en-5',
  'en-7',
  'en-9',
  'en-13',
  'en-16',
  'en-18',
  'en-20',
  'zh-hant-22',
  'en-22',
  'zh-24',
  'en-24',
  'zh-26',
  'zh-hant-25',
  'en-26',
  'zh-27',
  'zh-hant-26',
  'en-27',
]);

for (const name of SETS.filter((name) => only.length === 0 || only.includes(name))) {
  const rows: Row[] = readFileSync(new URL(`../test/fixtures/written/${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  for (const split of ['tune', 'check'] as const) {
    const counts = new Map(CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
    const phone = { tp: 0, fp: 0, fn: 0 };
    const marketing = { tp: 0, fp: 0, fn: 0 };
    let deniesAsShares = 0;
    let n = 0;
    for (const row of rows.filter((r) => md5Half(r.text) === split)) {
      n++;
      const report = audit(row.text, { assumePolicy: true });
      const pred = predictedPolarity(report);
      if (pred === row.polarity) counts.get(pred)!.tp++;
      else {
        counts.get(pred)!.fp++;
        counts.get(row.polarity)!.fn++;
        if (row.polarity === 'denies' && pred === 'shares') deniesAsShares++;
        if (showErrors && split === 'tune' && !MEASURED_ONLY.has(name))
          console.log(`${name}\t${row.polarity}→${pred}\t${row.kind}\t${row.text}`);
      }
      if (row.polarity === 'shares' || row.polarity === 'consent') {
        const p = predictedPhone(report);
        if (p && row.phone) phone.tp++;
        else if (p) phone.fp++;
        else if (row.phone) phone.fn++;
        const m = predictedMarketing(report);
        if (m && row.marketing) marketing.tp++;
        else if (m) marketing.fp++;
        else if (row.marketing) marketing.fn++;
      }
    }
    const f1 = CLASSES.map((c) => prf(counts.get(c)!).f1);
    const macro = f1.reduce((a, b) => a + b, 0) / CLASSES.length;
    if (!showErrors)
      console.log(
        `${name.padEnd(8)} ${split.padEnd(5)} n=${String(n).padStart(3)} macro-F1=${macro.toFixed(3)} ` +
          CLASSES.map((c, i) => `${c} ${f1[i]!.toFixed(2)}`).join(' ') +
          ` phone ${prf(phone).f1.toFixed(2)} marketing ${prf(marketing).f1.toFixed(2)} refusals→shares ${deniesAsShares}/${counts.get('denies')!.tp + counts.get('denies')!.fn}`,
      );
  }
}
