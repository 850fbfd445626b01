/** The ledger view's filters and its timeline per number (issue #6), as pure functions over entries. */
import type { Level, Recipient } from '../engine/types';
import type { LedgerEntry } from './schema';

export interface LedgerFilter {
  site: string | null;
  level: Level | 'all';
  recipient: Recipient | 'all';
  marketingOnly: boolean;
}
export const NO_FILTER: LedgerFilter = { site: null, level: 'all', recipient: 'all', marketingOnly: false };

export function applyFilter(entries: LedgerEntry[], f: LedgerFilter): LedgerEntry[] {
  return entries.filter((e) => {
    const findings = e.policy?.findings ?? [];
    if (f.site && e.site !== f.site) return false;
    if (f.level !== 'all' && e.policy?.level !== f.level) return false;
    if (
      f.recipient !== 'all' &&
      !findings.some((x) => x.polarity === 'shares' && x.recipients.includes(f.recipient as Recipient))
    )
      return false;
    return !f.marketingOnly || findings.some((x) => x.polarity === 'shares' && x.marketing);
  });
}

export interface NumberGroup {
  key: string;
  /** the fullest mask seen for the number */
  masked: string;
  entries: LedgerEntry[];
}

/**
 * One timeline per number: entries with a hash group by it. An entry given by hand with only the last four
 * digits joins the one number ending in them, if there is exactly one; otherwise it stands under "…5678".
 */
export function groupByNumber(entries: LedgerEntry[]): NumberGroup[] {
  const groups = new Map<string, NumberGroup>();
  const loose: LedgerEntry[] = [];
  for (const e of entries) {
    if (!e.numberHash) {
      loose.push(e);
      continue;
    }
    const g = groups.get(e.numberHash) ?? { key: e.numberHash, masked: e.masked, entries: [] };
    g.entries.push(e);
    groups.set(e.numberHash, g);
  }
  for (const e of loose) {
    const same = [...groups.values()].filter((g) => g.entries.some((x) => x.numberHash && x.last4 === e.last4));
    const target = same.length === 1 ? same[0] : undefined;
    const key = target?.key ?? `last4:${e.last4}`;
    const g = groups.get(key) ?? { key, masked: e.masked, entries: [] };
    g.entries.push(e);
    groups.set(key, g);
  }
  for (const g of groups.values()) g.entries.sort((a, b) => b.date.localeCompare(a.date));
  return [...groups.values()].sort((a, b) => (b.entries[0]?.date ?? '').localeCompare(a.entries[0]?.date ?? ''));
}

export const sitesOf = (entries: LedgerEntry[]): string[] => [...new Set(entries.map((e) => e.site))].sort();
