import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { Rational } from '../../../src/rational/index.js';
import { evaluatePade, padeApproximant } from '../../../src/solutions/resummation/pade.js';
import { polynomialRoots } from '../../../src/solutions/resummation/polynomialRoots.js';

const R = (v: number | string) => Rational.parse(v);

/** Coefficients of the series of P/Q (Q(0) = 1) by long division, independently of the Padé solve. */
function seriesOfRatio(P: Rational[], Q: Rational[], n: number): Rational[] {
  const out: Rational[] = [];
  for (let k = 0; k < n; k++) {
    let v = P[k] ?? Rational.ZERO;
    for (let j = 1; j <= k; j++) v = v.sub((Q[j] ?? Rational.ZERO).mul(out[k - j]!));
    out.push(v);
  }
  return out;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32);
}

describe('padeApproximant', () => {
  it('gives the textbook [2/2] of e^x: (1 + x/2 + x²/12)/(1 − x/2 + x²/12)', () => {
    const a = [1, 1, '1/2', '1/6', '1/24'].map(R);
    const r = padeApproximant(a, 2, 2);
    expect(r.numerator.map(String)).toEqual(['1', '1/2', '1/12']);
    expect(r.denominator.map(String)).toEqual(['1', '-1/2', '1/12']);
  });

  it('matches the series to order L + M (f·Q − P = O(x^{L+M+1})) for random series', () => {
    const rnd = seeded(7);
    for (let trial = 0; trial < 30; trial++) {
      const n = 2 + Math.floor(rnd() * 8);
      const a = Array.from({ length: n + 1 }, () => Rational.of(Math.floor(rnd() * 21) - 10, 1 + Math.floor(rnd() * 5)));
      const M = Math.floor(rnd() * (n + 1));
      const L = n - M;
      let r;
      try {
        r = padeApproximant(a, L, M);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError); // singular block: refused, never wrong
        continue;
      }
      for (let k = 0; k <= n; k++) {
        let v = Rational.ZERO;
        for (let j = 0; j <= Math.min(k, r.M); j++) v = v.add(r.denominator[j]!.mul(a[k - j]!));
        expect(v.sub(r.numerator[k] ?? Rational.ZERO).isZero(), `trial ${trial}, k = ${k}`).toBe(true);
      }
    }
  });

  it('recovers a rational function exactly from its series', () => {
    const P = [R(1), R(2), R('-1/3')];
    const Q = [R(1), R(-3), R(1)];
    const a = seriesOfRatio(P, Q, 5);
    const r = padeApproximant(a, 2, 2);
    expect(r.numerator.map(String)).toEqual(P.map(String));
    expect(r.denominator.map(String)).toEqual(Q.map(String));
    const x = 0.123;
    expect(evaluatePade(r, x)).toBeCloseTo((1 + 2 * x - x * x / 3) / (1 - 3 * x + x * x), 14);
  });

  it('refuses a singular system and too few coefficients with one-line errors', () => {
    // 1 + x²: the [1/1] system is 0·q1 = −1
    expect(() => padeApproximant([R(1), R(0), R(1)], 1, 1)).toThrow(/singular/);
    expect(() => padeApproximant([R(1)], 1, 1)).toThrow(/needs 3 coefficients/);
  });
});

describe('polynomialRoots', () => {
  it('finds real and complex roots of a polynomial built from them', () => {
    const roots = [{ re: 2, im: 0 }, { re: -0.5, im: 0 }, { re: 1, im: 3 }, { re: 1, im: -3 }, { re: -4, im: 0 }];
    // expand Π (x − r) with complex arithmetic
    let c: { re: number; im: number }[] = [{ re: 1, im: 0 }];
    for (const r of roots) {
      const next = Array.from({ length: c.length + 1 }, () => ({ re: 0, im: 0 }));
      c.forEach((v, k) => {
        next[k + 1]!.re += v.re;
        next[k + 1]!.im += v.im;
        next[k]!.re -= v.re * r.re - v.im * r.im;
        next[k]!.im -= v.re * r.im + v.im * r.re;
      });
      c = next;
    }
    const found = polynomialRoots(c.map((v) => v.re));
    expect(found).toHaveLength(5);
    for (const r of roots) {
      expect(Math.min(...found.map((z) => Math.hypot(z.re - r.re, z.im - r.im))), `${r.re}+${r.im}i`).toBeLessThan(1e-10);
    }
  });
});

describe('evaluatePade with large exact parts', () => {
  it('the [20/20] approximant of e^x at x = 0.1 is e^0.1 (numerator and denominator beyond the double range)', () => {
    const a: Rational[] = [];
    let f = 1n;
    for (let k = 0; k <= 40; k++) {
      if (k > 0) f *= BigInt(k);
      a.push(Rational.of(1n, f));
    }
    const r = padeApproximant(a, 20, 20);
    const v = evaluatePade(r, 0.1);
    expect(Number.isFinite(v)).toBe(true);
    expect(Math.abs(v - Math.exp(0.1))).toBeLessThanOrEqual(2 * Number.EPSILON * Math.exp(0.1));
  });
});
