/**
 * Padé approximants of a power series with exact rational coefficients: [L/M] = P/Q with
 * deg P ≤ L, deg Q ≤ M, Q(0) = 1 and f·Q − P = O(x^{L+M+1}). The linear system for Q is solved
 * exactly over Q (BigInt rationals); evaluation is in floating point.
 */
import { InputError } from '../../errors.js';
import { Rational } from '../../rational/index.js';

/** P(x)/Q(x), coefficients in increasing powers of x; Q(0) = 1. */
export interface PadeApproximant {
  readonly L: number;
  readonly M: number;
  readonly numerator: readonly Rational[];
  readonly denominator: readonly Rational[];
}

/**
 * The [L/M] Padé approximant of Σ a_k x^k (needs a_0 … a_{L+M}); in a degenerate block of the
 * Padé table the returned M is the smallest denominator degree that matches to order L + M.
 *
 * @example
 * ```ts
 * // e^x: [1/1] = (1 + x/2)/(1 − x/2)
 * const a = [1, 1, '1/2'].map((c) => Rational.parse(c));
 * const r = padeApproximant(a, 1, 1);
 * r.numerator.map(String);   // ['1', '1/2']
 * r.denominator.map(String); // ['1', '-1/2']
 * ```
 */
export function padeApproximant(a: readonly Rational[], L: number, M: number): PadeApproximant {
  if (!Number.isInteger(L) || !Number.isInteger(M) || L < 0 || M < 0) throw new InputError(`padé: degrees must be non-negative integers, got [${L}/${M}]`);
  if (a.length < L + M + 1) throw new InputError(`padé: [${L}/${M}] needs ${L + M + 1} coefficients, got ${a.length}`);
  // A singular system means [L/M] lies in a block of the Padé table (e.g. the series is a rational
  // function of lower degree): the approximant is then the first [L/M'], M' < M, that still matches
  // the series to order L + M.
  for (let m = M; m >= 0; m--) {
    const r = solvePade(a, L, m);
    if (r && matchesTo(a, r, L + M)) return r;
  }
  throw new InputError(`padé: [${L}/${M}] does not exist for these coefficients (singular system); try other degrees`);
}

/** The [L/M] candidate from the linear system for Q, or null if the system is singular. */
function solvePade(a: readonly Rational[], L: number, M: number): PadeApproximant | null {
  const at = (k: number) => (k >= 0 ? a[k]! : Rational.ZERO);
  // Σ_{j=1..M} q_j a_{k−j} = −a_k, k = L+1 … L+M
  const rows: Rational[][] = [];
  for (let k = L + 1; k <= L + M; k++) {
    const row: Rational[] = [];
    for (let j = 1; j <= M; j++) row.push(at(k - j));
    row.push(at(k).neg());
    rows.push(row);
  }
  const q = solveExact(rows, M);
  if (q === null) return null;
  const den = [Rational.ONE, ...q];
  const num: Rational[] = [];
  for (let k = 0; k <= L; k++) {
    let s = Rational.ZERO;
    for (let j = 0; j <= Math.min(k, M); j++) s = s.add(den[j]!.mul(at(k - j)));
    num.push(s);
  }
  return Object.freeze({ L, M, numerator: Object.freeze(num), denominator: Object.freeze(den) });
}

/** f·Q − P = O(x^{n+1}) */
function matchesTo(a: readonly Rational[], r: PadeApproximant, n: number): boolean {
  for (let k = 0; k <= n; k++) {
    let v = Rational.ZERO;
    for (let j = 0; j <= Math.min(k, r.M); j++) v = v.add(r.denominator[j]!.mul(a[k - j]!));
    if (!v.equals(r.numerator[k] ?? Rational.ZERO)) return false;
  }
  return true;
}

/** Unique solution of an n×n system given as augmented rows, or null if singular (Gauss–Jordan over Q). */
function solveExact(rows: Rational[][], n: number): Rational[] | null {
  const m = rows.map((r) => r.slice());
  for (let c = 0; c < n; c++) {
    const piv = m.findIndex((r, i) => i >= c && !r[c]!.isZero());
    if (piv < 0) return null;
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    const inv = Rational.ONE.div(m[c]![c]!);
    m[c] = m[c]!.map((v) => v.mul(inv));
    for (let i = 0; i < n; i++) {
      if (i === c || m[i]![c]!.isZero()) continue;
      const f = m[i]![c]!;
      m[i] = m[i]!.map((v, j) => v.sub(f.mul(m[c]![j]!)));
    }
  }
  return m.map((r) => r[n]!);
}

/** Horner evaluation of a polynomial with rational coefficients at a float x. */
export function evaluatePolynomial(c: readonly Rational[], x: number): number {
  let v = 0;
  for (let k = c.length - 1; k >= 0; k--) v = v * x + c[k]!.toNumber();
  return v;
}

/** P(x)/Q(x) in floating point. */
export function evaluatePade(r: PadeApproximant, x: number): number {
  return evaluatePolynomial(r.numerator, x) / evaluatePolynomial(r.denominator, x);
}
