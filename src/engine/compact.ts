import type { AuditReport, Span } from './types';
import { INVISIBLE_UNITS } from './normalize';

/**
 * Chinese with spaces between its characters — word-segmented research text (「我们 会 与 合作 伙伴 共享」), a page
 * whose inline tags leave a gap, a reflowed PDF — is read as the same text without them: the rules and the lexicon
 * are written without spaces (「合作伙伴」, 「个人信息」), and with a space after every word the tune half's sentences
 * were answered differently one time in four (CAPP-130 190 of 832, zh-Hant 16 of 57). The audit reads the text with
 * those spaces dropped and maps every offset it reports back into the text it was given, so spans, quotes and
 * highlights stay the user's. Tabs and runs of spaces stay: they separate a table's cells. English keeps one space of
 * each run (its rules are written with one; with two between words, 8 of en-dev's 65 tune sentences read otherwise).
 * Invisible characters (soft hyphens, zero-width spaces and joiners) are dropped in both languages.
 */

/** What the audit reads of a text's own units: a string, or a compacted text's slices. */
export interface Source {
  readonly length: number;
  slice(start: number, end: number): string;
}

/** A text without its spaces between Chinese characters, and where each of its code units came from. */
export interface Compacted {
  /** the given text's units without the gaps, sliced on demand (the audit reads a few sentences of it) */
  text: Source;
  folded: string;
  /** index in the compacted text → index in the given one (the text's length maps to the given text's length) */
  at: (index: number) => number;
}

// a Chinese character or full-width punctuation, not a space itself (U+3000 is the ideographic space)
const cjk = (c: number) =>
  (c >= 0x3400 && c <= 0x9fff) ||
  (c > 0x3000 && c <= 0x303f) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0xff01 && c <= 0xffef);
// 「。 如您…」: a space after a sentence's end splits no word (most spaces between Chinese characters are these)
const ENDS = new Set([0x3002, 0xff01, 0xff1f]);

// 「一 信息收集」: a space after a line's Chinese numeral is its marker's (segment.ts), not a gap in a word
const NUMERALS = /^[ \t]*[一二三四五六七八九十]+$/;

/** English: every space after a space (「share  your  data」 reads as 「share your data」), in order. */
function extraSpaces(folded: string): number[] {
  const gaps: number[] = [];
  for (let i = folded.indexOf('  '); i >= 0; i = folded.indexOf('  ', i + 1)) gaps.push(i + 1);
  return gaps;
}

/** The single spaces of the folded text that sit between two Chinese characters, in order; empty when none do. */
function gapsOf(text: string, folded: string): number[] {
  const gaps: number[] = [];
  for (let i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) {
    const before = text.charCodeAt(i - 1);
    // (two spaces or more are a table's column gap: 「短信服务  手机号码」 keeps its cells apart)
    if (i === 0 || folded.charCodeAt(i + 1) === 32 || folded.charCodeAt(i - 1) === 32) continue;
    if (!cjk(before) || ENDS.has(before) || !cjk(text.charCodeAt(i + 1))) continue;
    // the line's start, if it is at most five units back
    let k = i - 1;
    while (k >= 0 && k > i - 6 && folded.charCodeAt(k) !== 10) k--;
    if ((k >= 0 && folded.charCodeAt(k) !== 10) || !NUMERALS.test(folded.slice(k + 1, i))) gaps.push(i);
  }
  return gaps;
}

/**
 * The text and its folded twin without the gaps, or null when it has none (then nothing is copied). Each gap is
 * one code unit, so an index maps back by adding the gaps dropped at or before it: a search in the gaps' places,
 * not a table as long as the text.
 */
// Invisible characters (normalize.ts): a page that puts one between the characters of 「共享」 or "share" (some insert
// them against copying) was read as saying nothing.
const INVISIBLE = new RegExp(`[${String.fromCharCode(...INVISIBLE_UNITS)}]`, 'g');

/** The invisible characters' places, merged into the gaps (both in order). */
function withInvisibles(folded: string, gaps: number[]): number[] {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(folded)) return gaps;
  const marks: number[] = [];
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(folded); m; m = INVISIBLE.exec(folded)) marks.push(m.index);
  const merged: number[] = [];
  let i = 0;
  let k = 0;
  while (i < gaps.length || k < marks.length) {
    const next = k >= marks.length || (i < gaps.length && gaps[i]! < marks[k]!) ? gaps[i++]! : marks[k++]!;
    if (merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

export function compact(text: string, folded: string, english = false): Compacted | null {
  const gaps = withInvisibles(folded, english ? extraSpaces(folded) : gapsOf(text, folded));
  if (gaps.length === 0) return null;
  const kept: string[] = [];
  let from = 0;
  for (const gap of gaps) {
    kept.push(folded.slice(from, gap));
    from = gap + 1;
  }
  kept.push(folded.slice(from));
  // where each gap would have stood in the compacted text
  const places = Int32Array.from(gaps, (gap, k) => gap - k);
  const at = (index: number) => {
    let lo = 0;
    let hi = places.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (places[mid]! <= index) lo = mid + 1;
      else hi = mid;
    }
    return index + lo;
  };
  const length = text.length - gaps.length;
  const slice = (start: number, end: number) => {
    const from = at(start);
    const to = end > start ? at(end - 1) + 1 : from;
    return to - from === end - start ? text.slice(from, to) : dropGaps(text, gaps, from, to);
  };
  // (English headings and sentence ends are read from the text's capitals: the whole text, as a string)
  return { text: english ? dropGaps(text, gaps, 0, text.length) : { length, slice }, folded: kept.join(''), at };
}

/** The given text's units [from, to) without the gaps among them. */
function dropGaps(text: string, gaps: readonly number[], from: number, to: number): string {
  let lo = 0;
  let hi = gaps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (gaps[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  let at = from;
  for (let k = lo; k < gaps.length && gaps[k]! < to; k++) {
    out += text.slice(at, gaps[k]);
    at = gaps[k]! + 1;
  }
  return out + text.slice(at, to);
}

/**
 * A report read from the compacted text, told in the given text's offsets (changed in place): spans, repeats,
 * evidence, entries, the finding ids that carry a start, the quotes and the trigger words.
 */
export function expand(
  report: AuditReport,
  { text: compacted, at }: Compacted,
  text: string,
  quoteOf: (start: number, end: number) => string,
): AuditReport {
  const span = ({ start, end }: Span): Span => ({ start: at(start), end: end > start ? at(end - 1) + 1 : at(start) });
  const ids = new Map<string, string>();
  const idOf = (id: string) => ids.get(id) ?? id;
  for (const f of report.findings) {
    const { start, end } = f.span;
    const cut = f.id.lastIndexOf(':');
    const id = `${f.id.slice(0, cut)}:${at(Number(f.id.slice(cut + 1)))}`;
    ids.set(f.id, id);
    f.id = id;
    f.span = span(f.span);
    // a clause with no gap in it already has the given text's quote and words
    if (f.span.end - f.span.start === end - start) {
      if (f.repeats) f.repeats = f.repeats.map(span);
      continue;
    }
    const sentence = compacted.slice(start, end);
    f.triggers = f.triggers.map((word) => {
      const i = sentence.indexOf(word);
      return i < 0 || word === '' ? word : text.slice(at(start + i), at(start + i + word.length - 1) + 1);
    });
    f.quote = quoteOf(f.span.start, f.span.end);
    if (f.repeats) f.repeats = f.repeats.map(span);
  }
  for (const part of report.breakdown) part.findings = part.findings.map(idOf);
  if (report.verdict)
    for (const answer of [report.verdict.phone, report.verdict.marketing, report.verdict.sale])
      answer.findings = answer.findings.map(idOf);
  for (const item of report.checklist) item.evidence = item.evidence.map(span);
  for (const entry of report.entries) entry.span = span(entry.span);
  report.stats.chars = text.length;
  return report;
}
