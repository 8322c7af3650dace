import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { freeOverLoss } from '../../../src/solutions/curves/free/freeOver.js';
import { ntkAsymLoss, ntkAsymTrace } from '../../../src/solutions/curves/ntk/ntkAsym.js';
import type { CurveParams } from '../../../src/solutions/curves/params.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** d/dt at 0 by a 4th-order central difference. */
function derivativeAtZero(f: (t: number) => number, h: number): number {
  return (f(-2 * h) - 8 * f(-h) + 8 * f(h) - f(2 * h)) / (12 * h);
}

// Point B/C-like parameters (H ≫ p^{ν−1}).
const CASES: CurveParams[] = [
  { nu: 2, scenario: 'asym', p: 8, H: 4096, sigma2: 1e-3, T: 0.7 },
  { nu: 3, scenario: 'asym', p: 5, H: 3000, sigma2: 0.02, T: 2 },
  { nu: 4, scenario: 'asym', p: 3, H: 1000, sigma2: 0.05, T: 1e-3 },
];

describe('NTK regime, ASYM (§7, Prop. 7.1; App. H)', () => {
  it('E[L(0)] = p/2 + ½p^νHσ^{2ν} (exact: E f(0) = 0, E D_{2ν} = p^νHσ^{2ν}) and E[R(0)] = 0, in both conventions', () => {
    for (const q of CASES) {
      for (const c of ['eta', 'nu-eta'] as const) {
        expect(rel(ntkAsymLoss(q, 0, c), q.p / 2 + 0.5 * Math.pow(q.p, q.nu) * q.H * Math.pow(q.sigma2, q.nu))).toBeLessThan(1e-15);
        expect(ntkAsymTrace(q, 0, c)).toBe(0);
      }
    }
  });

  // Exact first derivatives: dE[G]/dt(0) = −E[G ⋆ L]/T with L = ½D − R + p/2.
  // E[R ⋆ R] = Σ_{m,k,i} E Π_{m'≠m} (u^{(m')}_{ki})² = νpHσ^{2ν−2} exactly; E[R ⋆ D] = 0 (odd colour counts);
  // ¼E[D ⋆ D] = νp^νH²σ^{4ν−2} + lower order in H (pairs k' = k'' ≠ k in ∂D/∂u = 2Σ_{k'} u_{k'i}Π G_{kk'}).
  it('the nu-eta variant reproduces the exact first Taylor coefficients of E[R]/p and (to leading order) E[L]', () => {
    for (const q of CASES) {
      const { nu, p, H, sigma2, T } = q;
      const dR = (nu * p * H * Math.pow(sigma2, nu - 1)) / T / p;
      expect(rel(derivativeAtZero((t) => ntkAsymTrace(q, t, 'nu-eta'), 1e-4 * T), dR)).toBeLessThan(1e-8);
      const dL = -(nu * p * H * Math.pow(sigma2, nu - 1) + nu * Math.pow(p, nu) * H * H * Math.pow(sigma2, 2 * nu - 1)) / T;
      expect(rel(derivativeAtZero((t) => ntkAsymLoss(q, t, 'nu-eta'), 1e-4 * T), dL)).toBeLessThan(1e-8);
    }
  });

  it('the eta variant (Prop. 7.1 as stated) has the first coefficient smaller by exactly the factor ν', () => {
    for (const q of CASES) {
      const a = derivativeAtZero((t) => ntkAsymTrace(q, t, 'eta'), 1e-4 * q.T);
      const b = derivativeAtZero((t) => ntkAsymTrace(q, t, 'nu-eta'), 1e-4 * q.T);
      expect(b / a).toBeCloseTo(q.nu, 6);
    }
  });

  it('nu-eta: the free part of E[L] is the over-parameterized free evolution of §6, e^{−2νσ^{2(ν−1)}Ht/T}', () => {
    for (const q of CASES) {
      for (const t of [0, 0.3 * q.T, 2 * q.T, -0.1 * q.T]) {
        const eta = (q.H * Math.pow(q.sigma2, q.nu - 1)) / q.T;
        const free = ntkAsymLoss(q, t, 'nu-eta') - (q.p / 2) * Math.exp(-2 * q.nu * eta * t);
        expect(rel(free, freeOverLoss(q, t))).toBeLessThan(1e-12);
      }
    }
  });

  it('learns the diagonal: E[R]/p → 1 and E[L] → 0 as t → ∞', () => {
    const q = CASES[0]!;
    expect(ntkAsymTrace(q, 1e6, 'eta')).toBe(1);
    expect(ntkAsymLoss(q, 1e6, 'nu-eta')).toBe(0);
  });

  it('refuses SYM and under-parameterized sizes', () => {
    expect(() => ntkAsymLoss({ ...CASES[0]!, scenario: 'sym' }, 1, 'eta')).toThrow(InputError);
    expect(() => ntkAsymTrace({ ...CASES[1]!, H: 24 }, 1, 'nu-eta')).toThrow(InputError);
  });
});
