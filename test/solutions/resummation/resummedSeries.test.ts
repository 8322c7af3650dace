import { describe, expect, it } from 'vitest';
import { limitSeries, parseScaling } from '../../../src/asymptotics/index.js';
import { lossSeries } from '../../../src/expansion/index.js';
import { makeModel } from '../../../src/model/index.js';
import { Rational } from '../../../src/rational/index.js';
import { narayanaPsi } from '../../../src/solutions/curves/sym2/narayanaLoss.js';
import { resummedLimitLoss } from '../../../src/solutions/resummation/limitResummation.js';
import { inExpVariable, ordinaryCoefficients, resum } from '../../../src/solutions/resummation/resummedSeries.js';

/** c_s = d^s/dx^s (1 + x)^{−4/3} at 0 = Π_{k<s} (−4/3 − k): the free SYM ν = 4 curve (1 + ct)^{−4/3} at c = 1. */
function powerLawDerivatives(n: number): Rational[] {
  const c = [Rational.ONE];
  for (let s = 1; s <= n; s++) c.push(c[s - 1]!.mul(Rational.of(-4 - 3 * (s - 1), 3)));
  return c;
}

describe('resum', () => {
  it('Padé of Σ c_s x^s/s! for (1 + x)^{−4/3} converges far beyond the radius 1 of the series', () => {
    const r = resum(powerLawDerivatives(12));
    expect([r.L, r.M]).toEqual([6, 6]);
    for (const x of [0.5, 1, 3]) expect(Math.abs(r.evaluate(x)! / Math.pow(1 + x, -4 / 3) - 1), `x = ${x}`).toBeLessThan(1e-5);
    // its poles imitate the cut on x ≤ −1
    expect(r.nearestPole!).toBeGreaterThan(0.9);
    expect(r.poles.every((z) => z.re < 0)).toBe(true);
  });

  it('ordinary coefficients divide by s!', () => {
    expect(ordinaryCoefficients([1, 1, 1, 1].map((v) => Rational.of(v))).map(String)).toEqual(['1', '1', '1/2', '1/6']);
  });

  it('re-expands in u = 1 − e^{−λx}: x itself becomes −ln(1 − u)/λ = Σ u^k/(kλ)', () => {
    const a = [0, 1, 0, 0, 0].map((v) => Rational.of(v));
    expect(inExpVariable(a, Rational.of(2)).map(String)).toEqual(['0', '1/2', '1/4', '1/6', '1/8']);
    // e^{−λx} = 1 − u exactly
    const e = Array.from({ length: 6 }, (_, s) => Rational.of(-2).pow(s).div(Rational.of([1, 1, 2, 6, 24, 120][s]!)));
    expect(inExpVariable(e, Rational.of(2)).map(String)).toEqual(['1', '-1', '0', '0', '0', '0']);
  });
});

describe('resummedLimitLoss against the Narayana solution (SYM ν = 2, eq. loss-narayana)', () => {
  // the engine's limit series: independent of the closed form, which comes from the paper's formula
  const lim = limitSeries(lossSeries(makeModel({ nu: 2, scenario: 'sym' }), 16), parseScaling('H = y*p, sigma2 = z/p'));
  const cases: [string, string][] = [['1', '1/2'], ['2', '1/100'], ['1/4', '16'], ['8', '10'], ['1', '1']];
  const p = 100;

  it('c_0(y, z) evaluated exactly is E[L(0)]/p = ½ − yz + ½yz² + ½y²z²', () => {
    for (const [ys, zs] of cases) {
      const y = Rational.parse(ys);
      const z = Rational.parse(zs);
      const expected = Rational.of(1, 2).sub(y.mul(z)).add(y.mul(z).mul(z).div(2)).add(y.mul(y).mul(z).mul(z).div(2));
      expect(lim.terms[0]!.coeff.evaluate(y, z).equals(expected)).toBe(true);
    }
  });

  it('Padé in t matches the closed form at small t; in u = 1 − e^{−4t} it stays close up to t = 3', () => {
    let inside = 0;
    for (const [ys, zs] of cases) {
      const [y, z] = [Rational.parse(ys), Rational.parse(zs)];
      const exact = (t: number) => p / 2 + p * z.toNumber() * narayanaPsi(-t, y.toNumber(), z.toNumber());
      const inT = resummedLimitLoss(lim, y, z, { p, T: 1 });
      // inside the disc the approximant's poles leave free (the noisy cases have poles near 0)
      if (inT.resummation.nearestPole! > 0.05) {
        inside++;
        expect(Math.abs(inT.evaluate(0.05)! - exact(0.05)) / (p / 2), `${ys}, ${zs}`).toBeLessThan(1e-6);
      }
      const inU = resummedLimitLoss(lim, y, z, { p, T: 1 }, { variable: { kind: 'exp', rate: Rational.of(4) } });
      for (const t of [0.2, 0.5, 1, 2, 3]) expect(Math.abs(inU.evaluate(t)! - exact(t)) / (p / 2), `${ys}, ${zs}, t = ${t}`).toBeLessThan(0.1);
    }
    expect(inside).toBeGreaterThanOrEqual(3);
  });

  it('refuses a scaling whose exponents are not affine in s', () => {
    const bad = limitSeries(lossSeries(makeModel({ nu: 2, scenario: 'sym' }), 2), parseScaling('H = y*p^3, sigma2 = z'));
    if (!bad.affine) expect(() => resummedLimitLoss(bad, Rational.ONE, Rational.ONE, { p, T: 1 })).toThrow(/not affine/);
  });
});
