import { existsSync, readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import { predictedMarketing, predictedPhone, predictedPolarity, prf } from '../src/cli/metrics';
import { checkIds } from '../src/cli/split';
import { sentenceOf } from './pieces';

/**
 * `tsx scripts/sentence-answers-eval.ts [--errors]`: polarity on real sentences the corpus left unlabelled
 * (issue 14). Helper sessions labelled sentences of zh-capp130-dev, zh-hant, zh-wild and en-dev policies by POLARITY.md
 * alone, never seeing the engine or the corpus's labels, from both halves of each set; every batch has corpus
 * rows mixed in unseen, to measure how far a helper reads from the corpus's own labels. The fixtures hold ids and
 * answers only (`policy:line` in CAPP-130, `set/policy#n` elsewhere, n counted by scripts/pieces.ts); the text is
 * read from ../shared. Halves follow SPLITS.json; `--errors` lists tune-half errors only, never a check-half row.
 */
const CORPUS = '../shared/corpus';
const CLASSES = ['shares', 'consent', 'denies', 'none'] as const;
type Gold = (typeof CLASSES)[number];
interface Row {
  id: string;
  polarity: Gold;
  phone: boolean;
  marketing: boolean;
}
const showErrors = process.argv.includes('--errors');

for (const set of ['zh-capp130-dev', 'zh-hant', 'zh-wild', 'en-dev']) {
  const fixture = new URL(`../test/fixtures/sentence-answers/${set}-helpers.jsonl`, import.meta.url);
  if (!existsSync(fixture)) continue;
  const rows: Row[] = readFileSync(fixture, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const capp = set === 'zh-capp130-dev';
  // the corpus's own label of a sentence, by line in CAPP-130 and by text elsewhere
  const corpus = new Map<string, Gold>();
  for (const line of readFileSync(`${CORPUS}/${set}/polarity.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as { policy: string; line?: number; text: string; polarity: Gold };
    corpus.set(capp ? `${r.policy}:${r.line}` : r.text.trim(), r.polarity);
  }
  const corpusLabel = (row: Row, text: string) => corpus.get(capp ? row.id : text);
  const check = checkIds(`${CORPUS}/${set}`);

  for (const half of ['tune', 'check'] as const) {
    const counts = new Map(CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
    const phone = { tp: 0, fp: 0, fn: 0 };
    const marketing = { tp: 0, fp: 0, fn: 0 };
    let refusalsAsShares = 0;
    let n = 0;
    let overlap = 0;
    let same = 0;
    for (const row of rows) {
      const [policy, text] = sentenceOf(CORPUS, set, row.id);
      if (check.has(policy) !== (half === 'check')) continue;
      const known = corpusLabel(row, text);
      if (known) {
        overlap++;
        if (known === row.polarity) same++;
        continue;
      }
      n++;
      const report = audit(text, { assumePolicy: true });
      const pred = predictedPolarity(report);
      if (pred === row.polarity) counts.get(pred)!.tp++;
      else {
        counts.get(pred)!.fp++;
        counts.get(row.polarity)!.fn++;
        if (row.polarity === 'denies' && pred === 'shares') refusalsAsShares++;
        if (showErrors && half === 'tune') console.log(`${row.polarity}→${pred}\t${row.id}\t${text}`);
      }
      if (row.polarity === 'shares' || row.polarity === 'consent') {
        for (const [gold, predicted, c] of [
          [row.phone, predictedPhone(report), phone],
          [row.marketing, predictedMarketing(report), marketing],
        ] as const) {
          if (predicted && gold) c.tp++;
          else if (predicted) c.fp++;
          else if (gold) c.fn++;
        }
      }
    }
    const f1 = CLASSES.map((c) => prf(counts.get(c)!).f1);
    const support = CLASSES.map((c) => counts.get(c)!.tp + counts.get(c)!.fn);
    // macro over the classes that occur (gold or predicted): a half with no refusal has no refusal F1 to average
    const present = CLASSES.map((c) => counts.get(c)!.tp + counts.get(c)!.fn + counts.get(c)!.fp > 0);
    const macro =
      f1.filter((_, i) => present[i]).reduce((a, b) => a + b, 0) / Math.max(1, present.filter(Boolean).length);
    if (!showErrors)
      console.log(
        `${set.padEnd(15)} ${half.padEnd(5)} n=${n} macro-F1=${macro.toFixed(3)} ` +
          CLASSES.map((c, i) => `${c} ${f1[i]!.toFixed(2)}/${support[i]}`).join(' ') +
          ` phone ${prf(phone).f1.toFixed(2)} marketing ${prf(marketing).f1.toFixed(2)} ` +
          `refusals→shares ${refusalsAsShares}/${support[2]} | helper = corpus label on ${same}/${overlap}`,
      );
  }
}
