import { readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import { predictedMarketing, predictedPhone, predictedPolarity, prf } from '../src/cli/metrics';
import { checkIds } from '../src/cli/split';

/**
 * `tsx scripts/sentence-answers-eval.ts [--errors]`: polarity on real CAPP-130 sentences the corpus left unlabelled
 * (issue 14). Helper sessions labelled 1,200 sentences of zh-capp130-dev's policies by POLARITY.md alone, never
 * seeing the engine or the corpus's labels: 600 from tune-half policies, 600 from check-half policies, each batch
 * with 60 rows the corpus had labelled, unseen, to measure how far a helper reads from the corpus's labels.
 * The fixture holds ids and answers only (`policy:line`); the text is read from ../shared. Halves follow
 * SPLITS.json; `--errors` lists tune-half errors only, never a check-half row.
 */
const dir = '../shared/corpus/zh-capp130-dev';
const CLASSES = ['shares', 'consent', 'denies', 'none'] as const;
type Gold = (typeof CLASSES)[number];
interface Row {
  id: string;
  polarity: Gold;
  phone: boolean;
  marketing: boolean;
}
const rows: Row[] = readFileSync(
  new URL('../test/fixtures/sentence-answers/zh-capp130-helpers.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const check = checkIds(dir);
const lines = new Map<string, string[]>();
const textOf = (id: string) => {
  const [policy, line] = id.split(':') as [string, string];
  if (!lines.has(policy)) lines.set(policy, readFileSync(`${dir}/policies/${policy}.txt`, 'utf8').split('\n'));
  return lines.get(policy)![Number(line) - 1]!;
};
const corpus = new Map<string, Gold>();
for (const line of readFileSync(`${dir}/polarity.jsonl`, 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(line) as { policy: string; line: number; polarity: Gold };
  corpus.set(`${r.policy}:${r.line}`, r.polarity);
}
const showErrors = process.argv.includes('--errors');

for (const half of ['tune', 'check'] as const) {
  const mine = rows.filter((r) => check.has(r.id.split(':')[0]!) === (half === 'check'));
  const fresh = mine.filter((r) => !corpus.has(r.id));
  const counts = new Map(CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const phone = { tp: 0, fp: 0, fn: 0 };
  const marketing = { tp: 0, fp: 0, fn: 0 };
  let refusalsAsShares = 0;
  for (const row of fresh) {
    const text = textOf(row.id);
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
  // how far the helpers read from the corpus's own labels, on the corpus rows mixed in unseen
  const overlap = mine.filter((r) => corpus.has(r.id));
  const same = overlap.filter((r) => corpus.get(r.id) === r.polarity).length;
  if (!showErrors)
    console.log(
      `${half.padEnd(5)} n=${fresh.length} macro-F1=${macro.toFixed(3)} ` +
        CLASSES.map((c, i) => `${c} ${f1[i]!.toFixed(2)}/${support[i]}`).join(' ') +
        ` phone ${prf(phone).f1.toFixed(2)} marketing ${prf(marketing).f1.toFixed(2)} ` +
        `refusals→shares ${refusalsAsShares}/${support[2]} | helper = corpus label on ${same}/${overlap.length}`,
    );
}
