/**
 * The general term of a first-order recurrence P_1(n) C_{n+1} + P_0(n) C_n = 0 when the roots of
 * both coefficients are rational: C_{n+1}/C_n = K Π_i (n + α_i)/Π_j (n + β_j), so
 *
 *   C_n = C_0 K^n Π_i (α_i)_n / Π_j (β_j)_n      ((a)_n the rising factorial; (1)_n = n!).
 *
 * This is a closed form for the coefficients whether or not Σ C_n x^n converges: with more upper
 * than lower parameters the series has radius 0 (factorial growth), and its Borel transform
 * Σ C_n x^n/n! (one more lower parameter 1) is the object to sum ({@link borelForm}).
 */
import { Rational } from '../../rational/index.js';
import type { Recurrence } from './recurrence.js';
import { rationalRoots } from './rationalRoots.js';

export interface HypergeometricTerm {
  /** C_0 */
  readonly scale: Rational;
  /** K */
  readonly rate: Rational;
  /** α_i (increasing), after cancelling parameters common to both lists */
  readonly upper: readonly Rational[];
  /** β_j (increasing); 1 stands for n! */
  readonly lower: readonly Rational[];
  /** (number of upper) − (number of lower) parameters: > 0 means the power series Σ C_n x^n diverges */
  readonly excess: number;
  /** e.g. `a_n = -27*18^n*(2)_n*(5/2)_n^2/((3/2)_n*n!)` */
  readonly text: string;
  readonly latex: string;
}

/** Rising factorials printed with multiplicities: `(5/2)_n^2`, `n!`. */
function factors(params: readonly Rational[], n: string, latex: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < params.length; ) {
    let j = i;
    while (j < params.length && params[j]!.equals(params[i]!)) j++;
    const m = j - i;
    const a = params[i]!;
    const base = a.equals(1) ? `${n}!` : latex ? `(${a.toLatex()})_{${n}}` : `(${a})_${n}`;
    out.push(m === 1 ? base : latex ? (a.equals(1) ? `(${n}!)^{${m}}` : `${base}^{${m}}`) : a.equals(1) ? `(${n}!)^${m}` : `${base}^${m}`);
    i = j;
  }
  return out;
}

/** The lower parameters with the 1s (the n!) last, as they are printed. */
const lastOnes = (xs: readonly Rational[]) => [...xs.filter((b) => !b.equals(1)), ...xs.filter((b) => b.equals(1))];

/** The text of C_n = scale · rate^n · Π(α)_n/Π(β)_n, named `name`, index `n`. */
export function termText(t: Omit<HypergeometricTerm, 'text' | 'latex' | 'excess'>, name = 'a', n = 'n', scale = t.scale.toString(), rate = t.rate.toString()): string {
  const up = [`${/.[+\-*/]/.test(rate) || rate.startsWith('-') ? `(${rate})` : rate}^${n}`, ...factors(t.upper, n, false)];
  const low = factors(lastOnes(t.lower), n, false);
  const head = scale === '1' ? '' : scale === '-1' ? '-' : `${/.[+-]/.test(scale) ? `(${scale})` : scale}*`;
  return `${name}_${n} = ${head}${up.join('*')}${low.length === 0 ? '' : low.length === 1 ? `/${low[0]}` : `/(${low.join('*')})`}`;
}

function termLatex(t: Omit<HypergeometricTerm, 'text' | 'latex' | 'excess'>, name: string, n: string): string {
  const scale = t.scale.equals(1) ? '' : t.scale.equals(-1) ? '-' : t.scale.toLatex();
  const rate = t.rate.sign() < 0 || !t.rate.isInteger() ? `\\left(${t.rate.toLatex()}\\right)` : t.rate.toLatex();
  const up = [`${rate}^{${n}}`, ...factors(t.upper, n, true)].join('\\,');
  const low = factors(lastOnes(t.lower), n, true).join('\\,');
  return `${name}_{${n}} = ${scale}${low === '' ? up : `\\frac{${up}}{${low}}`}`;
}

/** Remove the parameters the two lists share (each once per occurrence). */
function cancelCommon(upper: Rational[], lower: Rational[]): void {
  for (let i = upper.length - 1; i >= 0; i--) {
    const j = lower.findIndex((b) => b.equals(upper[i]!));
    if (j >= 0) {
      upper.splice(i, 1);
      lower.splice(j, 1);
    }
  }
}

/** A term from its parts, common parameters cancelled and the lists sorted. */
export function makeTerm(scale: Rational, rate: Rational, upper: readonly Rational[], lower: readonly Rational[], name = 'a'): HypergeometricTerm {
  const up = [...upper];
  const low = [...lower];
  cancelCommon(up, low);
  up.sort((a, b) => a.compare(b));
  low.sort((a, b) => a.compare(b));
  const base = { scale, rate, upper: up, lower: low };
  return { ...base, excess: up.length - low.length, text: termText(base, name), latex: termLatex(base, name, 'n') };
}

/**
 * C_n in closed form for a first-order recurrence whose coefficients have rational roots, or null
 * (order ≠ 1, a root irrational, P_0 = 0, C_0 = 0, or P_1(n) = 0 at some n ≥ 0).
 *
 * @example
 * ```ts
 * // (n + 1)(2n + 3) a_{n+1} = 9(n + 2)(2n + 5)² a_n, a_0 = −27
 * const R = (x: number) => Rational.of(x);
 * const rec = makeRecurrence([[R(-450), R(-585), R(-252), R(-36)], [R(3), R(5), R(2)]]);
 * hypergeometricTerm(rec, R(-27))!.text; // "a_n = -27*18^n*(2)_n*(5/2)_n^2/((3/2)_n*n!)"
 * ```
 */
export function hypergeometricTerm(rec: Recurrence, c0: Rational, name = 'a'): HypergeometricTerm | null {
  if (rec.order !== 1 || c0.isZero()) return null;
  const [P0, P1] = rec.coeffs.map((p) => p.coefficients()) as [Rational[], Rational[]];
  if (P0.length === 0 || P1.length === 0) return null;
  const lowerRoots = rationalRoots(P1);
  const upperRoots = rationalRoots(P0);
  if (!lowerRoots || !upperRoots) return null;
  const lower = lowerRoots.map((r) => r.neg());
  if (lower.some((b) => b.isInteger() && b.sign() <= 0)) return null;
  const K = P0[P0.length - 1]!.neg().div(P1[P1.length - 1]!);
  return makeTerm(c0, K, upperRoots.map((r) => r.neg()), lower, name);
}

/** C_0 … C_N from the closed form. */
export function termValues(t: Pick<HypergeometricTerm, 'scale' | 'rate' | 'upper' | 'lower'>, N: number): Rational[] {
  const out = [t.scale];
  for (let n = 0; n < N; n++) {
    let ratio = t.rate;
    for (const a of t.upper) ratio = ratio.mul(a.add(n));
    for (const b of t.lower) ratio = ratio.div(b.add(n));
    out.push(out[n]!.mul(ratio));
  }
  return out;
}
