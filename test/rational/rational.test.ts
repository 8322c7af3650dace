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

describe('Rational.toNumber', () => {
  /** The exact rational value of a finite double (mantissa · 2^exponent). */
  function exact(x: number): Rational {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x);
    const bits = view.getBigUint64(0);
    const exp = Number((bits >> 52n) & 0x7ffn);
    const frac = bits & ((1n << 52n) - 1n);
    const mant = (exp === 0 ? frac : frac | (1n << 52n)) * (bits >> 63n ? -1n : 1n);
    const e = (exp === 0 ? 1 : exp) - 1075;
    return e >= 0 ? Rational.of(mant << BigInt(e)) : Rational.of(mant, 1n << BigInt(-e));
  }
  /** The distance to the next double away from zero, as an exact rational. */
  function ulp(x: number): Rational {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, Math.abs(x));
    view.setBigUint64(0, view.getBigUint64(0) + 1n);
    return exact(view.getFloat64(0)).sub(exact(Math.abs(x)));
  }
  function seeded(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('is right when numerator and denominator are far beyond the double range', () => {
    expect(Rational.of(10n ** 400n + 1n, 10n ** 399n).toNumber()).toBe(10);
    expect(Rational.of(-(10n ** 400n), 3n * 10n ** 399n).toNumber()).toBe(-10 / 3);
    expect(Rational.of(1n, 10n ** 400n).toNumber()).toBe(0);
    expect(Rational.of(10n ** 400n, 7n).toNumber()).toBe(Infinity);
    expect(Rational.of(-(10n ** 400n), 7n).toNumber()).toBe(-Infinity);
    expect(Rational.of(2n ** 1100n, 2n ** 2174n).toNumber()).toBe(2 ** -1074);
  });

  it('rounds once, to nearest, ties to even (normal and subnormal ranges, random doubles)', () => {
    const rnd = seeded(17);
    const tiny = Rational.of(1n, 10n ** 400n);
    for (let i = 0; i < 400; i++) {
      const x = (rnd() < 0.5 ? -1 : 1) * (1 + rnd()) * 2 ** Math.floor(rnd() * 2140 - 1080);
      if (x === 0 || !Number.isFinite(x)) continue;
      const X = exact(x);
      const half = ulp(x).div(2);
      const away = X.sign() < 0 ? half.neg() : half;
      const next = X.add(X.sign() < 0 ? ulp(x).neg() : ulp(x)).toNumber();
      // scaled by a huge common factor that does not cancel: the same value
      expect(Rational.of(X.num * (10n ** 350n + 1n), X.den * (10n ** 350n + 1n)).toNumber()).toBe(x);
      expect(X.toNumber()).toBe(x);
      expect(X.add(away.sub(tiny.mul(X.sign()))).toNumber()).toBe(x); // just below half an ulp: down
      expect(X.add(away.add(tiny.mul(X.sign()))).toNumber()).toBe(next); // just above: up
      // exactly half way: to the even neighbour
      const even = isEvenMantissa(x) ? x : next;
      expect(X.add(away).toNumber()).toBe(even);
    }
  });

  function isEvenMantissa(x: number): boolean {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x);
    return (view.getBigUint64(0) & 1n) === 0n;
  }

  it('agrees with double division whenever both parts are exact doubles', () => {
    const rnd = seeded(5);
    for (let i = 0; i < 2000; i++) {
      const n = BigInt(Math.floor(rnd() * 2 ** 53)) - 2n ** 52n;
      const d = BigInt(Math.floor(rnd() * 2 ** 53)) + 1n;
      expect(Rational.of(n, d).toNumber()).toBe(Number(n) / Number(d));
    }
  });
});
