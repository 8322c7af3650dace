/**
 * Closed forms of first-order and constant-coefficient recurrences, against floating-point
 * evaluation of the functions they name (partial sums of the exact Taylor coefficients).
 */
import { describe, expect, it } from 'vitest';
import { closedFormTaylor, constantCoefficientClosedForm, firstOrderClosedForm, guessRecurrence, makeRecurrence } from '../../../src/solutions/index.js';
import { Rational } from '../../../src/rational/index.js';

const R = (x: number | string) => Rational.parse(x);
const partialSum = (c: Rational[], x: number) => c.reduce((acc, a, n) => acc + a.toNumber() * x ** n, 0);

describe('first-order closed forms', () => {
  it('power law: (n + 1) C_{n+1} = −(24n + 32) C_n is (1 + 24x)^{−4/3}', () => {
    const f = firstOrderClosedForm(makeRecurrence([[R(32), R(24)], [R(1), R(1)]]), R('1/2'))!;
    expect([f.kind, f.text, f.exponent!.toString()]).toEqual(['power', '1/2*(1 + 24*x)^(-4/3)', '-4/3']);
    expect(partialSum(closedFormTaylor(f, 60), 0.005)).toBeCloseTo(0.5 * (1 + 24 * 0.005) ** (-4 / 3), 12);
  });
  it('exponential: (n + 1) C_{n+1} = 3 C_n is e^{3x}', () => {
    const f = firstOrderClosedForm(makeRecurrence([[R(-3)], [R(1), R(1)]]), R(2))!;
    expect([f.kind, f.text]).toEqual(['exponential', '2*exp(3*x)']);
    expect(partialSum(closedFormTaylor(f, 40), 0.3)).toBeCloseTo(2 * Math.exp(0.9), 12);
  });
  it('geometric: C_{n+1} = 5 C_n is 1/(1 − 5x)', () => {
    const f = firstOrderClosedForm(makeRecurrence([[R(-5)], [R(1)]]), R(1))!;
    expect([f.kind, f.text]).toEqual(['geometric', '(1 - 5*x)^(-1)']);
    expect(partialSum(closedFormTaylor(f, 80), 0.1)).toBeCloseTo(2, 12);
  });
  it('hypergeometric: (n + 2) C_{n+1} = (4n + 2) C_n (Catalan) is ₂F₁(1/2, 1; 2; 4x)', () => {
    const f = firstOrderClosedForm(makeRecurrence([[R(-2), R(-4)], [R(2), R(1)]]), R(1))!;
    expect([f.kind, f.text]).toEqual(['hypergeometric', '2F1(1/2, 1; 2; 4*x)']);
    const x = 0.1;
    expect(partialSum(closedFormTaylor(f, 80), x)).toBeCloseTo((1 - Math.sqrt(1 - 4 * x)) / (2 * x), 12);
  });
  it('coefficients of degree 2 with rational roots: (n+1)(n+4) C_{n+1} = −8(n+2)(2n+5) C_n is ₂F₁(5/2, 2; 4; −16x)', () => {
    const rec = makeRecurrence([[R(80), R(72), R(16)], [R(4), R(5), R(1)]]);
    const f = firstOrderClosedForm(rec, R(1))!;
    expect([f.kind, f.text]).toEqual(['hypergeometric', '2F1(5/2, 2; 4; -16*x)']);
    // the recurrence run forward, term by term
    const c = [R(1)];
    for (let n = 0; n < 12; n++) c.push(c[n]!.mul(-8 * (n + 2) * (2 * n + 5)).div((n + 1) * (n + 4)));
    expect(closedFormTaylor(f, 12).map(String)).toEqual(c.map(String));
    // irrational roots (n² − 2): no form
    expect(firstOrderClosedForm(makeRecurrence([[R(-2), R(0), R(1)], [R(1), R(1)]]), R(1))).toBeNull();
  });
  it('no form when P_1 vanishes at some n ≥ 0, or for a factorially growing ₂F₀', () => {
    expect(firstOrderClosedForm(makeRecurrence([[R(1)], [R(-2), R(1)]]), R(1))).toBeNull(); // (n − 2) C_{n+1} = −C_n
    expect(firstOrderClosedForm(makeRecurrence([[R(-1), R(-1)], [R(1)]]), R(1))).toBeNull(); // C_{n+1} = (n + 1) C_n
  });
});

describe('constant coefficients: h = B(x)/D(x)', () => {
  it('Fibonacci: x/(1 − x − x²)', () => {
    const fib = [0n, 1n];
    for (let n = 2; n < 20; n++) fib.push(fib[n - 1]! + fib[n - 2]!);
    const seq = fib.map((x) => Rational.of(x));
    const g = guessRecurrence(seq)!;
    const f = constantCoefficientClosedForm(g.recurrence, seq)!;
    expect([f.kind, f.text]).toEqual(['rational', '(x)/(-x^2 - x + 1)']);
    expect(closedFormTaylor(f, 19).map(String)).toEqual(seq.map(String));
  });
});
