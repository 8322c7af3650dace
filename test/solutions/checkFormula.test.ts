/**
 * Checking closed forms against the engine: the paper's SYM ν=2 Narayana solution (eq.
 * loss-narayana) and free evolutions (App. F) against the limit series, the check values of
 * Y_0, Y_1 against the exact series, and perturbed formulas that must report the right first
 * mismatch.
 */
import { describe, expect, it } from 'vitest';
import { limitSeries, parseScaling } from '../../src/asymptotics/index.js';
import { InputError } from '../../src/errors.js';
import { lossSeries } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';
import { LaurentPoly, Rational } from '../../src/rational/index.js';
import { compose, formulaSeries, narayanaSeries, PowerSeries, seriesExp } from '../../src/series/index.js';
import { checkAgainstExpand, checkAgainstLimit } from '../../src/solutions/index.js';
import { checkText } from '../../src/render/index.js';

/** E[L]/p = 1/2 + zΨ(−t, y, z), Ψ(x) = e^{−4x}((z e^{−4x}/2) h'(ζ) − h(ζ)), ζ = z(1 − e^{−4x}), h written out. */
const E = 'exp(4*t)';
const ZETA = `(z*(1-${E}))`;
const SQRT_D = `sqrt(1 - 2*${ZETA}*(y+1) + ${ZETA}^2*(y-1)^2)`;
const H = `(1 - ${ZETA}*(y+1) - ${SQRT_D})/(2*${ZETA}^2)`;
const H_PRIME = `(-(y+1) + ((y+1) - ${ZETA}*(y-1)^2)/${SQRT_D})/(2*${ZETA}^2) - (1 - ${ZETA}*(y+1) - ${SQRT_D})/${ZETA}^3`;
const SYM2_NARAYANA = `1/2 + z*${E}*(z*${E}/2*(${H_PRIME}) - ${H})`;

const ORDER = 12;
const sym2 = limitSeries(lossSeries(makeModel({ nu: 2, scenario: 'sym' }), ORDER), parseScaling('H = y*p, sigma2 = z/p'));

describe('SYM ν=2, H = yp, σ² = z/p (paper §8, eq. loss-narayana)', () => {
  it('the formula written by hand is the series built from h with the series API', () => {
    // independent route: h(ζ) from its closed form, h' by differentiating the series, ζ(t) composed in
    const N = 8;
    const z = LaurentPoly.variable('z');
    const h = narayanaSeries(N + 2);
    const e4t = seriesExp(PowerSeries.variable(N).scale(4));
    const zeta = PowerSeries.constant(1, N).sub(e4t).scale(z);
    const psi = e4t.mul(e4t.scale(z).scale('1/2').mul(compose(h.derivative(), zeta)).sub(compose(h, zeta)));
    const expected = PowerSeries.constant(Rational.of(1, 2), N).add(psi.scale(z));
    expect(formulaSeries(SYM2_NARAYANA, { order: N, parameters: ['y', 'z'] }).equals(expected)).toBe(true);
  });

  it(`agrees with the limit series to order ${ORDER}`, () => {
    const check = checkAgainstLimit(SYM2_NARAYANA, sym2);
    expect(check.firstMismatch).toBeNull();
    expect(check.agrees).toBe(true);
    expect(check.order).toBe(ORDER);
    expect(checkText(check)).toBe(`agrees to order ${ORDER}`);
  });

  it('a perturbation at t³ is reported at s = 3 with both values (3!·yz apart)', () => {
    const check = checkAgainstLimit(`${SYM2_NARAYANA} + y*z*t^3`, sym2);
    expect(check.agrees).toBe(false);
    expect(check.firstMismatch!.s).toBe(3);
    expect(check.comparisons.map((c) => c.agrees)).toEqual([true, true, true, false]);
    const m = check.firstMismatch!;
    expect(m.formula.sub(m.engine).equals(LaurentPoly.monomial(6, [['y', 1], ['z', 1]]))).toBe(true);
    // the lowest power of z in c_s is −4^s y z (from −z e^{4t} h(0)), so the engine side reads −64yz
    expect(m.engine.coeff([['y', 1], ['z', 1]]).toString()).toBe('-64');
    expect(checkText(check).split('\n')[0]).toBe('first mismatch at s = 3 (agrees to order 2)');
  });
});

describe('free evolution (App. F), target zero', () => {
  it('under-parameterised SYM ν=2 (H = y, σ² = z): E[L] ≈ yz²/(2(1 + 4zt)²), c_s = (−4)^s s!(s+1) y z^{s+2}/2', () => {
    const lim = limitSeries(lossSeries(makeModel({ nu: 2, scenario: 'sym', target: 'zero' }), 6), parseScaling('H = y, sigma2 = z'));
    expect(checkAgainstLimit('y*z^2/(2*(1+4*z*t)^2)', lim).agrees).toBe(true);
    expect(checkAgainstLimit('(-4)^s*s!*(s+1)/2*y*z^(s+2)', lim, 'coefficients').agrees).toBe(true);
    // dropping the factor s+1 fails first at s = 1
    expect(checkAgainstLimit('(-4)^s*s!/2*y*z^(s+2)', lim, 'coefficients').firstMismatch?.s).toBe(1);
  });

  it('over-parameterised ASYM ν=2 (H = y p², σ² = z): E[L] ≈ (y z²/2) e^{−4yzt}', () => {
    const lim = limitSeries(lossSeries(makeModel({ nu: 2, scenario: 'asym', target: 'zero' }), 6), parseScaling('H = y*p^2, sigma2 = z'));
    expect(checkAgainstLimit('y*z^2/2*exp(-4*y*z*t)', lim).agrees).toBe(true);
    expect(checkAgainstLimit('y*z^2/2*exp(-4*y*z*t) - t^5*y^6*z^7', lim).firstMismatch?.s).toBe(5);
  });
});

describe('against the exact series', () => {
  const Y0 = 'p/2 - p*H*sigma2 + (p^2*H + p*H^2 + p*H)*sigma2^2/2';
  const Y1 = '-4*p*H*sigma2 + 8*(p*H + p*H^2 + p^2*H)*sigma2^2 - (16*p*H + 12*p*H^2 + 4*p*H^3 + 12*p^2*H + 12*p^2*H^2 + 4*p^3*H)*sigma2^3';
  const ys = lossSeries(makeModel({ nu: 2, scenario: 'sym' }), 1);

  it('the check values Y_0, Y_1 of SYM ν=2 agree to order 1 (t stands for t/T)', () => {
    expect(checkAgainstExpand(`${Y0} + (${Y1})*t`, ys).agrees).toBe(true);
    // with t/T written out at T = 1/2 the series is Y_0 + 2Y_1 t: a mismatch at s = 1
    const m = checkAgainstExpand(`${Y0} + 2*(${Y1})*t`, ys).firstMismatch!;
    expect(m.s).toBe(1);
    expect(m.formula.equals(m.engine.scale(2))).toBe(true);
  });

  it('SYM ν=3: Y_0 = p/2 + (p³ + 6p² + 8p)Hσ⁶/2 as a coefficient formula', () => {
    const y3 = lossSeries(makeModel({ nu: 3, scenario: 'sym' }), 0);
    expect(checkAgainstExpand('p/2 + (p^3 + 6*p^2 + 8*p)*H*sigma2^3/2', y3, 'coefficients').agrees).toBe(true);
    // the value printed in App. B of the paper, p³ + 5p² + 9p, is wrong
    expect(checkAgainstExpand('p/2 + (p^3 + 5*p^2 + 9*p)*H*sigma2^3/2', y3, 'coefficients').firstMismatch?.s).toBe(0);
  });

  it('refuses parameters of the other series and a formula in t against a non-affine limit', () => {
    expect(() => checkAgainstExpand('y*t', ys)).toThrow(/unknown name "y"/);
    const notAffine = limitSeries(lossSeries(makeModel({ nu: 2, scenario: 'sym' }), 2), parseScaling('H = y*p^2, sigma2 = z'));
    if (!notAffine.affine) expect(() => checkAgainstLimit('y*t', notAffine)).toThrow(InputError);
    expect(() => checkAgainstLimit('1/t', sym2)).toThrow(/pole at t = 0|term in t/);
  });
});
