import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parsePoly, Poly } from '../../src/rational/index.js';
import { rng, randInt } from '../helpers/randomDiagram.js';

describe('parsePoly', () => {
  it('reads the check value Y_0 written by hand', () => {
    const y = parsePoly('p/2 - p*H*sigma2 + 1/2*(p^2*H + p*H^2 + p*H)*sigma2^2');
    const expected = Poly.fromTerms([
      { coeff: '1/2', p: 1, H: 0, sigma2: 0 },
      { coeff: -1, p: 1, H: 1, sigma2: 1 },
      { coeff: '1/2', p: 2, H: 1, sigma2: 2 },
      { coeff: '1/2', p: 1, H: 2, sigma2: 2 },
      { coeff: '1/2', p: 1, H: 1, sigma2: 2 },
    ]);
    expect(y.equals(expected)).toBe(true);
  });

  it('round-trips Poly.toString on random polynomials (large coefficients included)', () => {
    const r = rng(5);
    for (let t = 0; t < 40; t++) {
      const terms = Array.from({ length: randInt(r, 1, 6) }, () => ({
        coeff: `${randInt(r, -50, 50) * (t % 5 === 0 ? 10 ** 15 : 1) + 1}/${randInt(r, 1, 9)}`,
        p: randInt(r, 0, 5),
        H: randInt(r, 0, 4),
        sigma2: randInt(r, 0, 6),
      }));
      const poly = Poly.fromTerms(terms);
      expect(parsePoly(poly.toString()).equals(poly)).toBe(true);
    }
  });

  it('expands products and powers exactly', () => {
    const a = parsePoly('(p + H)^3');
    expect(a.coeff(2, 1, 0).toString()).toBe('3');
    expect(a.evaluate(2, 5, 0).toString()).toBe('343');
  });

  it.each(['p + x', 'p^(1/2)', '1/p', '', 'p +* H', 'sin(p)'])('rejects %j', (bad) => {
    expect(() => parsePoly(bad)).toThrow(InputError);
  });
});

describe('parsePoly: bounded before expansion', () => {
  it.each([
    ['p^(10^9)', /exponent 1000000000 exceeds the limit of 256/],
    ['p^(2*500)', /exponent 1000 exceeds the limit of 256/],
    ['p^(2^9)', /exponent 512 exceeds/],
    ['(p^200)^30', /degree 6000 in p exceeds the limit of 4095/],
    ['((10^9)^256)^256', /exceeds 65536 bits/],
    ['(p+H+sigma2+1)^256', /too large/],
    ['p^H', /exponent .* is not a constant/],
    ['p/(2-2)', /division by zero/],
    ['1e999999*p', /too large/],
  ])('refuses %j at once', (text, message) => {
    const t = performance.now();
    expect(() => parsePoly(text)).toThrow(message);
    expect(performance.now() - t).toBeLessThan(200);
  });

  it('expands large but reasonable powers exactly and fast: (p+H)^200, (p^16+H^16+sigma2^16+1)^16', () => {
    const t = performance.now();
    const a = parsePoly('(p+H)^200');
    expect(a.size).toBe(201);
    let binom = 1n;
    for (let k = 0; k <= 200; k++) {
      expect(a.coeff(200 - k, k, 0).toString()).toBe(binom.toString());
      binom = (binom * BigInt(200 - k)) / BigInt(k + 1);
    }
    expect(parsePoly('(p^16+H^16+sigma2^16+1)^16').size).toBe(969);
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('reads computed exponents, implicit products, ** and exact decimals', () => {
    expect(parsePoly('p^(2*3) + 2(p+1)(p-1) + H**2 + 0.25*sigma2 + 1e2').equals(parsePoly('p^6 + 2*p^2 - 2 + H^2 + sigma2/4 + 100'))).toBe(true);
    expect(parsePoly('2^-2*p - p/4').isZero()).toBe(true);
  });
});
