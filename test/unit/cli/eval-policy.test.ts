import { describe, expect, test } from 'vitest';
import { spearman } from '../../../src/cli/eval-policy';

/** Spearman's ρ as the eval's policy section computes it: ranks with ties averaged. */

describe('spearman', () => {
  test.each([
    { xs: [1, 2, 3, 4], ys: [10, 20, 30, 40], rho: 1 },
    { xs: [1, 2, 3, 4], ys: [40, 30, 20, 10], rho: -1 },
    // monotone but not linear: still a perfect rank order
    { xs: [1, 2, 3, 4], ys: [1, 8, 27, 64], rho: 1 },
    // ties share the mean rank: ranks [1.5,1.5,3] against [1,2,3]
    { xs: [5, 5, 9], ys: [1, 2, 3], rho: 0.866 },
    // no spread on one side: no order to agree with
    { xs: [3, 3, 3], ys: [1, 2, 3], rho: 0 },
  ])('$xs vs $ys → $rho', ({ xs, ys, rho }) => {
    expect(spearman(xs, ys)).toBeCloseTo(rho, 3);
  });
});
