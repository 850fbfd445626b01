/** What gets painted: every finding, plus the evidence of checklist items the policy meets (issue #5). */
import type { AuditReport, ChecklistItem, Finding, Span } from '../../engine/types';
import type { Tone } from './paint';
import { rangesOf, segmentsOf, type Segment } from './ranges';
import type { TextMap } from './text-map';

export interface Item {
  tone: Tone;
  span: Span;
  finding?: Finding;
  checklist?: ChecklistItem;
  segments: Segment[];
  ranges: Range[];
}

export function toneOf(f: Finding): Tone {
  if (f.polarity !== 'shares') return 'calm';
  if (f.severity === 'info') return 'low';
  return f.severity;
}

export function itemsOf(doc: Document, map: TextMap, report: AuditReport): Item[] {
  const make = (span: Span, tone: Tone, extra: Pick<Item, 'finding' | 'checklist'>): Item => {
    const segments = segmentsOf(map, span);
    return { tone, span, ...extra, segments, ranges: rangesOf(doc, segments) };
  };
  const items = report.findings.map((f) => make(f.span, toneOf(f), { finding: f }));
  for (const c of report.checklist) {
    if (c.status !== 'met') continue;
    for (const span of c.evidence) {
      // Evidence that is already a finding's sentence is explained by that finding's card.
      if (items.some((i) => i.span.start <= span.start && span.end <= i.span.end)) continue;
      items.push(make(span, 'calm', { checklist: c }));
    }
  }
  return items.filter((i) => i.segments.length > 0).sort((a, b) => a.span.start - b.span.start);
}

/** The item under a point of the page, via the caret there (highlights are not elements to hit-test). */
export function itemAt(doc: Document, items: Item[], x: number, y: number): Item | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  // Last first: a checklist item or a later finding inside a longer one is the more specific answer.
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item?.ranges.some((r) => sameDoc(r, caret.node) && r.isPointInRange(caret.node, caret.offset))) return item;
  }
  return null;
}

const sameDoc = (r: Range, node: Node): boolean => r.startContainer.getRootNode() === node.getRootNode();

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  const pos = withPosition.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
