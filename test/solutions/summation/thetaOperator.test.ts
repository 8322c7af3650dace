/**
 * Theorem 5.1 (th:recurrence): the operator Σ_k x^{−k} P_k(θ) of a recurrence, against the
 * differential equations of the paper (App. G, eq. freerecasymunder and the ODE after it) and
 * against the algebraic equation of the Catalan generating function.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  applyOperator,
  derivativeForm,
  guessRecurrence,
  makeRecurrence,
  operatorLatex,
  operatorNerdamer,
  operatorText,
  recurrenceOperator,
  theoremOperator,
} from '../../../src/solutions/index.js';
import { Rational } from '../../../src/rational/index.js';

const R = (x: number | string) => Rational.parse(x);
const binom = (n: number, k: number): bigint => {
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
};
const catalan = Array.from({ length: 16 }, (_, n) => Rational.of(binom(2 * n, n), n + 1));
/** Taylor coefficients of (1 − κx)^{−α} by the generalised binomial theorem: (α)_n κ^n/n!. */
function binomialSeries(alpha: Rational, kappa: Rational, N: number): Rational[] {
  const out = [Rational.ONE];
  for (let n = 0; n < N; n++) out.push(out[n]!.mul(alpha.add(n)).mul(kappa).div(n + 1));
  return out;
}
type NerdamerFn = (e: string) => { buildFunction(v: string[]): (...a: number[]) => number };
const nerdamer = createRequire(import.meta.url)('nerdamer') as NerdamerFn;
createRequire(import.meta.url)('nerdamer/Calculus');

describe('Theorem 5.1 on the paper’s free under-parameterised recurrence (App. G)', () => {
  // eq. freerecasymunder: s C_s = 4(1 + (ν−1)s) C_{s−1}, i.e. K = {0, −1}, P_0(m) = m,
  // P_{−1}(m) = −4(1 + (ν−1)(m+1)); the paper's ODE: x f' = 4x(ν f + x(ν−1) f'),
  // solution f = (1 − 4(ν−1)x)^{−ν/(ν−1)}.
  it.each([2, 3, 4])('ν = %i: the operator is θ − 4x((ν−1)θ + ν), i.e. x f′ − 4x(ν f + x(ν−1) f′)', (nu) => {
    const op = theoremOperator([
      { k: 0, poly: [R(0), R(1)] },
      { k: -1, poly: [R(-4 * nu), R(-4 * (nu - 1))] },
    ]);
    expect(operatorText(op)).toBe(`theta - x*(${4 * (nu - 1)}*theta + ${4 * nu})`);
    const d = derivativeForm(op);
    // a_0(x) = −4ν x; a_1(x) = x − 4(ν−1) x²
    expect([...d[0]!].map(([k, v]) => `${v}*x^${k}`)).toEqual([`${-4 * nu}*x^1`]);
    expect([...d[1]!].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${v}*x^${k}`)).toEqual(['1*x^1', `${-4 * (nu - 1)}*x^2`]);
    // the recurrence holds at s = 0 as well, so L f = 0 exactly on the paper's solution
    const f = binomialSeries(R(nu).div(nu - 1), R(4 * (nu - 1)), 20);
    const applied = applyOperator(op, f);
    expect(applied.from).toBe(0);
    expect(applied.coeffs.every((c) => c.isZero())).toBe(true);
    expect(applied.coeffs.length).toBe(21); // x^0 … x^20, all exact for the 21 known terms
  });
  it('the nerdamer form with the closed form substituted vanishes (numerically, at several x)', () => {
    const nu = 3;
    const op = theoremOperator([
      { k: 0, poly: [R(0), R(1)] },
      { k: -1, poly: [R(-4 * nu), R(-4 * (nu - 1))] },
    ]);
    const expr = operatorNerdamer(op, `(1-${4 * (nu - 1)}*x)^(-${nu}/${nu - 1})`);
    expect(expr).toContain('diff(');
    const fn = nerdamer(expr).buildFunction(['x']);
    for (const x of [0.01, 0.05, 0.1]) expect(Math.abs(fn(x))).toBeLessThan(1e-9);
    expect(operatorLatex(op)).toBe('\\theta - x(8\\theta + 12)');
  });
});

describe('Theorem 5.1 and the Catalan generating function', () => {
  // h = Σ C_n x^n satisfies x h² − h + 1 = 0, h = (1 − √(1 − 4x))/(2x), h' = h²/(1 − 2xh)
  it('the guessed recurrence gives (θ + 1)h − x(4θ + 2)h = 1', () => {
    const op = recurrenceOperator(guessRecurrence(catalan)!.recurrence);
    expect(operatorText(op)).toBe('(theta + 1) - x*(4*theta + 2)');
    const applied = applyOperator(op, catalan);
    expect(applied.coeffs.map(String)).toEqual(['1', ...Array(15).fill('0')]);
  });
  it('the algebraic solution satisfies that equation (floating point at x = 0.1, 0.2)', () => {
    for (const x of [0.1, 0.2]) {
      const h = (1 - Math.sqrt(1 - 4 * x)) / (2 * x);
      const dh = (h * h) / (1 - 2 * x * h);
      const theta = x * dh;
      expect(theta + h - x * (4 * theta + 2 * h)).toBeCloseTo(1, 12);
    }
  });
  it('forward and theorem forms agree: Σ P_k(n) C_{n+k} with m = n + r is Theorem 5.1 with K = {0, −1, …, −r}', () => {
    // (n + 2) C_{n+1} − (4n + 2) C_n = 0  ⇔  (m + 1) C_m − (4m − 2) C_{m−1} = 0: P_0(m) = m + 1, P_{−1}(m) = −(4(m+1) − 2)
    const fwd = recurrenceOperator(makeRecurrence([[R(-2), R(-4)], [R(2), R(1)]]));
    const thm = theoremOperator([
      { k: 0, poly: [R(1), R(1)] },
      { k: -1, poly: [R(-2), R(-4)] },
    ]);
    expect(operatorText(fwd)).toBe(operatorText(thm));
  });
  it('a positive shift k gives x^{−k}: the lowest power of L h is −k', () => {
    // C_{n+1} − C_n = 0 (constant sequence) as K = {1, 0}: x^{−1} − 1, L h = x^{−1} C_0 + Σ 0
    const op = theoremOperator([
      { k: 1, poly: [R(1)] },
      { k: 0, poly: [R(-1)] },
    ]);
    const ones = Array.from({ length: 6 }, () => Rational.ONE);
    const applied = applyOperator(op, ones);
    expect(applied.from).toBe(-1);
    expect(applied.coeffs.map(String)).toEqual(['1', '0', '0', '0', '0', '0']);
    expect(operatorText(op)).toBe('x^(-1) - 1');
  });
});
