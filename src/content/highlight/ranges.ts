/**
 * From an engine span to DOM ranges. A span may cross inline elements, list items and table cells, so it
 * becomes one range per text node it touches (never one range over the whole stretch): a single range
 * would also take in hidden text and the markup between cells, and <mark> wrapping needs per-node pieces.
 */
import type { Span } from '../../engine/types';
import type { TextMap } from './text-map';

export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** Pieces of `span`, in text order; blanks the walk collapsed are kept inside a piece, never start or end one. */
export function segmentsOf(map: TextMap, span: Span): Segment[] {
  const out: Segment[] = [];
  const end = Math.min(span.end, map.text.length);
  let current: Segment | null = null;
  for (let i = Math.max(0, span.start); i < end; i++) {
    const node = map.nodes[i];
    if (!node) continue;
    const at = map.offsets[i] ?? 0;
    if (current && current.node === node && at >= current.end) {
      current.end = at + 1;
      continue;
    }
    current = { node, start: at, end: at + 1 };
    out.push(current);
  }
  return out;
}

export function rangesOf(doc: Document, segments: Segment[]): Range[] {
  return segments.map((s) => {
    const range = doc.createRange();
    range.setStart(s.node, s.start);
    range.setEnd(s.node, s.end);
    return range;
  });
}

/** The text a set of ranges covers, as a reader sees it: what tests compare with the engine's quote. */
export function textOf(ranges: Range[]): string {
  return ranges.map((r) => r.toString()).join('');
}

/** Whitespace-insensitive form for comparing page text with engine text (the walk collapses blanks). */
export const squashed = (s: string): string => s.replace(/\s+/g, '');
