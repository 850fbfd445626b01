import { audit } from '../src/engine';
import { readSet } from '../src/cli/corpus';
import { checkIds, restrict, type Split } from '../src/cli/split';
import { predictedMarketing, predictedPhone } from '../src/cli/metrics';

/**
 * `tsx scripts/attribute-errors.ts <set> [tune|check] [phone|marketing]`: rows whose gold polarity is shares or
 * consent where the engine's phone (or marketing) answer differs from the gold one, gold → predicted.
 */
const dir = process.argv[2] ?? '../shared/corpus/zh-capp130-dev';
const split = (process.argv[3] ?? 'tune') as Split;
const attribute = (process.argv[4] ?? 'phone') as 'phone' | 'marketing';
const set = restrict(readSet(dir), checkIds(dir), split);
for (const row of set.polarity ?? []) {
  if (row.polarity !== 'shares' && row.polarity !== 'consent') continue;
  const report = audit(row.text, { assumePolicy: true, secondOpinion: process.env.RULES_ONLY ? false : undefined });
  const pred = attribute === 'phone' ? predictedPhone(report) : predictedMarketing(report);
  if (pred === row[attribute]) continue;
  const tags = report.findings.map(
    (f) => `${f.polarity}:${f.data.join(',')}/${f.purposes.join(',')}/${f.recipients.join(',')}`,
  );
  process.stdout.write(`${row[attribute]}→${pred}\t${row.policy}\t${row.text.slice(0, 150)}\t${tags.join(' ')}\n`);
}
