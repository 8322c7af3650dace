/**
 * The coefficient ring: Laurent polynomials over Q in named variables, and exact rational roots.
 */
import { describe, expect, it } from 'vitest';
import { parsePoly, Rational } from '../../src/rational/index.js';
import { integerRoot, LaurentPoly, rationalRoot } from '../../src/rational/index.js';
import { randInt, rng } from '../helpers/randomDiagram.js';

function randomLaurent(r: () => number): LaurentPoly {
  const terms = Array.from({ length: randInt(r, 0, 4) }, () => ({
    coeff: Rational.of(randInt(r, -5, 5), randInt(r, 1, 3)),
    exponents: [
      ['y', randInt(r, -2, 3)],
      ['z', randInt(r, 0, 2)],
      ['p', randInt(r, -1, 1)],
    ] as [string, number][],
  }));
  return LaurentPoly.fromTerms(terms);
}

describe('LaurentPoly', () => {
  it('is a commutative ring: associativity, commutativity, distributivity on random elements', () => {
    const r = rng(3);
    for (let i = 0; i < 30; i++) {
      const [a, b, c] = [randomLaurent(r), randomLaurent(r), randomLaurent(r)];
      expect(a.mul(b).equals(b.mul(a))).toBe(true);
      expect(a.mul(b).mul(c).equals(a.mul(b.mul(c)))).toBe(true);
      expect(a.mul(b.add(c)).equals(a.mul(b).add(a.mul(c)))).toBe(true);
      expect(a.sub(a).isZero()).toBe(true);
      expect(a.pow(3).equals(a.mul(a).mul(a))).toBe(true);
    }
  });

  it('monomials are invertible, sums of two or more terms are not', () => {
    const m = LaurentPoly.monomial('-3/2', [['y', 2], ['z', -1]]);
    expect(m.mul(m.inverse()!).equals(LaurentPoly.ONE)).toBe(true);
    expect(LaurentPoly.variable('y').add(LaurentPoly.ONE).inverse()).toBeNull();
    expect(LaurentPoly.ZERO.inverse()).toBeNull();
  });

  it('rational powers of monomials exist exactly when the exponents and the root are exact', () => {
    const m = LaurentPoly.monomial('9/4', [['y', 2], ['z', -4]]);
    expect(m.monomialPow(Rational.of(1, 2))!.toString()).toBe('3/2*y*z^-2');
    expect(m.monomialPow(Rational.of(-3, 2))!.equals(LaurentPoly.monomial('8/27', [['y', -3], ['z', 6]]))).toBe(true);
    expect(m.monomialPow(Rational.of(1, 4))).toBeNull(); // y^{1/2}
    expect(LaurentPoly.monomial(2, []).monomialPow(Rational.of(1, 2))).toBeNull();
    expect(LaurentPoly.monomial(-8, []).monomialPow(Rational.of(1, 3))!.toString()).toBe('-2');
  });

  it('agrees with Poly (p, H, sigma2) on conversion and evaluation', () => {
    const poly = parsePoly('p/2 - p*H*sigma2 + 1/2*(p^2*H + p*H^2 + p*H)*sigma2^2');
    const l = LaurentPoly.fromPoly(poly);
    expect(l.toString()).toBe('1/2*p - p*H*sigma2 + 1/2*p*H*sigma2^2 + 1/2*p*H^2*sigma2^2 + 1/2*p^2*H*sigma2^2');
    const v = l.substitute({ p: 3, H: '1/2', sigma2: '2/7' }).constantValue()!;
    expect(v.equals(poly.evaluate(3, '1/2', '2/7'))).toBe(true);
    expect(l.toLatex()).toContain('\\frac{1}{2} p H \\sigma^{4}');
  });
});

describe('rationalRoot', () => {
  it('finds exact roots of large rationals and refuses inexact ones', () => {
    const big = 12345678901234567890123n;
    expect(integerRoot(big ** 5n, 5n)).toBe(big);
    expect(integerRoot(big ** 5n - 1n, 5n)).toBe(big - 1n);
    expect(rationalRoot(Rational.of(big ** 3n, 7n ** 3n), 3n)!.equals(Rational.of(big, 7n))).toBe(true);
    expect(rationalRoot(Rational.of(2), 2n)).toBeNull();
    expect(rationalRoot(Rational.of(-4), 2n)).toBeNull();
    expect(rationalRoot(Rational.of(-27, 8), 3n)!.toString()).toBe('-3/2');
  });
});
