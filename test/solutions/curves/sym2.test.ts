import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import type { CurveParams } from '../../../src/solutions/curves/params.js';
import { narayanaBranchPoint, narayanaGf } from '../../../src/solutions/curves/sym2/narayana.js';
import { narayanaPsi, sym2BlowUpTime, sym2NarayanaLoss } from '../../../src/solutions/curves/sym2/narayanaLoss.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let j = 1; j <= k; j++) r = (r * (n - k + j)) / j;
  return r;
}
/** Narayana number N_{m,n} = (1/m) C(m,n) C(m,n−1). */
const narayana = (m: number, n: number) => (binomial(m, n) * binomial(m, n - 1)) / m;
/** Σ_n N_{m,n} yⁿ. */
const narayanaPoly = (m: number, y: number) => {
  let s = 0;
  for (let n = 1; n <= m; n++) s += narayana(m, n) * Math.pow(y, n);
  return s;
};

/** The paper's h(ζ,y) = (1 − ζ(y+1) − √D)/(2ζ²) and its ζ-derivative, written literally. */
function literalH(zeta: number, y: number): { h: number; dh: number } {
  const D = 1 - 2 * zeta * (y + 1) + zeta * zeta * (y - 1) * (y - 1);
  const dD = -2 * (y + 1) + 2 * zeta * (y - 1) * (y - 1);
  const num = 1 - zeta * (y + 1) - Math.sqrt(D);
  const dnum = -(y + 1) - dD / (2 * Math.sqrt(D));
  return { h: num / (2 * zeta * zeta), dh: dnum / (2 * zeta * zeta) - num / (zeta * zeta * zeta) };
}

/** Ψ of eq. loss-narayana2 from the literal h. */
function literalPsi(x: number, y: number, z: number): number {
  const e = Math.exp(-4 * x);
  const { h, dh } = literalH(z * (1 - e), y);
  return e * ((z * e * dh) / 2 - h);
}

describe('Narayana generating function h (App. J): the branch analytic at ζ = 0', () => {
  it('matches Σ N_{m,n} ζ^{m−1} yⁿ inside the disc of convergence, on both sides of 0', () => {
    for (const y of [0.3, 1, 2.5]) {
      const zb = narayanaBranchPoint(y);
      for (const zeta of [-0.5 * zb, -0.1 * zb, 1e-9, 0.2 * zb, 0.5 * zb]) {
        let h = 0;
        let dh = 0;
        for (let m = 1; m <= 120; m++) {
          const c = narayanaPoly(m, y);
          h += c * Math.pow(zeta, m - 1);
          if (m >= 2) dh += (m - 1) * c * Math.pow(zeta, m - 2);
        }
        const got = narayanaGf(zeta, y);
        expect(rel(got.h, h), `y=${y} ζ=${zeta}`).toBeLessThan(1e-13);
        expect(rel(got.dh, dh), `y=${y} ζ=${zeta}`).toBeLessThan(1e-12);
      }
    }
  });

  it('equals the principal-root formula of the paper on the whole negative axis (no branch crossing)', () => {
    for (const y of [0.01, 0.5, 1, 4, 100]) {
      for (const zeta of [-0.3, -2, -50, -1e4]) {
        const lit = literalH(zeta, y);
        const got = narayanaGf(zeta, y);
        expect(rel(got.h, lit.h)).toBeLessThan(1e-9);
        expect(rel(got.dh, lit.dh)).toBeLessThan(1e-7);
      }
    }
  });

  it('refuses ζ at or past the branch point 1/(1+√y)²', () => {
    expect(() => narayanaGf(0.25, 1)).toThrow(InputError);
    expect(Number.isFinite(narayanaGf(0.2499, 1).h)).toBe(true);
  });
});

describe('SYM ν=2 loss (eqs. loss-narayana, loss-narayana2)', () => {
  it('Ψ agrees with the literal formula of the paper where that one is accurate', () => {
    for (const [x, y, z] of [[-0.5, 0.5, 2], [-0.1, 3, 0.7], [-2, 1, 10], [0.02, 0.4, 1], [-0.05, 8, 0.2]] as const) {
      expect(rel(narayanaPsi(x, y, z), literalPsi(x, y, z)), `${x},${y},${z}`).toBeLessThan(1e-9);
    }
  });

  it('Ψ is the double series Σ z^{s_D} (M_{s,s_D}/s!) x^s Σ_n N_{s_D+1,n} yⁿ of the recurrence for M', () => {
    // M_{s,s_D} = −4(s_D+1) M_{s−1,s_D} + 4 s_D M_{s−1,s_D−1}, M_{0,0} = −1, M_{0,1} = ½ (scaled by 1/s!)
    const S = 60;
    const m: number[][] = [[-1, 0.5]];
    for (let s = 1; s <= S; s++) {
      const row: number[] = [];
      for (let sd = 0; sd <= s + 1; sd++) row.push((-4 * (sd + 1) * (m[s - 1]![sd] ?? 0) + 4 * sd * (m[s - 1]![sd - 1] ?? 0)) / s);
      m.push(row);
    }
    for (const y of [0.5, 2]) {
      for (const z of [0.03, 0.06]) {
        for (const x of [-0.02, 0.015, 0.03]) {
          let psi = 0;
          for (let s = 0; s <= S; s++) {
            for (let sd = 0; sd <= s + 1; sd++) psi += m[s]![sd]! * Math.pow(x, s) * Math.pow(z, sd) * narayanaPoly(sd + 1, y);
          }
          expect(rel(narayanaPsi(x, y, z), psi), `${x},${y},${z}`).toBeLessThan(1e-12);
        }
      }
    }
  });

  const Y0 = (p: number, H: number, s2: number) => p / 2 - p * H * s2 + 0.5 * (p * p * H + p * H * H + p * H) * s2 * s2;
  const Y1 = (p: number, H: number, s2: number) =>
    -4 * p * H * s2 +
    8 * (p * H + p * H * H + p * p * H) * s2 ** 2 -
    (16 * p * H + 12 * p * H * H + 4 * p * H ** 3 + 12 * p * p * H + 12 * p * p * H * H + 4 * p ** 3 * H) * s2 ** 3;

  it('at t = 0 equals the exact Y_0 up to ½pHσ⁴ = ½yz² = O(1), i.e. in the large-size limit (H = yp, σ² = z/p)', () => {
    for (const [y, z] of [[0.25, 16], [8, 10], [0.125, 0.01], [1, 1]] as const) {
      for (const p of [10, 1e3, 1e5]) {
        const q: CurveParams = { nu: 2, scenario: 'sym', p, H: y * p, sigma2: z / p, T: 1 };
        expect(Math.abs(sym2NarayanaLoss(q, 0) - Y0(p, y * p, z / p) + 0.5 * y * z * z) / p).toBeLessThan(1e-12);
      }
    }
  });

  it("its first Taylor coefficient in t is the leading large-p part of the exact Y_1 (times 1/T)", () => {
    for (const y of [0.25, 1, 3]) {
      for (const z of [0.1, 1, 4]) {
        // leading part of Y_1/p at H = yp, σ² = z/p, by Richardson extrapolation in 1/p
        const per = (p: number) => Y1(p, y * p, z / p) / p;
        const leading = 2 * per(2e6) - per(1e6);
        for (const T of [1, 2.5]) {
          const p = 1000;
          const q: CurveParams = { nu: 2, scenario: 'sym', p, H: y * p, sigma2: z / p, T };
          const h = 1e-5 * T;
          expect(sym2BlowUpTime(q)).toBeLessThan(-2 * h);
          const f = (t: number) => sym2NarayanaLoss(q, t);
          const d = (f(-2 * h) - 8 * f(-h) + 8 * f(h) - f(2 * h)) / (12 * h);
          expect(rel((d * T) / p, leading), `y=${y} z=${z} T=${T}`).toBeLessThan(1e-6);
        }
      }
    }
  });

  it('tends to max((p − H)/2, 0) as t → ∞, including y = 1 and underflowing e^{−4t/T}', () => {
    for (const y of [0.25, 0.999, 1, 1.001, 8]) {
      for (const z of [0.01, 1, 16]) {
        const p = 512;
        const q: CurveParams = { nu: 2, scenario: 'sym', p, H: y * p, sigma2: z / p, T: 1 };
        const limit = Math.max((p - y * p) / 2, 0);
        for (const t of [1e3, 1e6]) expect(Math.abs(sym2NarayanaLoss(q, t) - limit), `y=${y} z=${z} t=${t}`).toBeLessThan(1e-10 * p);
      }
    }
  });

  it('is finite, above its limit and non-increasing for t ≥ 0 over extreme parameters', () => {
    for (const y of [1e-6, 0.5, 1, 2, 1e6]) {
      for (const z of [1e-8, 0.3, 30, 1e8]) {
        const p = 100;
        const q: CurveParams = { nu: 2, scenario: 'sym', p, H: Math.max(1, y * p), sigma2: z / p, T: 1 };
        const limit = Math.max((p - q.H) / 2, 0);
        let prev = Infinity;
        for (const t of [0, 1e-12, 1e-6, 1e-3, 0.1, 1, 10, 1e3, 1e9]) {
          const v = sym2NarayanaLoss(q, t);
          expect(Number.isFinite(v), `y=${y} z=${z} t=${t}`).toBe(true);
          expect(v).toBeGreaterThanOrEqual(limit);
          expect(v).toBeLessThanOrEqual(prev * (1 + 1e-12) + 1e-12 * p);
          prev = v;
        }
      }
    }
  });

  it('gradient ascent: finite before the blow-up time (ζ reaching the branch point), refused after it', () => {
    const q: CurveParams = { nu: 2, scenario: 'sym', p: 512, H: 256, sigma2: 16 / 512, T: 1 };
    const tb = sym2BlowUpTime(q);
    expect(tb).toBeLessThan(0);
    expect(() => sym2NarayanaLoss(q, 1.01 * tb)).toThrow(InputError);
    expect(sym2NarayanaLoss(q, 0.999999 * tb)).toBeGreaterThan(100 * sym2NarayanaLoss(q, 0));
    const small: CurveParams = { ...q, sigma2: 0.01 / 512 };
    expect(sym2BlowUpTime(small)).toBe(-Infinity);
    expect(Number.isFinite(sym2NarayanaLoss(small, -50))).toBe(true);
  });

  it('refuses other orders and scenarios', () => {
    expect(() => sym2NarayanaLoss({ nu: 2, scenario: 'asym', p: 10, H: 10, sigma2: 0.1, T: 1 }, 1)).toThrow(InputError);
    expect(() => sym2NarayanaLoss({ nu: 4, scenario: 'sym', p: 10, H: 10, sigma2: 0.1, T: 1 }, 1)).toThrow(InputError);
  });
});
