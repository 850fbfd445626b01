import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditReport, ChecklistId, Level } from '../engine/types';
import { CorpusError, readJsonl } from './corpus';
import { round } from './metrics';
import { isMarketing, isPhone, isSale } from '../engine/verdict';

/**
 * Section 4 of the eval contract (../shared/corpus/README.md): each policy audited whole and held against the
 * readers' consensus row of `policy-labels.jsonl`, answered as ../shared/corpus/POLICY-RUBRIC.md asks.
 */

type Answer = 'yes' | 'consent' | 'no';

export interface PolicyLabel {
  policy: string;
  reader: number | 'consensus';
  phone_out: Answer;
  marketing_out: Answer;
  sale: 'yes' | 'no';
  risk: Level;
  risk_score: number;
  [item: string]: unknown;
}

/** The rubric's field for each checklist item of the engine. */
export const RUBRIC_ITEM: Record<ChecklistId, string> = {
  'named-recipients': 'named_recipients',
  'sharing-list': 'sharing_list',
  'separate-consent': 'separate_consent',
  'withdraw-consent': 'withdraw_consent',
  'personalisation-opt-out': 'personalisation_optout',
  'marketing-opt-out': 'marketing_optout',
};
const ANSWERS = ['yes', 'consent', 'no'];
const LEVELS: readonly Level[] = ['low', 'medium', 'high', 'severe'];

const isLabel = (x: unknown): x is PolicyLabel => {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.policy === 'string' &&
    (typeof r.reader === 'number' || r.reader === 'consensus') &&
    ANSWERS.includes(r.phone_out as string) &&
    ANSWERS.includes(r.marketing_out as string) &&
    (r.sale === 'yes' || r.sale === 'no') &&
    LEVELS.includes(r.risk as Level) &&
    typeof r.risk_score === 'number' &&
    Object.values(RUBRIC_ITEM).every((k) => r[k] === 'met' || r[k] === 'missing')
  );
};

/** The consensus rows of `dir/policy-labels.jsonl`, or null when the set has none. */
export function readPolicyLabels(dir: string): PolicyLabel[] | null {
  const path = join(dir, 'policy-labels.jsonl');
  if (!existsSync(path)) return null;
  return readJsonl(path, isLabel).filter((row) => row.reader === 'consensus');
}

/** The contract's answer from findings: yes when a `shares` finding qualifies, consent when only `consent` ones do. */
export function answerOf(report: AuditReport, holds: (f: AuditReport['findings'][number]) => boolean): Answer {
  const hits = report.findings.filter(holds);
  if (hits.some((f) => f.polarity === 'shares')) return 'yes';
  return hits.some((f) => f.polarity === 'consent') ? 'consent' : 'no';
}

// a finding carries the number or a marketing purpose by its own words or by what the policy shows (verdict.ts)
export const phoneOut = (r: AuditReport) => answerOf(r, isPhone);
export const marketingOut = (r: AuditReport) => answerOf(r, isMarketing);
// "a shares finding says data is sold or rented"; a merger's transfer or a merchant that sells goods is not a sale
export const saleOut = (r: AuditReport) => (r.findings.some(isSale) ? 'yes' : 'no');

/** Average ranks (ties share the mean of their positions), then Pearson's r over them. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const ranks = (v: readonly number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
    const out = new Array<number>(v.length);
    for (let i = 0; i < order.length;) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
      for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2;
      i = j + 1;
    }
    return out;
  };
  const a = ranks(xs);
  const b = ranks(ys);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / Math.max(1, v.length);
  const ma = mean(a);
  const mb = mean(b);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i]! - ma) * (b[i]! - mb);
    da += (a[i]! - ma) ** 2;
    db += (b[i]! - mb) ** 2;
  }
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db);
}

export function evalPolicy(labels: readonly PolicyLabel[], reports: ReadonlyMap<string, AuditReport>) {
  const items = Object.keys(RUBRIC_ITEM) as ChecklistId[];
  const checklist = Object.fromEntries(items.map((id) => [id, { agree: 0, unclear: 0 }]));
  let phone = 0;
  let marketing = 0;
  let sale = 0;
  let exact = 0;
  let withinOne = 0;
  let gap = 0;
  const scores: number[] = [];
  const gold: number[] = [];
  for (const label of labels) {
    const report = reports.get(label.policy);
    if (!report) throw new CorpusError(`policy-labels.jsonl names policy ${label.policy}, which has no text`);
    for (const id of items) {
      const status = report.checklist.find((c) => c.id === id)?.status ?? 'missing';
      if (status === 'unclear') checklist[id]!.unclear++;
      if ((status === 'met') === (label[RUBRIC_ITEM[id]] === 'met')) checklist[id]!.agree++;
    }
    if (phoneOut(report) === label.phone_out) phone++;
    if (marketingOut(report) === label.marketing_out) marketing++;
    if (saleOut(report) === label.sale) sale++;
    const distance = report.level ? Math.abs(LEVELS.indexOf(report.level) - LEVELS.indexOf(label.risk)) : 4;
    if (distance === 0) exact++;
    if (distance <= 1) withinOne++;
    const score = report.score ?? 0;
    gap += Math.abs(score - label.risk_score);
    scores.push(score);
    gold.push(label.risk_score);
  }
  const n = labels.length;
  const frac = (x: number) => round(x / Math.max(1, n));
  for (const id of items) checklist[id]!.agree = frac(checklist[id]!.agree);
  return {
    n,
    checklist,
    phone_out: frac(phone),
    marketing_out: frac(marketing),
    sale: frac(sale),
    level_exact: frac(exact),
    level_within_one: frac(withinOne),
    spearman: round(spearman(scores, gold)),
    score_mae: round(gap / Math.max(1, n), 2),
  };
}
