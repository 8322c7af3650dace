/**
 * Theorem 5.1 in two variables on the paper's App. G step for free SYM ν = 4 (eq. freesymnucrec
 * with s! absorbed → eq. EGF-ode): the operator vanishes on the coefficients taken from the
 * engine's limit series, its first-order PDE is the paper's, and the method of characteristics
 * on that PDE reproduces the boxed solution.
 */
import { describe, expect, it } from 'vitest';
import { limitSeries, parseScaling } from '../../../src/asymptotics/index.js';
import { lossSeries } from '../../../src/expansion/index.js';
import { makeModel } from '../../../src/model/index.js';
import { LaurentPoly, Rational } from '../../../src/rational/index.js';
import { applyMultiOperator, compilePde, firstOrderPde, followCharacteristic, multiTheoremOperator, solveByCharacteristics } from '../../../src/solutions/index.js';

const ORDER = 3; // SYM ν = 4: s = 4 takes ~27 s today
const R = (x: number) => Rational.of(x);
const nu = 4;
const d = 3; // (ν−1)!!
// s C_{n,s} = 4ν((ν−1)s + 1)((ν−1)!! C_{n−1,s−1} + C_{n,s−1}) with indices (s, n) ↔ variables (x, y):
// K = {(0,0), (−1,−1), (−1,0)}, P_(0,0)(m) = m_s, P_(−1,·)(m) = −4ν(…)((ν−1)(m_s + 1) + 1)
const thetaX = LaurentPoly.variable('x');
const op = multiTheoremOperator(['x', 'y'], [
  { k: [0, 0], poly: thetaX },
  { k: [-1, -1], poly: thetaX.scale(-4 * nu * d * (nu - 1)).add(LaurentPoly.constant(-4 * nu * d * nu)) },
  { k: [-1, 0], poly: thetaX.scale(-4 * nu * (nu - 1)).add(LaurentPoly.constant(-4 * nu * nu)) },
]);

describe('Theorem 5.1 in two variables: App. G, free SYM ν = 4', () => {
  it('the operator annihilates the engine’s coefficients C_{n,s}/s! (H = y p², σ² = z)', () => {
    const lim = limitSeries(lossSeries(makeModel({ nu, scenario: 'sym', target: 'zero' }), ORDER), parseScaling('H = y*p^(2), sigma2 = z'));
    // c_s(y, 1) = ½(−½)^s Σ_n C_{n,s} y^n (App. G, "Expected loss"), so C_{n,s}/s! = 2(−2)^s [y^n]c_s / s!
    let fact = Rational.ONE;
    const C = lim.terms.map((t, s) => {
      if (s > 0) fact = fact.mul(s);
      return new Map(t.coeff.terms().map((u) => [u.y, u.coeff.mul(R(-2).pow(s)).mul(2).div(fact)]));
    });
    const get = (m: readonly number[]) => (m[0]! <= ORDER ? (C[m[0]!]!.get(m[1]!) ?? Rational.ZERO) : Rational.ZERO);
    const applied = applyMultiOperator(op, get, [0, 0], [ORDER, ORDER + 3]);
    expect(applied.length).toBe((ORDER + 1) * (ORDER + 4));
    expect(applied.filter((a) => !a.value.isZero()).map((a) => a.m.join(','))).toEqual([]);
    expect(C[1]!.get(2)!.toString()).not.toBe('0'); // not vacuous
  });
  it('the first-order PDE is eq. EGF-ode times x: [1 − 4ν(ν−1)(1 + (ν−1)!!y)x] ∂_x f = 4ν²(1 + (ν−1)!!y) f', () => {
    const pde = firstOrderPde(op)!;
    expect(pde.field).toEqual(['x - 48*x^2 - 144*x^2*y', '0']);
    expect(pde.rate).toBe('64*x + 192*x*y');
  });
  it('characteristics from f(0, y) = y + (ν−1)!! y² give the boxed solution (floating point, RK4)', () => {
    const { field, rate } = compilePde(firstOrderPde(op)!);
    const f0 = (y: number) => y + d * y * y;
    const boxed = (x: number, y: number) => f0(y) * (1 - 4 * nu * (nu - 1) * (1 + d * y) * x) ** (-nu / (nu - 1));
    for (const [x, y] of [[0.002, 0.5], [-0.01, 1]] as const) {
      // Φ has the factor x, so x = 0 is reached only as τ → −∞: follow the curve back until |x| has
      // shrunk by 10^6, where f = f(0, y)(1 + O(x)) to about 1e-7, and carry that value forward
      let tau = 0;
      while (Math.abs(followCharacteristic(field, rate, [x, y], tau, 400).end[0]!) > Math.abs(x) * 1e-6) tau -= 2;
      const h = solveByCharacteristics(field, rate, (v) => f0(v[1]!), [x, y], tau, 4000);
      expect(Math.abs(h / boxed(x, y) - 1)).toBeLessThan(1e-5);
    }
  });
});
