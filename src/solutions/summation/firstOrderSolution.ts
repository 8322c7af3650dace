/**
 * Closed forms for first-order recurrences with coefficients of degree ≤ 1,
 * P_1(n) C_{n+1} + P_0(n) C_n = 0: the ratio C_{n+1}/C_n = (A n + B)/(n + b) is that of a
 * hypergeometric term, and h(x) = Σ C_n x^n is
 *   b = 1:  C_0 (1 − A x)^{−B/A}   (A ≠ 0),   C_0 e^{B x}   (A = 0);
 *   P_1 constant, A = 0:  C_0/(1 − B x);
 *   otherwise, and for coefficients of higher degree whose roots are all rational, C_0 ·pFq(a; b; K x) with
 *   the roots as parameters, named but not reduced.
 * The ODE of Theorem 5.1 is first order here: (θ + b − 1)h − x(Aθ + B)h = (b − 1)C_0 up to the
 * factor of P_1 — its solution by separation of variables gives the same closed forms.
 */
import { Rational } from '../../rational/index.js';
import type { Recurrence } from './recurrence.js';
import { UPoly } from './univariate.js';
import { rationalRoots } from './rationalRoots.js';

export type ClosedFormKind = 'power' | 'exponential' | 'geometric' | 'hypergeometric' | 'rational';

export interface ClosedForm {
  readonly kind: ClosedFormKind;
  /** C_0 */
  readonly scale: Rational;
  /** A (power), B (exponential, geometric), the argument factor K of pFq(…; K x) (hypergeometric) */
  readonly rate: Rational;
  /** −B/A for the power law, else null */
  readonly exponent: Rational | null;
  /** unused (null); the parameters of a hypergeometric form are in `params` */
  readonly lower: Rational | null;
  /** pFq(upper; lower; rate·x) for the hypergeometric kind */
  readonly params?: { readonly upper: readonly Rational[]; readonly lower: readonly Rational[] };
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
  if (rec.order !== 1) return null;
  if (rec.degree > 1) return hypergeometricForm(rec, c0, x);
  const [P0, P1] = rec.coeffs.map((p) => p.coefficients()) as [Rational[], Rational[]];
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
  return hypergeometricForm(rec, c0, x);
}

/**
 * (n + b_1)…(n + b_q) C_{n+1} ∝ (n + a_1)…(n + a_p) C_n: h = C_0 ·pFq(a; b; K x), with the factor
 * (n + 1) of the series taken from the lower parameters (or 1 added to the upper ones). Null when
 * a root is irrational, P_1 vanishes at some n ≥ 0, or the series diverges (p > q + 1).
 */
function hypergeometricForm(rec: Recurrence, c0: Rational, x: string): ClosedForm | null {
  const [P0, P1] = rec.coeffs.map((p) => p.coefficients()) as [Rational[], Rational[]];
  if (P0.length === 0) return null;
  const lowerRoots = rationalRoots(P1);
  const upperRoots = rationalRoots(P0);
  if (!lowerRoots || !upperRoots) return null;
  const lower = lowerRoots.map((r) => r.neg());
  const upper = upperRoots.map((r) => r.neg());
  if (lower.some((b) => b.isInteger() && b.sign() <= 0)) return null;
  const K = P0[P0.length - 1]!.neg().div(P1[P1.length - 1]!);
  const one = lower.findIndex((b) => b.equals(1));
  if (one >= 0) lower.splice(one, 1);
  else upper.push(Rational.ONE);
  if (upper.length > lower.length + 1) return null;
  const list = (xs: Rational[], f: (r: Rational) => string) => xs.map(f).join(', ');
  const arg = `${K.equals(1) ? '' : `${K}*`}${x}`;
  const text = `${upper.length}F${lower.length}(${list(upper, String)}; ${list(lower, String)}; ${arg})`;
  const latex = `{}_{${upper.length}}F_{${lower.length}}\\left(${list(upper, (r) => r.toLatex())}; ${list(lower, (r) => r.toLatex())}; ${K.equals(1) ? '' : K.toLatex()}${x}\\right)`;
  return {
    kind: 'hypergeometric', scale: c0, rate: K, exponent: null, lower: null, params: { upper, lower },
    text: scaled(c0, text, '*'), latex: scaledLatex(c0, latex), nerdamer: null,
  };
}

/**
 * The Taylor coefficients of a closed form up to x^N, from the series of its elementary function
 * ((1 − Ax)^{−c} = Σ (c)_n A^n x^n/n!, e^{Bx} = Σ B^n x^n/n!, 1/(1 − Bx) = Σ B^n x^n) or, for the
 * hypergeometric ones, from their defining series Σ (a)_n/(b)_n (Kx)^n/n!.
 */
export function closedFormTaylor(f: ClosedForm, N: number): Rational[] {
  if (f.kind === 'rational') return rationalTaylor(f.numerator!, f.denominator!, N);
  const out: Rational[] = [f.scale];
  for (let n = 0; n < N; n++) {
    let ratio: Rational;
    if (f.kind === 'power') ratio = f.exponent!.neg().add(n).mul(f.rate).div(n + 1); // (c + n) A/(n + 1), c = −exponent
    else if (f.kind === 'exponential') ratio = f.rate.div(n + 1);
    else if (f.kind === 'geometric') ratio = f.rate;
    else {
      // pFq(a; b; Kx): K Π(a_i + n)/(Π(b_j + n)(n + 1))
      const { upper, lower } = f.params!;
      ratio = f.rate.div(n + 1);
      for (const a of upper) ratio = ratio.mul(a.add(n));
      for (const b of lower) ratio = ratio.div(b.add(n));
    }
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
  if (rec.degree > 0 || rec.coeffs[rec.order]!.isZero() || seq.length < rec.order) return null;
  const r = rec.order;
  const den = Array.from({ length: r + 1 }, (_, j) => rec.coeffs[r - j]!.coeff(0));
  const num: Rational[] = [];
  for (let m = 0; m < r; m++) {
    let v = Rational.ZERO;
    for (let j = 0; j <= m; j++) v = v.add(den[j]!.mul(seq[m - j]!));
    num.push(v);
  }
  const text = `(${UPoly.fromCoefficients(num).toText(x)})/(${UPoly.fromCoefficients(den).toText(x)})`;
  return {
    kind: 'rational', scale: seq[0]!, rate: Rational.ZERO, exponent: null, lower: null, numerator: num, denominator: den,
    text, latex: `\\frac{${UPoly.fromCoefficients(num).toLatex(x)}}{${UPoly.fromCoefficients(den).toLatex(x)}}`, nerdamer: text,
  };
}
