import type { AuditReport, Finding, Polarity } from '../engine/types';

/** Scoring helpers for eval: the predicted label of a sentence and F1 arithmetic, as the corpus contract fixes them. */

export type Gold = Polarity | 'none';

export function predictedPolarity(report: AuditReport): Gold {
  const p = (x: Polarity) => report.findings.some((f) => f.polarity === x);
  return p('shares') ? 'shares' : p('consent') ? 'consent' : p('denies') ? 'denies' : 'none';
}

const outgoing = (f: Finding) => f.polarity !== 'denies';

export function predictedPhone(report: AuditReport): boolean {
  return report.findings.some((f) => outgoing(f) && (f.data.includes('phone') || f.data.includes('contact')));
}

export function predictedMarketing(report: AuditReport): boolean {
  return report.findings.some(
    (f) =>
      outgoing(f) &&
      (f.purposes.some((p) => p === 'marketing' || p === 'ads' || p === 'profiling') ||
        f.recipients.includes('advertisers')),
  );
}

export function predictedRecipients(report: AuditReport): Set<string> {
  return new Set(report.findings.filter(outgoing).flatMap((f) => f.recipients));
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** For `text`, a function giving the 1-based lines a span overlaps. */
export function spanLines(text: string): (span: { start: number; end: number }) => number[] {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return ({ start, end }) => {
    // binary search for the line holding start, then walk while lines start before end
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    const lines: number[] = [];
    for (let l = lo; l < starts.length && starts[l]! < end; l++) lines.push(l + 1);
    return lines;
  };
}

/** The 1-based lines of `text` that any finding of the report overlaps: the topic prediction of the eval contract. */
export function lineOverlaps(text: string, report: AuditReport): Set<number> {
  const linesOf = spanLines(text);
  const lines = new Set<number>();
  // a merged clause stands at each place the policy states it
  for (const f of report.findings)
    for (const span of [f.span, ...(f.repeats ?? [])]) for (const line of linesOf(span)) lines.add(line);
  return lines;
}
