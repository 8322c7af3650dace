/**
 * Polynomials in one variable with exact rational coefficients, as recurrences and θ-operators
 * need them: evaluate, shift, print. The polynomial is the one of rational/'s {@link LaurentPoly}
 * in one variable with non-negative exponents ({@link UPoly.toLaurent}, {@link UPoly.fromLaurent});
 * inside, it is packed as the dense array c_0, c_1, … (c_i of u^i), as Poly packs p, H, sigma2,
 * because the hot paths evaluate P_k(n) at every n of a sequence. Measured with LaurentPoly inside
 * instead (same interface; not kept): guessRecurrence took 1.3–2.2× and recurrenceOperator +
 * applyOperator 5× as long; benchmarks/upoly.mjs compares evaluation and shifting directly.
 */
import { InputError } from '../../errors.js';
import { LaurentPoly, Rational, termExponent } from '../../rational/index.js';

/**
 * A polynomial P(u) = Σ c_i u^i.
 *
 * @example
 * ```ts
 * const p = UPoly.fromCoefficients([Rational.of(2), Rational.ZERO, Rational.of(-1)]); // 2 − u²
 * p.evaluate(3).toString();     // "-7"
 * p.shift(1).toText('n');       // "-n^2 - 2*n + 1"
 * p.toLaurent('n').toString();  // "2 - n^2"
 * ```
 */
export class UPoly {
  /** c_0 … c_d, no trailing zero */
  private readonly c: readonly Rational[];

  private constructor(c: readonly Rational[]) {
    let k = c.length;
    while (k > 0 && c[k - 1]!.isZero()) k--;
    this.c = c.slice(0, k);
    Object.freeze(this);
  }

  static readonly ZERO = new UPoly([]);

  /** From c_0, c_1, … (trailing zeros allowed). */
  static fromCoefficients(c: readonly Rational[]): UPoly {
    return new UPoly(c);
  }

  /** A polynomial in `v` alone with non-negative exponents (refused otherwise). */
  static fromLaurent(p: LaurentPoly, v: string): UPoly {
    const out: Rational[] = [];
    for (const t of p.terms()) {
      if (t.exponents.some(([w, e]) => w !== v || e < 0)) throw new InputError(`univariate polynomial: ${p.toString()} is not a polynomial in ${v} alone`);
      const e = termExponent(t, v);
      while (out.length <= e) out.push(Rational.ZERO);
      out[e] = t.coeff;
    }
    return new UPoly(out);
  }

  /** The same polynomial as a {@link LaurentPoly} in the variable `v`. */
  toLaurent(v: string): LaurentPoly {
    return LaurentPoly.fromTerms(this.c.map((coeff, i) => ({ coeff, exponents: [[v, i] as const] })));
  }

  /** c_0 … c_d (d the degree); [] for the zero polynomial. */
  coefficients(): Rational[] {
    return [...this.c];
  }

  /** c_i (zero beyond the degree). */
  coeff(i: number): Rational {
    return this.c[i] ?? Rational.ZERO;
  }

  /** The degree; −1 for the zero polynomial. */
  get degree(): number {
    return this.c.length - 1;
  }

  /** The coefficient of the highest power (zero for the zero polynomial). */
  leadingCoeff(): Rational {
    return this.c[this.c.length - 1] ?? Rational.ZERO;
  }

  isZero(): boolean {
    return this.c.length === 0;
  }
  equals(o: UPoly): boolean {
    return this.c.length === o.c.length && this.c.every((x, i) => x.equals(o.c[i]!));
  }
  neg(): UPoly {
    return new UPoly(this.c.map((x) => x.neg()));
  }

  /** P(x) by Horner's rule. */
  evaluate(x: Rational | number): Rational {
    let v = Rational.ZERO;
    for (let i = this.c.length - 1; i >= 0; i--) v = v.mul(x).add(this.c[i]!);
    return v;
  }

  /** P(u + a), by repeated synthetic division. */
  shift(a: Rational | number): UPoly {
    const out = [...this.c];
    const n = out.length;
    for (let i = 0; i < n; i++) for (let j = n - 2; j >= i; j--) out[j] = out[j]!.add(out[j + 1]!.mul(a));
    return new UPoly(out);
  }

  /** e.g. `3*n^2 - n + 1/2` (highest power first) in the variable `v`; `pow` formats the power. */
  toText(v: string, times = '*', pow: (v: string, k: number) => string = (x, k) => `${x}^${k}`): string {
    return this.print((c) => c.toString(), (i) => (i === 1 ? v : pow(v, i)), times);
  }

  /** LaTeX form, e.g. `3n^{2} - n + \frac{1}{2}`. */
  toLatex(v: string): string {
    return this.print((c) => c.toLatex(), (i) => (i === 1 ? v : `${v}^{${i}}`), '');
  }

  private print(num: (c: Rational) => string, power: (i: number) => string, times: string): string {
    const parts: string[] = [];
    for (let i = this.c.length - 1; i >= 0; i--) {
      const x = this.c[i]!;
      if (x.isZero()) continue;
      const a = x.abs();
      const body = i === 0 ? num(a) : a.equals(1) ? power(i) : `${num(a)}${times}${power(i)}`;
      const neg = x.sign() < 0;
      parts.push(parts.length === 0 ? (neg ? `-${body}` : body) : `${neg ? ' - ' : ' + '}${body}`);
    }
    return parts.join('') || '0';
  }
}

/** A polynomial given as a {@link UPoly} or as its coefficients c_0, c_1, … */
export type UPolyLike = UPoly | readonly Rational[];
export const toUPoly = (p: UPolyLike): UPoly => (p instanceof UPoly ? p : UPoly.fromCoefficients(p));

/** Whether a printed polynomial needs brackets when multiplied. */
export function isSum(text: string): boolean {
  return /.[+-]/.test(text.replace(/\^\{?-/g, '^'));
}
