import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { freeOverLoss } from '../../../src/solutions/curves/free/freeOver.js';
import { freeSymEvenLoss } from '../../../src/solutions/curves/free/freeSymEven.js';
import { freeUnderLoss } from '../../../src/solutions/curves/free/freeUnder.js';
import type { CurveParams } from '../../../src/solutions/curves/params.js';

/** (2k−1)!! */
const dfact = (k: number): number => (k <= 0 ? 1 : (2 * k - 1) * dfact(k - 1));

/**
 * Exact E[D_{2ν}] from Gram matrices G_{kk'} = Σ_i u_{ki}u_{k'i}: D = Σ_{k,k'} Π_m G^{(m)}_{kk'}.
 * ASYM: E = H(pσ²)^ν (off-diagonal Gram entries of independent colours have mean 0).
 * SYM, even ν: G_kk ~ σ²χ²_p gives σ^{2ν} p(p+2)⋯(p+2ν−2); for k ≠ k', G_kk' | u_k ~ N(0, σ²|u_k|²)
 * gives (ν−1)!! σ^{2ν} p(p+2)⋯(p+ν−2).
 */
function exactExpectedD(q: CurveParams): number {
  const { nu, p, H, sigma2 } = q;
  if (q.scenario === 'asym') return H * Math.pow(p * sigma2, nu);
  let diag = 1;
  for (let j = 0; j < nu; j++) diag *= p + 2 * j;
  let off = dfact(nu / 2);
  for (let j = 0; j < nu / 2; j++) off *= p + 2 * j;
  return Math.pow(sigma2, nu) * (H * diag + H * (H - 1) * off);
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('free evolutions at t = 0 equal ½E[D_{2ν}] in their limits', () => {
  it('ASYM under- and over-parameterized: exactly ½E[D] = ½p^νHσ^{2ν}', () => {
    for (const nu of [2, 3, 5]) {
      const under: CurveParams = { nu, scenario: 'asym', p: 30, H: 7, sigma2: 0.3, T: 2 };
      expect(rel(freeUnderLoss(under, 0), 0.5 * exactExpectedD(under))).toBeLessThan(1e-14);
      const over: CurveParams = { nu, scenario: 'asym', p: 4, H: 5000, sigma2: 0.3, T: 2 };
      expect(rel(freeOverLoss(over, 0), 0.5 * exactExpectedD(over))).toBeLessThan(1e-14);
    }
  });

  it('SYM even ν, under-parameterized: ratio → 1 as p → ∞ at fixed H, error O(1/p)', () => {
    for (const nu of [2, 4, 6]) {
      for (const p of [1e3, 1e5]) {
        const q: CurveParams = { nu, scenario: 'sym', p, H: 5, sigma2: 1 / p, T: 1 };
        expect(rel(freeUnderLoss(q, 0), 0.5 * exactExpectedD(q))).toBeLessThan((nu * nu + 2 * q.H) / p);
      }
    }
  });

  it('SYM even ν, over-parameterized: ratio → 1 as H/p^{ν/2} → ∞ and p → ∞', () => {
    for (const nu of [2, 4]) {
      const p = 1e4;
      const q: CurveParams = { nu, scenario: 'sym', p, H: 1e6 * Math.pow(p, nu / 2), sigma2: 1 / p, T: 1 };
      expect(rel(freeOverLoss(q, 0), 0.5 * exactExpectedD(q))).toBeLessThan(nu / p + 1e-5);
    }
  });

  it('SYM even ν ≥ 4, general (boxed): ratio → 1 as p → ∞ with H/p^{ν/2} fixed', () => {
    for (const nu of [4, 6]) {
      for (const y of [0.1, 1, 7]) {
        const p = 1e5;
        const q: CurveParams = { nu, scenario: 'sym', p, H: y * Math.pow(p, nu / 2), sigma2: 1 / p, T: 1 };
        expect(rel(freeSymEvenLoss(q, 0), 0.5 * exactExpectedD(q))).toBeLessThan((nu * nu) / p);
      }
    }
  });
});

/**
 * Σ_s a_s t^s from coefficients a_s computed by the appendix recurrences, compared with the closed
 * form at several small |t| (both signs) inside the radius of convergence.
 */
function compareSeries(closed: (t: number) => number, coefficient: (s: number) => number, tMax: number, terms = 80): void {
  const coeffs = Array.from({ length: terms }, (_, s) => coefficient(s));
  for (const t of [-tMax, -tMax / 3, tMax / 7, tMax / 2, tMax]) {
    let sum = 0;
    let pow = 1;
    for (const c of coeffs) {
      sum += c * pow;
      pow *= t;
    }
    expect(rel(closed(t), sum), `t = ${t}`).toBeLessThan(1e-12);
  }
}

describe('free evolutions: Taylor coefficients in t follow the appendix recurrences', () => {
  it('under-parameterized, eq. freerecasymunder sC_s = 4(1+(ν−1)s)C_{s−1} (4ν in SYM)', () => {
    for (const [nu, scenario] of [[2, 'asym'], [3, 'asym'], [5, 'asym'], [2, 'sym'], [4, 'sym']] as const) {
      const q: CurveParams = { nu, scenario, p: 6, H: 2, sigma2: 0.4, T: 3 };
      const k = scenario === 'asym' ? 4 : 4 * nu;
      // E[L] = Σ_s C_s s! p^{ν+(ν−1)s} H σ^{2(ν+(ν−1)s)} (−t)^s / (2^{s+1} T^s s!)
      const C: number[] = [1];
      for (let s = 1; s < 80; s++) C.push((k * (1 + (nu - 1) * s) * C[s - 1]!) / s);
      const base = Math.pow(q.p * q.sigma2, nu - 1);
      const coefficient = (s: number) => 0.5 * q.H * Math.pow(q.p * q.sigma2, nu) * C[s]! * Math.pow(-base / (2 * q.T), s);
      const radius = (2 * q.T) / (k * (nu - 1) * base);
      compareSeries((t) => freeUnderLoss(q, t), coefficient, radius / 4);
    }
  });

  it('over-parameterized ASYM: E[D^{⋆(s+1)}] ~ (4ν)^s p^ν H^{s+1} σ^{2(νs+ν−s)}', () => {
    for (const nu of [2, 3, 4]) {
      const q: CurveParams = { nu, scenario: 'asym', p: 3, H: 200, sigma2: 0.5, T: 7 };
      // E[L] = ½ Σ_s E[D^{⋆(s+1)}] (−t)^s / ((2T)^s s!)
      let fact = 1;
      const coefficient = (s: number) => {
        if (s > 0) fact *= s;
        return (0.5 * Math.pow(4 * nu, s) * Math.pow(q.p, nu) * Math.pow(q.H, s + 1) * Math.pow(q.sigma2, nu * s + nu - s) * Math.pow(-1 / (2 * q.T), s)) / fact;
      };
      compareSeries((t) => freeOverLoss(q, t), coefficient, q.T / (nu * q.H * Math.pow(q.sigma2, nu - 1)));
    }
  });

  it('over-parameterized SYM even ν: E[D^{⋆(s+1)}] = 4ν(ν−1)!!(νs−s+1)p^{ν/2−1}Hσ^{2(ν−1)} E[D^{⋆s}]', () => {
    for (const nu of [2, 4, 6]) {
      const q: CurveParams = { nu, scenario: 'sym', p: 3, H: 500, sigma2: 0.2, T: 5 };
      const step = 4 * nu * dfact(nu / 2) * Math.pow(q.p, nu / 2 - 1) * q.H * Math.pow(q.sigma2, nu - 1);
      // a_s = ½E[D^{⋆(s+1)}](−1/(2T))^s/s!, so a_s = a_{s−1}·step·(νs−s+1)·(−1/(2T))/s
      const a: number[] = [0.5 * dfact(nu / 2) * Math.pow(q.p, nu / 2) * q.H * q.H * Math.pow(q.sigma2, nu)];
      for (let s = 1; s < 80; s++) a.push((a[s - 1]! * step * (nu * s - s + 1) * (-1 / (2 * q.T))) / s);
      compareSeries((t) => freeOverLoss(q, t), (s) => a[s]!, (2 * q.T) / (step * (nu - 1)) / 4);
    }
  });

  it('general SYM even ν ≥ 4: coefficients C_{ns} of eq. freesymnucrec', () => {
    for (const nu of [4, 6]) {
      for (const H of [3, 40, 900]) {
        const q: CurveParams = { nu, scenario: 'sym', p: 5, H, sigma2: 0.1, T: 2 };
        // D_{ns} = C_{ns}/s!:  D_{ns} = (2ν(2(ν−1)s+2)/s)[(ν−1)!! D_{n−1,s−1} + D_{n,s−1}], D_{1,0} = 1, D_{2,0} = (ν−1)!!
        const S = 45; // terms decay like 4^{−s} at |t| ≤ radius/4; more would overflow the separate factors
        const D: number[][] = [[0, 1, dfact(nu / 2)]];
        for (let s = 1; s < S; s++) {
          const row = new Array(s + 3).fill(0);
          for (let n = 1; n <= s + 2; n++) {
            const prev = D[s - 1]!;
            row[n] = ((2 * nu * (2 * (nu - 1) * s + 2)) / s) * (dfact(nu / 2) * (prev[n - 1] ?? 0) + (prev[n] ?? 0));
          }
          D.push(row);
        }
        // E[L] = ½ Σ_s Σ_n C_{ns} p^{Q(n,s)} H^n σ^{2(ν−1)s+2ν} (−t)^s/((2T)^s s!), Q = ν + (ν−1)s − (ν/2)(n−1)
        //      = ½ p^{3ν/2}σ^{2ν} Σ_s (−p^{ν−1}σ^{2(ν−1)}t/(2T))^s Σ_n D_{ns} (H/p^{ν/2})^n
        const y = H / Math.pow(q.p, nu / 2);
        const xi = -Math.pow(q.p * q.sigma2, nu - 1) / (2 * q.T);
        const pref = 0.5 * Math.pow(q.p, (3 * nu) / 2) * Math.pow(q.sigma2, nu);
        const coefficient = (s: number) => pref * Math.pow(xi, s) * D[s]!.reduce((acc, d, n) => acc + d * Math.pow(y, n), 0);
        const theta = 1 + dfact(nu / 2) * y;
        compareSeries((t) => freeSymEvenLoss(q, t), coefficient, 1 / (4 * nu * (nu - 1) * theta * Math.abs(xi)) / 4, S);
      }
    }
  });
});

describe('free evolutions: validity', () => {
  it('refuses SYM with odd ν, the wrong side of the balance point, ν = 2 for the general formula, and times past the ascent blow-up', () => {
    expect(() => freeUnderLoss({ nu: 3, scenario: 'sym', p: 10, H: 2, sigma2: 1, T: 1 }, 0)).toThrow(InputError);
    expect(() => freeOverLoss({ nu: 2, scenario: 'asym', p: 10, H: 5, sigma2: 1, T: 1 }, 0)).toThrow(InputError);
    expect(() => freeOverLoss({ nu: 4, scenario: 'sym', p: 10, H: 99, sigma2: 1, T: 1 }, 0)).toThrow(InputError);
    expect(() => freeUnderLoss({ nu: 3, scenario: 'asym', p: 10, H: 101, sigma2: 1, T: 1 }, 0)).toThrow(InputError);
    expect(() => freeSymEvenLoss({ nu: 2, scenario: 'sym', p: 10, H: 5, sigma2: 1, T: 1 }, 0)).toThrow(InputError);
    expect(() => freeSymEvenLoss({ nu: 4, scenario: 'asym', p: 10, H: 5, sigma2: 1, T: 1 }, 0)).toThrow(InputError);
    const q: CurveParams = { nu: 4, scenario: 'sym', p: 10, H: 5, sigma2: 0.1, T: 1 };
    expect(() => freeUnderLoss(q, -1)).toThrow(InputError); // c = 24·p³σ⁶ = 24: blow-up at t = −1/24
    expect(Number.isFinite(freeUnderLoss(q, -0.04))).toBe(true);
    expect(() => freeUnderLoss({ ...q, p: 0.5 }, 0)).toThrow(InputError);
    expect(() => freeUnderLoss({ ...q, sigma2: 0 }, 0)).toThrow(InputError);
  });

  it('decays as the paper says: power law −ν/(ν−1) vs exponential at late times', () => {
    const sym: CurveParams = { nu: 4, scenario: 'sym', p: 4, H: 1000, sigma2: 0.5, T: 1 };
    const r = freeOverLoss(sym, 2e6) / freeOverLoss(sym, 1e6);
    expect(r).toBeCloseTo(Math.pow(2, -4 / 3), 4);
    const asym: CurveParams = { nu: 3, scenario: 'asym', p: 4, H: 1000, sigma2: 0.5, T: 1000 };
    expect(Math.log(freeOverLoss(asym, 2) / freeOverLoss(asym, 1))).toBeCloseTo(-2 * 3 * 0.25 * 1000 / 1000, 12);
  });
});
