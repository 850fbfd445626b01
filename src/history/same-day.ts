/**
 * One history row per policy text and day (issue #17.7): a site's signup and login pages that link the same
 * policy are one audit of one text, not two rows seconds apart. The row is updated in place — its id kept,
 * its date and score the latest — and lists every page that led to it. Another text is a new row: that is
 * what "changed since" compares.
 */
import type { HistoryRecord } from './schema';

const localDay = (iso: string) => new Date(iso).toDateString();

/**
 * The same page and policy with the same text is one row whatever the day (it only refreshes); other pages
 * join it that day. A template policy shared by unrelated sites is not one row: same site, or the same URL.
 */
export function sameAudit(a: HistoryRecord, b: HistoryRecord): boolean {
  if (a.textHash !== b.textHash) return false;
  if (a.pageUrl === b.pageUrl && a.policyUrl === b.policyUrl) return true;
  return localDay(a.date) === localDay(b.date) && (a.site === b.site || a.policyUrl === b.policyUrl);
}

/** The pages that led to a row, oldest first; records from before issue #17 name only their own. */
export function pagesOf(r: HistoryRecord): string[] {
  return r.pages && r.pages.length > 0 ? r.pages : [r.pageUrl];
}

export function mergeInto(previous: HistoryRecord, next: HistoryRecord): HistoryRecord {
  const pages = [...new Set([...pagesOf(previous), next.pageUrl])];
  return { ...next, id: previous.id, pages };
}
