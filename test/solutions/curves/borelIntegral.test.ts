import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { borelF, borelFDerivative, gaussLaplaceMoments } from '../../../src/solutions/curves/special/borelIntegral.js';
import { borelMomentByQuadrature } from './quadrature.js';

const A_VALUES = [0, -1e-8, -1e-4, -0.003, -0.02, -0.0625, -0.1, -0.29, -0.3, -0.31, -0.5, -1, -3, -10, -100, -1e4, -1e6, -1e9];

describe('F(a) = ∫_0^∞ e^{4au²−u} u du (paper eq. nu4-loss, erfc form of App. K)', () => {
  it('agrees with direct quadrature of the defining integral, including large |a|', () => {
    for (const a of A_VALUES) {
      const ref = borelMomentByQuadrature(a, 1);
      expect(Math.abs(borelF(a) - ref) / ref, `a = ${a}`).toBeLessThan(1e-12);
    }
  });

  it("F'(a) = 4∫ e^{4au²−u} u³ du agrees with quadrature", () => {
    for (const a of A_VALUES) {
      const ref = 4 * borelMomentByQuadrature(a, 3);
      expect(Math.abs(borelFDerivative(a) - ref) / ref, `a = ${a}`).toBeLessThan(1e-12);
    }
  });

  it('is the derivative: central differences of F reproduce F\'', () => {
    for (const a of [-0.01, -0.2, -0.31, -2, -50]) {
      const h = 1e-5 * Math.max(1, -a);
      const fd = (borelF(a + h) - borelF(a - h)) / (2 * h);
      expect(Math.abs(fd - borelFDerivative(a)) / borelFDerivative(a)).toBeLessThan(1e-7);
    }
  });

  it('has the Borel asymptotic series F(a) ~ Σ (4a)^k (2k+1)!/k! at small |a| and F ~ −1/(8a) at large |a|', () => {
    const a = -1e-4;
    let series = 0;
    let term = 1; // k = 0: (2k+1)!/k! = 1
    for (let k = 0; k < 8; k++) {
      series += term;
      term *= (4 * a * (2 * k + 2) * (2 * k + 3)) / (k + 1);
    }
    expect(Math.abs(borelF(a) - series)).toBeLessThan(1e-15);
    for (const big of [-1e8, -1e12]) expect(borelF(big) * -8 * big).toBeCloseTo(1, 3);
  });

  it('gives the Gamma moments at c = 0 and refuses a > 0 (divergent integral)', () => {
    expect(gaussLaplaceMoments(0)).toEqual([1, 1, 2, 6]);
    expect(borelF(0)).toBe(1);
    expect(borelFDerivative(0)).toBe(24);
    expect(() => borelF(0.01)).toThrow(InputError);
    expect(() => borelFDerivative(1e-12)).toThrow(InputError);
  });
});
