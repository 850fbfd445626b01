/**
 * "Who may have my number" (issue #6): sites whose policy, when the number was given, let it go to
 * partners or to marketing. Ranked by the worst phone/marketing clause, then how many, then the score.
 */
import type { LedgerEntry, LedgerFinding } from './schema';
import { SEVERITY_RANK } from './summary';

/** A clause that puts a given number within someone else's reach: shared (not only with consent)… */
export function exposes(f: LedgerFinding): boolean {
  if (f.polarity !== 'shares') return false;
  const outside = f.recipients.some((r) => r !== 'processors' && r !== 'authorities');
  // …covering the phone or contact details to an outside party, or any data for marketing and ads.
  return (f.phone && outside) || f.marketing;
}

export interface Exposure {
  site: string;
  /** the site's most recent entry: its policy is what the last number given there was under */
  entry: LedgerEntry;
  clauses: LedgerFinding[];
  /** ranking weight of the worst clause; phone + marketing together weigh most */
  weight: number;
}

const weightOf = (f: LedgerFinding) => SEVERITY_RANK[f.severity] * 10 + (f.phone ? 3 : 0) + (f.marketing ? 2 : 0);

export function compareExposure(a: Exposure, b: Exposure): number {
  return (
    b.weight - a.weight ||
    b.clauses.length - a.clauses.length ||
    (b.entry.policy?.score ?? 0) - (a.entry.policy?.score ?? 0) ||
    a.site.localeCompare(b.site)
  );
}

export function whoMayHave(entries: LedgerEntry[]): Exposure[] {
  const bySite = new Map<string, Exposure>();
  for (const entry of entries) {
    const clauses = entry.policy?.findings.filter(exposes) ?? [];
    if (clauses.length === 0) continue;
    const weight = Math.max(...clauses.map(weightOf));
    const seen = bySite.get(entry.site);
    // Entries come newest first, but do not rely on it: keep the newest per site.
    if (!seen || entry.date > seen.entry.date) bySite.set(entry.site, { site: entry.site, entry, clauses, weight });
  }
  return [...bySite.values()].sort(compareExposure);
}
