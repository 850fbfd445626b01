import { performance } from 'node:perf_hooks';
import { audit } from '../engine';
import type { AuditReport } from '../engine/types';
import { CorpusError, readSet, type CorpusSet } from './corpus';
import {
  lineOverlaps,
  median,
  predictedMarketing,
  predictedPhone,
  predictedPolarity,
  predictedRecipients,
  prf,
  round,
  type Counts,
  type Gold,
} from './metrics';
import { printEval } from './eval-print';
import { checkIds, parseSplit, restrict } from './split';
import { evalPolicy, readPolicyLabels } from './eval-policy';

/** `npm run eval -- <set-folder> [--json] [--split tune|check]`: the contract in ../shared/corpus/README.md. */

function evalPolicies(set: CorpusSet) {
  const reports = new Map<string, AuditReport>();
  const ms: number[] = [];
  let chars = 0;
  let bytes = 0;
  const levels = { low: 0, medium: 0, high: 0, severe: 0, not_analysed: 0 };
  for (const [id, text] of set.policies!) {
    const t0 = performance.now();
    const report = audit(text);
    ms.push(performance.now() - t0);
    reports.set(id, report);
    chars += text.length;
    bytes += Buffer.byteLength(text, 'utf8');
    if (report.level) levels[report.level]++;
    else levels.not_analysed++;
  }
  const total = ms.reduce((a, b) => a + b, 0);
  const summary = {
    n: reports.size,
    chars,
    ms_total: round(total, 1),
    ms_median: round(median(ms), 2),
    mb_per_s: round(bytes / 1e6 / (total / 1000), 2),
    levels,
  };
  return { reports, summary };
}

function evalTopic(set: CorpusSet, reports: Map<string, AuditReport>) {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  const overlaps = new Map<string, Set<number>>();
  for (const row of set.labels!) {
    const text = set.policies!.get(row.policy);
    if (text === undefined)
      throw new CorpusError(`labels.jsonl names policy ${row.policy}, which has no policies/${row.policy}.txt`);
    let lines = overlaps.get(row.policy);
    if (!lines) overlaps.set(row.policy, (lines = lineOverlaps(text, reports.get(row.policy)!)));
    const predicted = lines.has(row.line);
    if (predicted && row.sharing) c.tp++;
    else if (predicted) c.fp++;
    else if (row.sharing) c.fn++;
  }
  return { n: set.labels!.length, ...c, ...prf(c) };
}

function evalPolarity(set: CorpusSet) {
  const classes: Gold[] = ['shares', 'consent', 'denies', 'none'];
  const counts = new Map(classes.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const phone: Counts = { tp: 0, fp: 0, fn: 0 };
  const marketing: Counts = { tp: 0, fp: 0, fn: 0 };
  const recipients: Counts = { tp: 0, fp: 0, fn: 0 };
  let correct = 0;
  let deniesAsShares = 0;
  const add = (c: Counts, gold: boolean, pred: boolean) => (gold && pred ? c.tp++ : pred ? c.fp++ : gold ? c.fn++ : 0);
  for (const row of set.polarity!) {
    const report = audit(row.text, { assumePolicy: true });
    const pred = predictedPolarity(report);
    if (pred === row.polarity) correct++;
    else {
      counts.get(pred)!.fp++;
      counts.get(row.polarity)!.fn++;
    }
    if (pred === row.polarity) counts.get(pred)!.tp++;
    if (row.polarity === 'denies' && pred === 'shares') deniesAsShares++;
    if (row.polarity === 'shares' || row.polarity === 'consent') {
      add(phone, row.phone, predictedPhone(report));
      add(marketing, row.marketing, predictedMarketing(report));
      const predicted = predictedRecipients(report);
      for (const r of row.recipients) add(recipients, true, predicted.has(r));
      for (const r of predicted) if (!row.recipients.includes(r)) recipients.fp++;
    }
  }
  const perClass: Record<string, { precision: number; recall: number; f1: number; support: number }> = {};
  const f1s: number[] = [];
  for (const k of classes) {
    const c = counts.get(k)!;
    const support = c.tp + c.fn;
    perClass[k] = { ...prf(c), support };
    if (support > 0 || c.fp > 0) f1s.push(perClass[k]!.f1);
  }
  const n = set.polarity!.length;
  return {
    n,
    accuracy: round(correct / Math.max(1, n)),
    macro_f1: round(f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length)),
    per_class: perClass,
    denies_as_shares: deniesAsShares,
    denies_n: perClass.denies!.support,
    phone_f1: prf(phone).f1,
    marketing_f1: prf(marketing).f1,
    recipients_f1: prf(recipients).f1,
  };
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--split');
  if (!dir) {
    process.stderr.write('usage: npm run eval -- <corpus-set-folder> [--json] [--split tune|check]\n');
    return 2;
  }
  try {
    const split = parseSplit(argv);
    const whole = readSet(dir);
    const check = split ? checkIds(dir) : null;
    const set = split ? restrict(whole, check!, split) : whole;
    const policies = set.policies ? evalPolicies(set) : null;
    const labels = readPolicyLabels(dir)?.filter((row) => !check || check.has(row.policy) === (split === 'check'));
    if (labels && !policies) throw new CorpusError(`${dir}: policy-labels.jsonl needs a policies/ folder`);
    const result = {
      set: set.name,
      topic: set.labels && policies ? evalTopic(set, policies.reports) : null,
      polarity: set.polarity ? evalPolarity(set) : null,
      policies: policies ? policies.summary : null,
      policy: labels && policies ? evalPolicy(labels, policies.reports) : null,
    };
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else printEval(result, split ?? 'all');
    return 0;
  } catch (error) {
    if (error instanceof CorpusError) {
      process.stderr.write(`eval: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
