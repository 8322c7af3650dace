/**
 * Recurrence guessing on sequences whose recurrences are known (each sequence computed here from
 * its own closed formula, not from a recurrence): Catalan, Motzkin, large Schröder (Narayana
 * polynomials at 2), factorials, Apéry numbers; no recurrence for random data; a perturbed term
 * is caught by the held-out equations.
 */
import { describe, expect, it } from 'vitest';
import { firstRecurrenceFailure, guessRecurrence, makeRecurrence, recurrenceText, type Recurrence } from '../../../src/solutions/index.js';
import { Rational } from '../../../src/rational/index.js';

const binom = (n: number, k: number): bigint => {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
};
const seq = (N: number, f: (n: number) => bigint | Rational) => Array.from({ length: N }, (_, n) => Rational.parse(f(n)));
const catalan = (n: number) => binom(2 * n, n) / BigInt(n + 1);
const motzkin = (n: number) => Array.from({ length: Math.floor(n / 2) + 1 }, (_, k) => binom(n, 2 * k) * catalan(k)).reduce((a, b) => a + b, 0n);
// Narayana numbers N(n, k) = C(n,k) C(n,k−1)/n; the large Schröder numbers are the row polynomials at 2
const narayana = (n: number, k: number) => (binom(n, k) * binom(n, k - 1)) / BigInt(n);
const schroeder = (n: number) => (n === 0 ? 1n : Array.from({ length: n }, (_, i) => narayana(n, i + 1) * 2n ** BigInt(i + 1)).reduce((a, b) => a + b, 0n));
const fact = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * fact(n - 1));
const apery = (n: number) => Array.from({ length: n + 1 }, (_, k) => binom(n, k) ** 2n * binom(n + k, k) ** 2n).reduce((a, b) => a + b, 0n);

/** The guessed recurrence is a multiple of the known one: same order, coefficients proportional. */
function expectProportional(got: Recurrence, want: Recurrence): void {
  expect(got.order).toBe(want.order);
  let ratio: Rational | null = null;
  got.coeffs.forEach((gp, k) => {
    const p = gp.coefficients();
    const q = want.coeffs[k]!.coefficients();
    expect(p.length, `P_${k} degree`).toBe(q.length);
    p.forEach((c, i) => {
      if (q[i]!.isZero()) return void expect(c.isZero(), `P_${k}[${i}]`).toBe(true);
      const r = c.div(q[i]!);
      ratio ??= r;
      expect(r.equals(ratio), `P_${k}[${i}]`).toBe(true);
    });
  });
}
const R = (xs: number[][]) => makeRecurrence(xs.map((p) => p.map((x) => Rational.of(x))));

describe('guessRecurrence on sequences with known recurrences', () => {
  it('Catalan: (n + 2) C_{n+1} − (4n + 2) C_n = 0, holding on 40 further terms', () => {
    const g = guessRecurrence(seq(12, catalan))!;
    expect(recurrenceText(g.recurrence)).toBe('(n + 2)*C_{n+1} - (4*n + 2)*C_n = 0');
    expect(firstRecurrenceFailure(g.recurrence, seq(52, catalan))).toBeNull();
    expect(g.heldOutEquations).toBeGreaterThanOrEqual(2);
  });
  it('Motzkin: (n + 4) M_{n+2} − (2n + 5) M_{n+1} − 3(n + 1) M_n = 0', () => {
    const g = guessRecurrence(seq(20, motzkin))!;
    expectProportional(g.recurrence, R([[-3, -3], [-5, -2], [4, 1]]));
    expect(firstRecurrenceFailure(g.recurrence, seq(50, motzkin))).toBeNull();
  });
  it('Narayana row polynomials at 2 (large Schröder): (n + 3) S_{n+2} − 3(2n + 3) S_{n+1} + n S_n = 0', () => {
    expect(seq(6, schroeder).map(String)).toEqual(['1', '2', '6', '22', '90', '394']);
    const g = guessRecurrence(seq(20, schroeder))!;
    expectProportional(g.recurrence, R([[0, 1], [-9, -6], [3, 1]]));
  });
  it('Narayana row sums are the Catalan numbers again', () => {
    const rows = seq(12, (n) => (n === 0 ? 1n : Array.from({ length: n }, (_, k) => narayana(n, k + 1)).reduce((a, b) => a + b, 0n)));
    expect(recurrenceText(guessRecurrence(rows)!.recurrence)).toBe('(n + 2)*C_{n+1} - (4*n + 2)*C_n = 0');
  });
  it('factorials: C_{n+1} − (n + 1) C_n = 0', () => {
    expect(recurrenceText(guessRecurrence(seq(10, fact))!.recurrence)).toBe('C_{n+1} - (n + 1)*C_n = 0');
  });
  it('Apéry numbers: (n+2)³ A_{n+2} − (34(n+1)³ + 51(n+1)² + 27(n+1) + 5) A_{n+1} + (n+1)³ A_n = 0', () => {
    const g = guessRecurrence(seq(24, apery))!;
    // expanded: P_2 = n³ + 6n² + 12n + 8, P_1 = −(34n³ + 153n² + 231n + 117), P_0 = n³ + 3n² + 3n + 1
    expectProportional(g.recurrence, R([[1, 3, 3, 1], [-117, -231, -153, -34], [8, 12, 6, 1]]));
    expect(firstRecurrenceFailure(g.recurrence, seq(40, apery))).toBeNull();
  });
});

describe('guessRecurrence refuses rather than overfits', () => {
  it('random rationals: none found', () => {
    let s = 12345;
    const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0), s);
    const data = Array.from({ length: 30 }, () => Rational.of(rnd() % 1000, 1 + (rnd() % 97)));
    expect(guessRecurrence(data)).toBeNull();
  });
  it('a perturbed last term fails the held-out equations: none found', () => {
    const c = seq(12, catalan);
    c[11] = c[11]!.add(1);
    expect(guessRecurrence(c)).toBeNull();
  });
  it('too few terms to hold any equation out: none, even where the fit alone would succeed', () => {
    // Catalan (n+2)C_{n+1} = (4n+2)C_n: 4 unknowns, 3 equations fit, 2 held out → 6 terms needed
    expect(guessRecurrence(seq(5, catalan))).toBeNull();
    expect(guessRecurrence(seq(6, catalan))).not.toBeNull();
    expect(guessRecurrence(seq(6, catalan), { heldOut: 3 })).toBeNull();
  });
  it('the fit uses the first equations only, and the held-out ones are the rest', () => {
    const g = guessRecurrence(seq(15, catalan))!;
    expect(g.fitEquations + g.heldOutEquations).toBe(15 - g.recurrence.order);
    expect(g.fitEquations).toBe(3);
  });
  it('bad options are input errors', () => {
    expect(() => guessRecurrence(seq(10, catalan), { maxOrder: 0 })).toThrow(expect.objectContaining({ name: 'InputError' }) as unknown);
  });
});
