/**
 * What a ledger import may bring in (issue #18): every field checked (URLs http(s), enums known, hashes
 * 64 hex, arrays arrays), records that fail left out, a count cap per file, and snapshots only in a shape
 * and size decompress() will accept. Entries are never trimmed, so an import cannot push any out.
 */
import type { DataCategory, Purpose, Recipient } from '../engine/types';
import {
  LEVELS,
  SEVERITIES,
  arrayOf,
  hex64,
  httpOrigin,
  httpUrl,
  int,
  isObj,
  oneOf,
  pastDate,
  str,
} from '../shared/checks';
import type { LedgerEntry, LedgerFinding, LedgerPolicy, Snapshot } from './schema';
import { MAX_SNAPSHOT_CHARS } from './snapshot';

export const MAX_IMPORT_ENTRIES = 20_000;

const RECIPIENTS: readonly Recipient[] = [
  'affiliates',
  'partners',
  'advertisers',
  'sdk',
  'processors',
  'acquirer',
  'public',
  'authorities',
  'unspecified',
];
const DATA: readonly DataCategory[] = [
  'phone',
  'contact',
  'contacts-list',
  'device-id',
  'location',
  'identity',
  'biometric',
  'financial',
  'usage',
  'account',
  'personal-info',
];
const PURPOSES: readonly Purpose[] = [
  'marketing',
  'ads',
  'profiling',
  'service',
  'analytics',
  'security',
  'legal',
  'payment',
];

const isFinding = (x: unknown): x is LedgerFinding =>
  isObj(x) &&
  str(x.id, 200) &&
  oneOf(['shares', 'consent'] as const)(x.polarity) &&
  oneOf(SEVERITIES)(x.severity) &&
  arrayOf(x.recipients, oneOf(RECIPIENTS), 20) &&
  arrayOf(x.data, oneOf(DATA), 20) &&
  arrayOf(x.purposes, oneOf(PURPOSES), 20) &&
  str(x.quote, 5_000) &&
  typeof x.phone === 'boolean' &&
  typeof x.marketing === 'boolean';

const isQuote = (x: unknown): x is string => str(x, 5_000);

const isPolicy = (x: unknown): x is LedgerPolicy =>
  isObj(x) &&
  httpUrl(x.url) &&
  str(x.title, 1_000) &&
  typeof x.textHash === 'string' &&
  /^[0-9a-z]{1,64}$/.test(x.textHash) &&
  hex64(x.sha256) &&
  int(x.chars, 0, MAX_SNAPSHOT_CHARS) &&
  (x.score === null || int(x.score, 0, 100)) &&
  (x.level === null || oneOf(LEVELS)(x.level)) &&
  arrayOf(x.findings, isFinding, 2_000) &&
  arrayOf(x.refusals, isQuote, 500);

export function validLedgerEntry(x: unknown, now: Date): x is LedgerEntry {
  return (
    isObj(x) &&
    str(x.id, 200) &&
    httpOrigin(x.site) &&
    httpUrl(x.pageUrl) &&
    pastDate(x.date, now) &&
    typeof x.masked === 'string' &&
    /^[\d*]{4,20}$/.test(x.masked) &&
    typeof x.last4 === 'string' &&
    /^\d{4}$/.test(x.last4) &&
    (x.numberHash === null || hex64(x.numberHash)) &&
    oneOf(['submit', 'pagehide', 'manual'] as const)(x.source) &&
    (x.policy === null ? x.policyMissing === undefined || str(x.policyMissing, 100) : isPolicy(x.policy))
  );
}

/** base64 of a gzip no larger than the text it claims, within the decompression cap. */
export const validSnapshot = (x: unknown): x is Snapshot =>
  isObj(x) &&
  typeof x.gz === 'string' &&
  x.gz.length <= MAX_SNAPSHOT_CHARS * 4 &&
  /^[A-Za-z0-9+/]*={0,2}$/.test(x.gz) &&
  int(x.chars, 0, MAX_SNAPSHOT_CHARS);
