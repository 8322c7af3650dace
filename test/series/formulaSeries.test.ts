/**
 * The formula → series compiler against series built with the API by hand, and its refusals.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { LaurentPoly, Rational } from '../../src/rational/index.js';
import { compose, formulaSeries, formulaValue, narayanaSeries, PowerSeries, seriesExp, seriesLog, seriesPow, seriesSqrt } from '../../src/series/index.js';

const y = LaurentPoly.variable('y');
const z = LaurentPoly.variable('z');
const N = 8;
const t = PowerSeries.variable(N);
const one = PowerSeries.constant(1, N);
const c = (x: LaurentPoly | string | number) => PowerSeries.constant(typeof x === 'object' ? x : Rational.parse(x), N);
const compile = (text: string, order = N) => formulaSeries(text, { order, parameters: ['y', 'z'] });

describe('formulaSeries', () => {
  it('sums, products, quotients, powers, exp, log and sqrt as the series API computes them', () => {
    const cases: [string, PowerSeries][] = [
      ['1/2 - y*z + 3/4*t', c('1/2').sub(c(y.mul(z))).add(t.scale('3/4'))],
      ['(1 + y*t)^5 - 2*t^3', seriesPow(one.add(t.scale(y)), 5).sub(t.pow(3).scale(2))],
      ['1/(1 - z*t)^2', seriesPow(one.sub(t.scale(z)), -2)],
      ['(1 + t)^(-3/2)', seriesPow(one.add(t), '-3/2')],
      ['exp(-4*y*t)*log(1 + z*t)', seriesExp(t.scale(y.scale(-4))).mul(seriesLog(one.add(t.scale(z))))],
      ['e^(2*t) - sqrt(1 - 4*t)', seriesExp(t.scale(2)).sub(seriesSqrt(one.sub(t.scale(4))))],
      ['-t--t', PowerSeries.zero(N)],
      ['2.5*t + 0.25', t.scale('5/2').add(c('1/4'))],
    ];
    for (const [text, expected] of cases) expect(compile(text).equals(expected), text).toBe(true);
  });

  it('evaluates at a higher working order when a division by a series vanishing at 0 loses orders', () => {
    // the Narayana closed form divides by w², the SYM ν=2 argument ζ = z(1 − e^{4t}) vanishes at 0
    const h = compile('(1 - t*(y+1) - sqrt(1 - 2*t*(y+1) + t^2*(y-1)^2))/(2*t^2)');
    expect(h.order).toBe(N);
    expect(h.equals(narayanaSeries(N))).toBe(true);
    const zeta = compile('z*(1 - exp(4*t))');
    const composed = compose(narayanaSeries(N), zeta);
    const direct = compile('(1 - z*(1-exp(4*t))*(y+1) - sqrt(1 - 2*z*(1-exp(4*t))*(y+1) + z^2*(1-exp(4*t))^2*(y-1)^2))/(2*z^2*(1-exp(4*t))^2)');
    expect(direct.equals(composed)).toBe(true);
  });

  it('values of coefficient formulas with s bound to a number (factorials, powers with s)', () => {
    expect(formulaValue('(-4)^s*y*z/s!', { parameters: ['y', 'z'], values: { s: 3 } }).equals(y.mul(z).scale(Rational.of(-64, 6)))).toBe(true);
    expect(formulaValue('factorial(s+1)*2^(-s)', { parameters: [], values: { s: 4 } }).equals(LaurentPoly.constant(Rational.of(120, 16)))).toBe(true);
  });

  it.each([
    ['sin(t)', /unsupported function sin/],
    ['w*t', /unknown name "w"/],
    ['t(1+t)', /write \* for a product/],
    ['(1+t)(1-t)', /write \* for a product/],
    ['t^t', /exponent must be a rational number/],
    ['y^z', /exponent must be a rational number/],
    ['exp(1 + t)', /exp needs an argument vanishing at t = 0/],
    ['log(2 + t)', /log needs an argument equal to 1/],
    ['1/(y + t)', /leading coefficient y is not|leading coefficient/],
    ['1/(1 + y + t)', /not a monomial/],
    ['sqrt(2 + t)', /not a monomial with a rational coefficient/],
    ['t^(1/2)', /not a power series/],
    ['(1+t)^100000', /exceeds the limit/],
    ['t, 2', /unexpected character/],
    ['', /empty formula/],
    ['e', /e is allowed only as e\^/],
    ['(1+t', /cannot parse/],
    ['s!', /unknown name "s"/],
    ['(1+y+z+t)^200', /beyond the limit/],
    ['2^-1*t', /signed exponent in parentheses/],
    ['2^3^2', /repeated exponent/],
    ['1.5e3*t', /scientific notation/],
    ['(1/2)!', /factorial of 1\/2/],
  ])('refuses %j with a one-line InputError', (text, message) => {
    let err: unknown = null;
    try {
      compile(text);
    } catch (e) {
      err = e;
    }
    if (text === '1/(y + t)') {
      // y is a monomial: allowed, a Laurent coefficient
      expect(err).toBeNull();
      return;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toMatch(/\n/);
  });
});
