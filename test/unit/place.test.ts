/** Issue #17.9: the card goes beside its clause and never over it while there is room. */
import { describe, expect, test } from 'vitest';
import { placeCard, unionOf, type Box } from '../../src/content/highlight/place';

const view = { width: 1200, height: 600 };
const card = { width: 360, height: 200 };
const hit = (at: { left: number; top: number }, c: Box) =>
  at.left < c.left + c.width &&
  c.left < at.left + card.width &&
  at.top < c.top + c.height &&
  c.top < at.top + card.height;

describe('placeCard', () => {
  test.each<[string, Box, 'below' | 'above' | 'right' | 'left']>([
    ['a one-line clause high up → below', { left: 40, top: 100, width: 300, height: 24 }, 'below'],
    ['near the bottom → above', { left: 40, top: 500, width: 300, height: 24 }, 'above'],
    ['a tall clause in a narrow column on the left → right', { left: 40, top: 120, width: 300, height: 290 }, 'right'],
    ['a tall clause on the right → left', { left: 800, top: 120, width: 300, height: 290 }, 'left'],
  ])('%s', (_name, clause, side) => {
    const at = placeCard(card, clause, view);
    expect(hit(at, clause)).toBe(false);
    if (side === 'below') expect(at.top).toBeGreaterThanOrEqual(clause.top + clause.height);
    if (side === 'above') expect(at.top + card.height).toBeLessThanOrEqual(clause.top);
    if (side === 'right') expect(at.left).toBeGreaterThanOrEqual(clause.left + clause.width);
    if (side === 'left') expect(at.left + card.width).toBeLessThanOrEqual(clause.left);
  });

  test('a clause filling the screen: the card stays on screen and hides as little of it as it can', () => {
    const clause = { left: 8, top: 0, width: 1000, height: 600 };
    const at = placeCard(card, clause, view);
    expect(at.left + card.width).toBeLessThanOrEqual(view.width);
    expect(at.left).toBeGreaterThan(clause.left + clause.width - card.width);
  });
});

test('unionOf spans every line of a clause, not just its first', () => {
  const line = (left: number, top: number, width: number) =>
    ({ left, top, right: left + width, bottom: top + 20 }) as DOMRect;
  expect(unionOf([line(100, 10, 200), line(40, 30, 300), line(40, 50, 80)])).toEqual({
    left: 40,
    top: 10,
    width: 300,
    height: 60,
  });
  expect(unionOf([])).toBeNull();
});
