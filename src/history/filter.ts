/** The history page's search, level filter and sort, as one pure function the page and its tests share. */
import type { Level } from '../engine/types';
import type { HistoryRecord } from './schema';

export type SortKey = 'newest' | 'oldest' | 'riskiest' | 'site';

export interface View {
  query: string;
  level: Level | 'all';
  sort: SortKey;
  /** per-site detail: only this site's audits */
  site: string | null;
}

export const DEFAULT_VIEW: View = { query: '', level: 'all', sort: 'newest', site: null };

const haystack = (r: HistoryRecord) =>
  [r.site, r.pageUrl, r.policyUrl, r.policyTitle, ...r.top.map((f) => f.quote)].join('\n').toLowerCase();

const ORDER: Record<SortKey, (a: HistoryRecord, b: HistoryRecord) => number> = {
  newest: (a, b) => b.date.localeCompare(a.date),
  oldest: (a, b) => a.date.localeCompare(b.date),
  // Unscored audits sort last: "riskiest" must not put unknowns on top.
  riskiest: (a, b) => (b.score ?? -1) - (a.score ?? -1) || b.date.localeCompare(a.date),
  site: (a, b) => a.site.localeCompare(b.site) || b.date.localeCompare(a.date),
};

export function applyView(records: HistoryRecord[], view: View): HistoryRecord[] {
  const words = view.query.toLowerCase().split(/\s+/).filter(Boolean);
  return records
    .filter((r) => view.site === null || r.site === view.site)
    .filter((r) => view.level === 'all' || r.level === view.level)
    .filter((r) => words.every((w) => haystack(r).includes(w)))
    .sort(ORDER[view.sort]);
}
