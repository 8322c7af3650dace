/**
 * The Borel transform of a hypergeometric series and its reduction to an elementary function.
 * For C_n = C_0 K^n Π(α_i)_n/Π(β_j)_n the transform B(w) = Σ C_n w^n/n! has one more lower
 * parameter 1. Pairs with α − β = m a positive integer contribute the polynomial factor
 * (α)_n/(β)_n = (β + n)_m/(β)_m, i.e. a polynomial Q(θ) in θ = w d/dw of total degree d; when what
 * is left after removing them is
 *   (α)_n/n!  :  B = Q(θ)(1 − Kw)^{−α} = C_0 P(w) (1 − Kw)^{−α−d}     (algebraic),
 *   1/n!      :  B = Q(θ) e^{Kw}       = C_0 P(w) e^{Kw}               (exponential),
 *   1         :  B = Q(θ) 1/(1 − Kw)   = C_0 P(w)/(1 − Kw)^{d+1}       (rational),
 * with P a polynomial of degree ≤ d, P(0) = 1. P is read from the first d + 1 coefficients of B
 * times the known factor's inverse; every further coefficient is a check. Exact rationals.
 */
import { Rational } from '../../rational/index.js';
import { makeTerm, termValues, type HypergeometricTerm } from './hypergeometricTerm.js';
import { UPoly } from './univariate.js';

export type BorelFormKind = 'algebraic' | 'exponential' | 'rational';

export interface BorelForm {
  /** the coefficients b_n = C_n/n! of the transform, as a hypergeometric term named b */
  readonly term: HypergeometricTerm;
  /** the elementary form of B(w), or null when the parameters do not reduce to one */
  readonly kind: BorelFormKind | null;
  /** P(w), P(0) = 1 (coefficients by power); [] when kind is null */
  readonly polynomial: readonly Rational[];
  /** K of (1 − Kw) or e^{Kw} */
  readonly rate: Rational;
  /** −(α + d) (algebraic), −(d + 1) (rational), null (exponential or no form) */
  readonly exponent: Rational | null;
  /** e.g. `-27*(324*w^2 + 69*w + 1)*(1 - 18*w)^(-9/2)`; the term's text when kind is null */
  readonly text: string;
  readonly latex: string;
}

/** Taylor coefficients of (1 − Kw)^c, c rational, up to w^N. */
function binomialSeries(K: Rational, c: Rational, N: number): Rational[] {
  const out = [Rational.ONE];
  for (let n = 0; n < N; n++) out.push(out[n]!.mul(c.sub(n)).mul(K.neg()).div(n + 1));
  return out;
}

/** Taylor coefficients of e^{Kw} up to w^N. */
function exponentialSeries(K: Rational, N: number): Rational[] {
  const out = [Rational.ONE];
  for (let n = 0; n < N; n++) out.push(out[n]!.mul(K).div(n + 1));
  return out;
}

/** Σ_{n ≤ N} of the product of two series. */
function product(a: readonly Rational[], b: readonly Rational[], N: number): Rational[] {
  return Array.from({ length: N + 1 }, (_, n) => {
    let v = Rational.ZERO;
    for (let i = 0; i <= n; i++) v = v.add((a[i] ?? Rational.ZERO).mul(b[n - i] ?? Rational.ZERO));
    return v;
  });
}

const linear = (K: Rational, w: string) => `1 ${K.sign() > 0 ? '-' : '+'} ${K.abs().equals(1) ? '' : `${K.abs()}*`}${w}`;
const linearLatex = (K: Rational, w: string) => `1 ${K.sign() > 0 ? '-' : '+'} ${K.abs().equals(1) ? '' : K.abs().toLatex()}${w}`;

/**
 * The Borel transform of Σ C_n x^n for a hypergeometric C_n, reduced to an elementary form when
 * the parameters allow.
 *
 * @example
 * ```ts
 * // C_n = −27·18^n (2)_n (5/2)_n²/((3/2)_n n!): B(w) = −27(1 + 69w + 324w²)(1 − 18w)^{−9/2}
 * const R = (x: number, d = 1) => Rational.of(x, d);
 * const t = makeTerm(R(-27), R(18), [R(2), R(5, 2), R(5, 2)], [R(3, 2), R(1)]);
 * borelForm(t).text; // "-27*(324*w^2 + 69*w + 1)*(1 - 18*w)^(-9/2)"
 * ```
 */
export function borelForm(t: HypergeometricTerm, w = 'w'): BorelForm {
  const term = makeTerm(t.scale, t.rate, t.upper, [...t.lower, Rational.ONE], 'b');
  const up = [...term.upper];
  const low = [...term.lower];
  let d = 0;
  for (let i = up.length - 1; i >= 0; i--) {
    const j = low.findIndex((b) => {
      const m = up[i]!.sub(b);
      return m.isInteger() && m.sign() > 0;
    });
    if (j < 0) continue;
    d += Number(up[i]!.sub(low[j]!).num);
    up.splice(i, 1);
    low.splice(j, 1);
  }
  const K = term.rate;
  const none: BorelForm = { term, kind: null, polynomial: [], rate: K, exponent: null, text: term.text, latex: term.latex };
  let kind: BorelFormKind;
  let exponent: Rational | null = null;
  let inverse: Rational[]; // 1/(known factor), to d
  if (up.length === 1 && low.length === 1 && low[0]!.equals(1)) {
    kind = 'algebraic';
    exponent = up[0]!.add(d).neg();
    inverse = binomialSeries(K, exponent.neg(), d);
  } else if (up.length === 0 && low.length === 1 && low[0]!.equals(1)) {
    kind = 'exponential';
    inverse = exponentialSeries(K.neg(), d);
  } else if (up.length === 0 && low.length === 0) {
    kind = 'rational';
    exponent = Rational.of(-(d + 1));
    inverse = binomialSeries(K, Rational.of(d + 1), d);
  } else return none;
  const unit = termValues({ ...term, scale: Rational.ONE }, d);
  const P = UPoly.fromCoefficients(product(unit, inverse, d));
  const scale = term.scale.equals(1) ? '' : term.scale.equals(-1) ? '-' : `${term.scale}*`;
  const scaleLatex = term.scale.equals(1) ? '' : term.scale.equals(-1) ? '-' : term.scale.toLatex();
  const poly = P.degree === 0 ? '' : `(${P.toText(w)})*`;
  const polyLatex = P.degree === 0 ? '' : `\\left(${P.toLatex(w)}\\right)`;
  let text: string;
  let latex: string;
  if (kind === 'exponential') {
    text = `${scale}${poly}exp(${K.equals(1) ? '' : `${K}*`}${w})`;
    latex = `${scaleLatex}${polyLatex}e^{${K.equals(1) ? '' : K.toLatex()}${w}}`;
  } else {
    text = `${scale}${poly}(${linear(K, w)})^(${exponent})`;
    latex = `${scaleLatex}${polyLatex}\\left(${linearLatex(K, w)}\\right)^{${exponent!.toLatex()}}`;
  }
  return { term, kind, polynomial: P.coefficients(), rate: K, exponent, text, latex };
}

/** The Taylor coefficients of the elementary form up to w^N (null when there is none). */
export function borelFormTaylor(f: BorelForm, N: number): Rational[] | null {
  if (f.kind === null) return null;
  const factor = f.kind === 'exponential' ? exponentialSeries(f.rate, N) : binomialSeries(f.rate, f.exponent!, N);
  return product(f.polynomial, factor, N).map((c) => c.mul(f.term.scale));
}
