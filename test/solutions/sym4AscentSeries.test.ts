/**
 * The SYM ν=4 gradient-ascent solution (paper §9, eqs. nu4-loss, nu4-1st-int; App. K, ν = 4) as an
 * exact power series, against the engine's large-size limit along H = y p², σ² = z p^{−3/2}
 * (ρ = p³σ⁴ = z², θ = 1 + 3y). The paper's side is built only from F(a) ~ Σ (2k+1)!/k! (4a)^k, the
 * first integral and the two terms of eq. nu4-loss; the engine's side from the diagram expansion.
 * They agree coefficient by coefficient; the only discrepancy is App. K's printed value of g(0)
 * (−6ypσ⁴ instead of −3ypσ⁴, see docs/conventions.md), which eq. nu4-loss itself does not share.
 */
import { describe, expect, it } from 'vitest';
import { goalSeries, limitSeries, parseScaling, type YZPoly } from '../../src/asymptotics/index.js';
import { lossSeries } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';
import { LaurentPoly, parsePoly, Rational } from '../../src/rational/index.js';
import { sym4AscentLimitCoefficients, sym4AscentSeries } from '../../src/solutions/curves/sym4/ascentSeries.js';

/** Largest s compared with the full engine (s = 3 takes about a second; s = 4 about 30 s). */
const ORDER = 3;
/** Largest s compared with the contracted-state engine (s = 6 about 2 s, s = 7 about 20 s). */
const CONTRACTED_ORDER = 6;

function laurent(c: YZPoly): LaurentPoly {
  return LaurentPoly.fromTerms(c.terms().map((t) => ({ coeff: t.coeff, exponents: [['y', t.y], ['z', t.z]] as const })));
}

describe('SYM ν=4 ascent series (eq. nu4-loss) against the limit series', () => {
  const ys = lossSeries(makeModel({ nu: 4, scenario: 'sym' }), ORDER);
  const lim = limitSeries(ys, parseScaling('H = y*p^2, sigma2 = z*p^(-3/2)'));
  const paper = sym4AscentLimitCoefficients(ORDER + 1);

  it('the time scale is T ∝ p^{−3/2} ≍ σ²: e_s = −3s/2 for s ≥ 1, and p/2 dominates Y_0', () => {
    expect(lim.terms[0]!.exponent?.toString()).toBe('1');
    expect(lim.terms[0]!.coeff.toString()).toBe('1/2');
    for (let s = 1; s <= ORDER; s++) expect(lim.terms[s]!.exponent?.toString()).toBe(Rational.of(-3 * s, 2).toString());
  });

  it(`c_s = z^s s! G_s for s = 1 … ${ORDER}`, () => {
    for (let s = 1; s <= ORDER; s++) expect(laurent(lim.terms[s]!.coeff).toString(), `s = ${s}`).toBe(paper[s]!.toString());
  });

  it('G_0 is the O(1) part of Y_0: yθz⁴/2 − 3yz² (App. K prints −6yz²)', () => {
    // Y_0 − p/2 along the scaling: the terms of exponent 0 (H = y p², σ² = z p^{−3/2}).
    const y0 = ys[0]!.sub(parsePoly('1/2*p'));
    const rest = limitSeries([y0], parseScaling('H = y*p^2, sigma2 = z*p^(-3/2)')).terms[0]!;
    expect(rest.exponent?.toString()).toBe('0');
    expect(laurent(rest.coeff).toString()).toBe(paper[0]!.toString());
    expect(paper[0]!.toString()).toBe('-3*y*z^2 + 1/2*y*z^4 + 3/2*y^2*z^4');
  });

  it('hand values: G_1 from the derivative of eq. nu4-loss at τ = 0', () => {
    // φ(0) = 1, φ'(0) = −8θρF(0)³ = −8θρ, Ψ'(0) = 1, F(0) = 1, F'(0) = 24, F''(0) = 2·960:
    // G' = (yθρ²/2)(4φ' + 4F') − (yρ/8)(2φ'F' + F'') = 2yθρ²(24 − 8θρ) − (yρ/8)(−384θρ + 1920).
    const y = LaurentPoly.variable('y');
    const rho = LaurentPoly.variable('z', 2);
    const theta = LaurentPoly.ONE.add(y.scale(3));
    const hand = y.mul(theta).mul(rho.pow(2)).scale(2).mul(LaurentPoly.constant(24).sub(theta.mul(rho).scale(8)))
      .sub(y.mul(rho).scale('1/8').mul(LaurentPoly.constant(1920).sub(theta.mul(rho).scale(384))));
    expect(sym4AscentSeries(2).coeff(1).toString()).toBe(hand.toString());
  });
});

describe('SYM ν=4 ascent series against the contracted-state engine', () => {
  it(`c_s = z^s s! G_s for s = 1 … ${CONTRACTED_ORDER}, from the leading monomials alone`, async () => {
    const model = makeModel({ nu: 4, scenario: 'sym' });
    const goal = { kind: 'weight' as const, p: Rational.ONE, H: Rational.of(2), sigma2: Rational.of(-3, 2) };
    const ys = await goalSeries(model, CONTRACTED_ORDER, [goal], { engine: 'contracted', threads: 1 });
    const lim = limitSeries(ys, parseScaling('H = y*p^2, sigma2 = z*p^(-3/2)'));
    const paper = sym4AscentLimitCoefficients(CONTRACTED_ORDER + 1);
    for (let s = 1; s <= CONTRACTED_ORDER; s++) {
      expect(lim.terms[s]!.exponent?.toString(), `s = ${s}`).toBe(Rational.of(-3 * s, 2).toString());
      expect(laurent(lim.terms[s]!.coeff).toString(), `s = ${s}`).toBe(paper[s]!.toString());
    }
  }, 60_000);
});
