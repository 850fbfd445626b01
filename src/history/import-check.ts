/**
 * What a history import may bring in (issue #18): every field checked, records that fail left out, and
 * never more than fits beside the user's own records — an import must not push any of them out.
 */
import type { Localized } from '../engine/types';
import { LEVELS, SEVERITIES, arrayOf, hex64, httpUrl, int, isObj, oneOf, pastDate, str } from '../shared/checks';
import type { AuditCounts, HistoryRecord, TopFinding } from './schema';

const isLocalized = (x: unknown): x is Localized => isObj(x) && str(x['zh-CN']) && str(x['zh-TW']) && str(x.en);

const isTop = (x: unknown): x is TopFinding =>
  isObj(x) && str(x.quote) && oneOf(SEVERITIES)(x.severity) && isLocalized(x.why);

const isCounts = (x: unknown): x is AuditCounts =>
  isObj(x) && ['findings', 'shares', 'consent', 'denies'].every((k) => int(x[k], 0, 100_000));

const isQuote = (x: unknown): x is string => str(x);

function isChange(x: unknown, now: Date): boolean {
  return (
    isObj(x) &&
    pastDate(x.since, now) &&
    (x.previousScore === null || int(x.previousScore, 0, 100)) &&
    arrayOf(x.added, isQuote, 2_000) &&
    arrayOf(x.removed, isQuote, 2_000)
  );
}

export function validHistoryRecord(x: unknown, now: Date): x is HistoryRecord {
  return (
    isObj(x) &&
    str(x.id, 200) &&
    str(x.site, 300) &&
    httpUrl(x.pageUrl) &&
    httpUrl(x.policyUrl) &&
    str(x.policyTitle, 1_000) &&
    // the engine's FNV-1a hash (short hex), or a SHA-256
    typeof x.textHash === 'string' &&
    (/^[0-9a-z]{1,16}$/.test(x.textHash) || hex64(x.textHash)) &&
    (x.score === null || int(x.score, 0, 100)) &&
    (x.level === null || oneOf(LEVELS)(x.level)) &&
    isCounts(x.counts) &&
    arrayOf(x.top, isTop, 50) &&
    arrayOf(x.quotes, isQuote, 5_000) &&
    pastDate(x.date, now) &&
    (x.change === undefined || isChange(x.change, now))
  );
}

/** The imported records worth adding: valid, new (by id), and only as many as there is room for. */
export function importable(incoming: unknown[], existing: HistoryRecord[], max: number, now: Date): HistoryRecord[] {
  const known = new Set(existing.map((r) => r.id));
  const room = Math.max(0, max - existing.length);
  const fresh = incoming.filter((r): r is HistoryRecord => validHistoryRecord(r, now) && !known.has(r.id));
  return fresh.slice(0, room);
}
