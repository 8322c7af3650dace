/**
 * Padé approximants of a power series with exact rational coefficients: [L/M] = P/Q with
 * deg P ≤ L, deg Q ≤ M, Q(0) = 1 and f·Q − P = O(x^{L+M+1}). The linear system for Q is solved
 * exactly over Q (BigInt rationals); evaluation is in floating point.
 */
import { InputError } from '../../errors.js';
import { Rational, solveLinear } from '../../rational/index.js';
import { polynomialRoots, type Complex } from './polynomialRoots.js';

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
  const q = solveLinear(rows, M);
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

/**
 * A polynomial with rational coefficients evaluated exactly at a double x (whose binary value is a
 * rational a/2^k), rounded once at the end: the monomial basis of a high-order approximant cancels
 * badly in floating point.
 */
export function evaluatePolynomial(c: readonly Rational[], x: number): number {
  if (!Number.isFinite(x)) return NaN;
  return exactValue(c, x).toNumber();
}

/** P(x)/Q(x): both evaluated exactly at the double x, then divided and rounded once. */
export function evaluatePade(r: PadeApproximant, x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const q = exactValue(r.denominator, x);
  if (q.isZero()) return NaN;
  return exactValue(r.numerator, x).div(q).toNumber();
}

function exactValue(c: readonly Rational[], x: number): Rational {
  const u = doubleAsRational(x);
  let v = Rational.ZERO;
  for (let k = c.length - 1; k >= 0; k--) v = v.mul(u).add(c[k]!);
  return v;
}

/** The exact rational value of a finite double. */
export function doubleAsRational(x: number): Rational {
  if (!Number.isFinite(x)) throw new InputError(`not a finite number: ${x}`);
  if (x === 0) return Rational.ZERO;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = exp === 0 ? frac : frac | (1n << 52n);
  const e = (exp === 0 ? 1 : exp) - 1075; // x = mant · 2^e
  return e >= 0 ? Rational.of(sign * (mant << BigInt(e))) : Rational.of(sign * mant, 1n << BigInt(-e));
}

/** Poles of the approximant: the roots of Q, computed from its coefficients scaled to at most 1. */
export function padePoles(r: PadeApproximant): Complex[] {
  let big = Rational.ZERO;
  for (const c of r.denominator) if (c.abs().compare(big) > 0) big = c.abs();
  return polynomialRoots(r.denominator.map((c) => c.div(big).toNumber()));
}
