/**
 * Polynomials c(y, z) of the limit: the ring operations against values at random rational points
 * (evaluation is a ring homomorphism), exact division in Q[y, z] (refused when the quotient would
 * need a negative power), and the printed term order (by the power of y, then of z).
 */
import { describe, expect, it } from 'vitest';
import { YZPoly } from '../../src/asymptotics/index.js';
import { Rational } from '../../src/rational/index.js';
import { randInt, rng } from '../helpers/randomDiagram.js';

const r = rng(41);
const randomYZ = () => YZPoly.fromTerms(Array.from({ length: randInt(r, 1, 4) }, () => ({ coeff: Rational.of(randInt(r, -6, 6), randInt(r, 1, 3)), y: randInt(r, 0, 3), z: randInt(r, 0, 3) })));
const point = () => [Rational.of(randInt(r, -7, 7), randInt(r, 1, 5)), Rational.of(randInt(r, -7, 7), randInt(r, 1, 5))] as const;

describe('YZPoly', () => {
  it('add, sub, mul, scale and pow agree with the same operations on values', () => {
    for (let trial = 0; trial < 40; trial++) {
      const a = randomYZ();
      const b = randomYZ();
      const k = Rational.of(randInt(r, -4, 4), randInt(r, 1, 3));
      const [y, z] = point();
      const va = a.evaluate(y, z);
      const vb = b.evaluate(y, z);
      expect(a.add(b).evaluate(y, z).equals(va.add(vb))).toBe(true);
      expect(a.sub(b).evaluate(y, z).equals(va.sub(vb))).toBe(true);
      expect(a.mul(b).evaluate(y, z).equals(va.mul(vb))).toBe(true);
      expect(a.scale(k).evaluate(y, z).equals(va.mul(k))).toBe(true);
      expect(a.pow(3).evaluate(y, z).equals(va.mul(va).mul(va))).toBe(true);
    }
  });
  it('divide: (a·b)/b = a; y/(y z) and (a·b + 1)/b for b with several terms are refused', () => {
    for (let trial = 0; trial < 30; trial++) {
      const a = randomYZ();
      const b = randomYZ();
      if (b.isZero()) continue;
      expect(a.mul(b).divide(b)?.equals(a)).toBe(true);
      if (b.terms().length > 1) expect(a.mul(b).add(YZPoly.fromTerms([{ coeff: Rational.ONE, y: 0, z: 0 }])).divide(b)).toBeNull();
    }
    const y = YZPoly.fromTerms([{ coeff: Rational.ONE, y: 1, z: 0 }]);
    const yz = YZPoly.fromTerms([{ coeff: Rational.ONE, y: 1, z: 1 }]);
    expect(y.divide(yz)).toBeNull();
    expect(yz.divide(y)?.toString()).toBe('z');
  });
  it('terms and text by increasing power of y, then of z', () => {
    const c = YZPoly.fromTerms([
      { coeff: Rational.of(1, 2), y: 2, z: 2 },
      { coeff: Rational.of(-1), y: 1, z: 1 },
      { coeff: Rational.of(3), y: 0, z: 4 },
      { coeff: Rational.of(1, 2), y: 0, z: 0 },
    ]);
    expect(c.terms().map((t) => [t.y, t.z])).toEqual([[0, 0], [0, 4], [1, 1], [2, 2]]);
    expect(c.toString()).toBe('1/2 + 3*z^4 - y*z + 1/2*y^2*z^2');
    expect(c.coeff(0, 4).toString()).toBe('3');
  });
});
