/**
 * Trace helper (issue #6): given what a spam caller pushed and the day of the first call, which entries
 * from before that day had a policy allowing sharing with that kind of partner? Pure, so it is tested
 * as a table. A clause naming the trade outranks a generic marketing clause, which outranks a bare
 * "phone to partners" clause: the first is the policy describing this caller's kind of business.
 */
import { exposes } from './exposure';
import type { LedgerEntry, LedgerFinding } from './schema';
import { SEVERITY_RANK } from './summary';

export type CallCategory = 'loan' | 'debt' | 'property' | 'education' | 'stocks' | 'other';
export const CATEGORIES: CallCategory[] = ['loan', 'debt', 'property', 'education', 'stocks', 'other'];

/** Words a policy uses for partners in each trade, Simplified, Traditional and English. */
const KEYWORDS: Record<Exclude<CallCategory, 'other'>, string[]> = {
  loan: [
    '金融',
    '贷款',
    '貸款',
    '理财',
    '理財',
    '信贷',
    '信貸',
    '借贷',
    '借貸',
    '银行',
    '銀行',
    '保险',
    '保險',
    'financial',
    'loan',
    'lend',
    'bank',
    'insurance',
  ],
  debt: ['催收', '欠款', '债务', '債務', '逾期', '征信', '徵信', 'debt', 'collection', 'credit bureau'],
  property: ['房产', '房產', '房地产', '房地產', '中介', '租房', '楼盘', '樓盤', 'real estate', 'property', 'realtor'],
  education: ['教育', '培训', '培訓', '课程', '課程', '学习', '學習', 'education', 'training', 'course', 'tutor'],
  stocks: [
    '股票',
    '证券',
    '證券',
    '投资',
    '投資',
    '基金',
    '期货',
    '期貨',
    'stock',
    'securities',
    'investment',
    'broker',
  ],
};

export interface TraceQuery {
  category: CallCategory;
  /** what the caller said, for 'other'; also searched in quotes for the named trades */
  text: string;
  /** YYYY-MM-DD, the first call; entries from that day on cannot explain it */
  firstCall: string;
}

export type MatchKind = 'trade' | 'marketing' | 'phone-partners';
export interface TraceClause {
  finding: LedgerFinding;
  kind: MatchKind;
  /** the word of the quote that matched, for 'trade' */
  word?: string;
}
export interface TraceHit {
  entry: LedgerEntry;
  clauses: TraceClause[];
  weight: number;
}

const KIND_WEIGHT: Record<MatchKind, number> = { trade: 300, marketing: 200, 'phone-partners': 100 };

export function wordsFor(query: TraceQuery): string[] {
  const typed = query.text.trim() ? [query.text.trim()] : [];
  return query.category === 'other' ? typed : [...KEYWORDS[query.category], ...typed];
}

function classify(f: LedgerFinding, words: string[]): TraceClause | null {
  const quote = f.quote.toLowerCase();
  const word = words.find((w) => quote.includes(w.toLowerCase()));
  // A clause naming the trade counts even if the policy asks consent for it: bundled consent is the norm.
  if (word) return { finding: f, kind: 'trade', word };
  if (!exposes(f)) return null;
  return { finding: f, kind: f.marketing ? 'marketing' : 'phone-partners' };
}

const clauseWeight = (c: TraceClause) =>
  KIND_WEIGHT[c.kind] + SEVERITY_RANK[c.finding.severity] * 10 + (c.finding.polarity === 'shares' ? 5 : 0);

/** Entries before the first call, each with its matching clauses (best first), best entries first. */
export function trace(entries: LedgerEntry[], query: TraceQuery): TraceHit[] {
  const words = wordsFor(query);
  // The day as the user's calendar has it: local midnight, not UTC.
  const before = query.firstCall ? new Date(`${query.firstCall}T00:00`).getTime() : Infinity;
  const hits: TraceHit[] = [];
  for (const entry of entries) {
    if (!(Date.parse(entry.date) < before)) continue;
    const clauses = (entry.policy?.findings ?? [])
      .map((f) => classify(f, words))
      .filter((c): c is TraceClause => c !== null)
      .sort((a, b) => clauseWeight(b) - clauseWeight(a));
    const best = clauses[0];
    if (best) hits.push({ entry, clauses, weight: clauseWeight(best) });
  }
  return hits.sort(
    (a, b) =>
      b.weight - a.weight ||
      b.clauses.length - a.clauses.length ||
      (b.entry.policy?.score ?? 0) - (a.entry.policy?.score ?? 0) ||
      a.entry.date.localeCompare(b.entry.date),
  );
}
