/**
 * The dense univariate polynomials and their bridge to LaurentPoly: the bridge keeps every
 * coefficient (read back by LaurentPoly.coeff, and the values agree with Horner's rule at many
 * points), a shift P(n) → P(n + a) agrees with the binomial expansion done in LaurentPoly, and
 * polynomials in other variables or with negative powers are refused.
 */
import { describe, expect, it } from 'vitest';
import { LaurentPoly, Rational } from '../../../src/rational/index.js';
import { evalPoly, shiftPoly, trimPoly, uPolyFromLaurent, uPolyToLaurent } from '../../../src/solutions/index.js';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rnd = lcg(3);
const randomDense = (deg: number) => Array.from({ length: deg + 1 }, () => Rational.of(Math.floor(rnd() * 41) - 20, 1 + Math.floor(rnd() * 5)));

describe('UPoly ↔ LaurentPoly', () => {
  it('keeps every coefficient and every value', () => {
    for (let deg = 0; deg <= 6; deg++) {
      const c = randomDense(deg);
      const p = uPolyToLaurent(c, 'n');
      c.forEach((a, i) => expect(p.coeff([['n', i]]).equals(a)).toBe(true));
      for (const x of [-3, 0, 1, 2, 7, Rational.of(-5, 3)]) expect(p.substitute({ n: x }).constantValue()!.equals(evalPoly(c, x))).toBe(true);
      expect(uPolyFromLaurent(p, 'n').map(String)).toEqual(trimPoly(c).map(String));
    }
  });
  it('a shift agrees with the binomial expansion of Σ c_i (n + a)^i', () => {
    const n = LaurentPoly.variable('n');
    for (const a of [-2, 1, 3]) {
      const c = randomDense(4);
      const expanded = c.reduce((acc, ci, i) => acc.add(n.add(LaurentPoly.constant(a)).pow(i).scale(ci)), LaurentPoly.ZERO);
      expect(uPolyToLaurent(shiftPoly(c, a), 'n').equals(expanded)).toBe(true);
    }
  });
  it('the zero polynomial is the empty array both ways', () => {
    expect(uPolyToLaurent([Rational.ZERO, Rational.ZERO], 'n').isZero()).toBe(true);
    expect(uPolyFromLaurent(LaurentPoly.ZERO, 'n')).toEqual([]);
  });
  it('refuses another variable or a negative power', () => {
    expect(() => uPolyFromLaurent(LaurentPoly.variable('m'), 'n')).toThrow(/gfd|not a polynomial in n alone/);
    expect(() => uPolyFromLaurent(LaurentPoly.variable('n', -1), 'n')).toThrow(/not a polynomial in n alone/);
  });
});
