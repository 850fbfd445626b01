import { audit } from '../src/engine';
import { readSet } from '../src/cli/corpus';
import { checkIds, restrict, type Split } from '../src/cli/split';
import { predictedPolarity } from '../src/cli/metrics';

/** `tsx scripts/polarity-errors.ts <set> [tune|check]`: every polarity row the engine gets wrong, gold → predicted. */
const dir = process.argv[2] ?? '../shared/corpus/zh-capp130-dev';
const split = (process.argv[3] ?? 'tune') as Split;
const set = restrict(readSet(dir), checkIds(dir), split);
for (const row of set.polarity ?? []) {
  const report = audit(row.text, { assumePolicy: true });
  const pred = predictedPolarity(report);
  if (pred === row.polarity) continue;
  const rules = [...new Set(report.findings.map((f) => `${f.rule}/${f.polarity}:${f.triggers.join('|')}`))].join(' ');
  process.stdout.write(`${row.polarity}→${pred}\t${row.policy}\t${row.text.slice(0, 160)}\t${rules}\n`);
}
