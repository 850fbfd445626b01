/**
 * What history keeps of each audit (issue #4), and the migration that carries older stored shapes
 * forward: data written by any earlier version must load in this one, so extension updates lose nothing.
 */
import type { Level, Localized, Severity } from '../engine/types';
import type { PolicyChange } from '../messages';

export const HISTORY_SCHEMA = 1;
export const HISTORY_KEY = 'history';

export interface TopFinding {
  quote: string;
  severity: Severity;
  why: Localized;
}

export interface AuditCounts {
  findings: number;
  shares: number;
  consent: number;
  denies: number;
}

export interface HistoryRecord {
  id: string;
  /** hostname of the page the user was on */
  site: string;
  pageUrl: string;
  policyUrl: string;
  policyTitle: string;
  textHash: string;
  score: number | null;
  level: Level | null;
  counts: AuditCounts;
  /** the most severe findings, for the list and the CSV */
  top: TopFinding[];
  /** every finding's quote, kept so the next audit of a changed text can say what was added and removed */
  quotes: string[];
  /** ISO 8601 */
  date: string;
  change?: PolicyChange;
  /** every page that led to this policy text that day, oldest first (issue #17.7); absent = just pageUrl */
  pages?: string[];
}

export interface HistoryData {
  schema: typeof HISTORY_SCHEMA;
  records: HistoryRecord[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * Schema 0 (the shell's drafts) stored a bare array of records without `quotes` or `counts`.
 * Unknown future schemas are refused rather than half-read: the caller keeps the stored data untouched.
 */
export function migrate(raw: unknown): HistoryData {
  if (raw === undefined || raw === null) return { schema: HISTORY_SCHEMA, records: [] };
  if (Array.isArray(raw)) return { schema: HISTORY_SCHEMA, records: raw.filter(isRecord).map(fromV0) };
  if (isRecord(raw) && raw.schema === HISTORY_SCHEMA && Array.isArray(raw.records)) {
    return { schema: HISTORY_SCHEMA, records: raw.records.filter(isHistoryRecord) };
  }
  throw new Error(`unsupported history schema: ${isRecord(raw) ? String(raw.schema) : typeof raw}`);
}

function fromV0(r: Record<string, unknown>): HistoryRecord {
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '');
  const findings = typeof r.findings === 'number' ? r.findings : 0;
  return {
    id: str('id') || `${str('date')}:${str('textHash')}`,
    site: str('site'),
    pageUrl: str('pageUrl'),
    policyUrl: str('policyUrl'),
    policyTitle: str('policyTitle'),
    textHash: str('textHash'),
    score: typeof r.score === 'number' ? r.score : null,
    level: (r.level as Level | undefined) ?? null,
    counts: { findings, shares: 0, consent: 0, denies: 0 },
    top: Array.isArray(r.top) ? (r.top as TopFinding[]) : [],
    quotes: [],
    date: str('date'),
  };
}

export function isHistoryRecord(x: unknown): x is HistoryRecord {
  return (
    isRecord(x) &&
    typeof x.id === 'string' &&
    typeof x.policyUrl === 'string' &&
    typeof x.textHash === 'string' &&
    typeof x.date === 'string' &&
    isRecord(x.counts) &&
    Array.isArray(x.quotes) &&
    Array.isArray(x.top)
  );
}
