/**
 * Paints findings on the page and takes them off again, leaving the page as it was (issue #5).
 * The CSS Custom Highlight API styles ranges without touching the DOM or the layout; where it is missing
 * (older Firefox, jsdom) text nodes are split and wrapped in <mark>, and removal undoes each split in
 * reverse so the page's own text nodes come back whole — the same objects its scripts may hold.
 */
import type { Segment } from './ranges';

/** Highlight names, one per colour; "current" is the finding the navigator points at. */
export type Tone = 'calm' | 'low' | 'medium' | 'high' | 'severe' | 'current';
export const TONES: Tone[] = ['calm', 'low', 'medium', 'high', 'severe', 'current'];
export const highlightName = (tone: Tone): string => `policy-radar-${tone}`;

export interface Paint {
  tone: Tone;
  segments: Segment[];
  ranges: Range[];
}

export interface Painter {
  readonly mode: 'highlight-api' | 'mark';
  /** Paints every item at once (mark mode must split nodes in one global order); returns each item's ranges now. */
  paint(items: Paint[]): Range[][];
  setCurrent(ranges: Range[]): void;
  clear(): void;
}

interface HighlightRegistryLike {
  set(name: string, h: Highlight): unknown;
  delete(name: string): unknown;
}

function registry(): HighlightRegistryLike | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  return css?.highlights && typeof Highlight === 'function' ? css.highlights : null;
}

export function createPainter(doc: Document, forceMarks = false): Painter {
  const reg = forceMarks ? null : registry();
  return reg ? highlightPainter(reg) : markPainter(doc);
}

function highlightPainter(reg: HighlightRegistryLike): Painter {
  const sets = new Map<Tone, Highlight>();
  const get = (tone: Tone): Highlight => {
    let h = sets.get(tone);
    if (!h) {
      h = new Highlight();
      // Overlapping findings: the stronger colour wins, and the navigator's pick wins over all.
      h.priority = TONES.indexOf(tone);
      sets.set(tone, h);
      reg.set(highlightName(tone), h);
    }
    return h;
  };
  return {
    mode: 'highlight-api',
    paint(items) {
      for (const { tone, ranges } of items) for (const r of ranges) get(tone).add(r);
      return items.map((i) => i.ranges);
    },
    setCurrent(ranges) {
      const h = get('current');
      h.clear();
      for (const r of ranges) h.add(r);
    },
    clear() {
      for (const tone of sets.keys()) reg.delete(highlightName(tone));
      sets.clear();
    },
  };
}

interface Wrap {
  node: Text;
  middle: Text;
  suffix: Text;
  mark: HTMLElement;
}

function markPainter(doc: Document): Painter {
  const wraps: Wrap[] = [];
  let current: Element[] = [];
  return {
    mode: 'mark',
    paint(items) {
      const pieces = items.flatMap((item, index) => item.segments.map((s, k) => ({ ...s, tone: item.tone, index, k })));
      // Highest offset first within a node, so the node keeps the prefix and lower offsets stay valid.
      pieces.sort((a, b) => b.start - a.start);
      const lowest = new Map<Text, number>();
      const marks: Element[][] = items.map(() => []);
      const place = (p: { index: number; k: number }, mark: Element) => {
        const list = marks[p.index];
        if (list) list[p.k] = mark;
      };
      for (const p of pieces) {
        // A piece overlapping one already wrapped keeps the first colour: marks cannot nest safely.
        if (p.end > (lowest.get(p.node) ?? p.node.data.length)) continue;
        lowest.set(p.node, p.start);
        const suffix = p.node.splitText(p.end);
        const middle = p.node.splitText(p.start);
        const mark = doc.createElement('mark');
        mark.className = highlightName(p.tone);
        middle.parentNode?.insertBefore(mark, middle);
        mark.appendChild(middle);
        wraps.push({ node: p.node, middle, suffix, mark });
        place(p, mark);
      }
      // Text order, skipped (overlapping) pieces dropped: the holes a sparse array leaves.
      return marks.map((list) =>
        list.filter(Boolean).map((m) => {
          const r = doc.createRange();
          r.selectNodeContents(m);
          return r;
        }),
      );
    },
    setCurrent(ranges) {
      for (const el of current) el.classList.remove(highlightName('current'));
      current = wraps.filter((w) => ranges.some((r) => r.intersectsNode(w.middle))).map((w) => w.mark);
      for (const el of current) el.classList.add(highlightName('current'));
    },
    clear() {
      // Last split first: each undo restores the node the previous split started from.
      for (let w = wraps.pop(); w; w = wraps.pop()) {
        w.node.appendData(w.middle.data + w.suffix.data);
        w.mark.remove();
        w.suffix.remove();
      }
      current = [];
    },
  };
}
