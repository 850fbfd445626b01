import { readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import { predictedMarketing, predictedPhone, predictedPolarity, prf } from '../src/cli/metrics';
import { md5Half } from '../src/cli/split';
import { MEASURED_ONLY, WRITTEN_SETS as SETS } from './written-sets';

/**
 * `tsx scripts/written-eval.ts [--errors] [set…]`: polarity on test/fixtures/written/*.jsonl, sentences written for
 * this project from POLARITY.md alone by sessions that never saw the engine or the corpus — wording nobody tuned on
 * when they were made. Halves by the MD5 of the text: errors are read on the tune half only (`--errors` lists them;
 * marketing is scored as phone is), the check half stays an estimate of unseen wording; no check-half row is ever
 * listed, and no row of a set in MEASURED_ONLY.
 */
const CLASSES = ['shares', 'consent', 'denies', 'none'] as const;
type Row = { text: string; polarity: (typeof CLASSES)[number]; phone: boolean; marketing: boolean; kind: string };
const showErrors = process.argv.includes('--errors');
// names given on the command line measure those sets alone
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

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
