/**
 * Linear recurrences with polynomial coefficients (P-recursive sequences):
 *   Σ_{k=0..r} P_k(n) C_{n+k} = 0   for n ≥ 0,
 * stored as the polynomials P_0 … P_r in n.
 */
import { Rational } from '../../rational/index.js';
import { isSum, toUPoly, type UPoly, type UPolyLike } from './univariate.js';

export interface Recurrence {
  /** r: the recurrence links C_n … C_{n+r} */
  readonly order: number;
  /** the largest degree of the P_k */
  readonly degree: number;
  /** P_0 … P_r, polynomials in n (`P_k.coefficients()[i]` the coefficient of n^i) */
  readonly coeffs: readonly UPoly[];
}

/** A recurrence from its coefficient polynomials (as UPoly or coefficient arrays, trailing zeros allowed). */
export function makeRecurrence(coeffs: readonly UPolyLike[]): Recurrence {
  const c = coeffs.map(toUPoly);
  return { order: c.length - 1, degree: Math.max(0, ...c.map((p) => p.degree)), coeffs: c };
}

/** Σ_k P_k(n) C_{n+k}: zero for every n where the recurrence holds. */
export function recurrenceResidual(rec: Recurrence, seq: readonly Rational[], n: number): Rational {
  let v = Rational.ZERO;
  rec.coeffs.forEach((p, k) => {
    if (!p.isZero()) v = v.add(p.evaluate(n).mul(seq[n + k]!));
  });
  return v;
}

/** The first n ≥ 0 (with C_{n+r} known) where the recurrence fails, or null when it holds for all. */
export function firstRecurrenceFailure(rec: Recurrence, seq: readonly Rational[]): number | null {
  for (let n = 0; n + rec.order < seq.length; n++) if (!recurrenceResidual(rec, seq, n).isZero()) return n;
  return null;
}

const shifted = (k: number, c: string) => (k === 0 ? `${c}_n` : `${c}_{n+${k}}`);

/**
 * e.g. `(n + 2)*C_{n+1} - (4*n + 2)*C_n = 0`.
 *
 * @example
 * ```ts
 * const R = (x: number) => Rational.of(x);
 * recurrenceText(makeRecurrence([[R(-2), R(-4)], [R(2), R(1)]])); // "(n + 2)*C_{n+1} - (4*n + 2)*C_n = 0"
 * ```
 */
export function recurrenceText(rec: Recurrence, c = 'C'): string {
  const parts: string[] = [];
  for (let k = rec.order; k >= 0; k--) {
    const p = rec.coeffs[k]!;
    if (p.isZero()) continue;
    const neg = p.leadingCoeff().sign() < 0;
    const t = (neg ? p.neg() : p).toText('n');
    const body = t === '1' ? shifted(k, c) : `${isSum(t) ? `(${t})` : t}*${shifted(k, c)}`;
    parts.push(parts.length === 0 ? (neg ? `-${body}` : body) : `${neg ? ' - ' : ' + '}${body}`);
  }
  return `${parts.join('') || '0'} = 0`;
}

/** LaTeX form of {@link recurrenceText}. */
export function recurrenceLatex(rec: Recurrence, c = 'C'): string {
  const parts: string[] = [];
  for (let k = rec.order; k >= 0; k--) {
    const p = rec.coeffs[k]!;
    if (p.isZero()) continue;
    const neg = p.leadingCoeff().sign() < 0;
    const t = (neg ? p.neg() : p).toLatex('n');
    const sym = k === 0 ? `${c}_{n}` : `${c}_{n+${k}}`;
    const body = t === '1' ? sym : `${isSum(t) ? `(${t})` : t}\\,${sym}`;
    parts.push(parts.length === 0 ? (neg ? `-${body}` : body) : `${neg ? ' - ' : ' + '}${body}`);
  }
  return `${parts.join('') || '0'} = 0`;
}
