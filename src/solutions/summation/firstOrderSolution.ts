/**
 * Closed forms for first-order recurrences with coefficients of degree ≤ 1,
 * P_1(n) C_{n+1} + P_0(n) C_n = 0: the ratio C_{n+1}/C_n = (A n + B)/(n + b) is that of a
 * hypergeometric term, and h(x) = Σ C_n x^n is
 *   b = 1:  C_0 (1 − A x)^{−B/A}   (A ≠ 0),   C_0 e^{B x}   (A = 0);
 *   P_1 constant, A = 0:  C_0/(1 − B x);
 *   otherwise  C_0 ₂F₁(B/A, 1; b; A x)  (or ₁F₁(1; b; B x) when A = 0), named but not reduced.
 * The ODE of Theorem 5.1 is first order here: (θ + b − 1)h − x(Aθ + B)h = (b − 1)C_0 up to the
 * factor of P_1 — its solution by separation of variables gives the same closed forms.
 */
import { Rational } from '../../rational/index.js';
import type { Recurrence } from './recurrence.js';
import { polyLatex, polyText } from './univariate.js';

export type ClosedFormKind = 'power' | 'exponential' | 'geometric' | 'hypergeometric' | 'rational';

export interface ClosedForm {
  readonly kind: ClosedFormKind;
  /** C_0 */
  readonly scale: Rational;
  /** A (power, hypergeometric), B (exponential, geometric) */
  readonly rate: Rational;
  /** −B/A for the power law; the upper parameter B/A of ₂F₁; null otherwise */
  readonly exponent: Rational | null;
  /** the lower parameter b of a hypergeometric form, else null */
  readonly lower: Rational | null;
  /** N(x) and D(x) of a rational h = N/D (coefficients by power), else null */
  readonly numerator?: readonly Rational[];
  readonly denominator?: readonly Rational[];
  /** text, e.g. `1/2*(1 + 24*x)^(-4/3)` */
  readonly text: string;
  readonly latex: string;
  /** a nerdamer expression in x; null for the unreduced hypergeometric forms */
  readonly nerdamer: string | null;
}

/** `1 + 24*x` for 1 − A x with A = −24. */
function linear(A: Rational, x: string, times: string): string {
  const c = A.neg();
  const a = c.abs();
  return `1 ${c.sign() < 0 ? '-' : '+'} ${a.equals(1) ? '' : `${a}${times}`}${x}`;
}
function linearLatex(A: Rational, x: string): string {
  const c = A.neg();
  const a = c.abs();
  return `1 ${c.sign() < 0 ? '-' : '+'} ${a.equals(1) ? '' : a.toLatex()}${x}`;
}
const scaled = (k: Rational, body: string, times: string) => (k.equals(1) ? body : k.equals(-1) ? `-${body}` : `${k}${times}${body}`);
const scaledLatex = (k: Rational, body: string) => (k.equals(1) ? body : k.equals(-1) ? `-${body}` : `${k.toLatex()}\\,${body}`);

/**
 * The closed form of h = Σ C_n x^n for a first-order recurrence with coefficients of degree ≤ 1,
 * or null when the recurrence is of another shape or P_1 vanishes at some n ≥ 0.
 *
 * @example
 * ```ts
 * // n-th term (4/3)_n (−24)^n/n!: (n + 1) C_{n+1} = −(24n + 32) C_n
 * const R = (x: number) => Rational.of(x);
 * firstOrderClosedForm(makeRecurrence([[R(32), R(24)], [R(1), R(1)]]), R(1))!.text; // "(1 + 24*x)^(-4/3)"
 * ```
 */
export function firstOrderClosedForm(rec: Recurrence, c0: Rational, x = 'x'): ClosedForm | null {
  if (rec.order !== 1 || rec.degree > 1) return null;
  const [P0, P1] = rec.coeffs as [readonly Rational[], readonly Rational[]];
  if (P1.length === 0) return null;
  const g = P1[P1.length - 1]!;
  const A = (P0[1] ?? Rational.ZERO).neg().div(g);
  const B = (P0[0] ?? Rational.ZERO).neg().div(g);
  if (P1.length === 1) {
    if (!A.isZero()) return null; // factorial growth: a ₂F₀, divergent
    const body = `(${linear(B, x, '*')})^(-1)`;
    return {
      kind: 'geometric', scale: c0, rate: B, exponent: null, lower: null,
      text: scaled(c0, body, '*'), latex: scaledLatex(c0, `\\left(${linearLatex(B, x)}\\right)^{-1}`), nerdamer: scaled(c0, body, '*'),
    };
  }
  const b = P1[0]!.div(g);
  if (b.isInteger() && b.sign() <= 0) return null; // P_1(−b) = 0 at an n ≥ 0: C_{n+1} is free
  if (b.equals(1)) {
    if (A.isZero()) {
      const body = `exp(${B.equals(1) ? '' : `${B}*`}${x})`;
      return {
        kind: 'exponential', scale: c0, rate: B, exponent: null, lower: null,
        text: scaled(c0, body, '*'), latex: scaledLatex(c0, `e^{${B.equals(1) ? '' : B.toLatex()}${x}}`), nerdamer: scaled(c0, body, '*'),
      };
    }
    const e = B.div(A).neg();
    const body = `(${linear(A, x, '*')})^(${e})`;
    return {
      kind: 'power', scale: c0, rate: A, exponent: e, lower: null,
      text: scaled(c0, body, '*'), latex: scaledLatex(c0, `\\left(${linearLatex(A, x)}\\right)^{${e.toLatex()}}`), nerdamer: scaled(c0, body, '*'),
    };
  }
  const text = A.isZero() ? `1F1(1; ${b}; ${B}*${x})` : `2F1(${B.div(A)}, 1; ${b}; ${A}*${x})`;
  const latex = A.isZero() ? `{}_1F_1(1; ${b.toLatex()}; ${B.toLatex()}${x})` : `{}_2F_1(${B.div(A).toLatex()}, 1; ${b.toLatex()}; ${A.toLatex()}${x})`;
  return { kind: 'hypergeometric', scale: c0, rate: A.isZero() ? B : A, exponent: A.isZero() ? null : B.div(A), lower: b, text: scaled(c0, text, '*'), latex: scaledLatex(c0, latex), nerdamer: null };
}

/**
 * The Taylor coefficients of a closed form up to x^N, from the series of its elementary function
 * ((1 − Ax)^{−c} = Σ (c)_n A^n x^n/n!, e^{Bx} = Σ B^n x^n/n!, 1/(1 − Bx) = Σ B^n x^n) or, for the
 * hypergeometric ones, from their defining series.
 */
export function closedFormTaylor(f: ClosedForm, N: number): Rational[] {
  if (f.kind === 'rational') return rationalTaylor(f.numerator!, f.denominator!, N);
  const out: Rational[] = [f.scale];
  for (let n = 0; n < N; n++) {
    let ratio: Rational;
    if (f.kind === 'power') ratio = f.exponent!.neg().add(n).mul(f.rate).div(n + 1); // (c + n) A/(n + 1), c = −exponent
    else if (f.kind === 'exponential') ratio = f.rate.div(n + 1);
    else if (f.kind === 'geometric') ratio = f.rate;
    else if (f.exponent === null) ratio = f.rate.div(f.lower!.add(n)); // ₁F₁(1; b; Bx): B/(b + n)
    else ratio = f.exponent.add(n).mul(f.rate).div(f.lower!.add(n)); // ₂F₁(a, 1; b; Ax): (a + n)A/(b + n)
    out.push(out[n]!.mul(ratio));
  }
  return out;
}

/** Σ_{n ≤ N} h_n x^n for h = num/den (den(0) ≠ 0), by long division of power series. */
export function rationalTaylor(num: readonly Rational[], den: readonly Rational[], N: number): Rational[] {
  const out: Rational[] = [];
  for (let n = 0; n <= N; n++) {
    let v = num[n] ?? Rational.ZERO;
    for (let j = 1; j <= n && j < den.length; j++) v = v.sub(den[j]!.mul(out[n - j]!));
    out.push(v.div(den[0]!));
  }
  return out;
}

/**
 * A recurrence with constant coefficients, Σ_k p_k C_{n+k} = 0: the operator of Theorem 5.1 is
 * multiplication by D(x) = Σ_j p_{r−j} x^j, so h = B(x)/D(x) with B the polynomial of degree < r
 * fixed by C_0 … C_{r−1}. Null unless every P_k is constant and p_r ≠ 0.
 */
export function constantCoefficientClosedForm(rec: Recurrence, seq: readonly Rational[], x = 'x'): ClosedForm | null {
  if (rec.degree > 0 || rec.coeffs[rec.order]!.length === 0 || seq.length < rec.order) return null;
  const r = rec.order;
  const den = Array.from({ length: r + 1 }, (_, j) => rec.coeffs[r - j]![0] ?? Rational.ZERO);
  const num: Rational[] = [];
  for (let m = 0; m < r; m++) {
    let v = Rational.ZERO;
    for (let j = 0; j <= m; j++) v = v.add(den[j]!.mul(seq[m - j]!));
    num.push(v);
  }
  const text = `(${polyText(num, x)})/(${polyText(den, x)})`;
  return {
    kind: 'rational', scale: seq[0]!, rate: Rational.ZERO, exponent: null, lower: null, numerator: num, denominator: den,
    text, latex: `\\frac{${polyLatex(num, x)}}{${polyLatex(den, x)}}`, nerdamer: text,
  };
}
