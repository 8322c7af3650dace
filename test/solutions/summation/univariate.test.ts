/**
 * UPoly, the view of LaurentPoly in one variable: values against Horner's rule on the
 * coefficient array (written here), a shift P(u) → P(u + a) against synthetic division, the
 * printed forms against hand-written strings, and the bridge to LaurentPoly both ways.
 */
import { describe, expect, it } from 'vitest';
import { LaurentPoly, Rational } from '../../../src/rational/index.js';
import { UPoly } from '../../../src/solutions/index.js';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rnd = lcg(3);
const randomDense = (deg: number) => Array.from({ length: deg + 1 }, () => Rational.of(Math.floor(rnd() * 41) - 20, 1 + Math.floor(rnd() * 5)));
const horner = (c: readonly Rational[], x: Rational) => c.reduceRight((v, ci) => v.mul(x).add(ci), Rational.ZERO);
/** P(u + a) by repeated synthetic division of the coefficient array. */
function syntheticShift(c: readonly Rational[], a: number): Rational[] {
  const out = [...c];
  for (let i = 0; i < out.length; i++) for (let j = out.length - 2; j >= i; j--) out[j] = out[j]!.add(out[j + 1]!.mul(a));
  return out;
}
const R = (x: number) => Rational.of(x);

describe('UPoly', () => {
  it('values, coefficients and degree agree with the array', () => {
    for (let deg = 0; deg <= 6; deg++) {
      const c = [...randomDense(deg), Rational.ZERO];
      const p = UPoly.fromCoefficients(c);
      if (c[deg]!.isZero()) continue;
      expect(p.degree).toBe(deg);
      expect(p.leadingCoeff().equals(c[deg]!)).toBe(true);
      expect(p.coefficients().map(String)).toEqual(c.slice(0, deg + 1).map(String));
      for (const x of [R(-3), R(0), R(1), R(7), Rational.of(-5, 3)]) expect(p.evaluate(x).equals(horner(c, x))).toBe(true);
    }
  });
  it('a shift agrees with synthetic division', () => {
    for (const a of [-2, 1, 3]) {
      const c = randomDense(5);
      expect(UPoly.fromCoefficients(c).shift(a).coefficients().map(String)).toEqual(syntheticShift(c, a).map(String));
    }
  });
  it('prints highest power first, in text and LaTeX', () => {
    const p = UPoly.fromCoefficients([Rational.of(1, 2), R(-1), R(0), R(3)]);
    expect(p.toText('n')).toBe('3*n^3 - n + 1/2');
    expect(p.neg().toText('theta')).toBe('-3*theta^3 + theta - 1/2');
    expect(p.toLatex('n')).toBe('3n^{3} - n + \\frac{1}{2}');
    expect(UPoly.ZERO.toText('n')).toBe('0');
  });
  it('the zero polynomial: no coefficients, degree −1', () => {
    const z = UPoly.fromCoefficients([R(0), R(0)]);
    expect(z.isZero()).toBe(true);
    expect(z.coefficients()).toEqual([]);
    expect(z.degree).toBe(-1);
    expect(z.equals(UPoly.ZERO)).toBe(true);
  });
  it('the bridge to LaurentPoly keeps every coefficient and refuses other variables', () => {
    const c = randomDense(4);
    const q = UPoly.fromCoefficients(c).toLaurent('n');
    c.forEach((a, i) => expect(q.coeff([['n', i]]).equals(a)).toBe(true));
    expect(UPoly.fromLaurent(q, 'n').equals(UPoly.fromCoefficients(c))).toBe(true);
    expect(() => UPoly.fromLaurent(LaurentPoly.variable('m'), 'n')).toThrow(/not a polynomial in n alone/);
    expect(() => UPoly.fromLaurent(LaurentPoly.variable('n', -1), 'n')).toThrow(/not a polynomial in n alone/);
  });
});
