/**
 * Theorem 5.1 (th:recurrence, App. E): a recurrence Σ_{k∈K} C_{n+k} P_k(n+k) = 0 for all n ∈ Z
 * (C_n = 0 for n < 0) gives the differential equation Σ_{k∈K} x^{−k} P_k(θ) h = 0 for
 * h(x) = Σ C_n x^n, with θ = x d/dx (θ x^n = n x^n).
 *
 * An operator is stored as Σ_j x^{s_j} Q_j(θ) (s_j = −k in the theorem). Applying it to a series
 * is exact coefficient arithmetic: [x^m] x^s Q(θ) h = Q(m − s) C_{m−s}.
 */
import { InputError } from '../../errors.js';
import { Rational } from '../../rational/index.js';
import { stirlingSecondKind } from './stirling.js';
import { isSum, toUPoly, type UPoly, type UPolyLike } from './univariate.js';
import type { Recurrence } from './recurrence.js';

export interface ThetaTerm {
  /** the power s of x in front of Q(θ) */
  readonly shift: number;
  /** Q, a polynomial in θ */
  readonly poly: UPoly;
}

/** Σ_j x^{s_j} Q_j(θ), θ = x d/dx. */
export interface ThetaOperator {
  readonly terms: readonly ThetaTerm[];
}

/**
 * The operator of Theorem 5.1 read literally: K and the P_k of Σ_k C_{n+k} P_k(n+k) = 0 give
 * Σ_k x^{−k} P_k(θ).
 *
 * @example
 * ```ts
 * // App. F, eq. freerecasymunder at ν = 3: s C_s − 4(1 + 2s) C_{s−1} = 0, K = {0, −1},
 * // P_0(m) = m, P_{−1}(m) = −4(1 + 2(m + 1)) = −8m − 12
 * const R = (x: number) => Rational.of(x);
 * operatorText(theoremOperator([{ k: 0, poly: [R(0), R(1)] }, { k: -1, poly: [R(-12), R(-8)] }])); // "theta - x*(8*theta + 12)"
 * ```
 */
export function theoremOperator(terms: readonly { k: number; poly: UPolyLike }[]): ThetaOperator {
  for (const t of terms) if (!Number.isInteger(t.k)) throw new InputError(`theoremOperator: shift ${t.k} is not an integer`);
  return { terms: terms.map((t) => ({ shift: 0 - t.k, poly: toUPoly(t.poly) })).filter((t) => !t.poly.isZero()) };
}

/**
 * The operator of a forward recurrence Σ_{k=0..r} P_k(n) C_{n+k} = 0 (n ≥ 0). With m = n + r it
 * reads Σ_{j=0..r} C_{m−j} Q_j(m−j) = 0 for m ≥ r, Q_j(u) = P_{r−j}(u + j − r): Theorem 5.1 with
 * K = {0, −1, …, −r}. Below m = r the recurrence need not hold, so L h is a polynomial B(x) of
 * degree < r fixed by C_0 … C_{r−1} (see {@link applyOperator}); B = 0 when the recurrence holds
 * for all n ∈ Z, as the theorem assumes.
 */
export function recurrenceOperator(rec: Recurrence): ThetaOperator {
  const r = rec.order;
  const terms: ThetaTerm[] = [];
  for (let j = 0; j <= r; j++) {
    const p = rec.coeffs[r - j]!;
    if (!p.isZero()) terms.push({ shift: j, poly: p.shift(j - r) });
  }
  return { terms };
}

/** The lowest power of x in L h for a power series h. */
export function lowestPower(op: ThetaOperator): number {
  return Math.min(0, ...op.terms.map((t) => t.shift));
}

/**
 * Coefficients of L h for h = Σ_{n ≤ N} C_n x^n: entry i is [x^{from + i}] L h, for every power
 * from the lowest up to N + min s_j — the ones the truncation does not affect.
 */
export function applyOperator(op: ThetaOperator, seq: readonly Rational[]): { from: number; coeffs: Rational[] } {
  const from = lowestPower(op);
  const top = seq.length - 1 + Math.min(...op.terms.map((t) => t.shift));
  const coeffs: Rational[] = [];
  for (let m = from; m <= top; m++) {
    let v = Rational.ZERO;
    for (const t of op.terms) {
      const n = m - t.shift;
      if (n >= 0 && n < seq.length) v = v.add(t.poly.evaluate(n).mul(seq[n]!));
    }
    coeffs.push(v);
  }
  return { from, coeffs };
}

function printOperator(op: ThetaOperator, print: (q: UPoly) => string, xPower: (s: number) => string, times: string): string {
  const parts: string[] = [];
  for (const t of [...op.terms].sort((a, b) => a.shift - b.shift)) {
    const neg = t.poly.leadingCoeff().sign() < 0;
    const q = print(neg ? t.poly.neg() : t.poly);
    const bracket = isSum(q) && (t.shift !== 0 || op.terms.length > 1) ? `(${q})` : q;
    const body = t.shift === 0 ? bracket : q === '1' ? xPower(t.shift) : t.poly.degree === 0 ? `${q}${times}${xPower(t.shift)}` : `${xPower(t.shift)}${times}${bracket}`;
    parts.push(parts.length === 0 ? `${neg ? '-' : ''}${body}` : `${neg ? ' - ' : ' + '}${body}`);
  }
  return parts.join('') || '0';
}

/** θ-form, e.g. `theta - x*(8*theta + 12)`. */
export function operatorText(op: ThetaOperator): string {
  return printOperator(op, (q) => q.toText('theta'), (s) => (s === 1 ? 'x' : s > 0 ? `x^${s}` : `x^(${s})`), '*');
}

/** LaTeX θ-form, θ = x∂_x: `\theta - x(8\theta + 12)`. */
export function operatorLatex(op: ThetaOperator): string {
  return printOperator(op, (q) => q.toLatex('\\theta'), (s) => (s === 1 ? 'x' : `x^{${s}}`), '');
}

/**
 * The operator in the derivatives of h: Σ_j a_j(x) h^{(j)}, with θ^i = Σ_j S(i, j) x^j d^j/dx^j
 * (S the Stirling numbers of the second kind). Entry j holds a_j as a map power → coefficient.
 */
export function derivativeForm(op: ThetaOperator): Map<number, Rational>[] {
  const deg = Math.max(0, ...op.terms.map((t) => t.poly.degree));
  const S = stirlingSecondKind(deg);
  const out: Map<number, Rational>[] = Array.from({ length: deg + 1 }, () => new Map<number, Rational>());
  for (const t of op.terms)
    t.poly.coefficients().forEach((q, i) => {
      for (let j = 0; j <= i; j++) {
        if (S[i]![j] === 0n || q.isZero()) continue;
        const pw = t.shift + j;
        const v = (out[j]!.get(pw) ?? Rational.ZERO).add(q.mul(Rational.of(S[i]![j]!)));
        if (v.isZero()) out[j]!.delete(pw);
        else out[j]!.set(pw, v);
      }
    });
  return out;
}

/**
 * A nerdamer expression of L h with `h` replaced by the expression given (default the symbol h):
 * e.g. `x*diff(h,x,1) - 8*x^2*diff(h,x,1) - 12*x*h`. Substituting a closed form and simplifying
 * (or evaluating) checks it against the equation L h = B.
 */
export function operatorNerdamer(op: ThetaOperator, h = 'h', x = 'x'): string {
  const form = derivativeForm(op);
  const parts: string[] = [];
  form.forEach((coeffs, j) => {
    const d = j === 0 ? (/^\w+$/.test(h) ? h : `(${h})`) : `diff(${h},${x},${j})`;
    for (const [pw, c] of [...coeffs].sort((a, b) => a[0] - b[0])) {
      const xs = pw === 0 ? '' : pw === 1 ? `${x}*` : pw > 0 ? `${x}^${pw}*` : `${x}^(${pw})*`;
      const a = c.abs();
      const k = a.equals(1) ? '' : `${a.toString()}*`;
      parts.push(`${parts.length === 0 ? (c.sign() < 0 ? '-' : '') : c.sign() < 0 ? ' - ' : ' + '}${k}${xs}${d}`);
    }
  });
  return parts.join('') || '0';
}
