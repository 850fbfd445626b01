/** History as CSV for spreadsheets (issue #4). RFC 4180 quoting, and formula-looking cells defused. */
import type { HistoryRecord } from './schema';

const COLUMNS = [
  'date',
  'site',
  'pageUrl',
  'policyUrl',
  'policyTitle',
  'score',
  'level',
  'findings',
  'shares',
  'consent',
  'denies',
  'textHash',
  'changedSince',
  'topQuote',
] as const;

/** A cell starting with = + - @ is run as a formula by Excel and LibreOffice: page text must never be code. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(records: HistoryRecord[]): string {
  const rows = records.map((r) =>
    [
      r.date,
      r.site,
      r.pageUrl,
      r.policyUrl,
      r.policyTitle,
      r.score,
      r.level,
      r.counts.findings,
      r.counts.shares,
      r.counts.consent,
      r.counts.denies,
      r.textHash,
      r.change?.since,
      r.top[0]?.quote,
    ]
      .map(csvCell)
      .join(','),
  );
  // The BOM makes Excel read UTF-8 Chinese as UTF-8 rather than the system code page.
  return '\ufeff' + [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
