import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { cubeIntegral } from '../../../src/solutions/curves/sym4/cubeIntegral.js';
import { nu4Threshold } from '../../../src/solutions/curves/sym4/threshold.js';
import { sym4Ascent } from '../../../src/solutions/curves/sym4/ascent.js';
import { adaptiveSimpson, borelMomentByQuadrature } from './quadrature.js';

/** ∫_0^B F(−u)³ du (B finite) with F itself from quadrature of its definition; u = r/(1 − r). */
function cubeIntegralByQuadrature(upper: number, innerTol = 1e-13, outerTol = 1e-11): number {
  const rMax = upper / (1 + upper);
  return adaptiveSimpson(
    (r) => {
      if (r >= 1) return 0;
      const u = r / (1 - r);
      const f = borelMomentByQuadrature(-u, 1, innerTol);
      return (f * f * f) / ((1 - r) * (1 - r));
    },
    0,
    rMax,
    outerTol,
    32,
  );
}

/**
 * ∫_0^∞ F(−b)³ db without F: writing F(−b)³ = ∫∫∫ u₁u₂u₃ e^{−Σu_i − 4bΣu_i²} and integrating b first
 * gives ∫∫∫ u₁u₂u₃ e^{−Σu_i}/(4Σu_i²); in spherical coordinates u = rω the radial integral is
 * 6/(4(ω₁+ω₂+ω₃)⁴), leaving (3/2)∫_{octant} ω₁ω₂ω₃/(ω₁+ω₂+ω₃)⁴ dΩ.
 */
function totalCubeIntegralBySphere(): number {
  const inner = (th: number) =>
    adaptiveSimpson(
      (ph) => {
        const w1 = Math.sin(th) * Math.cos(ph);
        const w2 = Math.sin(th) * Math.sin(ph);
        const w3 = Math.cos(th);
        return ((w1 * w2 * w3) / (w1 + w2 + w3) ** 4) * Math.sin(th);
      },
      0,
      Math.PI / 2,
      1e-12,
      4,
    );
  return 1.5 * adaptiveSimpson(inner, 0, Math.PI / 2, 1e-12, 4);
}

describe('threshold ρ*(θ) of SYM ν=4 gradient ascent (eq. nu4-threshold)', () => {
  it('ρ*(1) = (−16∫_0^{−∞}F³)⁻¹ agrees with an independent evaluation of the integral (Fubini, spherical coordinates)', () => {
    const integral = totalCubeIntegralBySphere();
    expect(Math.abs(nu4Threshold(1) - 1 / (16 * integral)) / nu4Threshold(1)).toBeLessThan(1e-11);
    expect(nu4Threshold(1)).toBeGreaterThan(2.07);
    expect(nu4Threshold(1)).toBeLessThan(2.08);
  });

  it('the tabulated partial integral P(b) = ∫_0^b F(−u)³du agrees with nested quadrature of the definition', () => {
    for (const b of [0.7]) {
      const ref = cubeIntegralByQuadrature(b, 1e-12, 1e-11);
      expect(Math.abs(cubeIntegral(b) - ref) / ref, `b = ${b}`).toBeLessThan(1e-10);
    }
  });

  it('scales as 1/θ', () => {
    for (const theta of [1, 2.5, 10, 100]) expect(nu4Threshold(theta) * theta).toBeCloseTo(nu4Threshold(1), 13);
  });

  it('separates the regimes: the first integral stays positive below ρ* and vanishes above it', () => {
    const p = 64;
    for (const y of [0, 1, 10]) {
      const H = Math.max(1, y * p * p);
      const theta = 1 + (3 * H) / (p * p);
      const star = nu4Threshold(theta);
      const at = (rho: number) => sym4Ascent({ nu: 4, scenario: 'sym', p, H, sigma2: Math.sqrt(rho / p ** 3), T: 1 });
      expect(at(0.99 * star).regime).toBe('low-noise');
      expect(at(0.99 * star).tCrit).toBe(-Infinity);
      const high = at(1.01 * star);
      expect(high.regime).toBe('high-noise');
      expect(Number.isFinite(high.tCrit) && high.tCrit < 0).toBe(true);
    }
  });

  it('refuses θ < 1', () => {
    expect(() => nu4Threshold(0.5)).toThrow(InputError);
    expect(() => nu4Threshold(Number.NaN)).toThrow(InputError);
  });
});
