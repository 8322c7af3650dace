/**
 * The coefficient ring: Laurent polynomials over Q in named variables, and exact rational roots.
 */
import { describe, expect, it } from 'vitest';
import { integerRoot, LaurentPoly, parsePoly, Poly, Rational, rationalRoot } from '../../src/rational/index.js';
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

describe('exact division and term orders', () => {
  const r = rng(29);
  it('(a·b)/b = a for random Laurent polynomials, and a·b + 1 is not divisible by a b with several terms', () => {
    let tried = 0;
    for (let trial = 0; trial < 60; trial++) {
      const a = randomLaurent(r);
      const b = randomLaurent(r);
      if (b.isZero()) {
        expect(a.divide(b)).toBeNull();
        continue;
      }
      const q = a.mul(b).divide(b);
      expect(q?.equals(a)).toBe(true);
      if (b.size >= 2) {
        tried++;
        expect(a.mul(b).add(LaurentPoly.ONE).divide(b)).toBeNull();
      }
    }
    expect(tried).toBeGreaterThan(10);
  });
  it('a quotient by a monomial has the exponents subtracted (negative ones included)', () => {
    const y = LaurentPoly.variable('y');
    const z = LaurentPoly.variable('z');
    expect(y.divide(y.mul(z))?.toString()).toBe('z^-1');
    expect(y.mul(y).sub(LaurentPoly.ONE).divide(y.sub(LaurentPoly.ONE))?.toString()).toBe('1 + y');
  });
  it('termsBy lists terms by increasing exponent of the named variables in turn', () => {
    const c = LaurentPoly.fromTerms([
      { coeff: 1, exponents: [['y', 2]] },
      { coeff: 2, exponents: [['z', 3]] },
      { coeff: 3, exponents: [['y', 1], ['z', 5]] },
      { coeff: 4, exponents: [['y', 1], ['z', 1]] },
    ]);
    const zy = c.termsBy(['z', 'y']).map((t) => t.coeff.toString());
    const yz = c.termsBy(['y', 'z']).map((t) => t.coeff.toString());
    expect(yz).toEqual(['2', '4', '3', '1']);
    expect(zy).toEqual(['1', '4', '2', '3']);
    expect(c.toString(['y', 'z'])).toBe('2*z^3 + 4*y*z + 3*y*z^5 + y^2');
  });
  it('Poly in p, H, sigma2 and LaurentPoly agree on products, sums and values', () => {
    for (let trial = 0; trial < 20; trial++) {
      const mk = () => Poly.fromTerms(Array.from({ length: randInt(r, 0, 5) }, () => ({ coeff: Rational.of(randInt(r, -9, 9), randInt(r, 1, 4)), p: randInt(r, 0, 3), H: randInt(r, 0, 3), sigma2: randInt(r, 0, 3) })));
      const a = mk();
      const b = mk();
      expect(LaurentPoly.fromPoly(a.mul(b).sub(a)).equals(LaurentPoly.fromPoly(a).mul(LaurentPoly.fromPoly(b)).sub(LaurentPoly.fromPoly(a)))).toBe(true);
      const at = { p: Rational.of(randInt(r, -5, 5), 3), H: Rational.of(randInt(r, -5, 5), 2), sigma2: Rational.of(randInt(r, 1, 5), 7) };
      expect(LaurentPoly.fromPoly(a).substitute(at).constantValue()!.equals(a.evaluate(at.p, at.H, at.sigma2))).toBe(true);
    }
  });
});
