/**
 * Polynomials in one variable with exact rational coefficients, as plain arrays: `c[i]` is the
 * coefficient of n^i. Only what recurrences and θ-operators need: evaluate, shift, print.
 *
 * The same polynomials as {@link LaurentPoly} in one variable with non-negative exponents, kept
 * dense because the public `Recurrence.coeffs`, the Padé numerators and denominators and the JSON
 * documents are arrays of this shape; the bridge is {@link uPolyToLaurent} / {@link uPolyFromLaurent}.
 * benchmarks/upoly.mjs: evaluating P(n) through LaurentPoly costs the same as Horner's rule on
 * the array; shifting P(n) → P(n + a) by LaurentPoly arithmetic costs about 11× synthetic division
 * (done once per recurrence, not per term).
 */
import { InputError } from '../../errors.js';
import { LaurentPoly, Rational, termExponent } from '../../rational/index.js';

export type UPoly = readonly Rational[];

/** Trailing zero coefficients removed ([] is the zero polynomial). */
export function trimPoly(c: readonly Rational[]): Rational[] {
  let k = c.length;
  while (k > 0 && c[k - 1]!.isZero()) k--;
  return c.slice(0, k);
}

/**
 * The same polynomial as a {@link LaurentPoly} in the variable `v`.
 *
 * @example
 * ```ts
 * uPolyToLaurent([Rational.of(2), Rational.ZERO, Rational.of(-1)], 'n').toString(); // "2 - n^2"
 * ```
 */
export function uPolyToLaurent(c: UPoly, v: string): LaurentPoly {
  return LaurentPoly.fromTerms(c.map((coeff, i) => ({ coeff, exponents: [[v, i] as const] })));
}

/** The coefficient array of a polynomial in `v` alone with non-negative exponents (refused otherwise). */
export function uPolyFromLaurent(p: LaurentPoly, v: string): Rational[] {
  const out: Rational[] = [];
  for (const t of p.terms()) {
    const e = termExponent(t, v);
    if (t.exponents.some(([w]) => w !== v) || e < 0) throw new InputError(`univariate polynomial: ${p.toString()} is not a polynomial in ${v} alone`);
    while (out.length <= e) out.push(Rational.ZERO);
    out[e] = t.coeff;
  }
  return out;
}

/** P(x) by Horner's rule. */
export function evalPoly(c: UPoly, x: Rational | number): Rational {
  let v = Rational.ZERO;
  for (let i = c.length - 1; i >= 0; i--) v = v.mul(x).add(c[i]!);
  return v;
}

/** P(x + a), by repeated synthetic division. */
export function shiftPoly(c: UPoly, a: Rational | number): Rational[] {
  const out = [...c];
  const n = out.length;
  for (let i = 0; i < n; i++) for (let j = n - 2; j >= i; j--) out[j] = out[j]!.add(out[j + 1]!.mul(a));
  return trimPoly(out);
}

function coeffTimes(c: Rational, mono: string, times: string, first: boolean): string {
  const a = c.abs();
  const body = mono === '' ? a.toString() : a.equals(1) ? mono : `${a.toString()}${times}${mono}`;
  if (first) return c.sign() < 0 ? `-${body}` : body;
  return `${c.sign() < 0 ? ' - ' : ' + '}${body}`;
}

/** e.g. `3*n^2 - n + 1/2` (highest power first); `pow` formats the power. */
export function polyText(c: UPoly, v: string, times = '*', pow: (v: string, k: number) => string = (x, k) => `${x}^${k}`): string {
  const ts = trimPoly(c);
  if (ts.length === 0) return '0';
  const parts: string[] = [];
  for (let i = ts.length - 1; i >= 0; i--) {
    if (ts[i]!.isZero()) continue;
    const mono = i === 0 ? '' : i === 1 ? v : pow(v, i);
    parts.push(coeffTimes(ts[i]!, mono, times, parts.length === 0));
  }
  return parts.join('');
}

/** LaTeX form, e.g. `3n^{2} - n + \frac{1}{2}`. */
export function polyLatex(c: UPoly, v: string): string {
  const ts = trimPoly(c);
  if (ts.length === 0) return '0';
  const parts: string[] = [];
  for (let i = ts.length - 1; i >= 0; i--) {
    const x = ts[i]!;
    if (x.isZero()) continue;
    const mono = i === 0 ? '' : i === 1 ? v : `${v}^{${i}}`;
    const a = x.abs();
    const body = mono === '' ? a.toLatex() : a.equals(1) ? mono : `${a.toLatex()}${mono}`;
    parts.push(parts.length === 0 ? (x.sign() < 0 ? `-${body}` : body) : `${x.sign() < 0 ? ' - ' : ' + '}${body}`);
  }
  return parts.join('');
}

/** Whether a printed polynomial needs brackets when multiplied. */
export function isSum(text: string): boolean {
  return /.[+-]/.test(text.replace(/\^\{?-/g, '^'));
}
