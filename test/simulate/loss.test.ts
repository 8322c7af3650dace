import { describe, expect, it } from 'vitest';
import { diagonal, loss } from '../../src/simulate/problem.js';
import { bruteForceLoss, comboTarget, problemFor, testWeights } from './helpers.js';

const cases: [number, 'sym' | 'asym', string][] = [];
for (const nu of [2, 3, 4]) for (const sc of ['sym', 'asym'] as const) for (const tg of ['identity', 'zero', comboTarget(nu)]) cases.push([nu, sc, tg]);

describe('loss without the p^nu tensor (eq. loss via Gram matrices)', () => {
  it.each(cases)('nu=%i %s target %s equals the explicit tensor sum', (nu, sc, tg) => {
    // H = 6 exercises both the 4x4 tiles and the remainder rows of the Gram kernel.
    for (const [p, H] of [[3, 6], [4, 5], [2, 9]] as const) {
      const { model, pb } = problemFor(nu, sc, tg, p, H);
      const w = testWeights(pb.size, 7 * p + H, 0.8);
      const want = bruteForceLoss(model, p, H, w);
      expect(loss(pb, w)).toBeCloseTo(want, 9);
      // the gradient path returns the same loss
      expect(loss(pb, w, new Float64Array(pb.size))).toBeCloseTo(want, 9);
    }
  });

  it('diagonal R is the sum of the explicit diagonal entries f_{i..i}', () => {
    for (const sc of ['sym', 'asym'] as const) {
      const p = 4, H = 5, nu = 3;
      const { pb } = problemFor(nu, sc, 'identity', p, H);
      const w = testWeights(pb.size, 3);
      let want = 0;
      for (let i = 0; i < p; i++) for (let k = 0; k < H; k++) {
        let prod = 1;
        for (let m = 0; m < nu; m++) prod *= w[((sc === 'sym' ? 0 : m) * H + k) * p + i]!;
        want += prod;
      }
      expect(diagonal(pb, w)).toBeCloseTo(want, 12);
    }
  });
});

describe('gradient against central finite differences', () => {
  it.each(cases)('nu=%i %s target %s', (nu, sc, tg) => {
    const p = 3, H = 6;
    const { pb } = problemFor(nu, sc, tg, p, H);
    const w = testWeights(pb.size, 11 * nu + (sc === 'sym' ? 1 : 2), 0.9);
    const grad = new Float64Array(pb.size);
    loss(pb, w, grad);
    const eps = 1e-5;
    let scale = 0;
    for (const g of grad) scale = Math.max(scale, Math.abs(g));
    for (let j = 0; j < pb.size; j++) {
      const save = w[j]!;
      w[j] = save + eps;
      const up = loss(pb, w);
      w[j] = save - eps;
      const down = loss(pb, w);
      w[j] = save;
      const fd = (up - down) / (2 * eps);
      expect(Math.abs(grad[j]! - fd)).toBeLessThan(1e-6 * Math.max(1, scale));
    }
  });
});
