import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import type { CurveParams } from '../../../src/solutions/curves/params.js';
import { borelF } from '../../../src/solutions/curves/special/borelIntegral.js';
import { sym4Ascent } from '../../../src/solutions/curves/sym4/ascent.js';
import { nu4Threshold } from '../../../src/solutions/curves/sym4/threshold.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** Parameters with y = H/p², ρ = p³σ⁴ given. */
function paramsFor(p: number, y: number, rho: number, T = 1): CurveParams {
  return { nu: 4, scenario: 'sym', p, H: y * p * p, sigma2: Math.sqrt(rho / p ** 3), T };
}

/**
 * Exact E[L(0)] for SYM ν=4, identity target, from Gram matrices: E[R_4] = 3pHσ⁴ and
 * E[D_8] = σ⁸[H p(p+2)(p+4)(p+6) + 3H(H−1) p(p+2)].
 */
function exactInitialLoss(q: CurveParams): number {
  const { p, H, sigma2: s } = q;
  return p / 2 - 3 * p * H * s * s + 0.5 * s ** 4 * (H * p * (p + 2) * (p + 4) * (p + 6) + 3 * H * (H - 1) * p * (p + 2));
}

/**
 * Independent integration of the characteristic ODE of App. K in s = σ²|τ| (no first integral):
 * a = σ²ψ, da/ds = −φ, dφ/ds = (κ/2) F(a)³ φ⁴ with κ = 16θρ (from ψ̈ = −8θ z₂³ ψ̇, z₂ = pσ²ψ̇F(σ²ψ)).
 * Classical RK4; the step shrinks with the distance to a blow-up, estimated from d(φ⁻³)/ds = −(3κ/2)F³.
 */
function characteristic(kappa: number, sEnd: number, maxStep: number): { a: number; phi: number; s: number; blowUp: number | null } {
  const rhs = (a: number, phi: number): [number, number] => [-phi, 0.5 * kappa * borelF(a) ** 3 * phi ** 4];
  let s = 0;
  let a = 0;
  let phi = 1;
  while (s < sEnd) {
    const rate = 1.5 * kappa * borelF(a) ** 3;
    const toBlowUp = phi ** -3 / rate;
    if (toBlowUp < 1e-9 * s) return { a, phi, s, blowUp: s + toBlowUp };
    const h = Math.min(maxStep, sEnd - s, 0.02 * toBlowUp);
    const [k1a, k1p] = rhs(a, phi);
    const [k2a, k2p] = rhs(a + 0.5 * h * k1a, phi + 0.5 * h * k1p);
    const [k3a, k3p] = rhs(a + 0.5 * h * k2a, phi + 0.5 * h * k2p);
    const [k4a, k4p] = rhs(a + h * k3a, phi + h * k3p);
    a += (h / 6) * (k1a + 2 * k2a + 2 * k3a + k4a);
    phi += (h / 6) * (k1p + 2 * k2p + 2 * k3p + k4p);
    s += h;
  }
  return { a, phi, s, blowUp: null };
}

describe('SYM ν=4 gradient ascent (eqs. nu4-loss, nu4-1st-int)', () => {
  it('at t = 0 equals the exact E[L(0)] in the large-size limit (y = H/p², ρ = p³σ⁴ fixed): p²g(0) = yθρ²/2 − 3yρ', () => {
    for (const y of [0.01, 1, 10]) {
      for (const rho of [0.1, 1, 5]) {
        for (const p of [1e3, 1e5]) {
          const q = paramsFor(p, y, rho);
          const theta = 1 + 3 * y;
          const got = sym4Ascent(q).at(0);
          expect(got.phi).toBe(1);
          expect(got.psi).toBe(0);
          expect(rel(p * p * got.g, 0.5 * y * theta * rho * rho - 3 * y * rho)).toBeLessThan(1e-9);
          const scale = 3 * y * rho + 0.5 * y * theta * rho * rho;
          expect(Math.abs(got.loss - exactInitialLoss(q)) / scale, `y=${y} ρ=${rho} p=${p}`).toBeLessThan(30 / p);
        }
      }
    }
  });

  it('first Taylor coefficient = characteristic ODE ż_m = 4m(z_{m+2} − θz₂³z_m) at τ = 0, i.e. the Pareto part of Y_1', () => {
    for (const [p, y, rho] of [[20, 0.5, 0.3], [10, 3, 2], [40, 0.02, 8]] as const) {
      const q = paramsFor(p, y, rho, 0.7);
      const { H, sigma2: s, T } = q;
      const theta = 1 + 3 * y;
      // T dE/dt(0) = p² y (2θ z₂³ ż₂ − ż₄), z₂ = pσ², z₄ = 3pσ⁴, z₆ = 15pσ⁶
      //           = −240pHσ⁶ + 96θ p⁴Hσ¹⁰ − 16θ² p⁷Hσ¹⁴
      const expected = (-240 * p * H * s ** 3 + 96 * theta * p ** 4 * H * s ** 5 - 16 * theta ** 2 * p ** 7 * H * s ** 7) / T;
      const sol = sym4Ascent(q);
      const h = (1e-5 * T) / s;
      const f = (t: number) => p * p * sol.at(t).g;
      const d = (25 * f(0) - 48 * f(-h) + 36 * f(-2 * h) - 16 * f(-3 * h) + 3 * f(-4 * h)) / (12 * h);
      expect(rel(d, expected), `p=${p} y=${y} ρ=${rho}`).toBeLessThan(1e-6);
    }
  });

  it('φ and ψ agree with an independent RK4 integration of ψ̈ = −8θz₂³ψ̇ (low and high noise)', () => {
    for (const [y, factor] of [[0.5, 0.2], [0.5, 3], [4, 0.9], [4, 1.5]] as const) {
      const theta = 1 + 3 * y;
      const rho = factor * nu4Threshold(theta);
      const q = paramsFor(16, y, rho, 2);
      const sol = sym4Ascent(q);
      const sEnd = sol.regime === 'high-noise' ? 0.6 * -q.sigma2 * sol.tauCrit : 1;
      const ref = characteristic(16 * theta * rho, sEnd, sEnd / 4000);
      const state = sol.at((-sEnd / q.sigma2) * q.T);
      expect(rel(state.phi, ref.phi), `y=${y} ρ/ρ*=${factor}`).toBeLessThan(1e-9);
      expect(rel(q.sigma2 * state.psi, ref.a), `y=${y} ρ/ρ*=${factor}`).toBeLessThan(1e-9);
    }
  });

  it('high noise: the blow-up time τ_crit matches the blow-up of the characteristic ODE', () => {
    for (const [y, factor] of [[0, 1.2], [1, 2], [10, 6]] as const) {
      const theta = 1 + 3 * y;
      const rho = factor * nu4Threshold(theta);
      const q = paramsFor(32, Math.max(y, 1 / 1024), rho, 3);
      const sol = sym4Ascent(q);
      expect(sol.regime).toBe('high-noise');
      const kappa = 16 * (1 + 3 * q.H / q.p ** 2) * rho;
      const ref = characteristic(kappa, 1e9, 0.02);
      expect(ref.blowUp).not.toBeNull();
      expect(rel(-q.sigma2 * sol.tauCrit, ref.blowUp as number)).toBeLessThan(1e-6);
      expect(sol.tCrit).toBe(q.T * sol.tauCrit);
      expect(() => sol.at(sol.tCrit * 1.0001)).toThrow(InputError);
    }
  });

  it('high noise: g ≍ |τ − τ_crit|^{−4/3} near the blow-up', () => {
    const q = paramsFor(64, 3, 0.6);
    const sol = sym4Ascent(q);
    expect(sol.regime).toBe('high-noise');
    const g = (delta: number) => sol.at(sol.tCrit * (1 - delta)).g;
    const slope = Math.log(g(1e-8) / g(1e-7)) / Math.log(0.1);
    expect(slope).toBeCloseTo(-4 / 3, 3);
  });

  it('low noise: τ²g(−τ) → −yp/64 and E[L] → p/2 as t → −∞', () => {
    const p = 64;
    const y = 3;
    const q = paramsFor(p, y, 0.15);
    const sol = sym4Ascent(q);
    expect(sol.regime).toBe('low-noise');
    const far = sol.at((-1e10 / q.sigma2) * q.T);
    expect(rel(far.tau ** 2 * far.g, (-y * p) / 64)).toBeLessThan(1e-3);
    expect(Math.abs(far.loss - p / 2)).toBeLessThan(1e-12 * p);
  });

  it('refuses t > 0, other orders and scenarios', () => {
    const q = paramsFor(16, 1, 0.1);
    expect(() => sym4Ascent(q).at(1e-9)).toThrow(InputError);
    expect(() => sym4Ascent({ ...q, nu: 2 })).toThrow(InputError);
    expect(() => sym4Ascent({ ...q, scenario: 'asym' })).toThrow(InputError);
  });
});
