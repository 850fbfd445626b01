/** An audit → the history record stored for it: the summary, the top findings and every quote for diffs. */
import type { AuditReport, Severity } from '../engine/types';
import type { PageInfo } from '../messages';
import type { HistoryRecord } from './schema';
import { clauseCount } from '../engine/merge';

const RANK: Record<Severity, number> = { severe: 4, high: 3, medium: 2, low: 1, info: 0 };
const TOP = 5;
/** Quotes are trimmed: enough to tell clauses apart, small enough for hundreds of records in storage.local. */
const QUOTE_MAX = 300;

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function toRecord(page: PageInfo, policy: PageInfo, report: AuditReport, date: Date): HistoryRecord {
  const scored = report.findings.filter((f) => f.kind !== 'context');
  const top = [...scored]
    .sort((a, b) => RANK[b.severity] - RANK[a.severity])
    .slice(0, TOP)
    .map((f) => ({ quote: f.quote.slice(0, QUOTE_MAX), severity: f.severity, why: f.why }));
  return {
    id: `${date.getTime().toString(36)}-${report.textHash}`,
    site: siteOf(page.url),
    pageUrl: page.url,
    policyUrl: policy.url,
    policyTitle: policy.title,
    textHash: report.textHash,
    score: report.score,
    level: report.level,
    counts: {
      findings: clauseCount(report),
      shares: report.stats.shares,
      consent: report.stats.consent,
      denies: report.stats.denies,
    },
    top,
    quotes: report.findings.map((f) => f.quote.slice(0, QUOTE_MAX)),
    date: date.toISOString(),
  };
}
