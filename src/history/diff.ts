/**
 * Change tracking (issue #4): which findings a changed policy text added and removed, compared by quote.
 * Quotes are normalised first, so re-flowed whitespace, full-width punctuation or a changed list number
 * does not count as a new clause.
 */
export function normalizeQuote(quote: string): string {
  return quote
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[\s(（]*[\d一二三四五六七八九十]+[).、．）]\s*/u, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function diffQuotes(before: string[], after: string[]): { added: string[]; removed: string[] } {
  const old = new Set(before.map(normalizeQuote));
  const now = new Set(after.map(normalizeQuote));
  const unique = (list: string[]) => [...new Map(list.map((q) => [normalizeQuote(q), q])).values()];
  return {
    added: unique(after).filter((q) => !old.has(normalizeQuote(q))),
    removed: unique(before).filter((q) => !now.has(normalizeQuote(q))),
  };
}
