/**
 * Where the card goes beside its clause (issue #17.9): never over the words it explains. Below, above, right
 * and left are tried in that order; the first that fits the viewport without touching the clause wins, and
 * when none does (a clause taller than the screen) the place that hides the least of it.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 8;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/** `clause` is the union of the clause's line boxes; the card's size is its rendered size. */
export function placeCard(
  card: { width: number; height: number },
  clause: Box,
  view: { width: number; height: number },
): { left: number; top: number } {
  const maxLeft = view.width - card.width - GAP;
  const maxTop = view.height - card.height - GAP;
  const candidates = [
    { left: clamp(clause.left, GAP, maxLeft), top: clause.top + clause.height + GAP },
    { left: clamp(clause.left, GAP, maxLeft), top: clause.top - GAP - card.height },
    { left: clause.left + clause.width + GAP, top: clamp(clause.top, GAP, maxTop) },
    { left: clause.left - GAP - card.width, top: clamp(clause.top, GAP, maxTop) },
  ].map((p) => ({ left: clamp(p.left, GAP, maxLeft), top: clamp(p.top, GAP, maxTop), moved: p }));
  const fits = candidates.find((c) => c.left === c.moved.left && c.top === c.moved.top && !hides(c));
  if (fits) return { left: fits.left, top: fits.top };
  let best = candidates[0] as (typeof candidates)[number];
  for (const c of candidates) if (covered(c) < covered(best)) best = c;
  return { left: best.left, top: best.top };

  function covered(p: { left: number; top: number }): number {
    return overlap({ ...p, width: card.width, height: card.height }, clause);
  }
  function hides(p: { left: number; top: number }): boolean {
    return covered(p) > 0;
  }
}

/** The clause's extent on screen: every line box of every range, one rectangle. */
export function unionOf(rects: DOMRect[]): Box | null {
  if (rects.length === 0) return null;
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return { left, top, width: right - left, height: bottom - top };
}
