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
