/**
 * What the phone-number ledger keeps (issue #6) and the migration that carries stored shapes forward, so
 * extension updates never lose an entry. Policy snapshots live apart, one per text, shared by entries.
 */
import type { DataCategory, Level, Polarity, Purpose, Recipient, Severity } from '../engine/types';

export const LEDGER_SCHEMA = 1;
export const LEDGER_KEY = 'ledger';
/** Snapshot keys are this prefix + the SHA-256 of the policy text: one copy however many entries cite it. */
export const SNAPSHOT_PREFIX = 'ledgerSnap:';

/** A sharing clause as it stood when the number was given: enough to quote in a complaint. */
export interface LedgerFinding {
  id: string;
  polarity: Exclude<Polarity, 'denies'>;
  severity: Severity;
  recipients: Recipient[];
  data: DataCategory[];
  purposes: Purpose[];
  quote: string;
  /** the clause covers the phone number or contact details */
  phone: boolean;
  /** the clause names marketing or advertising */
  marketing: boolean;
}

export interface LedgerPolicy {
  url: string;
  title: string;
  /** the engine's FNV-1a hash of the normalised text (what history compares) */
  textHash: string;
  /** SHA-256 of the exact text snapshotted: the evidence hash, and the snapshot's key */
  sha256: string;
  chars: number;
  score: number | null;
  level: Level | null;
  findings: LedgerFinding[];
  /** the report's one count of distinct clauses (issue 16); absent in entries stored before it */
  clauses?: number;
  /** the policy's refusals ("we never share…"), quoted: a promise broken is the strongest evidence */
  refusals: string[];
}

export type LedgerSource = 'submit' | 'pagehide' | 'manual';

export interface LedgerEntry {
  id: string;
  /** origin of the top-level page */
  site: string;
  pageUrl: string;
  /** ISO 8601 */
  date: string;
  /** 138****5678; never the number */
  masked: string;
  last4: string;
  /** salted SHA-256 of the digits; null when only the last four were given by hand */
  numberHash: string | null;
  source: LedgerSource;
  /** null when no policy could be read: the entry still records where and when */
  policy: LedgerPolicy | null;
  /** why there is no policy (a not-analysed reason code) */
  policyMissing?: string;
}

export interface Snapshot {
  /** gzip, base64 */
  gz: string;
  chars: number;
}

export interface LedgerData {
  schema: typeof LEDGER_SCHEMA;
  entries: LedgerEntry[];
}

/** The export file: entries plus every snapshot they cite, so a round trip loses nothing. */
export interface LedgerExport extends LedgerData {
  app: 'policy-radar-ledger';
  snapshots: Record<string, Snapshot>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isLedgerEntry(x: unknown): x is LedgerEntry {
  return (
    isRecord(x) &&
    typeof x.id === 'string' &&
    typeof x.site === 'string' &&
    typeof x.date === 'string' &&
    typeof x.masked === 'string' &&
    typeof x.last4 === 'string' &&
    (x.numberHash === null || typeof x.numberHash === 'string') &&
    (x.policy === null || (isRecord(x.policy) && Array.isArray(x.policy.findings)))
  );
}

export const isSnapshot = (x: unknown): x is Snapshot =>
  isRecord(x) && typeof x.gz === 'string' && typeof x.chars === 'number';

/**
 * Nothing stored yet is an empty ledger. An unknown (future) schema is refused, not half-read: the store
 * then leaves the stored value untouched rather than overwrite what a newer version wrote.
 */
export function migrate(raw: unknown): LedgerData {
  if (raw === undefined || raw === null) return { schema: LEDGER_SCHEMA, entries: [] };
  // A bare array was the shape of the ledger's first drafts (before it had a schema number).
  if (Array.isArray(raw)) return { schema: LEDGER_SCHEMA, entries: raw.filter(isLedgerEntry).map(fromDraft) };
  if (isRecord(raw) && raw.schema === LEDGER_SCHEMA && Array.isArray(raw.entries)) {
    return { schema: LEDGER_SCHEMA, entries: raw.entries.filter(isLedgerEntry) };
  }
  throw new Error(`unsupported ledger schema: ${isRecord(raw) ? String(raw.schema) : typeof raw}`);
}

function fromDraft(e: LedgerEntry): LedgerEntry {
  const policy = e.policy ? { ...e.policy, refusals: e.policy.refusals ?? [] } : null;
  return { ...e, source: e.source ?? 'manual', pageUrl: e.pageUrl ?? e.site, policy };
}
