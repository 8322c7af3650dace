import { describe, expect, it } from 'vitest';
import { Poly, Rational } from '../../src/rational/index.js';

describe('Rational', () => {
  it('normalises on creation', () => {
    const r = Rational.of(10n, -4n);
    expect(r.num).toBe(-5n);
    expect(r.den).toBe(2n);
    expect(Object.isFrozen(r)).toBe(true);
    expect(r.toString()).toBe('-5/2');
  });
  it('does exact arithmetic beyond 2^53', () => {
    const big = Rational.of(2n ** 80n + 1n, 3n);
    expect(big.mul(3).sub(1).toString()).toBe((2n ** 80n).toString());
  });
  it('parses integers, fractions and decimals and rejects junk', () => {
    expect(Rational.parse('-6/4').toString()).toBe('-3/2');
    expect(Rational.parse('0.25').toString()).toBe('1/4');
    expect(() => Rational.parse('1/0')).toThrow(/division by zero|rational/);
    expect(() => Rational.parse('abc')).toThrow(/not a rational/);
  });
  it('refuses implicit float conversion', () => {
    expect(() => (Rational.ONE as unknown as number) + 1).toThrow(/implicit/);
  });
  it('serialises as "n/d"', () => {
    expect(JSON.stringify({ c: Rational.of(1, 2) })).toBe('{"c":"1/2"}');
  });
  it('integer powers, including negative', () => {
    expect(Rational.of(2, 3).pow(-2).toString()).toBe('9/4');
    expect(() => Rational.of(2).pow(0.5)).toThrow(/non-integer/);
  });
});

describe('Poly', () => {
  it('adds, cancels and multiplies like the distributive law', () => {
    const a = Poly.fromTerms([
      { coeff: 1, p: 1, H: 0, sigma2: 0 },
      { coeff: -1, p: 0, H: 1, sigma2: 1 },
    ]);
    const sq = a.mul(a);
    // (p - H s)^2 = p^2 - 2 p H s + H^2 s^2
    expect(sq.coeff(2, 0, 0).toString()).toBe('1');
    expect(sq.coeff(1, 1, 1).toString()).toBe('-2');
    expect(sq.coeff(0, 2, 2).toString()).toBe('1');
    expect(sq.size).toBe(3);
    expect(a.sub(a).isZero()).toBe(true);
  });
  it('evaluates exactly and agrees with evaluating factors', () => {
    const a = Poly.fromTerms([{ coeff: '1/2', p: 2, H: 1, sigma2: 3 }, { coeff: 3, p: 0, H: 0, sigma2: 0 }]);
    const b = Poly.fromTerms([{ coeff: -2, p: 1, H: 2, sigma2: 0 }]);
    const x = a.mul(b).evaluate(3, '1/2', 5);
    expect(x.equals(a.evaluate(3, '1/2', 5).mul(b.evaluate(3, '1/2', 5)))).toBe(true);
  });
  it('prints terms by increasing sigma2', () => {
    const y = Poly.fromTerms([
      { coeff: '1/2', p: 1, H: 0, sigma2: 0 },
      { coeff: -1, p: 1, H: 1, sigma2: 1 },
    ]);
    expect(y.toString()).toBe('1/2*p - p*H*sigma2');
  });
});

describe('Rational arithmetic against cross-multiplication', () => {
  it('agrees with BigInt cross-multiplication on random fractions', () => {
    let x = 12345;
    const rnd = () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return BigInt(x % 2001) - 1000n;
    };
    for (let t = 0; t < 500; t++) {
      const [a, b, c, d] = [rnd(), rnd() || 1n, rnd(), rnd() || 1n];
      const r = Rational.of(a, b);
      const s = Rational.of(c, d);
      // a/b + c/d = (ad + cb)/bd, compared by cross-multiplication with the reduced result
      const sum = r.add(s);
      expect(sum.num * b * d).toBe((a * d + c * b) * sum.den);
      const prod = r.mul(s);
      expect(prod.num * b * d).toBe(a * c * prod.den);
      if (c !== 0n) {
        const q = r.div(s);
        expect(q.num * b * c).toBe(a * d * q.den);
        expect(q.den > 0n).toBe(true);
      }
    }
  });
  it('reads scientific notation exactly', () => {
    expect(Rational.parse('7.5e-3').toString()).toBe('3/400');
    expect(Rational.parse('-2.5E3').toString()).toBe('-2500');
    expect(Rational.parse('1e-20').den).toBe(10n ** 20n);
    expect(() => Rational.parse('1e')).toThrow(/not a rational/);
  });
});
