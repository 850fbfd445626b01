/** An audit → what a ledger entry keeps of it: the score and every clause that lets data out (issue #6). */
import type { AuditReport, Finding, Severity } from '../engine/types';
import type { PageInfo } from '../messages';
import type { LedgerFinding, LedgerPolicy } from './schema';
import { clauseCount } from '../engine/merge';

export const SEVERITY_RANK: Record<Severity, number> = { severe: 4, high: 3, medium: 2, low: 1, info: 0 };
/** Long enough to quote a whole clause in a complaint; bounded so hundreds of entries stay small. */
const QUOTE_MAX = 600;
const FINDINGS_MAX = 40;
const REFUSALS_MAX = 5;

const isSharing = (f: Finding): f is Finding & { polarity: 'shares' | 'consent' } => f.polarity !== 'denies';

export function ledgerFinding(f: Finding & { polarity: 'shares' | 'consent' }): LedgerFinding {
  return {
    id: f.id,
    polarity: f.polarity,
    severity: f.severity,
    recipients: f.recipients,
    data: f.data,
    purposes: f.purposes,
    quote: f.quote.slice(0, QUOTE_MAX),
    phone: f.data.some((d) => d === 'phone' || d === 'contact' || d === 'contacts-list'),
    marketing: f.purposes.some((p) => p === 'marketing' || p === 'ads') || f.recipients.includes('advertisers'),
  };
}

export function ledgerPolicy(policy: PageInfo, report: AuditReport, text: string, sha256: string): LedgerPolicy {
  const findings = report.findings
    .filter(isSharing)
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.span.start - b.span.start)
    .slice(0, FINDINGS_MAX)
    .map(ledgerFinding);
  return {
    url: policy.url,
    title: policy.title,
    textHash: report.textHash,
    sha256,
    chars: text.length,
    score: report.score,
    level: report.level,
    findings,
    clauses: clauseCount(report),
    refusals: report.findings
      .filter((f) => f.polarity === 'denies')
      .slice(0, REFUSALS_MAX)
      .map((f) => f.quote.slice(0, QUOTE_MAX)),
  };
}
