import type { Finding, Polarity, Severity, Span } from './types';
import { withParts, withRepeats } from './findings';
import { mapped } from './arrays';

/**
 * One finding per distinct clause (issue 16), before the score, the checklist or any view sees them: the
 * findings of one sentence become one, with one polarity; a clause the policy repeats (identical, or the same
 * words with other punctuation, numbering or a few characters changed) is one finding that knows its copies;
 * a URL or a markup fragment is never a clause. So a policy repeated ten times reads like the policy once.
 */

const POLARITY_RANK: Record<Polarity, number> = { shares: 2, consent: 1, denies: 0 };
const KIND_RANK: Record<Finding['kind'], number> = { disclosure: 2, 'list-entry': 1, context: 0 };
const SEVERITY_RANK: Record<Severity, number> = { severe: 4, high: 3, medium: 2, low: 1, info: 0 };

// links, e-mail addresses and query strings are addresses, not words a policy says
const ADDRESS = /\[[^\]]*\]\([^)]*\)|https?:\/\/[!-~]+|www\.[!-~]+|[\w.+-]+@[\w-]+\.[\w.]+|[\w.-]+=[\w.%&=-]*/gi;
const CJK = /[\u3400-\u9fff]/;
const TWO_WORDS = /[a-z]{2,}[^a-z]+[a-z]{2,}/i;

/** A clause says something in words: Chinese characters, or two English words once addresses are taken out. */
export function isClause(quote: string): boolean {
  // only a markdown link's text can hold CJK among the addresses: without one, the quote's own CJK stays
  if (!quote.includes('](') && CJK.test(quote)) return true;
  const rest = quote.replace(ADDRESS, ' ');
  return CJK.test(rest) || TWO_WORDS.test(rest);
}

// ASCII and CJK punctuation, spaces and symbols (a Unicode-property class is 20x slower here)
const PUNCTUATION =
  /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;

const NUMBERING = /^[\s(（[【]*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[a-z])[.、)）\]】:：]\s*/;
// what NUMBERING can begin with: most clauses begin otherwise, and a test of one character is cheaper than a replace
const NUMBERING_START = /^[\s(（[【\d一二三四五六七八九十a-z]/;

/** The words of a clause without what repetition varies: spacing, punctuation, list numbering, case. */
export function clauseKey(quote: string): string {
  const lower = lowerCase(quote);
  return withoutPunctuation(numberingStart(lower) ? lower.replace(NUMBERING, '') : lower);
}

// Per code unit, whether PUNCTUATION holds it: 0 not asked yet, 1 yes, 2 no. Taking those units out in one pass
// over the clause costs a fraction of the regex's replace, which built its result one match at a time.
const IS_PUNCTUATION = new Uint8Array(0x10000);
const ONE_PUNCTUATION = new RegExp(`^${PUNCTUATION.source}$`);
const kept = new Uint16Array(1024);
// (ignoreBOM: a text that starts with U+FEFF keeps it, and every offset after it stays where it was)
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

// Per code unit, whether toLowerCase() changes it: 0 not asked yet, 1 yes, 2 no. Surrogates count as changing
// (a pair can lower as a whole), and so does every unit with a special casing (Σ, İ), so a clause none of whose
// units changes is its own lower case: most Chinese clauses, which toLowerCase() copied through ICU.
const LOWERS = new Uint8Array(0x10000).fill(1, 0xd800, 0xe000);
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let lowers = LOWERS[c]!;
    if (lowers === 0) {
      const ch = text.charAt(i);
      LOWERS[c] = lowers = ch.toLowerCase() !== ch ? 1 : 2;
    }
    if (lowers === 1) return text.toLowerCase();
  }
  return text;
}

// per first code unit, whether NUMBERING_START holds it (0 not asked yet, 1 yes, 2 no)
const STARTS_NUMBERING = new Uint8Array(0x10000);
function numberingStart(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  let starts = STARTS_NUMBERING[c]!;
  if (starts === 0) STARTS_NUMBERING[c] = starts = NUMBERING_START.test(text.charAt(0)) ? 1 : 2;
  return starts === 1;
}

/** `text.replace(PUNCTUATION, '')`. */
function withoutPunctuation(text: string): string {
  if (text.length > kept.length) return text.replace(PUNCTUATION, '');
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let punctuation = IS_PUNCTUATION[c]!;
    if (punctuation === 0) IS_PUNCTUATION[c] = punctuation = ONE_PUNCTUATION.test(text.charAt(i)) ? 1 : 2;
    if (punctuation === 2) kept[n++] = c;
  }
  return n === text.length ? text : utf16.decode(kept.subarray(0, n));
}

/** The finding that speaks for a sentence: the most outgoing polarity (as the eval contract reads it), then kind. */
function better(a: Finding, b: Finding): boolean {
  return (
    (POLARITY_RANK[a.polarity] - POLARITY_RANK[b.polarity] ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]) > 0
  );
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...a, ...b.filter((x) => !a.includes(x))];

/** One sentence's findings as one: the leading polarity, and what its findings of that polarity name together. */
function oneOfSentence(group: readonly Finding[]): Finding {
  let lead = group[0]!;
  for (const f of group) if (better(f, lead)) lead = f;
  const same = group.filter((f) => f.polarity === lead.polarity);
  if (same.length === 1) return lead;
  let recipients = same.reduce<Finding['recipients']>((acc, f) => union(acc, f.recipients), []);
  // a kind named by one rule makes another rule's "someone unspecified" redundant
  if (recipients.length > 1) recipients = recipients.filter((r) => r !== 'unspecified');
  return withParts(lead, {
    recipients,
    data: same.reduce<Finding['data']>((acc, f) => union(acc, f.data), []),
    purposes: same.reduce<Finding['purposes']>((acc, f) => union(acc, f.purposes), []),
    mitigations: same.reduce<Finding['mitigations']>((acc, f) => union(acc, f.mitigations), []),
    triggers: same.reduce<string[]>((acc, f) => union(acc, f.triggers), []),
  });
}

/**
 * Character-bigram overlap (Dice), for clauses repeated with a word or two changed. A clause's bigrams are its
 * code-unit pairs as numbers, sorted: two such lists meet in one merge, where string pairs in a Map cost a string
 * and a hash each.
 */
function bigrams(s: string): Int32Array {
  const out = new Int32Array(Math.max(0, s.length - 1));
  for (let i = 0; i + 1 < s.length; i++) out[i] = (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);
  return out.sort();
}
/** Σ over bigrams of the lesser count in either clause, as a fraction of both clauses' bigrams. */
function dice(a: Int32Array, b: Int32Array): number {
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      common++;
      i++;
      j++;
    }
  }
  return a.length + b.length === 0 ? 0 : (2 * common) / (a.length + b.length);
}

/** Near-identical: at least this bigram overlap, and lengths within a tenth of each other. */
const NEAR = 0.9;
/** Near-identical copies keep their opening or their ending: only groups sharing one are compared (fast). */
const EDGE = 6;

interface Group {
  finding: Finding;
  key: string;
  grams: Int32Array | null;
  repeats: Span[];
}

function nearOf(key: string, candidates: readonly Group[] | undefined): Group | undefined {
  if (!candidates) return undefined;
  let grams: Int32Array | null = null;
  for (const g of candidates) {
    const shorter = Math.min(g.key.length, key.length);
    if (Math.abs(g.key.length - key.length) > shorter / 10) continue;
    grams ??= bigrams(key);
    g.grams ??= bigrams(g.key);
    if (dice(grams, g.grams) >= NEAR) return g;
  }
  return undefined;
}

export function mergeFindings(findings: readonly Finding[]): Finding[] {
  // 1. one finding per sentence: grouped by span, numbers rather than a string key per finding
  const byStart = new Map<number, Array<[end: number, group: Finding[]]>>();
  const bySpan: Finding[][] = [];
  for (const f of findings) {
    if (!isClause(f.quote)) continue;
    let ends = byStart.get(f.span.start);
    if (!ends) byStart.set(f.span.start, (ends = []));
    const same = ends.find(([end]) => end === f.span.end);
    if (same) same[1].push(f);
    else {
      const group = [f];
      ends.push([f.span.end, group]);
      bySpan.push(group);
    }
  }
  // (a policy with no clause found returns at once: the sorts below never see an empty array, whose hidden
  // class differs from a filled one's and deoptimised this function once a pass)
  if (bySpan.length === 0) return [];
  const sentences = mapped(bySpan, oneOfSentence).sort((a, b) => a.span.start - b.span.start);
  // 2. one finding per distinct clause; the copy that reads as more outgoing stands for it, the others are repeats
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const byEdge = new Map<string, Group[]>();
  for (const f of sentences) {
    const key = clauseKey(f.quote);
    const long = key.length >= 2 * EDGE;
    const head = `<${key.slice(0, EDGE)}`;
    const tail = `>${key.slice(-EDGE)}`;
    const group =
      byKey.get(key) ?? (long ? (nearOf(key, byEdge.get(head)) ?? nearOf(key, byEdge.get(tail))) : undefined);
    if (group) {
      if (better(f, group.finding)) {
        group.repeats.push(group.finding.span);
        group.finding = f;
      } else group.repeats.push(f.span);
      byKey.set(key, group);
      continue;
    }
    const made: Group = { finding: f, key, grams: null, repeats: [] };
    groups.push(made);
    byKey.set(key, made);
    if (long)
      for (const edge of [head, tail]) {
        const list = byEdge.get(edge);
        if (list) list.push(made);
        else byEdge.set(edge, [made]);
      }
  }
  return mapped(groups, (g) =>
    g.repeats.length > 0
      ? withRepeats(
          g.finding,
          g.repeats.sort((a, b) => a.start - b.start),
        )
      : g.finding,
  ).sort((a, b) => a.span.start - b.span.start);
}

/**
 * The one count of a report (issue 16): its distinct clauses, as merged here. The popup, the badge's title,
 * history, the page navigator and the ledger all show this number and no other.
 */
export const clauseCount = (report: { findings: readonly unknown[] }): number => report.findings.length;

/** How many times the policy states a finding's clause. */
export const timesStated = (f: Pick<Finding, 'repeats'>): number => 1 + (f.repeats?.length ?? 0);
